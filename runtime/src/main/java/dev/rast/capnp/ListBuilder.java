package dev.rast.capnp;

import java.nio.ByteBuffer;

/**
 * A flyweight that writes one list in place, with typed element accessors. Pointer elements are
 * written like struct pointer fields (new objects, text, data, copies). A wrong index is the
 * caller's bug and throws {@link IndexOutOfBoundsException}. Not thread-safe.
 */
public class ListBuilder {
  MessageBuilder message;
  ByteBuffer buffer;
  /** {@link HeapBytes#arrayOf} {@link #buffer}, set wherever the buffer is; null: use the buffer. */
  byte[] array;

  int segment;
  int pos;
  int count;
  int elementSize;
  int stepBytes;
  int structDataBytes;
  int structPointers;

  /** Creates an unpointed builder (an empty list until pointed somewhere). */
  public ListBuilder() {}

  final void init(
      MessageBuilder m,
      int seg,
      int first,
      int size,
      int n,
      int step,
      int dataBytes,
      int pointers) {
    // Compare before storing references: see StructBuilder.init.
    if (message != m) {
      message = m;
    }
    segment = seg;
    ByteBuffer b = m.buffer(seg);
    if (buffer != b) {
      buffer = b;
      array = m.array(seg);
    }
    pos = first;
    elementSize = size;
    count = n;
    stepBytes = step;
    structDataBytes = dataBytes;
    structPointers = pointers;
  }

  final void initEmpty(MessageBuilder m, int size) {
    message = m;
    segment = 0;
    buffer = null;
    array = null;
    pos = 0;
    elementSize = size;
    count = 0;
    stepBytes = 0;
    structDataBytes = 0;
    structPointers = 0;
  }

  /**
   * Points this builder at the list that {@code other} writes.
   *
   * @param other the flyweight whose current view this one copies
   */
  public final void wrap(ListBuilder other) {
    init(
        other.message,
        other.segment,
        other.pos,
        other.elementSize,
        other.count,
        other.stepBytes,
        other.structDataBytes,
        other.structPointers);
    if (buffer != other.buffer) {
      buffer = other.buffer;
      array = other.array;
    }
  }

  /**
   * Number of elements.
   *
   * @return the number of elements
   */
  public final int size() {
    return count;
  }

  /**
   * The element encoding ({@link ElementSize}).
   *
   * @return the element encoding, one of the {@link ElementSize} constants
   */
  public final int elementSize() {
    return elementSize;
  }

  /**
   * Points {@code target} at this list for reading (zero-copy) and returns it.
   *
   * @param <T> the type of {@code target}, returned without a cast
   * @param target the reusable flyweight to point; nothing is allocated
   * @return {@code target}, for chaining
   */
  public final <T extends ListReader> T asReader(T target) {
    if (message == null) {
      throw new IllegalStateException(
          "this builder is not pointed at a list yet: get it from a MessageBuilder (initRoot, getRoot, init...) first");
    }
    MessageReader r = message.asReader();
    target.stamp++; // see ListReader.stamp
    if (target.message != r) {
      target.message = r;
    }
    ByteBuffer b = buffer == null ? null : r.buffer(segment);
    if (target.buffer != b) {
      target.buffer = b;
      target.array = b == null ? null : r.array(segment);
    }
    target.segment = segment;
    target.segBounds = b == null ? 0 : ObjectReader.bounds(r.start(segment), r.end(segment));
    target.count = count;
    target.elementSize = elementSize;
    target.pos = pos;
    target.stepBytes = stepBytes;
    target.structDataBytes = structDataBytes;
    target.structPointers = structPointers;
    target.nesting = Integer.MAX_VALUE;
    return target;
  }

  private int at(int index) {
    if (index < 0 || index >= count) {
      throw new IndexOutOfBoundsException("index " + index + ", size " + count);
    }
    return pos + index * stepBytes;
  }

  // ---- primitives ----

  /**
   * Sets element {@code index} of a {@code List(Bool)}.
   *
   * @param index the element position, from 0 to {@code size() - 1}
   * @param value the value to store
   */
  public final void setBoolean(int index, boolean value) {
    if (index < 0 || index >= count) {
      throw new IndexOutOfBoundsException("index " + index + ", size " + count);
    }
    int b = elementSize == ElementSize.BIT ? pos + (index >>> 3) : pos + index * stepBytes;
    int mask = 1 << (elementSize == ElementSize.BIT ? (index & 7) : 0);
    byte old = HeapBytes.get(array, buffer, b);
    HeapBytes.put(array, buffer, b, (byte) (value ? (old | mask) : (old & ~mask)));
  }

