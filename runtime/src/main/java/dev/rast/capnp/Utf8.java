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
   * UTF-8 length of {@code s}; an unpaired surrogate counts as the 3 bytes of U+FFFD, which is what
   * {@link #encode} writes for it.
   */
  static int encodedLength(CharSequence s) {
    int n = s.length();
    int bytes = 0;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        bytes++;
      } else if (c < 0x800) {
        bytes += 2;
      } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        bytes += 4;
        i++;
      } else {
        bytes += 3;
      }
    }
    return bytes;
  }

  /** Writes {@code s} as UTF-8 at byte {@code at} of {@code buf}; returns the bytes written. */
  static int encode(CharSequence s, java.nio.ByteBuffer buf, int at) {
    int n = s.length();
    int p = at;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        buf.put(p++, (byte) c);
        continue;
      }
      int cp = c;
      if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
        cp = Character.toCodePoint(c, s.charAt(++i));
      } else if (Character.isSurrogate(c)) {
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
