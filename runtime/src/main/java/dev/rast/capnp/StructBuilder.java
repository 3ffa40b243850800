package dev.rast.capnp;

import java.nio.ByteBuffer;

/**
 * A flyweight that writes one struct in place. Generated {@code Foo.Builder} classes extend it and
 * turn schema fields into calls of the protected {@code write*}/{@code read*} accessors, which store
 * scalars XOR their schema default, as the encoding requires.
 *
 * <p>Framework accessors use the verbs {@code read}, {@code write}, {@code new}, {@code open} and
 * {@code copy}, never the schema prefixes {@code get}, {@code set}, {@code init}, {@code has}, so
 * generated accessors cannot clash with them.
 *
 * <p>Re-pointing a builder allocates nothing; writing scalars, text from a {@code CharSequence},
 * bytes and nested objects allocates nothing beyond arena segments. Not thread-safe.
 */
public class StructBuilder {
  MessageBuilder message;
  ByteBuffer buffer;
  /** {@link HeapBytes#arrayOf} {@link #buffer}, set wherever the buffer is; null: use the buffer. */
  byte[] array;

  int segment;
  int dataPos;
  int dataBytes;
  int ptrPos;
  int ptrCount;

  /** The size the schema gives this builder's struct type; null for an untyped builder. */
  private final StructSize typeSize;

  /**
   * Creates an unpointed, untyped builder: it knows no struct size, so it is pointed with calls
   * that pass one (group views are untyped: they are pointed at their parent's struct).
   */
  protected StructBuilder() {
    this.typeSize = null;
  }

  /**
   * Creates an unpointed builder of a struct type of {@code size} (generated builders pass their
   * {@code _Meta.SIZE}): {@code initRoot(builder)} and the other calls without a size allocate
   * this size, and calls that pass a size check it against this one.
   *
   * @param size the struct size the schema gives; not null
   */
  protected StructBuilder(StructSize size) {
    if (size == null) {
      throw new NullPointerException("size == null");
    }
    this.typeSize = size;
  }

  final void init(MessageBuilder m, int seg, int pos, int dataWords, int pointers) {
    // Compare before storing references (see ObjectReader.follow): a flyweight re-pointed within
    // one message keeps its message and buffer, and a fresh message's young objects stored into
    // long-lived flyweights would otherwise pay G1's cross-region write barrier on every re-point.
    if (message != m) {
      message = m;
    }
    segment = seg;
    ByteBuffer b = m.buffer(seg);
    if (buffer != b) {
      buffer = b;
      array = m.array(seg);
    }
    dataPos = pos;
    dataBytes = dataWords << 3;
    ptrPos = pos + dataBytes;
    ptrCount = pointers;
  }

  final void initElement(ListBuilder list, int pos) {
    if (message != list.message) {
      message = list.message;
    }
    segment = list.segment;
    if (buffer != list.buffer) {
      buffer = list.buffer;
      array = list.array;
    }
    dataPos = pos;
    dataBytes = list.structDataBytes;
    ptrPos = pos + list.structDataBytes;
    ptrCount = list.structPointers;
  }

  /**
   * Points this builder at the struct that {@code other} writes (group views wrap their parent).
   *
   * @param other the flyweight whose current view this one copies
   * @throws IllegalArgumentException when that struct is smaller than this builder's type
   */
  public final void wrap(StructBuilder other) {
    StructSize own = typeSize;
    if (own != null
        && other.message != null
        && ((own.dataWords << 3) > other.dataBytes || own.pointers > other.ptrCount)) {
      throw new IllegalArgumentException(
          "cannot point " + typeName(this) + " (size " + own + ") at a struct of " + other.dataBytes
              + " data bytes and " + other.ptrCount + " pointers");
    }
    // Compare before storing references: see init.
    if (message != other.message) {
      message = other.message;
    }
    segment = other.segment;
    if (buffer != other.buffer) {
      buffer = other.buffer;
      array = other.array;
    }
    dataPos = other.dataPos;
    dataBytes = other.dataBytes;
    ptrPos = other.ptrPos;
    ptrCount = other.ptrCount;
  }

  /**
   * The size the schema gives this builder's struct type, or null for an untyped builder.
   *
   * @return the schema's size for this builder's type, or null for an untyped builder
   */
  public final StructSize structSize() {
    return typeSize;
  }

  /**
   * The message this builder writes into.
   *
   * @return the message this builder writes into, or null before it is pointed
   */
  public final MessageBuilder message() {
    return message;
  }