  /**
   * Element {@code index} of a {@code List(Bool)}.
   *
   * @param index the element position, from 0 to {@code size() - 1}
   * @return the element's value
   */
  public final boolean getBoolean(int index) {
    if (index < 0 || index >= count) {
      throw new IndexOutOfBoundsException("index " + index + ", size " + count);
    }
    if (elementSize == ElementSize.BIT) {
      return ((HeapBytes.get(array, buffer, pos + (index >>> 3)) >>> (index & 7)) & 1) != 0;
    }
    return (HeapBytes.get(array, buffer, pos + index * stepBytes) & 1) != 0;
  }

  /**
   * Sets an 8-bit element.
   *
   * @param index the element position, from 0 to {@code size() - 1}
   * @param value the value to store
   */
  public final void setByte(int index, byte value) {
    HeapBytes.put(array, buffer, at(index), value);
  }

  /**
   * An 8-bit element.
   *
   * @param index the element position, from 0 to {@code size() - 1}
   * @return the element's value
   */
  public final byte getByte(int index) {
    return HeapBytes.get(array, buffer, at(index));
  }

  /**
   * Sets a 16-bit element (also enums).
   *
   * @param index the element position, from 0 to {@code size() - 1}
   * @param value the value to store
   */
  public final void setShort(int index, short value) {
    HeapBytes.putShort(array, buffer, at(index), value);
  }

  /**
   * A 16-bit element.
   *
   * @param index the element position, from 0 to {@code size() - 1}
   * @return the element's value
   */
  public final short getShort(int index) {
    return HeapBytes.getShort(array, buffer, at(index));
  }

  /**
   * Sets a 32-bit element.
   *
   * @param index the element position, from 0 to {@code size() - 1}
   * @param value the value to store
   */
  public final void setInt(int index, int value) {
    HeapBytes.putInt(array, buffer, at(index), value);
  }

  /**
   * A 32-bit element.
   *
   * @param index the element position, from 0 to {@code size() - 1}
   * @return the element's value
   */
  public final int getInt(int index) {
    return HeapBytes.getInt(array, buffer, at(index));
  }

  /**
   * Sets a 64-bit element.
   *
   * @param index the element position, from 0 to {@code size() - 1}
   * @param value the value to store
   */
  public final void setLong(int index, long value) {
    HeapBytes.putLong(array, buffer, at(index), value);
  }

  /**
   * A 64-bit element.
   *
   * @param index the element position, from 0 to {@code size() - 1}
   * @return the element's value
   */
  public final long getLong(int index) {
    return HeapBytes.getLong(array, buffer, at(index));
  }

  /**
   * Sets a Float32 element.
   *
   * @param index the element position, from 0 to {@code size() - 1}
   * @param value the value to store
   */
  public final void setFloat(int index, float value) {
    HeapBytes.putInt(array, buffer, at(index), Float.floatToRawIntBits(value));
  }

  /**
   * A Float32 element.
   *
   * @param index the element position, from 0 to {@code size() - 1}
   * @return the element's value
   */
  public final float getFloat(int index) {
    return Float.intBitsToFloat(HeapBytes.getInt(array, buffer, at(index)));
  }

  /**
   * Sets a Float64 element.
   *
   * @param index the element position, from 0 to {@code size() - 1}
   * @param value the value to store
   */
  public final void setDouble(int index, double value) {
    HeapBytes.putLong(array, buffer, at(index), Double.doubleToRawLongBits(value));
  }

  /**
   * A Float64 element.
   *
   * @param index the element position, from 0 to {@code size() - 1}
   * @return the element's value
   */
  public final double getDouble(int index) {
    return Double.longBitsToDouble(HeapBytes.getLong(array, buffer, at(index)));
  }

  // ---- structs ----

