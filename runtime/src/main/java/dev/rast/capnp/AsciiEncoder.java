package dev.rast.capnp;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Writes ASCII text into a heap segment with JDK intrinsics: {@code getChars} (a vectorised copy)
 * and, for texts of {@value #ENCODER_MIN} chars or more, the ISO-8859-1 encoder (a vectorised
 * narrowing the JIT provides) followed by an 8-bytes-at-a-time high-bit test. On JDK 17 a
 * hand-written char-to-byte loop is not vectorised (about 0.3 ns a char); the encoder costs about
 * 20 ns a call and little per char, so shorter texts take the loop. One per {@link
 * MessageBuilder}, made on first use; it reuses its buffers, so it allocates only when a text is
 * longer than any before it or a segment is new. The encoder and its buffers are made at the first
 * long text: a fresh builder writing only short texts does not pay for them.
 */
final class AsciiEncoder {
  /** Texts at least this long go through the encoder; shorter ones through a plain loop. */
  static final int ENCODER_MIN = 64;

  private static final VarHandle LONGS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private static final char[] NO_CHARS = new char[0];

  private char[] chars = NO_CHARS;
  /** Made with the first text of {@value #ENCODER_MIN} chars or more. */
  private CharsetEncoder latin1;
  /** Wraps {@link #chars} (re-made when it grows); null until the encoder is first used. */
  private CharBuffer in;

  private ByteBuffer out;

  /**
   * A scratch array of at least {@code n} chars (kept at the size of the longest text so far), for
   * the callers that encode UTF-8 themselves.
   */
  char[] chars(int n) {
    if (chars.length < n) {
      chars = new char[Math.max(n, Math.max(64, chars.length * 2))];
      in = null;
    }
    return chars;
  }

  /**
   * Copies {@code s}'s {@code n} chars into {@code chars(n)} and, if they are all ASCII, writes them
   * as bytes at byte {@code pos} of heap buffer {@code b}, whose bytes from {@code pos} up to the next
   * multiple of 8 past {@code pos + n} must be zero. Returns whether it wrote them; when it did not,
   * it may have written some of them (the caller overwrites them with the UTF-8 encoding, which is at
   * least {@code n} bytes long).
   */
  boolean tryAscii(CharSequence s, int n, ByteBuffer b, int pos) {
    char[] c = chars(n);
    Utf8.getChars(s, n, c);
    byte[] a = b.array();
    int at = b.arrayOffset() + pos;
    if (n < ENCODER_MIN) {
      int acc = 0;
      for (int i = 0; i < n; i++) {
        char ch = c[i];
        acc |= ch;
        a[at + i] = (byte) ch;
      }
      return acc < 0x80;
    }
    if (!narrow(n, a, at)) {
      return false;
    }
    long high = 0;
    // Whole words: the bytes past n in the last one are zero (the caller guarantees it).
    for (int i = 0; i < n; i += 8) {
      high |= (long) LONGS.get(a, at + i);
    }
    return (high & 0x8080808080808080L) == 0;
  }

  /**
   * Writes the first {@code n} chars of the scratch array ({@link #chars}), which the caller has
   * filled and found to be all ASCII, as bytes at byte {@code pos} of heap buffer {@code b}.
   */
  void writeAscii(int n, ByteBuffer b, int pos) {
    // A plain loop, never the encoder: its output wrapper is per array, and this path writes into
    // whichever segment has room, so switching arrays would allocate a wrapper (a reused builder
    // must allocate nothing; StdWorkloadTest caught it).
    byte[] a = b.array();
    int at = b.arrayOffset() + pos;
    char[] c = chars;
    for (int i = 0; i < n; i++) {
      a[at + i] = (byte) c[i];
    }
  }

  /**
   * Narrows the first {@code n} scratch chars to bytes at index {@code at} of {@code a} with the
   * ISO-8859-1 encoder; false (having written some of them) when one is above U+00FF.
   */
  private boolean narrow(int n, byte[] a, int at) {
    if (latin1 == null) {
      latin1 = StandardCharsets.ISO_8859_1.newEncoder();
    }
    if (in == null) {
      in = CharBuffer.wrap(chars);
    }
    if (out == null || out.array() != a) {
      out = ByteBuffer.wrap(a);
    }
    out.limit(a.length).position(at).limit(at + n);
    in.limit(n).position(0);
    latin1.encode(in, out, false);
    if (in.position() != n) {
      latin1.reset(); // a char above U+00FF or a surrogate
      return false;
    }
    return true;
  }
}