  /**
   * Points {@code target} at this struct for reading (zero-copy; the view of the message at the time
   * of the call) and returns it.
   *
   * @param <T> the type of {@code target}, returned without a cast
   * @param target the reusable flyweight to point; nothing is allocated
   * @return {@code target}, for chaining
   */
  public final <T extends StructReader> T asReader(T target) {
    if (message == null) {
      throw new IllegalStateException(
          "this builder is not pointed at a struct yet: get it from a MessageBuilder (initRoot, getRoot, init...) first");
    }
    MessageReader r = message.asReader();
    target.forgetList();
    if (target.message != r) {
      target.message = r;
    }
    ByteBuffer b = r.buffer(segment);
    if (target.buffer != b) {
      target.buffer = b;
      target.array = r.array(segment);
    }
    target.segment = segment;
    target.segBounds = ObjectReader.bounds(r.start(segment), r.end(segment));
    target.dataPos = dataPos;
    target.dataBytes = dataBytes;
    target.ptrPos = ptrPos;
    target.ptrCount = ptrCount;
    target.nesting = Integer.MAX_VALUE;
    return target;
  }

  /**
   * Replaces every field with a deep copy of {@code value}'s (a struct of the same type).
   *
   * @param value a struct of the same type, from any message
   */
  public final void copyFrom(StructReader value) {
    message.copier().copyInto(value, this);
  }

  // ---- data section ----

  /**
   * Writes Bool field at bit {@code bit}.
   *
   * @param bit the field's bit offset in the data section
   * @param value the value to store
   * @param defaultValue the schema default, XOR-ed in so that zeroed memory reads as the default
   */
  protected final void writeBool(int bit, boolean value, boolean defaultValue) {
    int at = dataPos + (bit >>> 3);
    int mask = 1 << (bit & 7);
    byte b = HeapBytes.get(array, buffer, at);
    HeapBytes.put(array, buffer, at, (byte) ((value != defaultValue) ? (b | mask) : (b & ~mask)));
  }

  /**
   * Writes an 8-bit field at byte {@code offset}, XOR {@code defaultValue}.
   *
   * @param offset the field's byte offset in the data section
   * @param value the value to store
   * @param defaultValue the schema default, XOR-ed in so that zeroed memory reads as the default
   */
  protected final void writeByte(int offset, byte value, byte defaultValue) {
    HeapBytes.put(array, buffer, dataPos + offset, (byte) (value ^ defaultValue));
  }

  /**
   * Writes a 16-bit field at byte {@code offset}, XOR {@code defaultValue}.
   *
   * @param offset the field's byte offset in the data section
   * @param value the value to store
   * @param defaultValue the schema default, XOR-ed in so that zeroed memory reads as the default
   */
  protected final void writeShort(int offset, short value, short defaultValue) {
    HeapBytes.putShort(array, buffer, dataPos + offset, (short) (value ^ defaultValue));
  }

  /**
   * Writes a 32-bit field at byte {@code offset}, XOR {@code defaultValue}.
   *
   * @param offset the field's byte offset in the data section
   * @param value the value to store
   * @param defaultValue the schema default, XOR-ed in so that zeroed memory reads as the default
   */
  protected final void writeInt(int offset, int value, int defaultValue) {
    HeapBytes.putInt(array, buffer, dataPos + offset, value ^ defaultValue);
  }

  /**
   * Writes a 64-bit field at byte {@code offset}, XOR {@code defaultValue}.
   *
   * @param offset the field's byte offset in the data section
   * @param value the value to store
   * @param defaultValue the schema default, XOR-ed in so that zeroed memory reads as the default
   */
  protected final void writeLong(int offset, long value, long defaultValue) {
    HeapBytes.putLong(array, buffer, dataPos + offset, value ^ defaultValue);
  }

  /**
   * Writes a Float32 field; the default is XOR-ed on the bit pattern.
   *
   * @param offset the field's byte offset in the data section
   * @param value the value to store
   * @param defaultBits the raw bits of the schema default, XOR-ed with the value's bits
   */
  protected final void writeFloat(int offset, float value, int defaultBits) {
    HeapBytes.putInt(array, buffer, dataPos + offset, Float.floatToRawIntBits(value) ^ defaultBits);
  }