  /**
   * Points {@code target} at struct element {@code index} and returns it.
   *
   * @param <T> the type of {@code target}, returned without a cast
   * @param index the element position, from 0 to {@code size() - 1}
   * @param target the reusable flyweight to point; nothing is allocated
   * @return {@code target}, for chaining
   * @throws IllegalArgumentException when the elements are smaller than {@code target}'s struct
   *     type (its fields would be written over the next element)
   */
  public final <T extends StructBuilder> T getStruct(int index, T target) {
    StructSize own = target.structSize();
    if (own != null && ((own.dataWords << 3) > structDataBytes || own.pointers > structPointers)) {
      throw new IllegalArgumentException(
          "list elements of " + structDataBytes + " data bytes and " + structPointers
              + " pointers are smaller than " + StructBuilder.typeName(target) + "'s size " + own);
    }
    target.initElement(this, at(index));
    return target;
  }

  /**
   * Replaces struct element {@code index}'s content with a deep copy of {@code value}.
   *
   * @param index the element position, from 0 to {@code size() - 1}
   * @param value a struct of the element type, from any message
   */
  public final void setStruct(int index, StructReader value) {
    StructBuilder element = message.copier().elementScratch();
    element.initElement(this, at(index));
    element.copyFrom(value);
  }

  // ---- pointer elements ----

  private int slot(int index) {
    int a = at(index);
    if (structPointers == 0) {
      throw new IllegalStateException(
          "a " + ElementSize.name(elementSize) + " list has no pointer elements");
    }
    return a + structDataBytes;
  }

  /**
   * Whether pointer element {@code index} is non-null.
   *
   * @param index the element position, from 0 to {@code size() - 1}
   * @return true when the pointer is non-null
   */
  public final boolean hasPointer(int index) {
    return HeapBytes.getLong(array, buffer, slot(index)) != 0;
  }

  /**
   * Sets pointer element {@code index} to null, zeroing what it pointed to.
   *
   * @param index the element position, from 0 to {@code size() - 1}
   */
  public final void setNull(int index) {
    Pointers.clear(message, segment, slot(index));
  }

  /**
   * Sets pointer element {@code index} to the UTF-8 text of {@code value} (no allocation).
   *
   * @param index the element position, from 0 to {@code size() - 1}
   * @param value the text to encode
   */
  public final void setText(int index, CharSequence value) {
    Pointers.setText(message, segment, slot(index), value);
  }

  /**
   * Points {@code target} at the text in pointer element {@code index}.
   *
   * @param index the element position, from 0 to {@code size() - 1}
   * @param target the reusable flyweight to point; nothing is allocated
   * @return {@code target}, for chaining
   */
  public final TextBuilder getText(int index, TextBuilder target) {
    target.readSlot(message, segment, slot(index), null, true);
    return target;
  }

  /**
   * Sets pointer element {@code index} to a copy of {@code length} bytes of {@code value}.
   *
   * @param index the element position, from 0 to {@code size() - 1}
   * @param value the bytes to copy
   * @param offset where the bytes start in {@code value}
   * @param length how many bytes to copy
   */
  public final void setData(int index, byte[] value, int offset, int length) {
    Pointers.setBytes(message, segment, slot(index), value, offset, length);
  }

  /**
   * Sets pointer element {@code index} to a copy of the remaining bytes of {@code value}.
   *
   * @param index the element position, from 0 to {@code size() - 1}
   * @param value the bytes to copy
   */
  public final void setData(int index, ByteBuffer value) {
    Pointers.setBytes(message, segment, slot(index), value, value.position(), value.remaining());
  }

  /**
   * Points {@code target} at the data in pointer element {@code index}.
   *
   * @param index the element position, from 0 to {@code size() - 1}
   * @param target the reusable flyweight to point; nothing is allocated
   * @return {@code target}, for chaining
   */
  public final DataBuilder getData(int index, DataBuilder target) {
    target.readSlot(message, segment, slot(index), null, false);
    return target;
  }

  /**
   * Replaces pointer element {@code index} with a new list of primitives or pointers.
   *
   * @param <T> the type of {@code target}, returned without a cast
   * @param index the element position, from 0 to {@code size() - 1}
   * @param elementSize the element encoding, one of the {@link ElementSize} constants
   * @param n the number of elements
   * @param target the reusable flyweight to point; nothing is allocated
   * @return {@code target}, for chaining
   */
  public final <T extends ListBuilder> T initList(int index, int elementSize, int n, T target) {
    Pointers.initList(message, segment, slot(index), elementSize, n, target);
    return target;
  }

