package dev.rast.capnp;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/**
 * Shared reading of a byte list (the encoding of both Text and Data): where its bytes are, and
 * zero-copy access to them. The bytes are the message's own; nothing is copied until a method says
 * it copies.
 */
public abstract class ByteRun extends ObjectReader {
  /**
   * The buffer of empty values that live in no message (null pointers without a default, unpointed
   * readers), so {@link #buffer()} is never null and zero-copy callers need no special case.
   */
  static final ByteBuffer EMPTY =
      ByteBuffer.allocate(0).order(java.nio.ByteOrder.LITTLE_ENDIAN).asReadOnlyBuffer();

  int pos;
  int length;

  ByteRun() {
    buffer = EMPTY;
  }

  /** Reads the byte list the pointer at {@code ptrPos} refers to; returns its byte count. */
  final int readBytes(MessageReader m, int seg, int ptrPos, long ptr, String what) {
    return land(m, seg, ptrPos, ptr, follow(m, seg, ptrPos, ptr), what);
  }

  /**
   * As {@link #readBytes}, for the pointer {@code ptr} at byte {@code ptrPos} of the object {@code
   * owner} views (see {@link #followIn}).
   */
  final int readBytesIn(ObjectReader owner, int ptrPos, long ptr, String what) {
    return land(owner.message, owner.segment, ptrPos, ptr, followIn(owner, ptrPos, ptr), what);
  }

  private int land(MessageReader m, int seg, int ptrPos, long ptr, long tag, String what) {
    if (Wire.kind(tag) != Wire.LIST) {
      throw new DecodeException("expected a list pointer (" + what + ") at " + m.where(seg, ptrPos)
          + ", found a " + Wire.kindName(tag) + " pointer");
    }
    if (Wire.listElementSize(tag) != ElementSize.BYTE) {
      throw new DecodeException("expected a byte list (" + what + ") at " + m.where(seg, ptrPos)
          + ", found a " + ElementSize.name(Wire.listElementSize(tag)) + " list");
    }
    int n = Wire.listCount(tag);
    checkContent(m, n, ptr, ptrPos, seg);
    m.charge((n + 7L) >>> 3, seg, ptrPos);
    pos = (int) contentPos;
    return n;
  }

  final void initEmptyBytes(MessageReader m) {
    message = m;
    buffer = EMPTY;
    array = null;
    segment = 0;
    pos = 0;
    length = 0;
  }

  /**
   * Number of bytes (for Text, without the terminating NUL).
   *
   * @return the number of bytes
   */
  public final int size() {
    return length;
  }

  /**
   * Whether there are no bytes.
   *
   * @return true when there are no bytes
   */
  public final boolean isEmpty() {
    return length == 0;
  }

  /**
   * Byte {@code index}.
   *
   * @param index the byte position, from 0 to {@code size() - 1}
   * @return the byte
   */
  public final byte byteAt(int index) {
    if (index < 0 || index >= length) {
      throw new IndexOutOfBoundsException("index " + index + ", size " + length);
    }
    return buffer.get(pos + index);
  }

  /**
   * The buffer holding the bytes, for zero-copy access together with {@link #offset()}: the bytes
   * are {@code buffer().get(offset() + i)} for {@code i < size()}. Do not modify them. Never
   * null: an empty value that lives in no message (a null pointer, an unpointed reader) has an
   * empty buffer.
   *
   * @return the buffer; never null
   */
  public final ByteBuffer buffer() {
    return buffer;
  }

  /**
   * Absolute index of the first byte in {@link #buffer()}.
   *
   * @return the index of the first byte
   */
  public final int offset() {
    return pos;
  }

  /**
   * Copies the bytes into {@code dst} at {@code dstOffset}.
   *
   * @param dst the destination; it must have room for {@code size()} bytes
   * @param dstOffset where the first byte goes in {@code dst}
   */
  public final void copyTo(byte[] dst, int dstOffset) {
    if (length == 0) {
      return;
    }
    buffer.get(pos, dst, dstOffset, length);
  }

  /**
   * Copies the bytes into {@code dst} at its position, advancing it.
   *
   * @param dst the destination; it must have room for {@code size()} bytes
   */
  public final void copyTo(ByteBuffer dst) {
    if (length == 0) {
      return;
    }
    dst.put(dst.position(), buffer, pos, length);
    dst.position(dst.position() + length);
  }

  /**
   * A fresh array holding the bytes (convenience; allocates).
   *
   * @return a new array of {@code size()} bytes
   */
  public final byte[] toByteArray() {
    byte[] out = new byte[length];
    copyTo(out, 0);
    return out;
  }

  /**
   * Byte-wise equality with {@code bytes}; allocates nothing.
   *
   * @param bytes the bytes to compare with
   * @return true when both hold the same bytes
   */
  public final boolean contentEquals(byte[] bytes) {
    if (bytes.length != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (buffer.get(pos + i) != bytes[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Byte-wise equality with another run; allocates nothing.
   *
   * @param other the run to compare with
   * @return true when both hold the same bytes
   */
  public final boolean contentEquals(ByteRun other) {
    if (other.length != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (buffer.get(pos + i) != other.buffer.get(other.pos + i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Unsigned lexicographic comparison of the bytes (for Text: UTF-8 code point order).
   *
   * @param other the run to compare with
   * @return negative, zero or positive as this run sorts before, with or after {@code other}
   */
  public final int compareBytes(ByteRun other) {
    int n = Math.min(length, other.length);
    for (int i = 0; i < n; i++) {
      int a = buffer.get(pos + i) & 0xFF;
      int b = other.buffer.get(other.pos + i) & 0xFF;
      if (a != b) {
        return a - b;
      }
    }
    return length - other.length;
  }

  /**
   * Hash of the bytes, consistent with {@link #contentEquals(ByteRun)}.
   *
   * @return the hash
   */
  public final int contentHash() {
    int h = 1;
    for (int i = 0; i < length; i++) {
      h = 31 * h + buffer.get(pos + i);
    }
    return h;
  }

  /** Decodes the bytes as UTF-8 (malformed sequences become U+FFFD). Allocates the String. */
  final String decodeUtf8() {
    if (length == 0) {
      return "";
    }
    if (buffer.hasArray()) {
      return new String(buffer.array(), buffer.arrayOffset() + pos, length, StandardCharsets.UTF_8);
    }
    return new String(toByteArray(), StandardCharsets.UTF_8);
  }
}