  /**
   * Writes a Float64 field; the default is XOR-ed on the bit pattern.
   *
   * @param offset the field's byte offset in the data section
   * @param value the value to store
   * @param defaultBits the raw bits of the schema default, XOR-ed with the value's bits
   */
  protected final void writeDouble(int offset, double value, long defaultBits) {
    HeapBytes.putLong(
        array, buffer, dataPos + offset, Double.doubleToRawLongBits(value) ^ defaultBits);
  }

  /**
   * Reads Bool field at bit {@code bit}.
   *
   * @param bit the field's bit offset in the data section
   * @param defaultValue the schema default, XOR-ed in so that zeroed memory reads as the default
   * @return the field's value; {@code defaultValue} when the struct predates the field
   */
  protected final boolean readBool(int bit, boolean defaultValue) {
    int b = bit >>> 3;
    if (b >= dataBytes) {
      return defaultValue;
    }
    return (((HeapBytes.get(array, buffer, dataPos + b) >>> (bit & 7)) & 1) != 0) != defaultValue;
  }

  /**
   * Reads an 8-bit field.
   *
   * @param offset the field's byte offset in the data section
   * @param defaultValue the schema default, XOR-ed in so that zeroed memory reads as the default
   * @return the field's value; {@code defaultValue} when the struct predates the field
   */
  protected final byte readByte(int offset, byte defaultValue) {
    return offset + 1 <= dataBytes
        ? (byte) (HeapBytes.get(array, buffer, dataPos + offset) ^ defaultValue)
        : defaultValue;
  }

  /**
   * Reads a 16-bit field.
   *
   * @param offset the field's byte offset in the data section
   * @param defaultValue the schema default, XOR-ed in so that zeroed memory reads as the default
   * @return the field's value; {@code defaultValue} when the struct predates the field
   */
  protected final short readShort(int offset, short defaultValue) {
    return offset + 2 <= dataBytes
        ? (short) (HeapBytes.getShort(array, buffer, dataPos + offset) ^ defaultValue)
        : defaultValue;
  }

  /**
   * Reads a 32-bit field.
   *
   * @param offset the field's byte offset in the data section
   * @param defaultValue the schema default, XOR-ed in so that zeroed memory reads as the default
   * @return the field's value; {@code defaultValue} when the struct predates the field
   */
  protected final int readInt(int offset, int defaultValue) {
    return offset + 4 <= dataBytes
        ? HeapBytes.getInt(array, buffer, dataPos + offset) ^ defaultValue
        : defaultValue;
  }

  /**
   * Reads a 64-bit field.
   *
   * @param offset the field's byte offset in the data section
   * @param defaultValue the schema default, XOR-ed in so that zeroed memory reads as the default
   * @return the field's value; {@code defaultValue} when the struct predates the field
   */
  protected final long readLong(int offset, long defaultValue) {
    return offset + 8 <= dataBytes
        ? HeapBytes.getLong(array, buffer, dataPos + offset) ^ defaultValue
        : defaultValue;
  }

  /**
   * Reads a Float32 field.
   *
   * @param offset the field's byte offset in the data section
   * @param defaultBits the raw bits of the schema default, XOR-ed with the value's bits
   * @return the field's value; {@code defaultValue} when the struct predates the field
   */
  protected final float readFloat(int offset, int defaultBits) {
    return Float.intBitsToFloat(readInt(offset, defaultBits));
  }

  /**
   * Reads a Float64 field.
   *
   * @param offset the field's byte offset in the data section
   * @param defaultBits the raw bits of the schema default, XOR-ed with the value's bits
   * @return the field's value; {@code defaultValue} when the struct predates the field
   */
  protected final double readDouble(int offset, long defaultBits) {
    return Double.longBitsToDouble(readLong(offset, defaultBits));
  }

  // ---- pointer section ----

  private int slot(int index) {
    if (index < 0 || index >= ptrCount) {
      throw new IllegalStateException(pointerOutOfRange(index));
    }
    return ptrPos + (index << 3);
  }

  private String pointerOutOfRange(int index) {
    if (message == null) {
      return "this builder is not pointed at a struct yet: get it from a MessageBuilder (initRoot, getRoot, init...) first";
    }
    return "pointer field " + index + " is outside the struct this " + typeName(this)
        + " is pointed at, which has "
        + ptrCount + " pointer" + (ptrCount == 1 ? "" : "s")
        + " (point builders with initRoot(builder) or a parent's"
        + " init/get, which allocate the builder's own size)";
  }

