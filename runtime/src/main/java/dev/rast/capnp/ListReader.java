package dev.rast.capnp;

/**
 * A flyweight view of one list of any element encoding, with typed element accessors.
 *
 * <p>When a list pointer is read, its encoding is checked against the element type the schema
 * expects, as capnp C++ does: a struct list may be read where a primitive or pointer list is
 * expected (the first data field or pointer of each struct is read), any non-bit list may be read as
 * a struct list (each element is a struct prefix; this is how a {@code List(UInt32)} field that a
 * newer schema changed to a struct list still reads), a wider primitive list may be read as a
 * narrower one, and a bit list only as a bit list. A byte list is never read as {@code List(Bool)}
 * (capnp C++'s reader accepts it and reads the raw bits; its builder does not).
 *
 * <p>Element accessors take an index in {@code [0, size())}; a wrong index is the caller's bug and
 * throws {@link IndexOutOfBoundsException}. Malformed bytes raise {@link DecodeException} when the
 * list or an element's pointer is read.
 */
public class ListReader extends ObjectReader {
  int count;
  int elementSize;
  /** Byte index of the first element. */
  int pos;
  /** Bytes per element; 0 for void and bit lists. */
  int stepBytes;
  /** Data bytes of each element when viewed as a struct. */
  int structDataBytes;
  /** Pointers of each element when viewed as a struct. */
  int structPointers;

  /**
   * Bumped whenever this reader is re-pointed (before any of its fields change), so an element
   * reader can tell that it still holds this list's view ({@link StructReader#initElement}).
   */
  long stamp;

  /** Creates an unpointed reader; it reads as the empty list until pointed somewhere. */
  public ListReader() {}

  final void initEmpty(MessageReader m, int nestingLimit, int expectedElementSize) {
    stamp++;
    message = m;
    buffer = null;
    array = null;
    segment = 0;
    segBounds = 0;
    count = 0;
    elementSize = expectedElementSize < 0 ? ElementSize.VOID : expectedElementSize;
    pos = 0;
    stepBytes = 0;
    structDataBytes = 0;
    structPointers = 0;
    nesting = nestingLimit;
  }

  final void readDefault(
      MessageReader m, int nestingLimit, int expected, MessageReader defaultValue) {
    if (defaultValue == null) {
      initEmpty(m, nestingLimit, expected);
    } else {
      readPointer(defaultValue, 0, defaultValue.start(0), Integer.MAX_VALUE, expected, null);
    }
  }

  /**
   * Points this reader at the list that {@code other} views.
   *
   * @param other the flyweight whose current view this one copies
   */
  public final void wrap(ListReader other) {
    stamp++;
    if (message != other.message) { // see ObjectReader.follow
      message = other.message;
    }
    if (buffer != other.buffer) {
      buffer = other.buffer;
      array = other.array;
    }
    segment = other.segment;
    segBounds = other.segBounds;
    count = other.count;
    elementSize = other.elementSize;
    pos = other.pos;
    stepBytes = other.stepBytes;
    structDataBytes = other.structDataBytes;
    structPointers = other.structPointers;
    nesting = other.nesting;
  }

  /**
   * Points this reader at the list the pointer at byte {@code ptrPos} of {@code seg} refers to,
   * checking it against {@code expected} ({@link ElementSize}, or {@code -1} for any).
   */
  final void readPointer(
      MessageReader m,
      int seg,
      int ptrPos,
      int nestingLimit,
      int expected,
      MessageReader defaultValue) {
    stamp++;
    long ptr = m.word(seg, ptrPos);
    if (ptr == 0) {
      readDefault(m, nestingLimit, expected, defaultValue);
      return;
    }
    checkNesting(m, seg, ptrPos, nestingLimit);
    land(m, seg, ptrPos, ptr, follow(m, seg, ptrPos, ptr), nestingLimit, expected);
  }

