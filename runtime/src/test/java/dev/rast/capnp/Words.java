package dev.rast.capnp;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Assembles messages from 64-bit words, independently of the runtime's own {@code Wire} helpers, so
 * tests state the bit layout they mean instead of trusting the code under test.
 */
final class Words {
  private Words() {}

  // ---- pointer words ----

  /** Struct pointer: signed 30-bit word offset, data words, pointer count. */
  static long struct(int offset, int dataWords, int pointers) {
    return ((long) (offset << 2) & 0xFFFFFFFFL)
        | ((long) dataWords << 32)
        | ((long) pointers << 48);
  }

  /** List pointer: signed offset, element size code (0..7), element count (or word count for 7). */
  static long list(int offset, int elementSize, int count) {
    return ((long) (offset << 2) & 0xFFFFFFFFL)
        | 1L
        | ((long) elementSize << 32)
        | ((long) count << 35);
  }

  /** Far pointer: landing pad word in segment {@code segment}; {@code dbl} for a double-far. */
  static long far(boolean dbl, int padWord, int segment) {
    return ((long) padWord << 3) | (dbl ? 4L : 0L) | 2L | ((long) segment << 32);
  }

  /** Capability pointer. */
  static long cap(int index) {
    return 3L | ((long) index << 32);
  }

  /** Inline-composite tag word: element count and per-element size. */
  static long tag(int count, int dataWords, int pointers) {
    return struct(count, dataWords, pointers);
  }

  /** Up to 8 bytes, little-endian, as one word. */
  static long bytes(int... b) {
    if (b.length > 8) {
      throw new IllegalArgumentException("a word has 8 bytes");
    }
    long w = 0;
    for (int i = 0; i < b.length; i++) {
      w |= (long) (b[i] & 0xFF) << (8 * i);
    }
    return w;
  }

  /** The UTF-8 (here: ASCII) bytes of {@code s}, NUL-terminated, as words (zero padded). */
  static long[] text(String s) {
    byte[] b = (s + "\0").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    long[] out = new long[(b.length + 7) / 8];
    for (int i = 0; i < b.length; i++) {
      out[i / 8] |= (long) (b[i] & 0xFF) << (8 * (i % 8));
    }
    return out;
  }

  /** Concatenates word arrays (and single words boxed as {@code long[]{w}}). */
  static long[] concat(long[]... parts) {
    int n = 0;
    for (long[] p : parts) {
      n += p.length;
    }
    long[] out = new long[n];
    int at = 0;
    for (long[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }

  static long[] of(long... w) {
    return w;
  }

  // ---- buffers and readers ----

  /** One segment as a little-endian heap buffer. */
  static ByteBuffer segment(long... words) {
    ByteBuffer b = ByteBuffer.allocate(words.length * 8).order(ByteOrder.LITTLE_ENDIAN);
    for (int i = 0; i < words.length; i++) {
      b.putLong(i * 8, words[i]);
    }
    return b;
  }

  /** A reader over one unframed segment. */
  static MessageReader reader(long... words) {
    return new MessageReader().initFlat(segment(words));
  }

  /** A reader over one unframed segment with the given limits. */
  static MessageReader reader(ReaderOptions options, long... words) {
    return new MessageReader(options).initFlat(segment(words));
  }

  /** A reader over several segments. */
  static MessageReader segments(long[]... segs) {
    return segments(ReaderOptions.DEFAULT, segs);
  }

  /** A reader over several segments with the given limits. */
  static MessageReader segments(ReaderOptions options, long[]... segs) {
    ByteBuffer[] b = new ByteBuffer[segs.length];
    for (int i = 0; i < segs.length; i++) {
      b[i] = segment(segs[i]);
    }
    return new MessageReader(options).initSegments(b);
  }

  /** The framed bytes of a builder's message (Framing.write into an exact-size array). */
  static byte[] serialize(MessageBuilder m) {
    byte[] out = new byte[(int) Framing.serializedSize(m)];
    ByteBuffer b = ByteBuffer.wrap(out);
    Framing.write(m, b);
    if (b.hasRemaining()) {
      throw new AssertionError("serializedSize overstated the size by " + b.remaining());
    }
    return out;
  }

  /** Reads framed bytes with the default limits. */
  static MessageReader read(byte[] framed) {
    return Framing.read(
        ByteBuffer.wrap(framed).order(ByteOrder.LITTLE_ENDIAN), new MessageReader());
  }

  /** The stream framing of the given segments (table, padding, segments). */
  static byte[] framed(long[]... segs) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteBuffer table =
        ByteBuffer.allocate(Framing.tableBytes(segs.length)).order(ByteOrder.LITTLE_ENDIAN);
    table.putInt(segs.length - 1);
    for (long[] s : segs) {
      table.putInt(s.length);
    }
    out.writeBytes(table.array());
    for (long[] s : segs) {
      out.writeBytes(segment(s).array());
    }
    return out.toByteArray();
  }

  /** The words of {@code bytes} (length a multiple of 8), little-endian. */
  static long[] words(byte[] bytes) {
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    long[] out = new long[bytes.length / 8];
    for (int i = 0; i < out.length; i++) {
      out[i] = b.getLong(i * 8);
    }
    return out;
  }

  /** The words of a buffer's bytes [0, words*8) (absolute, ignoring position). */
  static long[] words(ByteBuffer buf, int words) {
    ByteBuffer b = buf.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    long[] out = new long[words];
    for (int i = 0; i < words; i++) {
      out[i] = b.getLong(i * 8);
    }
    return out;
  }

  /** Hex dump of words, one per line, for assertion messages. */
  static String dump(long[] words) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < words.length; i++) {
      sb.append(String.format("%4d: %016x%n", i, words[i]));
    }
    return sb.toString();
  }
}