  /** The size to allocate for {@code target}: its own. */
  static StructSize sizeOf(StructBuilder target) {
    StructSize own = target.typeSize;
    if (own == null) {
      throw new IllegalArgumentException(typeName(target)
          + " is an untyped builder (it knows no struct size): pass the size explicitly");
    }
    return own;
  }

  /**
   * {@code size}, after checking that it is {@code target}'s own size (when it has one): a builder
   * pointed at a struct of another size would write its fields over its neighbours.
   */
  static StructSize checkSize(StructSize size, StructBuilder target) {
    StructSize own = target.typeSize;
    if (own != null
        && own != size
        && (own.dataWords != size.dataWords || own.pointers != size.pointers)) {
      throw new IllegalArgumentException(
          "struct size " + size + " does not match the size of " + typeName(target) + ", " + own);
    }
    return size;
  }

  /** A builder's class as its source names it ({@code Test.Person.Builder}), for error messages. */
  static String typeName(Object builder) {
    String name = builder.getClass().getCanonicalName();
    if (name == null) {
      return builder.getClass().getName();
    }
    String pkg = builder.getClass().getPackageName();
    return pkg.isEmpty() ? name : name.substring(pkg.length() + 1);
  }

  /**
   * Whether pointer {@code index} is non-null.
   *
   * @param index the field's pointer slot in the pointer section
   * @return true when the pointer is non-null
   */
  protected final boolean readHasPointer(int index) {
    return index < ptrCount && HeapBytes.getLong(array, buffer, ptrPos + (index << 3)) != 0;
  }

  /**
   * Sets pointer {@code index} to null, zeroing what it pointed to.
   *
   * @param index the field's pointer slot in the pointer section
   */
  protected final void writeNullPointer(int index) {
    Pointers.clear(message, segment, slot(index));
  }

  /**
   * Replaces pointer {@code index} with a new zeroed struct of {@code target}'s size; points {@code target} at it.
   *
   * @param <T> the type of {@code target}, returned without a cast
   * @param index the field's pointer slot in the pointer section
   * @param target the reusable flyweight to point; nothing is allocated
   * @return {@code target}, for chaining
   */
  protected final <T extends StructBuilder> T newStruct(int index, T target) {
    Pointers.initStruct(message, segment, slot(index), sizeOf(target), target);
    return target;
  }

  /**
   * As {@link #newStruct(int, StructBuilder)} with an explicit size, which must be {@code target}'s.
   *
   * @param <T> the type of {@code target}, returned without a cast
   * @param index the field's pointer slot in the pointer section
   * @param size the struct size the schema gives, checked against {@code target}'s own
   * @param target the reusable flyweight to point; nothing is allocated
   * @return {@code target}, for chaining
   */
  protected final <T extends StructBuilder> T newStruct(int index, StructSize size, T target) {
    Pointers.initStruct(message, segment, slot(index), checkSize(size, target), target);
    return target;
  }

  /**
   * Points {@code target} at the struct in pointer {@code index}: a copy of {@code defaultValue}
   * (or a new struct) when null, upgraded to {@code target}'s size when an older schema wrote it.
   *
   * @param <T> the type of {@code target}, returned without a cast
   * @param index the field's pointer slot in the pointer section
   * @param target the reusable flyweight to point; nothing is allocated
   * @param defaultValue a message whose root is the schema default, copied in when the pointer is null; null for a zeroed struct
   * @return {@code target}, for chaining
   */
  protected final <T extends StructBuilder> T openStruct(
      int index, T target, MessageReader defaultValue) {
    Pointers.getStruct(message, segment, slot(index), sizeOf(target), target, defaultValue);
    return target;
  }

  /**
   * As {@link #openStruct(int, StructBuilder, MessageReader)} with an explicit size, which must be {@code target}'s.
   *
   * @param <T> the type of {@code target}, returned without a cast
   * @param index the field's pointer slot in the pointer section
   * @param size the struct size the schema gives, checked against {@code target}'s own
   * @param target the reusable flyweight to point; nothing is allocated
   * @param defaultValue a message whose root is the schema default, copied in when the pointer is null; null for a zeroed struct
   * @return {@code target}, for chaining
   */
  protected final <T extends StructBuilder> T openStruct(
      int index, StructSize size, T target, MessageReader defaultValue) {
    Pointers.getStruct(
        message, segment, slot(index), checkSize(size, target), target, defaultValue);
    return target;
  }

