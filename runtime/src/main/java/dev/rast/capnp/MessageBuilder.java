package dev.rast.capnp;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The arena a message is built in: segments of little-endian {@link ByteBuffer}s, each filled
 * front to back. When an object does not fit in the segment of the pointer that refers to it, it
 * goes to another segment behind a far pointer, as the encoding allows.
 *
 * <p>Built to be reused: {@link #clear()} zeroes what was written and keeps every segment (a
 * heuristically growing arena first enlarges its first segment to hold the whole message), so
 * building the next message of a similar size allocates nothing. Serialization ({@link Framing})
 * reads the segments in place. Not thread-safe.
 */
public final class MessageBuilder {
  /**
   * Default size of the first segment: 256 words (2 KiB). capnp C++ starts at 1024 words, but on
   * the JVM a fresh builder pays for zeroing and collecting its whole first segment, so a small
   * message (most RPC and Raft messages are well under 2 KiB) should not pay for 8 KiB; larger ones
   * grow heuristically into segments as large as the message so far. Reuse a builder ({@link
   * #clear()}) or pass a size to avoid both costs.
   */
  public static final int DEFAULT_FIRST_SEGMENT_WORDS = 256;

  /** Largest segment this arena makes, in words (just under 2 GiB). */
  static final int MAX_SEGMENT_WORDS = (Integer.MAX_VALUE >>> 3) - 1;

  /** How segments after the first are sized. */
  public enum Growth {
    /** Every new segment is as large as all earlier ones together (few segments, as in capnp C++). */
    GROW_HEURISTICALLY,
    /** Every new segment has the first segment's size (or the object's, when larger). */
    FIXED_SIZE
  }

  private final int firstSegmentWords;
  private final Growth growth;
  private final boolean direct;
  /** Whether the first segment is this arena's own (not the caller's buffer), so it may replace it. */
  private final boolean ownsFirstSegment;

  private ByteBuffer[] segments = new ByteBuffer[4];
  /** Per segment, {@link HeapBytes#arrayOf} its buffer (null: written through the buffer). */
  private byte[][] arrays = new byte[4][];
  /** Bytes in use per segment. */
  private int[] used = new int[4];
  /** Segments in use; segments past it are kept for reuse after {@link #clear()}. */
  private int count;
  /** Segments ever made (in use or kept). */
  private int made;

  private MessageReader view;
  /**
   * Bumped whenever a segment buffer is made or replaced; with {@link #viewCount} and {@link
   * #viewRepoints} it tells {@link #asReader} that its view still shows this arena's segments.
   */
  private int layout;

  private int viewLayout;
  private int viewCount;
  private int viewRepoints;
  private Copier copier;
  /** Per segment, a duplicate for gathering writes; null until first needed. */
  private ByteBuffer[] writeViews = new ByteBuffer[4];

  private ByteBuffer header;
  private ByteBuffer[] gather;
  private AsciiEncoder textEncoder;

  /** A heap arena with the default first segment size that grows heuristically. */
  public MessageBuilder() {
    this(DEFAULT_FIRST_SEGMENT_WORDS, Growth.GROW_HEURISTICALLY, false);
  }

  /**
   * A heap arena whose first segment has {@code firstSegmentWords} words.
   *
   * @param firstSegmentWords the first segment's size in words; a message that fits allocates no more
   */
  public MessageBuilder(int firstSegmentWords) {
    this(firstSegmentWords, Growth.GROW_HEURISTICALLY, false);
  }

  /**
   * @param firstSegmentWords size hint of the first segment (a message that fits is one segment)
   * @param growth how later segments are sized
   * @param direct whether segments are direct buffers (for channel IO without a copy)
   */
  public MessageBuilder(int firstSegmentWords, Growth growth, boolean direct) {
    if (firstSegmentWords <= 0 || firstSegmentWords > MAX_SEGMENT_WORDS) {
      throw new IllegalArgumentException("firstSegmentWords out of range: " + firstSegmentWords);
    }
    if (growth == null) {
      throw new NullPointerException("growth == null");
    }
    this.firstSegmentWords = firstSegmentWords;
    this.growth = growth;
    this.direct = direct;
    this.ownsFirstSegment = true;
    newSegment(firstSegmentWords);
    count = 1;
    used[0] = 8; // the root pointer
  }