  /**
   * Replaces pointer element {@code index} with a new list of {@code n} zeroed structs of the elements' size.
   *
   * @param <T> the type of {@code target}, returned without a cast
   * @param index the element position, from 0 to {@code size() - 1}
   * @param n the number of elements
   * @param target the reusable flyweight to point; nothing is allocated
   * @return {@code target}, for chaining
   */
  public final <T extends StructBuilder> StructListBuilder<T> initStructList(
      int index, int n, StructListBuilder<T> target) {
    Pointers.initStructList(message, segment, slot(index), target.elementStructSize(), n, target);
    return target;
  }

  /**
   * Replaces pointer element {@code index} with a new list of {@code n} zeroed structs of {@code size}.
   *
   * @param <T> the type of {@code target}, returned without a cast
   * @param index the element position, from 0 to {@code size() - 1}
   * @param size the element struct size the schema gives, checked against {@code target}'s
   * @param n the number of elements
   * @param target the reusable flyweight to point; nothing is allocated
   * @return {@code target}, for chaining
   */
  public final <T extends ListBuilder> T initStructList(
      int index, StructSize size, int n, T target) {
    Pointers.initStructList(
        message, segment, slot(index), checkElementSize(size, target), n, target);
    return target;
  }

  /**
   * Points {@code target} at the list in pointer element {@code index}.
   *
   * @param <T> the type of {@code target}, returned without a cast
   * @param index the element position, from 0 to {@code size() - 1}
   * @param elementSize the element encoding, one of the {@link ElementSize} constants
   * @param structSize the element struct size for struct lists, else null
   * @param target the reusable flyweight to point; nothing is allocated
   * @return {@code target}, for chaining
   */
  public final <T extends ListBuilder> T getList(
      int index, int elementSize, StructSize structSize, T target) {
    Pointers.getList(
        message,
        segment,
        slot(index),
        elementSize,
        structSize == null ? null : checkElementSize(structSize, target),
        target,
        null);
    return target;
  }

  /**
   * Sets pointer element {@code index} to a deep copy of the list {@code value}.
   *
   * @param index the element position, from 0 to {@code size() - 1}
   * @param value the list to copy, from any message
   */
  public final void setList(int index, ListReader value) {
    message.copier().setList(value, message, segment, slot(index));
  }

  /**
   * Replaces pointer element {@code index} with a new zeroed struct of {@code target}'s size (lists of struct pointers).
   *
   * @param <T> the type of {@code target}, returned without a cast
   * @param index the element position, from 0 to {@code size() - 1}
   * @param target the reusable flyweight to point; nothing is allocated
   * @return {@code target}, for chaining
   */
  public final <T extends StructBuilder> T initStructPointer(int index, T target) {
    Pointers.initStruct(message, segment, slot(index), StructBuilder.sizeOf(target), target);
    return target;
  }

  /**
   * As {@link #initStructPointer(int, StructBuilder)} with an explicit size, which must be {@code target}'s.
   *
   * @param <T> the type of {@code target}, returned without a cast
   * @param index the element position, from 0 to {@code size() - 1}
   * @param size the struct size the schema gives, checked against {@code target}'s own
   * @param target the reusable flyweight to point; nothing is allocated
   * @return {@code target}, for chaining
   */
  public final <T extends StructBuilder> T initStructPointer(int index, StructSize size, T target) {
    Pointers.initStruct(
        message, segment, slot(index), StructBuilder.checkSize(size, target), target);
    return target;
  }

  /**
   * {@code size}, after checking that it is the element size of {@code target} when that is a typed
   * struct list (whose element builders would otherwise write over their neighbours).
   */
  static StructSize checkElementSize(StructSize size, ListBuilder target) {
    if (target instanceof StructListBuilder) {
      StructSize own = ((StructListBuilder<?>) target).elementTypeSize();
      if (own != null
          && own != size
          && (own.dataWords != size.dataWords || own.pointers != size.pointers)) {
        throw new IllegalArgumentException(
            "struct size " + size + " does not match the size of the list's elements, " + own);
      }
    }
    return size;
  }

  /**
   * Points {@code target} at pointer element {@code index} itself.
   *
   * @param index the element position, from 0 to {@code size() - 1}
   * @param target the reusable flyweight to point; nothing is allocated
   * @return {@code target}, for chaining
   */
  public final AnyPointerBuilder getAnyPointer(int index, AnyPointerBuilder target) {
    target.init(message, segment, slot(index));
    return target;
  }
}