  /**
   * Sets pointer {@code index} to a deep copy of {@code value}.
   *
   * @param index the field's pointer slot in the pointer section
   * @param value the value to copy; it may belong to any message
   */
  protected final void copyStruct(int index, StructReader value) {
    message.copier().setStruct(value, message, segment, slot(index), false);
  }

  /**
   * Replaces pointer {@code index} with a new list of {@code count} primitive or pointer elements.
   *
   * @param <T> the type of {@code target}, returned without a cast
   * @param index the field's pointer slot in the pointer section
   * @param elementSize the element encoding, one of the {@link ElementSize} constants
   * @param count the number of elements
   * @param target the reusable flyweight to point; nothing is allocated
   * @return {@code target}, for chaining
   */
  protected final <T extends ListBuilder> T newList(
      int index, int elementSize, int count, T target) {
    Pointers.initList(message, segment, slot(index), elementSize, count, target);
    return target;
  }

  /**
   * Replaces pointer {@code index} with a new list of {@code count} zeroed structs of the elements' size.
   *
   * @param <T> the type of {@code target}, returned without a cast
   * @param index the field's pointer slot in the pointer section
   * @param count the number of elements
   * @param target the reusable flyweight to point; nothing is allocated
   * @return {@code target}, for chaining
   */
  protected final <T extends StructBuilder> StructListBuilder<T> newStructList(
      int index, int count, StructListBuilder<T> target) {
    Pointers.initStructList(
        message, segment, slot(index), target.elementStructSize(), count, target);
    return target;
  }

  /**
   * Replaces pointer {@code index} with a new list of {@code count} zeroed structs of {@code size}.
   *
   * @param <T> the type of {@code target}, returned without a cast
   * @param index the field's pointer slot in the pointer section
   * @param size the struct size the schema gives, checked against {@code target}'s own
   * @param count the number of elements
   * @param target the reusable flyweight to point; nothing is allocated
   * @return {@code target}, for chaining
   */
  protected final <T extends ListBuilder> T newStructList(
      int index, StructSize size, int count, T target) {
    Pointers.initStructList(
        message, segment, slot(index), ListBuilder.checkElementSize(size, target), count, target);
    return target;
  }

  /**
   * Points {@code target} at the struct list in pointer {@code index}, upgrading older elements to their size.
   *
   * @param <T> the type of {@code target}, returned without a cast
   * @param index the field's pointer slot in the pointer section
   * @param target the reusable flyweight to point; nothing is allocated
   * @param defaultValue a message whose root is the schema default, copied in when the pointer is null; null for an empty list
   * @return {@code target}, for chaining
   */
  protected final <T extends StructBuilder> StructListBuilder<T> openStructList(
      int index, StructListBuilder<T> target, MessageReader defaultValue) {
    Pointers.getList(
        message,
        segment,
        slot(index),
        ElementSize.INLINE_COMPOSITE,
        target.elementStructSize(),
        target,
        defaultValue);
    return target;
  }

  /**
   * Points {@code target} at the list in pointer {@code index} ({@code structSize} for struct lists).
   *
   * @param <T> the type of {@code target}, returned without a cast
   * @param index the field's pointer slot in the pointer section
   * @param elementSize the element encoding, one of the {@link ElementSize} constants
   * @param structSize the element struct size for struct lists, else null
   * @param target the reusable flyweight to point; nothing is allocated
   * @param defaultValue a message whose root is the schema default, copied in when the pointer is null; null for an empty list
   * @return {@code target}, for chaining
   */
  protected final <T extends ListBuilder> T openList(
      int index, int elementSize, StructSize structSize, T target, MessageReader defaultValue) {
    Pointers.getList(
        message,
        segment,
        slot(index),
        elementSize,
        structSize == null ? null : ListBuilder.checkElementSize(structSize, target),
        target,
        defaultValue);
    return target;
  }

  /**
   * Sets pointer {@code index} to a deep copy of the list {@code value}.
   *
   * @param index the field's pointer slot in the pointer section
   * @param value the value to copy; it may belong to any message
   */
  protected final void copyList(int index, ListReader value) {
    message.copier().setList(value, message, segment, slot(index));
  }

  /**
   * Sets pointer {@code index} to the text {@code value} (encoded as UTF-8 in place; no allocation).
   *
   * @param index the field's pointer slot in the pointer section
   * @param value the text to encode
   */
  protected final void writeText(int index, CharSequence value) {
    Pointers.setText(message, segment, slot(index), value);
  }

