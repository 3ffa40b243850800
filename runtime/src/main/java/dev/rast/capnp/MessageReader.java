package dev.rast.capnp;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A message to read: its segments, the reader limits and the traversal budget in use.
 *
 * <p>Segments are never copied: each is a window (start byte, word count) of a little-endian
 * {@link ByteBuffer} — heap, direct, caller-supplied or memory-mapped. A buffer in big-endian order
 * is viewed through one little-endian duplicate (the only allocation a read may make; pass
 * little-endian buffers to avoid it). The caller's buffer position, limit and order are never
 * changed except where a method says it consumes input.
 *
 * <p>One instance is meant to be reused: {@link #initFlat}, {@link #initSegments} and {@link
 * Framing#read(ByteBuffer, MessageReader)} re-point it at new bytes without allocating once its
 * segment table is large enough. Not thread-safe: the traversal budget is mutable state. Readers
 * made by {@link #trusted(ByteBuffer)} (default values compiled into generated code) skip the
 * budget and may be shared across threads.
 */
public final class MessageReader {
  private final ReaderOptions options;
  private final boolean trusted;
  private ByteBuffer[] buffers = new ByteBuffer[1];
  /** Per segment, {@link HeapBytes#arrayOf} its buffer (null: read through the buffer). */
  private byte[][] arrays = new byte[1][];

  private int[] starts = new int[1];
  private int[] ends = new int[1];
  private int count;
  /** Bumped by every {@link #setSegment}, so an owner can tell whether someone re-pointed it. */
  private int repoints;

  private long budget;
  /** Buffers for reading from channels and streams, made on first need and reused. */
  private ByteBuffer body;

  private ByteBuffer table;

  /** A reader with the capnp C++ default limits. */
  public MessageReader() {
    this(ReaderOptions.DEFAULT);
  }

  /**
   * A reader with the given limits.
   *
   * @param options the traversal and nesting limits to enforce
   */
  public MessageReader(ReaderOptions options) {
    this(options, false);
  }

  private MessageReader(ReaderOptions options, boolean trusted) {
    if (options == null) {
      throw new NullPointerException("options == null");
    }
    this.options = options;
    this.trusted = trusted;
    this.budget = options.traversalLimitWords();
  }

  /**
   * A reader over bytes this program wrote itself (default values of generated code): no traversal
   * budget is kept, so one instance can be read by many threads at once. Never use it for input.
   *
   * @param flat the segment's bytes; they must not change while the message is read
   * @return a new reader over {@code flat}
   */
  public static MessageReader trusted(ByteBuffer flat) {
    MessageReader r = new MessageReader(ReaderOptions.DEFAULT, true);
    r.initFlat(flat);
    return r;
  }

  /**
   * The limits this reader enforces.
   *
   * @return the limits
   */
  public ReaderOptions options() {
    return options;
  }

  /**
   * Points this reader at a single unframed segment: the bytes from {@code flat}'s position to its
   * limit (trailing bytes beyond a whole word are ignored). The buffer's position is not changed.
   *
   * @param flat the segment's bytes; they must not change while the message is read
   * @return this reader, for chaining
   */
  public MessageReader initFlat(ByteBuffer flat) {
    ensureCapacity(1);
    int words = flat.remaining() >>> 3;
    count = 0;
    setSegment(0, flat, flat.position(), words);
    count = 1;
    resetTraversalLimit();
    return this;
  }

  /**
   * Points this reader at the given segments, each the bytes from its buffer's position to its
   * limit. Segment {@code i} is {@code segments[i]}; the array is not retained.
   *
   * @param segments the segments' bytes; they must not change while the message is read
   * @return this reader, for chaining
   */
  public MessageReader initSegments(ByteBuffer[] segments) {
    if (segments.length == 0) {
      throw new DecodeException("message has no segments");
    }
    if (segments.length >= ReaderOptions.MAX_SEGMENTS) {
      throw new DecodeException("message has too many segments: " + segments.length);
    }
    ensureCapacity(segments.length);
    long total = 0;
    for (int i = 0; i < segments.length; i++) {
      ByteBuffer b = segments[i];
      int words = b.remaining() >>> 3;
      total += words;
      setSegment(i, b, b.position(), words);
    }
    checkTotalSize(total);
    count = segments.length;
    resetTraversalLimit();
    return this;
  }

  /** Makes room for {@code n} segments, keeping none; used by framing before {@link #setSegment}. */
  void beginSegments(int n) {
    ensureCapacity(n);
    count = 0;
  }

  /** Sets segment {@code i} to {@code words} words of {@code buf} starting at byte {@code start}. */
  void setSegment(int i, ByteBuffer buf, int start, int words) {
    repoints++;
    ByteBuffer le = buf.order() == ByteOrder.LITTLE_ENDIAN
        ? buf
        : buf.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    if (buffers[i] != le) { // re-reading into the same buffer skips the store's GC write barrier
      buffers[i] = le;
      arrays[i] = HeapBytes.arrayOf(le);
    }
    starts[i] = start;
    ends[i] = start + words * 8;
  }

  /** How many times {@link #setSegment} ran (wrapping): unchanged means not re-pointed since. */
  int repoints() {
    return repoints;
  }

  /** Finishes {@link #beginSegments}: {@code n} segments are now set. */
  void endSegments(int n) {
    count = n;
    resetTraversalLimit();
  }

  void checkTotalSize(long totalWords) {
    if (totalWords > options.traversalLimitWords()) {
      throw new DecodeException("message is too large: "
          + totalWords
          + " words, traversal limit is "
          + options.traversalLimitWords());
    }
  }

  private void ensureCapacity(int n) {
    if (buffers.length < n) {
      int cap = Math.max(n, buffers.length * 2);
      buffers = new ByteBuffer[cap];
      arrays = new byte[cap][];
      starts = new int[cap];
      ends = new int[cap];
    }
  }

  /** Refills the traversal budget: the next reads start a new traversal. */
  public void resetTraversalLimit() {
    budget = options.traversalLimitWords();
  }

  /**
   * Number of segments.
   *
   * @return the number of segments
   */
  public int segmentCount() {
    return count;
  }

  /**
   * Size of segment {@code i} in words.
   *
   * @param i the segment number, from 0 to {@code segmentCount() - 1}
   * @return the segment's size in words
   */
  public int segmentWords(int i) {
    return (ends[i] - starts[i]) >>> 3;
  }

  /**
   * Total size of all segments in words.
   *
   * @return the message's size in words
   */
  public long sizeInWords() {
    long total = 0;
    for (int i = 0; i < count; i++) {
      total += (ends[i] - starts[i]) >>> 3;
    }
    return total;
  }

  /**
   * Reads the root struct into {@code target} and returns it. Starts a new traversal (the budget is
   * refilled). A first segment too small to hold the root pointer is rejected, as in capnp C++.
   *
   * @param <T> the type of {@code target}, returned without a cast
   * @param target the reusable flyweight to point; nothing is allocated
   * @return {@code target}, for chaining
   */
  public <T extends StructReader> T getRoot(T target) {
    resetTraversalLimit();
    if (count == 0) {
      throw new IllegalStateException(
          "no message: call initFlat, initSegments or Framing.read first");
    }
    checkRootPointer();
    target.readPointer(this, 0, starts[0], options.nestingLimit(), null);
    return target;
  }

  /**
   * Points {@code target} at the root pointer, whatever it is; starts a new traversal.
   *
   * @param target the reusable flyweight to point; nothing is allocated
   * @return {@code target}, for chaining
   */
  public AnyPointerReader getRoot(AnyPointerReader target) {
    resetTraversalLimit();
    if (count == 0) {
      throw new IllegalStateException(
          "no message: call initFlat, initSegments or Framing.read first");
    }
    checkRootPointer();
    target.init(this, 0, starts[0], options.nestingLimit());
    return target;
  }

  private void checkRootPointer() {
    if (ends[0] - starts[0] < 8) {
      throw new DecodeException(
          "message did not contain a root pointer: segment 0 is empty (no word 0)");
    }
    charge(1, 0, starts[0]); // the root pointer word itself, as capnp C++ charges it
  }

  // ---- package-private access for framing ----

  /** A reusable little-endian heap buffer of at least {@code bytes} bytes, cleared, limit = bytes. */
  ByteBuffer body(int bytes) {
    if (body == null || body.capacity() < bytes) {
      int cap = body == null
          ? bytes
          : (int) Math.min(Integer.MAX_VALUE - 8, Math.max(bytes, body.capacity() * 2L));
      body = ByteBuffer.allocate(cap).order(ByteOrder.LITTLE_ENDIAN);
    }
    body.clear().limit(bytes);
    return body;
  }

  /** A reusable buffer for a segment table (at most 512 entries), cleared, limit = bytes. */
  ByteBuffer table(int bytes) {
    if (table == null) {
      table =
          ByteBuffer.allocate(4 * (ReaderOptions.MAX_SEGMENTS + 2)).order(ByteOrder.LITTLE_ENDIAN);
    }
    table.clear().limit(bytes);
    return table;
  }

  // ---- package-private access for the flyweights ----

  ByteBuffer buffer(int segment) {
    return buffers[segment];
  }

  /** {@link HeapBytes#arrayOf} segment {@code segment}'s buffer. */
  byte[] array(int segment) {
    return arrays[segment];
  }

  /** The little-endian word at byte {@code pos} of segment {@code segment}'s buffer. */
  long word(int segment, int pos) {
    byte[] a = arrays[segment]; // buffers[segment] is loaded only when there is no array
    return a != null ? HeapBytes.getLong(a, pos) : buffers[segment].getLong(pos);
  }

  int start(int segment) {
    return starts[segment];
  }

  int end(int segment) {
    return ends[segment];
  }

  boolean hasSegment(int segment) {
    return segment >= 0 && segment < count;
  }

  /** Charges {@code words} to the traversal budget. */
  void charge(long words, int segment, int pos) {
    if (trusted) {
      return;
    }
    long left = budget - words;
    budget = left;
    if (left < 0) {
      traversalLimitExceeded(segment, pos);
    }
  }

  /** Kept out of {@link #charge} so that the hot method stays small enough to inline. */
  private void traversalLimitExceeded(int segment, int pos) {
    budget = 0;
    throw new DecodeException("traversal limit exceeded (" + options.traversalLimitWords()
        + " words) at " + where(segment, pos)
        + "; the message is too large or contains amplifying pointers"
        + " (raise ReaderOptions.traversalLimitWords for larger messages)");
  }

  /** {@code "segment S, word W"} for error messages. */
  String where(int segment, int pos) {
    return "segment " + segment + ", word " + ((pos - starts[segment]) >> 3);
  }

  /** Fails unless [pos, pos + bytes) lies within the segment. */
  void checkBounds(int segment, long pos, long bytes, long pointer, int ptrPos, int ptrSegment) {
    if (pos < starts[segment] || bytes > ends[segment] - pos) {
      outOfBounds(segment, pos, bytes, pointer, ptrPos, ptrSegment);
    }
  }

  /**
   * Throws the error for an object out of bounds. Kept out of {@link #checkBounds} so that the hot
   * method stays small enough to inline.
   */
  void outOfBounds(int segment, long pos, long bytes, long pointer, int ptrPos, int ptrSegment) {
    throw new DecodeException(Wire.kindName(pointer)
        + " pointer at "
        + where(ptrSegment, ptrPos)
        + " points out of bounds of segment "
        + segment
        + " ("
        + (bytes >> 3)
        + " words at word "
        + ((pos - starts[segment]) >> 3)
        + ", segment has "
        + segmentWords(segment)
        + ")");
  }
}
