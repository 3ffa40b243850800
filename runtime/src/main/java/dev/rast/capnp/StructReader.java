package dev.rast.capnp;

/**
 * A flyweight view of one struct: its data section and pointer section. Generated {@code
 * Foo.Reader} classes extend it and turn schema fields into calls of the protected {@code read*}
 * accessors below, which apply the schema's defaults (scalars by XOR, pointers from a default
 * value) and read fields past the end of a smaller, older struct as defaults.
 *
 * <p>Re-pointing a reader ({@code readStruct(..., target)}, {@link ListReader#getStruct}, {@link
 * MessageReader#getRoot}) allocates nothing. Methods without a schema prefix ({@code get}, {@code
 * set}, {@code has}, {@code init}, {@code which}) are reserved for the framework, so generated
 * accessors never clash with them.
 */
public class StructReader extends ObjectReader {
  /** Byte index of the data section in {@link #buffer}. */
  int dataPos;
  /** Size of the data section in bytes (not always whole words: see list upgrades). */
  int dataBytes;
  /** Byte index of the pointer section. */
  int ptrPos;
  /** Number of pointers. */
  int ptrCount;

  /**
   * The list whose element this reader was last pointed at by {@link #initElement}, and that
   * list's {@link ListReader#stamp} then (never 0: a list's stamp is at least 1 once it is pointed).
   * Every other way of pointing this reader sets {@code fromStamp} to 0 ({@link #forgetList}).
   * While both still match, every field but the element's position already holds the list's view.
   */
  private ListReader from;

  private long fromStamp;

  /** Creates an unpointed reader; it reads as the empty struct until pointed somewhere. */
  protected StructReader() {}

  // ---- pointing the flyweight ----

  /** Reads as the empty struct: every field its default. */
  final void initEmpty(MessageReader m, int nestingLimit) {
    forgetList();
    message = m;
    buffer = null;
    array = null;
    segment = 0;
    segBounds = 0;
    dataPos = 0;
    dataBytes = 0;
    ptrPos = 0;
    ptrCount = 0;
    nesting = nestingLimit;
  }

  /**
   * Points this reader at the struct that {@code other} views (a cheap copy of the view).
   *
   * @param other the flyweight whose current view this one copies
   */
  public final void wrap(StructReader other) {
    forgetList();
    // Compare before storing references (see ObjectReader.follow): group views are re-wrapped
    // around every struct they are read from, almost always of the same message and buffer.
    if (message != other.message) {
      message = other.message;
    }
    if (buffer != other.buffer) {
      buffer = other.buffer;
      array = other.array;
    }
    segment = other.segment;
    segBounds = other.segBounds;
    dataPos = other.dataPos;
    dataBytes = other.dataBytes;
    ptrPos = other.ptrPos;
    ptrCount = other.ptrCount;
    nesting = other.nesting;
  }

  /**
   * Points this reader at the struct the pointer at byte {@code ptrPos} of {@code seg} refers to;
   * a null pointer reads {@code defaultValue}'s root (or the empty struct when it is null).
   * {@code nestingLimit} is what the pointer's owner may still follow.
   */
  final void readPointer(
      MessageReader m, int seg, int ptrPos, int nestingLimit, MessageReader defaultValue) {
    forgetList();
    long ptr = m.word(seg, ptrPos);
    if (ptr == 0) {
      readDefault(m, nestingLimit, defaultValue);
      return;
    }
    checkNesting(m, seg, ptrPos, nestingLimit);
    land(m, seg, ptrPos, ptr, follow(m, seg, ptrPos, ptr), nestingLimit);
  }

  /**
   * As {@link #readPointer}, for the pointer at byte {@code ptrPos} of the object {@code owner}
   * views (a pointer in its pointer section or list): the same checks, but a near pointer is
   * resolved with {@code owner}'s buffer and segment bounds ({@link #followIn}).
   */
  final void readPointerIn(
      ObjectReader owner, int ptrPos, int nestingLimit, MessageReader defaultValue) {
    forgetList();
    long ptr = HeapBytes.getLong(owner.array, owner.buffer, ptrPos);
    MessageReader m = owner.message;
    if (ptr == 0) {
      readDefault(m, nestingLimit, defaultValue);
      return;
    }
    int seg = owner.segment;
    checkNesting(m, seg, ptrPos, nestingLimit);
    land(m, seg, ptrPos, ptr, followIn(owner, ptrPos, ptr), nestingLimit);
  }