  /**
   * Sets pointer {@code index} to a copy of the text {@code value}.
   *
   * @param index the field's pointer slot in the pointer section
   * @param value the value to copy; it may belong to any message
   */
  protected final void copyText(int index, TextReader value) {
    long at = Pointers.allocateBytes(message, segment, slot(index), value.size() + 1);
    if (value.size() > 0) {
      message
          .buffer(Pointers.seg(at))
          .put(Pointers.pos(at), value.buffer(), value.offset(), value.size());
    }
  }

  /**
   * Replaces pointer {@code index} with {@code bytes} zeroed text bytes to fill in place.
   *
   * @param index the field's pointer slot in the pointer section
   * @param bytes the length in bytes (text excludes its NUL terminator)
   * @param target the reusable flyweight to point; nothing is allocated
   * @return {@code target}, for chaining
   */
  protected final TextBuilder newText(int index, int bytes, TextBuilder target) {
    long at = Pointers.allocateBytes(message, segment, slot(index), bytes + 1);
    target.init(message, Pointers.seg(at), Pointers.pos(at), bytes);
    return target;
  }

  /**
   * Points {@code target} at the text in pointer {@code index} (copying the default when null).
   *
   * @param index the field's pointer slot in the pointer section
   * @param target the reusable flyweight to point; nothing is allocated
   * @param defaultValue a message whose root is the schema default, copied in when the pointer is null; null for empty text
   * @return {@code target}, for chaining
   */
  protected final TextBuilder openText(int index, TextBuilder target, MessageReader defaultValue) {
    target.readSlot(message, segment, slot(index), defaultValue, true);
    return target;
  }

  /**
   * Sets pointer {@code index} to a copy of {@code length} bytes of {@code value} from {@code offset}.
   *
   * @param index the field's pointer slot in the pointer section
   * @param value the bytes to copy
   * @param offset where the bytes start in {@code value}
   * @param length how many bytes to copy
   */
  protected final void writeData(int index, byte[] value, int offset, int length) {
    Pointers.setBytes(message, segment, slot(index), value, offset, length);
  }

  /**
   * Sets pointer {@code index} to a copy of the remaining bytes of {@code value} (position unchanged).
   *
   * @param index the field's pointer slot in the pointer section
   * @param value the bytes to copy
   */
  protected final void writeData(int index, ByteBuffer value) {
    Pointers.setBytes(message, segment, slot(index), value, value.position(), value.remaining());
  }

  /**
   * Sets pointer {@code index} to a copy of the data {@code value}.
   *
   * @param index the field's pointer slot in the pointer section
   * @param value the value to copy; it may belong to any message
   */
  protected final void copyData(int index, DataReader value) {
    long at = Pointers.allocateBytes(message, segment, slot(index), value.size());
    if (value.size() > 0) {
      message
          .buffer(Pointers.seg(at))
          .put(Pointers.pos(at), value.buffer(), value.offset(), value.size());
    }
  }

  /**
   * Replaces pointer {@code index} with {@code bytes} zeroed bytes to fill in place.
   *
   * @param index the field's pointer slot in the pointer section
   * @param bytes the length in bytes
   * @param target the reusable flyweight to point; nothing is allocated
   * @return {@code target}, for chaining
   */
  protected final DataBuilder newData(int index, int bytes, DataBuilder target) {
    long at = Pointers.allocateBytes(message, segment, slot(index), bytes);
    target.init(message, Pointers.seg(at), Pointers.pos(at), bytes);
    return target;
  }

  /**
   * Points {@code target} at the data in pointer {@code index} (copying the default when null).
   *
   * @param index the field's pointer slot in the pointer section
   * @param target the reusable flyweight to point; nothing is allocated
   * @param defaultValue a message whose root is the schema default, copied in when the pointer is null; null for empty data
   * @return {@code target}, for chaining
   */
  protected final DataBuilder openData(int index, DataBuilder target, MessageReader defaultValue) {
    target.readSlot(message, segment, slot(index), defaultValue, false);
    return target;
  }

  /**
   * Points {@code target} at pointer {@code index} itself.
   *
   * @param index the field's pointer slot in the pointer section
   * @param target the reusable flyweight to point; nothing is allocated
   * @return {@code target}, for chaining
   */
  protected final AnyPointerBuilder openAnyPointer(int index, AnyPointerBuilder target) {
    target.init(message, segment, slot(index));
    return target;
  }

  // ---- package access ----

  int dataPos() {
    return dataPos;
  }

  int ptrPos() {
    return ptrPos;
  }
}