  /**
   * An arena whose first segment is the caller's buffer, from its position to its limit (whole
   * words); the buffer is zeroed and written in place. Later segments are heap buffers.
   *
   * @param firstSegment the caller's buffer to build the first segment in
   */
  public MessageBuilder(ByteBuffer firstSegment) {
    int words = firstSegment.remaining() >>> 3;
    if (words < 1) {
      throw new IllegalArgumentException("firstSegment has less than one word");
    }
    this.firstSegmentWords = words;
    this.growth = Growth.GROW_HEURISTICALLY;
    this.direct = firstSegment.isDirect();
    this.ownsFirstSegment = false;
    ByteBuffer seg = firstSegment.slice().order(ByteOrder.LITTLE_ENDIAN);
    seg.limit(words << 3);
    zero(seg, words << 3);
    segments[0] = seg;
    arrays[0] = HeapBytes.arrayOf(seg);
    writeViews[0] = null;
    made = 1;
    count = 1;
    used[0] = 8;
  }

  // ---- roots ----

  /**
   * Makes a new root struct of {@code target}'s size (replacing any root) and points {@code target}
   * at it: {@code Person.Builder p = message.initRoot(new Person.Builder())}.
   *
   * @param <T> the type of {@code target}, returned without a cast
   * @param target the reusable flyweight to point; nothing is allocated
   * @return {@code target}, for chaining
   * @throws IllegalArgumentException when {@code target} is untyped (a group view)
   */
  public <T extends StructBuilder> T initRoot(T target) {
    Pointers.initStruct(this, 0, 0, StructBuilder.sizeOf(target), target);
    return target;
  }

  /**
   * As {@link #initRoot(StructBuilder)} with an explicit size.
   *
   * @param <T> the type of {@code target}, returned without a cast
   * @param size the struct size the schema gives, checked against {@code target}'s own
   * @param target the reusable flyweight to point; nothing is allocated
   * @return {@code target}, for chaining
   * @throws IllegalArgumentException when {@code size} is not {@code target}'s own size
   */
  public <T extends StructBuilder> T initRoot(StructSize size, T target) {
    Pointers.initStruct(this, 0, 0, StructBuilder.checkSize(size, target), target);
    return target;
  }

  /**
   * Points {@code target} at the root struct, creating it or upgrading it to {@code target}'s size.
   *
   * @param <T> the type of {@code target}, returned without a cast
   * @param target the reusable flyweight to point; nothing is allocated
   * @return {@code target}, for chaining
   */
  public <T extends StructBuilder> T getRoot(T target) {
    Pointers.getStruct(this, 0, 0, StructBuilder.sizeOf(target), target, null);
    return target;
  }

  /**
   * As {@link #getRoot(StructBuilder)} with an explicit size.
   *
   * @param <T> the type of {@code target}, returned without a cast
   * @param size the struct size the schema gives, checked against {@code target}'s own
   * @param target the reusable flyweight to point; nothing is allocated
   * @return {@code target}, for chaining
   * @throws IllegalArgumentException when {@code size} is not {@code target}'s own size
   */
  public <T extends StructBuilder> T getRoot(StructSize size, T target) {
    Pointers.getStruct(this, 0, 0, StructBuilder.checkSize(size, target), target, null);
    return target;
  }

  /**
   * Points {@code target} at the root pointer itself.
   *
   * @param target the reusable flyweight to point; nothing is allocated
   * @return {@code target}, for chaining
   */
  public AnyPointerBuilder getRoot(AnyPointerBuilder target) {
    target.init(this, 0, 0);
    return target;
  }

  /**
   * Replaces the root with a deep copy of {@code value} (which may live in any message).
   *
   * @param value the struct to copy
   */
  public void setRoot(StructReader value) {
    copier().setStruct(value, this, 0, 0, false);
  }

  /**
   * Forgets the message: zeroes what was written and keeps the segments for the next one. A
   * heuristically growing arena whose message spilled past its own first segment first replaces
   * that segment with one as large as the whole message, so that the next message of a similar
   * size is one segment again (no far pointers) and, from then on, allocates nothing.
   */
  public void clear() {
    int from = 0;
    if (count > 1 && growth == Growth.GROW_HEURISTICALLY && ownsFirstSegment) {
      long total = Math.max(sizeInWords(), segments[0].capacity() >>> 3);
      if (total <= MAX_SEGMENT_WORDS) {
        ByteBuffer b = direct
            ? ByteBuffer.allocateDirect((int) total << 3)
            : ByteBuffer.allocate((int) total << 3);
        b.order(ByteOrder.LITTLE_ENDIAN);
        segments[0] = b;
        arrays[0] = HeapBytes.arrayOf(b);
        writeViews[0] = null;
        layout++;
        from = 1;
      }
    }
    for (int i = from; i < count; i++) {
      zero(segments[i], used[i]);
      used[i] = 0;
    }
    count = 1;
    used[0] = 8;
  }

  // ---- shape ----

  /**
   * Number of segments in use.
   *
   * @return the number of segments
   */
  public int segmentCount() {
    return count;
  }

