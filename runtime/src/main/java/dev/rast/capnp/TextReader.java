package dev.rast.capnp;

/**
 * A zero-copy view of a Text value: UTF-8 bytes followed by a NUL that {@link #size()} excludes.
 * Inner NULs are legal, as in capnp C++; a zero-size byte list or one that does not end in NUL is
 * rejected. {@link #contentEquals(CharSequence)} compares with a Java string without decoding or
 * allocating; {@link #toString()} decodes for convenience.
 */
public final class TextReader extends ByteRun {
  /** Creates an unpointed reader; it reads as the empty text until pointed somewhere. */
  public TextReader() {}

  final void readDefault(MessageReader m, MessageReader defaultValue) {
    if (defaultValue == null) {
      initEmptyBytes(m);
    } else {
      readPointer(defaultValue, 0, defaultValue.start(0), null);
    }
  }

  final void readPointer(MessageReader m, int seg, int ptrPos, MessageReader defaultValue) {
    long ptr = m.word(seg, ptrPos);
    if (ptr == 0) {
      readDefault(m, defaultValue);
      return;
    }
    terminated(m, seg, ptrPos, readBytes(m, seg, ptrPos, ptr, "text"));
  }

  /** As {@link #readPointer}, for a pointer in the object {@code owner} views (see followIn). */
  final void readPointerIn(ObjectReader owner, int ptrPos, MessageReader defaultValue) {
    long ptr = HeapBytes.getLong(owner.array, owner.buffer, ptrPos);
    if (ptr == 0) {
      readDefault(owner.message, defaultValue);
      return;
    }
    terminated(owner.message, owner.segment, ptrPos, readBytesIn(owner, ptrPos, ptr, "text"));
  }

  private void terminated(MessageReader m, int seg, int ptrPos, int n) {
    if (n == 0 || HeapBytes.get(array, buffer, pos + n - 1) != 0) {
      throw new DecodeException("text at " + m.where(seg, ptrPos) + " is not NUL-terminated");
    }
    length = n - 1;
  }

  /**
   * Whether the text equals {@code s}, comparing UTF-8 bytes as they are encoded from {@code s} on
   * the fly (no allocation). Unpaired surrogates in {@code s} never match.
   *
   * @param s the text to compare with
   * @return true when both hold the same text
   */
  public boolean contentEquals(CharSequence s) {
    int n = s.length();
    int at = 0;
    for (int i = 0; i < n; i++) {
      int c = s.charAt(i);
      if (c < 0x80) {
        if (at >= length || buffer.get(pos + at) != (byte) c) {
          return false;
        }
        at++;
      } else {
        int cp = c;
        if (Character.isHighSurrogate((char) c)
            && i + 1 < n
            && Character.isLowSurrogate(s.charAt(i + 1))) {
          cp = Character.toCodePoint((char) c, s.charAt(++i));
        } else if (Character.isSurrogate((char) c)) {
          return false;
        }
        int k = Utf8.encodedLength(cp);
        if (at + k > length) {
          return false;
        }
        for (int j = 0; j < k; j++) {
          if (buffer.get(pos + at + j) != Utf8.encodedByte(cp, k, j)) {
            return false;
          }
        }
        at += k;
      }
    }
    return at == length;
  }

  /** The text decoded from UTF-8 (allocates a String). */
  @Override
  public String toString() {
    return decodeUtf8();
  }
}
