package dev.rast.capnp;

import java.nio.ByteBuffer;

/** Shared writing of a byte list in place (Text without its NUL, or Data). */
public abstract class ByteRunBuilder {
  MessageBuilder message;
  ByteBuffer buffer;
  int segment;
  int pos;
  int length;

  ByteRunBuilder() {
    buffer = ByteRun.EMPTY;
  }

  final void init(MessageBuilder m, int seg, int first, int n) {
    // Compare before storing references: see StructBuilder.init.
    if (message != m) {
      message = m;
    }
    segment = seg;
    ByteBuffer b = m.buffer(seg);
    if (buffer != b) {
      buffer = b;
    }
    pos = first;
    length = n;
  }

  /**
   * Points at the byte list in the slot; a null slot becomes a copy of {@code defaultValue}'s root
   * or stays an empty view.
   */
  final void readSlot(
      MessageBuilder m, int seg, int ptrPos, MessageReader defaultValue, boolean text) {
    long ptr = m.buffer(seg).getLong(ptrPos);
    if (ptr == 0) {
      if (defaultValue == null) {
        message = m;
        buffer = ByteRun.EMPTY;
        segment = 0;
        pos = 0;
        length = 0;
        return;
      }
      m.copier()
          .copyPointer(
              defaultValue, 0, defaultValue.start(0), Integer.MAX_VALUE, m, seg, ptrPos, false);
    }
    long tag = Pointers.tag(m, seg, ptrPos);
    if (Wire.kind(tag) != Wire.LIST || Wire.listElementSize(tag) != ElementSize.BYTE) {
      throw new IllegalStateException("pointer does not hold a byte list");
    }
    long at = Pointers.content(m, seg, ptrPos);
    int n = Wire.listCount(tag);
    init(m, Pointers.seg(at), Pointers.pos(at), text ? Math.max(0, n - 1) : n);
  }

  /**
   * Number of bytes (for text, without the NUL).
   *
   * @return the number of bytes
   */
  public final int size() {
    return length;
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
   * Sets byte {@code index}.
   *
   * @param index the byte position, from 0 to {@code size() - 1}
   * @param value the byte to store
   */
  public final void setByteAt(int index, byte value) {
    if (index < 0 || index >= length) {
      throw new IndexOutOfBoundsException("index " + index + ", size " + length);
    }
    buffer.put(pos + index, value);
  }

  /**
   * The arena buffer holding the bytes (with {@link #offset()}), to fill in place; an empty
   * read-only buffer (never null) when the pointer is null and has no default.
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
   * Copies {@code n} bytes of {@code src} from {@code srcOffset} to byte {@code at}.
   *
   * @param at the first byte position to write in this run
   * @param src the bytes to copy
   * @param srcOffset where the bytes start in {@code src}
   * @param n how many bytes to copy; they must fit in this run
   */
  public final void put(int at, byte[] src, int srcOffset, int n) {
    if (at < 0 || n < 0 || n > length - at) {
      throw new IndexOutOfBoundsException("bytes [" + at + ", " + (at + n) + "), size " + length);
    }
    buffer.put(pos + at, src, srcOffset, n);
  }
}