  private static void checkNesting(MessageReader m, int seg, int ptrPos, int nestingLimit) {
    if (nestingLimit <= 0) {
      throw new DecodeException("message is too deeply nested or contains cycles (nesting limit "
          + m.options().nestingLimit() + ") at " + m.where(seg, ptrPos));
    }
  }

  /** Checks the struct that {@link #follow} found for the pointer {@code ptr} and points at it. */
  private void land(MessageReader m, int seg, int ptrPos, long ptr, long tag, int nestingLimit) {
    if (Wire.kind(tag) != Wire.STRUCT) {
      throw new DecodeException("expected a struct pointer at " + m.where(seg, ptrPos)
          + ", found a " + Wire.kindName(tag) + " pointer");
    }
    int dataWords = Wire.structDataWords(tag);
    int pointers = Wire.structPointers(tag);
    long words = (long) dataWords + pointers;
    checkContent(m, words << 3, ptr, ptrPos, seg);
    m.charge(words, seg, ptrPos);
    this.dataPos = (int) contentPos;
    this.dataBytes = dataWords << 3;
    this.ptrPos = this.dataPos + this.dataBytes;
    this.ptrCount = pointers;
    this.nesting = nestingLimit - 1;
  }

  final void readDefault(MessageReader m, int nestingLimit, MessageReader defaultValue) {
    if (defaultValue == null) {
      initEmpty(m, nestingLimit);
    } else {
      readPointer(defaultValue, 0, defaultValue.start(0), Integer.MAX_VALUE, null);
    }
  }

  /** Called first by every way of pointing this reader other than {@link #initElement}. */
  final void forgetList() {
    fromStamp = 0;
  }

  /**
   * Points this reader at the element at byte {@code pos} of {@code list} (bounds already checked),
   * with {@code nestingLimit} = the list's nesting less one. When this reader was last pointed at
   * another element of the same list, still pointed the same way ({@link ListReader#stamp}), only
   * the position changes: everything else is the list's and is already here.
   */
  final void initElement(ListReader list, int pos, int nestingLimit) {
    if (from == list && fromStamp == list.stamp) {
      dataPos = pos;
      ptrPos = pos + dataBytes;
      return;
    }
    // Compare before storing references: see ObjectReader.follow.
    if (message != list.message) {
      message = list.message;
    }
    if (buffer != list.buffer) {
      buffer = list.buffer;
      array = list.array;
    }
    segment = list.segment;
    segBounds = list.segBounds;
    dataPos = pos;
    dataBytes = list.structDataBytes;
    ptrPos = pos + list.structDataBytes;
    ptrCount = list.structPointers;
    nesting = nestingLimit;
    if (from != list) {
      from = list;
    }
    fromStamp = list.stamp;
  }

  // ---- framework accessors (reserved names) ----

  /**
   * Size of the data section in bytes, as stored (older writers may store fewer fields).
   *
   * @return the stored data section size in bytes
   */
  public final int dataSectionBytes() {
    return dataBytes;
  }

  /**
   * Number of pointers, as stored.
   *
   * @return the stored number of pointers
   */
  public final int pointerSectionSize() {
    return ptrCount;
  }

  /**
   * Words this struct and everything it points to occupy (as capnp's {@code totalSize()}), charged
   * to the traversal budget.
   *
   * @return the size in words, including far-pointer landing pads
   */
  public final long totalSizeInWords() {
    return Sizes.structTotal(this);
  }

  // ---- data section, for generated code ----

  /**
   * Bool field at bit {@code bit} of the data section.
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
    boolean v = ((HeapBytes.get(array, buffer, dataPos + b) >>> (bit & 7)) & 1) != 0;
    return v != defaultValue;
  }

  /**
   * Int8/UInt8 field at byte {@code offset}, XOR {@code defaultValue}.
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
   * Int16/UInt16/enum field at byte {@code offset}, XOR {@code defaultValue}.
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
   * Int32/UInt32 field at byte {@code offset}, XOR {@code defaultValue}.
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
   * Int64/UInt64 field at byte {@code offset}, XOR {@code defaultValue}.
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
   * Float32 field at byte {@code offset}; the default is XOR-ed on the bit pattern.
   *
   * @param offset the field's byte offset in the data section
   * @param defaultBits the raw bits of the schema default, XOR-ed with the value's bits
   * @return the field's value; {@code defaultValue} when the struct predates the field
   */
  protected final float readFloat(int offset, int defaultBits) {
    return Float.intBitsToFloat(readInt(offset, defaultBits));
  }