  /**
   * As {@link #readPointer}, for the pointer at byte {@code ptrPos} of the object {@code owner}
   * views (a pointer in its pointer section or list): the same checks, but a near pointer is
   * resolved with {@code owner}'s buffer and segment bounds ({@link #followIn}).
   */
  final void readPointerIn(
      ObjectReader owner, int ptrPos, int nestingLimit, int expected, MessageReader defaultValue) {
    stamp++;
    long ptr = HeapBytes.getLong(owner.array, owner.buffer, ptrPos);
    MessageReader m = owner.message;
    if (ptr == 0) {
      readDefault(m, nestingLimit, expected, defaultValue);
      return;
    }
    int seg = owner.segment;
    checkNesting(m, seg, ptrPos, nestingLimit);
    land(m, seg, ptrPos, ptr, followIn(owner, ptrPos, ptr), nestingLimit, expected);
  }

  private static void checkNesting(MessageReader m, int seg, int ptrPos, int nestingLimit) {
    if (nestingLimit <= 0) {
      throw new DecodeException("message is too deeply nested or contains cycles (nesting limit "
          + m.options().nestingLimit() + ") at " + m.where(seg, ptrPos));
    }
  }

  /** Checks the list that {@link #follow} found for the pointer {@code ptr} and points at it. */
  private void land(
      MessageReader m, int seg, int ptrPos, long ptr, long tag, int nestingLimit, int expected) {
    if (Wire.kind(tag) != Wire.LIST) {
      throw new DecodeException("expected a list pointer at " + m.where(seg, ptrPos) + ", found a "
          + Wire.kindName(tag) + " pointer");
    }
    int size = Wire.listElementSize(tag);
    if (size == ElementSize.INLINE_COMPOSITE) {
      readComposite(m, seg, ptrPos, ptr, tag, expected);
    } else {
      readPrimitive(m, seg, ptrPos, ptr, tag, size, expected);
    }
    nesting = nestingLimit - 1;
  }

  private void readComposite(
      MessageReader m, int seg, int ptrPos, long ptr, long tag, int expected) {
    long wordCount = Wire.listCount(tag);
    checkContent(m, (wordCount + 1) << 3, ptr, ptrPos, seg);
    m.charge(wordCount + 1, seg, ptrPos);
    long elementTag = HeapBytes.getLong(array, buffer, (int) contentPos);
    if (Wire.kind(elementTag) != Wire.STRUCT) {
      throw new DecodeException("struct list at " + m.where(seg, ptrPos) + " has a "
          + Wire.kindName(elementTag) + " tag word; only struct tags are supported");
    }
    int n = Wire.offset(elementTag);
    int dataWords = Wire.structDataWords(elementTag);
    int pointers = Wire.structPointers(elementTag);
    long wordsPerElement = (long) dataWords + pointers;
    if (n < 0 || (long) n * wordsPerElement > wordCount) {
      throw new DecodeException("struct list at " + m.where(seg, ptrPos) + ": " + n
          + " elements of " + wordsPerElement + " words do not fit in its " + wordCount + " words");
    }
    if (wordsPerElement == 0) {
      m.charge(n, seg, ptrPos);
    }
    if (expected == ElementSize.BIT) {
      throw new DecodeException(
          "found a struct list where a bit list was expected at " + m.where(seg, ptrPos));
    }
    if (expected >= ElementSize.BYTE && expected <= ElementSize.EIGHT_BYTES && dataWords == 0) {
      throw new DecodeException("expected a list of primitives at " + m.where(seg, ptrPos)
          + ", found a list of structs with no data");
    }
    if (expected == ElementSize.POINTER && pointers == 0) {
      throw new DecodeException("expected a list of pointers at " + m.where(seg, ptrPos)
          + ", found a list of structs with no pointers");
    }
    count = n;
    elementSize = ElementSize.INLINE_COMPOSITE;
    pos = (int) contentPos + 8;
    stepBytes = (int) (wordsPerElement << 3);
    structDataBytes = dataWords << 3;
    structPointers = pointers;
  }