  /**
   * Words in use in segment {@code i}.
   *
   * @param i the segment number, from 0 to {@code segmentCount() - 1}
   * @return the used words of the segment
   */
  public int segmentWords(int i) {
    checkSegment(i);
    return used[i] >>> 3;
  }

  /**
   * Words in use in all segments.
   *
   * @return the used words of the message
   */
  public long sizeInWords() {
    long n = 0;
    for (int i = 0; i < count; i++) {
      n += used[i] >>> 3;
    }
    return n;
  }

  /**
   * Segment {@code i}'s buffer; its bytes {@code [0, segmentWords(i) * 8)} are the segment. The
   * buffer is the arena's own: read, do not keep.
   *
   * @param i the segment number, from 0 to {@code segmentCount() - 1}
   * @return the arena's buffer of the segment
   */
  public ByteBuffer segment(int i) {
    checkSegment(i);
    return segments[i];
  }

  private void checkSegment(int i) {
    if (i < 0 || i >= count) {
      throw new IndexOutOfBoundsException("segment " + i + ", count " + count);
    }
  }

  /**
   * A reader over this message as it stands (zero-copy; the same instance every call, re-pointed).
   * Its data is trusted, so it has no traversal budget. Call again after building more.
   *
   * @return this message's reader, re-pointed at its current content
   */
  public MessageReader asReader() {
    MessageReader v = view;
    // Object-mode code asks once per element (builder.asReader(reader)): re-point the view only
    // when segments came or went since it was pointed, or when someone else re-pointed it.
    if (v != null && viewCount == count && viewLayout == layout && viewRepoints == v.repoints()) {
      return v;
    }
    if (view == null) {
      view = MessageReader.trusted(segments[0]);
    }
    view.beginSegments(count);
    for (int i = 0; i < count; i++) {
      view.setSegment(i, segments[i], 0, segments[i].capacity() >>> 3);
    }
    view.endSegments(count);
    viewCount = count;
    viewLayout = layout;
    viewRepoints = view.repoints();
    return view;
  }

  // ---- allocation (package) ----

  /**
   * Allocates {@code words} zeroed words, in {@code preferred} if they fit there, else elsewhere.
   * Returns {@code segment << 32 | byteIndex}.
   */
  long allocate(int preferred, int words) {
    long at = tryAllocate(preferred, words);
    return at >= 0 ? at : allocateElsewhere(words);
  }

  /** Bytes still free at the end of segment {@code seg}. */
  int freeBytes(int seg) {
    return segments[seg].capacity() - used[seg];
  }

  /**
   * Grows the last allocation of segment {@code seg}, at byte {@code pos} and {@code oldBytes} long,
   * to {@code newBytes} (both rounded up to words); the caller has checked the room. The added
   * bytes are zero, as all unused arena memory is.
   */
  void growLast(int seg, int pos, int oldBytes, int newBytes) {
    if (used[seg] != pos + ((oldBytes + 7) & ~7)
        || pos + ((newBytes + 7) & ~7) > segments[seg].capacity()) {
      throw new IllegalStateException(
          "not the last allocation of segment " + seg + " or no room to grow it");
    }
    used[seg] = pos + ((newBytes + 7) & ~7);
  }

  /** Allocates in {@code seg} only; -1 when it does not fit. */
  long tryAllocate(int seg, int words) {
    int bytes = words << 3;
    int start = used[seg];
    if (words <= MAX_SEGMENT_WORDS && bytes <= segments[seg].capacity() - start) {
      used[seg] = start + bytes;
      return ((long) seg << 32) | start;
    }
    return -1;
  }

  /** Allocates in the last segment in use, or in a new (or kept) one. */
  long allocateElsewhere(int words) {
    return allocateElsewhere(words, 0);
  }

  /**
   * As {@link #allocateElsewhere(int)}; should a new segment be needed, it gets room for about
   * {@code childWords} more besides (the objects the new one's pointers will refer to).
   */
  long allocateElsewhere(int words, long childWords) {
    int last = count - 1;
    long at = tryAllocate(last, words);
    if (at >= 0) {
      return at;
    }
    if (count >= ReaderOptions.MAX_SEGMENTS - 1) {
      throw new IllegalStateException("message needs more than " + (ReaderOptions.MAX_SEGMENTS - 1)
          + " segments; use a larger first segment");
    }
    if (count < made && segments[count].capacity() >= (words << 3)) {
      count++;
    } else {
      long want = growth == Growth.FIXED_SIZE
          ? firstSegmentWords
          : Math.max(firstSegmentWords, sizeInWords());
      // An object larger than the heuristic size gets a segment with that much room besides, so
      // that what it points to (a list's elements' texts and lists) can follow it there instead
      // of each needing a far pointer and a landing pad into yet another segment.
      long need = words + childWords;
      long room =
          growth == Growth.FIXED_SIZE ? Math.max(want, words) : need <= want ? want : need + want;
      int size = (int) Math.min(MAX_SEGMENT_WORDS, room);
      if (words > size) {
        throw new IllegalStateException(
            "object of " + words + " words exceeds the largest segment");
      }
      if (count < made) {
        // A kept segment too small for this object: replace it.
        made = count;
      }
      newSegment(size);
      count++;
    }
    int seg = count - 1;
    used[seg] = 0;
    return tryAllocate(seg, words);
  }