  /**
   * Float64 field at byte {@code offset}; the default is XOR-ed on the bit pattern.
   *
   * @param offset the field's byte offset in the data section
   * @param defaultBits the raw bits of the schema default, XOR-ed with the value's bits
   * @return the field's value; {@code defaultValue} when the struct predates the field
   */
  protected final double readDouble(int offset, long defaultBits) {
    return Double.longBitsToDouble(readLong(offset, defaultBits));
  }

  // ---- pointer section, for generated code ----

  /**
   * Whether pointer {@code index} is non-null (a missing pointer is null).
   *
   * @param index the field's pointer slot in the pointer section
   * @return true when the pointer is present and non-null
   */
  protected final boolean readHasPointer(int index) {
    return index < ptrCount && HeapBytes.getLong(array, buffer, ptrPos + (index << 3)) != 0;
  }

  /**
   * Points {@code target} at the struct in pointer {@code index}, or at the default when null.
   *
   * @param <T> the type of {@code target}, returned without a cast
   * @param index the field's pointer slot in the pointer section
   * @param target the reusable flyweight to point; nothing is allocated
   * @param defaultValue a message whose root is the schema default, read when the pointer is null; null for the empty struct
   * @return the field's value; {@code defaultValue} when the struct predates the field
   */
  protected final <T extends StructReader> T readStruct(
      int index, T target, MessageReader defaultValue) {
    if (index < ptrCount) {
      target.readPointerIn(this, ptrPos + (index << 3), nesting, defaultValue);
    } else {
      target.readDefault(message, nesting, defaultValue);
    }
    return target;
  }

  /**
   * Points {@code target} at the list in pointer {@code index}, checking its encoding against
   * {@code expectedElementSize} ({@link ElementSize}, or {@code -1} for any list); a null pointer
   * reads {@code defaultValue} (or the empty list).
   *
   * @param <T> the type of {@code target}, returned without a cast
   * @param index the field's pointer slot in the pointer section
   * @param expectedElementSize the encoding the schema expects ({@link ElementSize}), or -1 for any list
   * @param target the reusable flyweight to point; nothing is allocated
   * @param defaultValue a message whose root is the schema default, read when the pointer is null; null for the empty list
   * @return the field's value; {@code defaultValue} when the struct predates the field
   */
  protected final <T extends ListReader> T readList(
      int index, int expectedElementSize, T target, MessageReader defaultValue) {
    if (index < ptrCount) {
      target.readPointerIn(this, ptrPos + (index << 3), nesting, expectedElementSize, defaultValue);
    } else {
      target.readDefault(message, nesting, expectedElementSize, defaultValue);
    }
    return target;
  }

  /**
   * Points {@code target} at the Text in pointer {@code index}, or at the default when null.
   *
   * @param index the field's pointer slot in the pointer section
   * @param target the reusable flyweight to point; nothing is allocated
   * @param defaultValue a message whose root is the schema default, read when the pointer is null; null for empty text
   * @return the field's value; {@code defaultValue} when the struct predates the field
   */
  protected final TextReader readText(int index, TextReader target, MessageReader defaultValue) {
    if (index < ptrCount) {
      target.readPointerIn(this, ptrPos + (index << 3), defaultValue);
    } else {
      target.readDefault(message, defaultValue);
    }
    return target;
  }

  /**
   * Points {@code target} at the Data in pointer {@code index}, or at the default when null.
   *
   * @param index the field's pointer slot in the pointer section
   * @param target the reusable flyweight to point; nothing is allocated
   * @param defaultValue a message whose root is the schema default, read when the pointer is null; null for empty data
   * @return the field's value; {@code defaultValue} when the struct predates the field
   */
  protected final DataReader readData(int index, DataReader target, MessageReader defaultValue) {
    if (index < ptrCount) {
      target.readPointerIn(this, ptrPos + (index << 3), defaultValue);
    } else {
      target.readDefault(message, defaultValue);
    }
    return target;
  }

  /**
   * Points {@code target} at pointer {@code index} itself, whatever it holds.
   *
   * @param index the field's pointer slot in the pointer section
   * @param target the reusable flyweight to point; nothing is allocated
   * @return the field's value; {@code defaultValue} when the struct predates the field
   */
  protected final AnyPointerReader readAnyPointer(int index, AnyPointerReader target) {
    if (index < ptrCount) {
      target.init(message, segment, ptrPos + (index << 3), nesting);
    } else {
      target.initNull(message, nesting);
    }
    return target;
  }

  // ---- package access for copy, canonicalization and printing ----

  int dataPos() {
    return dataPos;
  }

  int ptrPos() {
    return ptrPos;
  }
}