  private void readPrimitive(
      MessageReader m, int seg, int ptrPos, long ptr, long tag, int size, int expected) {
    int n = Wire.listCount(tag);
    int bits = ElementSize.dataBits(size);
    int pointers = ElementSize.pointers(size);
    long stepBits = bits + 64L * pointers;
    long words = ((long) n * stepBits + 63) >>> 6;
    checkContent(m, words << 3, ptr, ptrPos, seg);
    m.charge(size == ElementSize.VOID ? n : words, seg, ptrPos);
    if (expected >= 0) {
      if (size == ElementSize.BIT && expected != ElementSize.BIT) {
        throw new DecodeException("found a bit list where a " + ElementSize.name(expected)
            + " list was expected at " + m.where(seg, ptrPos));
      }
      if (expected == ElementSize.BIT && size != ElementSize.BIT) {
        throw new DecodeException("found a " + ElementSize.name(size)
            + " list where a bit list was expected at " + m.where(seg, ptrPos));
      }
      if (expected != ElementSize.INLINE_COMPOSITE
          && (bits < ElementSize.dataBits(expected) || pointers < ElementSize.pointers(expected))) {
        throw new DecodeException("found a " + ElementSize.name(size) + " list where a "
            + ElementSize.name(expected) + " list was expected at " + m.where(seg, ptrPos));
      }
    }
    count = n;
    elementSize = size;
    pos = (int) contentPos;
    stepBytes = (int) (stepBits >>> 3);
    structDataBytes = bits >>> 3;
    structPointers = pointers;
  }

  // ---- shape ----

  /**
   * Number of elements.
   *
   * @return the number of elements
   */
  public final int size() {
    return count;
  }

  /**
   * The element encoding as stored ({@link ElementSize}).
   *
   * @return the element encoding, one of the {@link ElementSize} constants
   */
  public final int elementSize() {
    return elementSize;
  }

  /**
   * Data bytes per element when elements are viewed as structs.
   *
   * @return the data bytes of each element
   */
  public final int structDataBytes() {
    return structDataBytes;
  }

  /**
   * Pointers per element when elements are viewed as structs.
   *
   * @return the pointers of each element
   */
  public final int structPointerCount() {
    return structPointers;
  }

  private int check(int index) {
    if (index < 0 || index >= count) {
      throw new IndexOutOfBoundsException("index " + index + ", size " + count);
    }
    return pos + index * stepBytes;
  }