  private void newSegment(int words) {
    if (made == segments.length) {
      int cap = made * 2;
      segments = java.util.Arrays.copyOf(segments, cap);
      used = java.util.Arrays.copyOf(used, cap);
      arrays = java.util.Arrays.copyOf(arrays, cap);
      writeViews = java.util.Arrays.copyOf(writeViews, cap);
    }
    ByteBuffer b = direct ? ByteBuffer.allocateDirect(words << 3) : ByteBuffer.allocate(words << 3);
    b.order(ByteOrder.LITTLE_ENDIAN);
    segments[made] = b;
    layout++;
    arrays[made] = HeapBytes.arrayOf(b);
    writeViews[made] =
        null; // made on first write (a fresh builder written to a buffer never needs it)
    used[made] = 0;
    made++;
  }

  ByteBuffer buffer(int seg) {
    return segments[seg];
  }

  /** {@link HeapBytes#arrayOf} segment {@code seg}'s buffer. */
  byte[] array(int seg) {
    return arrays[seg];
  }

  /** The little-endian word at byte {@code pos} of segment {@code seg}. */
  long word(int seg, int pos) {
    byte[] a = arrays[seg]; // segments[seg] is loaded only when there is no array
    return a != null ? HeapBytes.getLong(a, pos) : segments[seg].getLong(pos);
  }

  /** Stores the little-endian word {@code value} at byte {@code pos} of segment {@code seg}. */
  void putWord(int seg, int pos, long value) {
    byte[] a = arrays[seg];
    if (a != null) {
      HeapBytes.putLong(a, pos, value);
    } else {
      segments[seg].putLong(pos, value);
    }
  }

  int usedBytes(int seg) {
    return used[seg];
  }

  /** A reusable view of segment {@code seg}'s used bytes, for writing it out. */
  ByteBuffer writeView(int seg) {
    ByteBuffer v = writeViews[seg];
    if (v == null) {
      v = segments[seg].duplicate();
      writeViews[seg] = v;
    }
    v.clear();
    v.limit(used[seg]);
    return v;
  }

  /** A reusable little-endian scratch buffer of at least {@code bytes} bytes, for the framing table. */
  ByteBuffer header(int bytes) {
    if (header == null || header.capacity() < bytes) {
      header = ByteBuffer.allocate(Math.max(bytes, 64)).order(ByteOrder.LITTLE_ENDIAN);
    }
    header.clear();
    return header;
  }

  /** A reusable array for gathering writes of {@code n} buffers. */
  ByteBuffer[] gather(int n) {
    if (gather == null || gather.length < n) {
      gather = new ByteBuffer[Math.max(n, 8)];
    }
    return gather;
  }

  /** The reusable text encoder (scratch chars and intrinsic ASCII path), made on first use. */
  AsciiEncoder textEncoder() {
    if (textEncoder == null) {
      textEncoder = new AsciiEncoder();
    }
    return textEncoder;
  }

  Copier copier() {
    if (copier == null) {
      copier = new Copier();
    }
    return copier;
  }

  static void zero(ByteBuffer b, int bytes) {
    if (b.hasArray()) {
      int off = b.arrayOffset();
      java.util.Arrays.fill(b.array(), off, off + bytes, (byte) 0);
      return;
    }
    int i = 0;
    for (; i + 8 <= bytes; i += 8) {
      b.putLong(i, 0L);
    }
    for (; i < bytes; i++) {
      b.put(i, (byte) 0);
    }
  }

  /** Zeroes {@code bytes} bytes of segment {@code seg} from byte {@code pos}. */
  void zero(int seg, int pos, int bytes) {
    ByteBuffer b = segments[seg];
    if (b.hasArray()) {
      int off = b.arrayOffset() + pos;
      java.util.Arrays.fill(b.array(), off, off + bytes, (byte) 0);
      return;
    }
    for (int i = 0; i < bytes; i++) {
      b.put(pos + i, (byte) 0);
    }
  }
}
