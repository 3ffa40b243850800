package dev.rast.capnp;

/** UTF-8 encoding of single code points, so text can be written and compared without allocating. */
final class Utf8 {
  private Utf8() {}

  /** Bytes needed for code point {@code cp}. */
  static int encodedLength(int cp) {
    if (cp < 0x80) {
      return 1;
    }
    if (cp < 0x800) {
      return 2;
    }
    if (cp < 0x10000) {
      return 3;
    }
    return 4;
  }

  /** Byte {@code j} of the {@code k}-byte encoding of {@code cp}. */
  static byte encodedByte(int cp, int k, int j) {
    if (k == 1) {
      return (byte) cp;
    }
    if (j == 0) {
      int lead = k == 2 ? 0xC0 : k == 3 ? 0xE0 : 0xF0;
      return (byte) (lead | (cp >>> (6 * (k - 1))));
    }
    return (byte) (0x80 | ((cp >>> (6 * (k - 1 - j))) & 0x3F));
  }

  /**
   * Copies {@code s[0, n)} into {@code dst} in bulk where the type allows ({@code String},
   * {@code StringBuilder} and {@code StringBuffer} copy their internal Latin-1 or UTF-16 array in
   * one intrinsic call), else a char at a time.
   */
  static void getChars(CharSequence s, int n, char[] dst) {
    if (s instanceof String) {
      ((String) s).getChars(0, n, dst, 0);
    } else if (s instanceof StringBuilder) {
      ((StringBuilder) s).getChars(0, n, dst, 0);
    } else if (s instanceof StringBuffer) {
      ((StringBuffer) s).getChars(0, n, dst, 0);
    } else {
      for (int i = 0; i < n; i++) {
        dst[i] = s.charAt(i);
      }
    }
  }

  /** Whether {@code c[0, n)} is all ASCII: one branch-free pass the JIT can unroll. */
  static boolean isAscii(char[] c, int n) {
    int acc = 0;
    for (int i = 0; i < n; i++) {
      acc |= c[i];
    }
    return acc < 0x80;
  }

  /**
   * UTF-8 length of {@code c[0, n)}; an unpaired surrogate counts as the 3 bytes of U+FFFD, which
   * is what {@link #encode} writes for it.
   */
  static int encodedLength(char[] c, int n) {
    int bytes = 0;
    for (int i = 0; i < n; i++) {
      char ch = c[i];
      if (ch < 0x80) {
        bytes++;
      } else if (ch < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(ch) && i + 1 < n && Character.isLowSurrogate(c[i + 1])) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }

  /** Writes {@code c[0, n)} as UTF-8 at byte {@code at} of {@code buf}; returns the bytes written. */
  static int encode(char[] c, int n, java.nio.ByteBuffer buf, int at) {
    int p = at;
    for (int i = 0; i < n; i++) {
      char ch = c[i];
      if (ch < 0x80) {
        buf.put(p++, (byte) ch);
        continue;
      }
      int cp = ch;
      if (Character.isHighSurrogate(ch) && i + 1 < n && Character.isLowSurrogate(c[i + 1])) {
        cp = Character.toCodePoint(ch, c[++i]);
      } else if (Character.isSurrogate(ch)) {
        cp = 0xFFFD;
      }
      int k = encodedLength(cp);
      for (int j = 0; j < k; j++) {
        buf.put(p++, encodedByte(cp, k, j));
      }
    }
    return p - at;
  }
}