  // ---- primitive elements ----

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
    // A struct list read as List(Bool): the first bit of each element's data section.
    return structDataBytes > 0 && (HeapBytes.get(array, buffer, pos + index * stepBytes) & 1) != 0;
  }

  /**
   * Element {@code index} of a list of 8-bit values.
   *
   * @param index the element position, from 0 to {@code size() - 1}
   * @return the element's value
   */
  public final byte getByte(int index) {
    return HeapBytes.get(array, buffer, check(index));
  }

  /**
   * Element {@code index} of a list of 16-bit values (also enums).
   *
   * @param index the element position, from 0 to {@code size() - 1}
   * @return the element's value
   */
  public final short getShort(int index) {
    return HeapBytes.getShort(array, buffer, check(index));
  }

  /**
   * Element {@code index} of a list of 32-bit integers.
   *
   * @param index the element position, from 0 to {@code size() - 1}
   * @return the element's value
   */
  public final int getInt(int index) {
    return HeapBytes.getInt(array, buffer, check(index));
  }

  /**
   * Element {@code index} of a list of 64-bit integers.
   *
   * @param index the element position, from 0 to {@code size() - 1}
   * @return the element's value
   */
  public final long getLong(int index) {
    return HeapBytes.getLong(array, buffer, check(index));
  }

  /**
   * Element {@code index} of a {@code List(Float32)}.
   *
   * @param index the element position, from 0 to {@code size() - 1}
   * @return the element's value
   */
  public final float getFloat(int index) {
    return Float.intBitsToFloat(HeapBytes.getInt(array, buffer, check(index)));
  }

  /**
   * Element {@code index} of a {@code List(Float64)}.
   *
   * @param index the element position, from 0 to {@code size() - 1}
   * @return the element's value
   */
  public final double getDouble(int index) {
    return Double.longBitsToDouble(HeapBytes.getLong(array, buffer, check(index)));
  }

  // ---- struct and pointer elements ----

  /**
   * Points {@code target} at struct element {@code index} and returns it.
   *
   * @param <T> the type of {@code target}, returned without a cast
   * @param index the element position, from 0 to {@code size() - 1}
   * @param target the reusable flyweight to point; nothing is allocated
   * @return {@code target}, for chaining
   */
  public final <T extends StructReader> T getStruct(int index, T target) {
    int at = check(index);
    if (nesting <= 0) {
      throw new DecodeException("message is too deeply nested or contains cycles (nesting limit "
          + message.options().nestingLimit() + ") at " + message.where(segment, at));
    }
    target.initElement(this, at, nesting - 1);
    return target;
  }

  /** Byte index of element {@code index}'s pointer. */
  private int pointerPos(int index) {
    int at = check(index);
    if (structPointers == 0) {
      throw new IllegalStateException(
          "a " + ElementSize.name(elementSize) + " list has no pointer elements");
    }
    return at + structDataBytes;
  }

  /**
   * Whether pointer element {@code index} is non-null.
   *
   * @param index the element position, from 0 to {@code size() - 1}
   * @return true when the pointer is non-null
   */
  public final boolean hasPointer(int index) {
    return HeapBytes.getLong(array, buffer, pointerPos(index)) != 0;
  }

  /**
   * Points {@code target} at the Text in element {@code index} (empty when null).
   *
   * @param index the element position, from 0 to {@code size() - 1}
   * @param target the reusable flyweight to point; nothing is allocated
   * @return {@code target}, for chaining
   */
  public final TextReader getText(int index, TextReader target) {
    target.readPointerIn(this, pointerPos(index), null);
    return target;
  }

  /**
   * Points {@code target} at the Data in element {@code index} (empty when null).
   *
   * @param index the element position, from 0 to {@code size() - 1}
   * @param target the reusable flyweight to point; nothing is allocated
   * @return {@code target}, for chaining
   */
  public final DataReader getData(int index, DataReader target) {
    target.readPointerIn(this, pointerPos(index), null);
    return target;
  }

  /**
   * Points {@code target} at the list in element {@code index}, checked against {@code expected}.
   *
   * @param <T> the type of {@code target}, returned without a cast
   * @param index the element position, from 0 to {@code size() - 1}
   * @param expected the encoding the schema expects ({@link ElementSize})
   * @param target the reusable flyweight to point; nothing is allocated
   * @return {@code target}, for chaining
   */
  public final <T extends ListReader> T getList(int index, int expected, T target) {
    target.readPointerIn(this, pointerPos(index), nesting, expected, null);
    return target;
  }

  /**
   * Points {@code target} at the struct the pointer in element {@code index} refers to.
   *
   * @param <T> the type of {@code target}, returned without a cast
   * @param index the element position, from 0 to {@code size() - 1}
   * @param target the reusable flyweight to point; nothing is allocated
   * @return {@code target}, for chaining
   */
  public final <T extends StructReader> T getStructPointer(int index, T target) {
    target.readPointerIn(this, pointerPos(index), nesting, null);
    return target;
  }

  /**
   * Points {@code target} at pointer element {@code index} itself.
   *
   * @param index the element position, from 0 to {@code size() - 1}
   * @param target the reusable flyweight to point; nothing is allocated
   * @return {@code target}, for chaining
   */
  public final AnyPointerReader getAnyPointer(int index, AnyPointerReader target) {
    target.init(message, segment, pointerPos(index), nesting);
    return target;
  }

  // ---- package access ----

  int pos() {
    return pos;
  }

  int stepBytes() {
    return stepBytes;
  }
}
