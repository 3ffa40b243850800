package dev.rast.capnp;

import java.nio.ByteBuffer;

/**
 * Pointer operations of the builder side, on a pointer slot given as (message, segment, byte
 * index): allocate an object and point at it (through a far or double-far pointer when the slot's
 * segment is full), resolve what a slot points to, upgrade a smaller struct, and zero an object
 * that is being replaced so no stale bytes stay in the message.
 *
 * <p>Locations are packed into a {@code long} as {@code segment << 32 | byteIndex}, so resolution
 * returns without allocating. Builders only ever hold bytes this runtime wrote, so resolution here
 * trusts the data (no budget, no bounds checks beyond the arena's own).
 */
final class Pointers {
  private Pointers() {}

  static int seg(long loc) {
    return (int) (loc >>> 32);
  }

  static int pos(long loc) {
    return (int) loc;
  }

  static long loc(int seg, int pos) {
    return ((long) seg << 32) | (pos & 0xFFFFFFFFL);
  }

  // ---- resolution ----

  /** The word that describes the object the non-null slot points to (following far pointers). */
  static long tag(MessageBuilder m, int seg, int ptrPos) {
    long ptr = m.word(seg, ptrPos);
    if (Wire.kind(ptr) != Wire.FAR) {
      return ptr;
    }
    int padSeg = Wire.farSegment(ptr);
    int padPos = Wire.farPadOffset(ptr) << 3;
    return m.word(padSeg, Wire.farIsDouble(ptr) ? padPos + 8 : padPos);
  }

  /** Where the content of the object the non-null slot points to starts. */
  static long content(MessageBuilder m, int seg, int ptrPos) {
    long ptr = m.word(seg, ptrPos);
    if (Wire.kind(ptr) != Wire.FAR) {
      return loc(seg, ptrPos + 8 + (Wire.offset(ptr) << 3));
    }
    int padSeg = Wire.farSegment(ptr);
    int padPos = Wire.farPadOffset(ptr) << 3;
    long pad = m.word(padSeg, padPos);
    if (!Wire.farIsDouble(ptr)) {
      return loc(padSeg, padPos + 8 + (Wire.offset(pad) << 3));
    }
    return loc(Wire.farSegment(pad), Wire.farPadOffset(pad) << 3);
  }

  // ---- allocation ----

  /**
   * Words a new list expects its elements' pointers to need each (a short text, a small struct or
   * list), reserved after it when it must go into a new segment. A list of structs with pointers
   * is built element by element right after it is made; when its segment holds only the list,
   * every element's texts and lists spill into other segments behind far pointers and landing
   * pads (carsales with a fresh builder: a quarter of its objects, and a landing pad word each).
   */
  static final int CHILD_WORDS_PER_POINTER = 2;

  /**
   * Allocates {@code words} for a new object, preferably in the slot's segment, and writes into the
   * slot a pointer made from {@code template} (kind and size bits). Returns the content location.
   */
  static long allocateObject(MessageBuilder m, int seg, int ptrPos, int words, long template) {
    return allocateObject(m, seg, ptrPos, words, 0, template);
  }

  /**
   * As {@link #allocateObject(MessageBuilder, int, int, int, long)}, for an object whose own
   * objects (texts, lists, structs its pointers will refer to) are expected to take about {@code
   * childWords} more: should it need a new segment, that segment gets room for them too.
   */
  static long allocateObject(
      MessageBuilder m, int seg, int ptrPos, int words, long childWords, long template) {
    long at = m.tryAllocate(seg, words);
    if (at >= 0) {
      m.putWord(seg, ptrPos, Wire.withOffset(template, (pos(at) - ptrPos - 8) >> 3));
      return at;
    }
    at = m.allocateElsewhere(words, childWords);
    pointTo(m, seg, ptrPos, seg(at), pos(at), template);
    return at;
  }

  /**
   * Writes into the slot a pointer to the object at ({@code objSeg}, {@code objPos}): a plain
   * pointer within a segment; otherwise a far pointer to a landing pad in the object's segment; or,
   * when that segment is full, a double-far pointer to a two-word pad anywhere.
   */
  static void pointTo(
      MessageBuilder m, int seg, int ptrPos, int objSeg, int objPos, long template) {
    if (objSeg == seg) {
      m.putWord(seg, ptrPos, Wire.withOffset(template, (objPos - ptrPos - 8) >> 3));
      return;
    }
    long pad = m.tryAllocate(objSeg, 1);
    if (pad >= 0) {
      int padPos = pos(pad);
      m.putWord(objSeg, padPos, Wire.withOffset(template, (objPos - padPos - 8) >> 3));
      m.putWord(seg, ptrPos, Wire.farPointer(false, padPos >>> 3, objSeg));
      return;
    }
    pad = m.allocateElsewhere(2);
    int padSeg = seg(pad);
    int padPos = pos(pad);
    ByteBuffer b = m.buffer(padSeg);
    b.putLong(padPos, Wire.farPointer(false, objPos >>> 3, objSeg));
    b.putLong(padPos + 8, Wire.withOffset(template, 0));
    m.putWord(seg, ptrPos, Wire.farPointer(true, padPos >>> 3, padSeg));
  }

  /**
   * Moves the pointer in slot ({@code srcSeg}, {@code srcPos}) to slot ({@code dstSeg}, {@code
   * dstPos}), re-targeting its offset so it still refers to the same object; the source slot is
   * left as it was (the caller zeroes it).
   */
  static void transfer(MessageBuilder m, int dstSeg, int dstPos, int srcSeg, int srcPos) {
    long ptr = m.word(srcSeg, srcPos);
    if (ptr == 0 || Wire.kind(ptr) == Wire.FAR || Wire.kind(ptr) == Wire.OTHER) {
      m.buffer(dstSeg)
          .putLong(dstPos, ptr); // null, far (absolute) and capabilities move as they are
      return;
    }
    if (Wire.kind(ptr) == Wire.STRUCT
        && Wire.structDataWords(ptr) == 0
        && Wire.structPointers(ptr) == 0) {
      m.putWord(dstSeg, dstPos, Wire.withOffset(ptr, -1));
      return;
    }
    int objPos = srcPos + 8 + (Wire.offset(ptr) << 3);
    pointTo(m, dstSeg, dstPos, srcSeg, objPos, ptr);
  }

  // ---- zeroing replaced objects ----

  /** Zeroes the object the slot points to (recursively) and its landing pads; then nulls the slot. */
  static void clear(MessageBuilder m, int seg, int ptrPos) {
    long ptr = m.word(seg, ptrPos);
    if (ptr == 0) {
      return;
    }
    if (Wire.kind(ptr) != Wire.OTHER) {
      long tag = tag(m, seg, ptrPos);
      long at = content(m, seg, ptrPos);
      zeroObject(m, tag, seg(at), pos(at));
      if (Wire.kind(ptr) == Wire.FAR) {
        int padSeg = Wire.farSegment(ptr);
        int padPos = Wire.farPadOffset(ptr) << 3;
        m.zero(padSeg, padPos, Wire.farIsDouble(ptr) ? 16 : 8);
      }
    }
    m.putWord(seg, ptrPos, 0L);
  }

  private static void zeroObject(MessageBuilder m, long tag, int seg, int pos) {
    if (Wire.kind(tag) == Wire.STRUCT) {
      int data = Wire.structDataWords(tag) << 3;
      int ptrs = Wire.structPointers(tag);
      for (int i = 0; i < ptrs; i++) {
        clear(m, seg, pos + data + (i << 3));
      }
      m.zero(seg, pos, data + (ptrs << 3));
      return;
    }
    if (Wire.kind(tag) != Wire.LIST) {
      return;
    }
    int size = Wire.listElementSize(tag);
    int n = Wire.listCount(tag);
    switch (size) {
      case ElementSize.POINTER:
        for (int i = 0; i < n; i++) {
          clear(m, seg, pos + (i << 3));
        }
        m.zero(seg, pos, n << 3);
        return;
      case ElementSize.INLINE_COMPOSITE: {
        long elementTag = m.word(seg, pos);
        int count = Wire.offset(elementTag);
        int data = Wire.structDataWords(elementTag) << 3;
        int ptrs = Wire.structPointers(elementTag);
        int step = data + (ptrs << 3);
        for (int e = 0; e < count; e++) {
          for (int i = 0; i < ptrs; i++) {
            clear(m, seg, pos + 8 + e * step + data + (i << 3));
          }
        }
        m.zero(seg, pos, 8 + (n << 3));
        return;
      }
      default: {
        long bits = (long) n * ElementSize.dataBits(size);
        m.zero(seg, pos, (int) (((bits + 63) >>> 6) << 3));
      }
    }
  }

  // ---- structs ----

  /** Replaces the slot's object with a new zeroed struct of {@code size}; points {@code target} at it. */
  static void initStruct(
      MessageBuilder m, int seg, int ptrPos, StructSize size, StructBuilder target) {
    clear(m, seg, ptrPos);
    if (size.words() == 0) {
      m.putWord(seg, ptrPos, Wire.structPointer(-1, 0, 0));
      target.init(m, seg, ptrPos, 0, 0);
      return;
    }
    long at = allocateObject(
        m, seg, ptrPos, size.words(), Wire.structPointer(0, size.dataWords, size.pointers));
    target.init(m, seg(at), pos(at), size.dataWords, size.pointers);
  }

  /**
   * Points {@code target} at the slot's struct: a null slot gets a copy of {@code defaultValue}'s
   * root (or a new struct), and a struct smaller than {@code size} (written by an older schema) is
   * moved to a struct of the full size first, so every field of {@code size} can be written.
   */
  static void getStruct(
      MessageBuilder m,
      int seg,
      int ptrPos,
      StructSize size,
      StructBuilder target,
      MessageReader defaultValue) {
    long ptr = m.word(seg, ptrPos);
    if (ptr == 0) {
      if (defaultValue == null) {
        initStruct(m, seg, ptrPos, size, target);
        return;
      }
      m.copier()
          .copyPointer(
              defaultValue, 0, defaultValue.start(0), Integer.MAX_VALUE, m, seg, ptrPos, false);
    }
    long tag = tag(m, seg, ptrPos);
    if (Wire.kind(tag) != Wire.STRUCT) {
      throw new IllegalStateException("pointer holds a " + Wire.kindName(tag) + ", not a struct");
    }
    long at = content(m, seg, ptrPos);
    int dataWords = Wire.structDataWords(tag);
    int pointers = Wire.structPointers(tag);
    if (dataWords >= size.dataWords && pointers >= size.pointers) {
      target.init(m, seg(at), pos(at), dataWords, pointers);
      return;
    }
    // Upgrade: move the smaller struct into one of the full size.
    int newData = Math.max(dataWords, size.dataWords);
    int newPtrs = Math.max(pointers, size.pointers);
    int oldSeg = seg(at);
    int oldPos = pos(at);
    long farPtr = m.word(seg, ptrPos);
    long fresh = m.allocate(seg, newData + newPtrs);
    int newSeg = seg(fresh);
    int newPos = pos(fresh);
    m.buffer(newSeg).put(newPos, m.buffer(oldSeg), oldPos, dataWords << 3);
    for (int i = 0; i < pointers; i++) {
      transfer(
          m,
          newSeg,
          newPos + (newData << 3) + (i << 3),
          oldSeg,
          oldPos + (dataWords << 3) + (i << 3));
    }
    m.zero(oldSeg, oldPos, (dataWords + pointers) << 3);
    if (Wire.kind(farPtr) == Wire.FAR) {
      m.zero(
          Wire.farSegment(farPtr),
          Wire.farPadOffset(farPtr) << 3,
          Wire.farIsDouble(farPtr) ? 16 : 8);
    }
    pointTo(m, seg, ptrPos, newSeg, newPos, Wire.structPointer(0, newData, newPtrs));
    target.init(m, newSeg, newPos, newData, newPtrs);
  }

  // ---- lists ----

  /** Replaces the slot's object with a new list of {@code count} primitive or pointer elements. */
  static void initList(
      MessageBuilder m, int seg, int ptrPos, int elementSize, int count, ListBuilder target) {
    if (elementSize == ElementSize.INLINE_COMPOSITE) {
      throw new IllegalArgumentException("use initStructList for struct lists");
    }
    checkCount(count);
    clear(m, seg, ptrPos);
    long bits = (long) count
        * (ElementSize.dataBits(elementSize) + 64L * ElementSize.pointers(elementSize));
    int words = checkWords((bits + 63) >>> 6);
    long at = allocateObject(
        m,
        seg,
        ptrPos,
        words,
        (long) count * ElementSize.pointers(elementSize) * CHILD_WORDS_PER_POINTER,
        Wire.listPointer(0, elementSize, count));
    target.init(
        m,
        seg(at),
        pos(at),
        elementSize,
        count,
        (ElementSize.dataBits(elementSize) + 64 * ElementSize.pointers(elementSize)) >>> 3,
        ElementSize.dataBits(elementSize) >>> 3,
        ElementSize.pointers(elementSize));
  }

  /** Replaces the slot's object with a new list of {@code count} zeroed structs of {@code size}. */
  static void initStructList(
      MessageBuilder m, int seg, int ptrPos, StructSize size, int count, ListBuilder target) {
    checkCount(count);
    clear(m, seg, ptrPos);
    int words = checkWords((long) count * size.words());
    long at = allocateObject(
        m,
        seg,
        ptrPos,
        words + 1,
        (long) count * size.pointers * CHILD_WORDS_PER_POINTER,
        Wire.listPointer(0, ElementSize.INLINE_COMPOSITE, words));
    m.putWord(seg(at), pos(at), Wire.structPointer(count, size.dataWords, size.pointers));
    target.init(
        m,
        seg(at),
        pos(at) + 8,
        ElementSize.INLINE_COMPOSITE,
        count,
        size.words() << 3,
        size.dataWords << 3,
        size.pointers);
  }

  /**
   * Points {@code target} at the slot's list. A null slot gets a copy of {@code defaultValue}'s root
   * list, or reads as an empty list that writes nothing. For struct lists ({@code structSize}
   * non-null) a list with smaller elements is moved to one with full-size elements first.
   */
  static void getList(
      MessageBuilder m,
      int seg,
      int ptrPos,
      int elementSize,
      StructSize structSize,
      ListBuilder target,
      MessageReader defaultValue) {
    long ptr = m.word(seg, ptrPos);
    if (ptr == 0) {
      if (defaultValue == null) {
        target.initEmpty(m, structSize != null ? ElementSize.INLINE_COMPOSITE : elementSize);
        return;
      }
      m.copier()
          .copyPointer(
              defaultValue, 0, defaultValue.start(0), Integer.MAX_VALUE, m, seg, ptrPos, false);
    }
    long tag = tag(m, seg, ptrPos);
    if (Wire.kind(tag) != Wire.LIST) {
      throw new IllegalStateException("pointer holds a " + Wire.kindName(tag) + ", not a list");
    }
    long at = content(m, seg, ptrPos);
    int size = Wire.listElementSize(tag);
    int n = Wire.listCount(tag);
    if (size == ElementSize.INLINE_COMPOSITE) {
      long elementTag = m.word(seg(at), pos(at));
      int count = Wire.offset(elementTag);
      int dw = Wire.structDataWords(elementTag);
      int pc = Wire.structPointers(elementTag);
      if (structSize != null && (dw < structSize.dataWords || pc < structSize.pointers)) {
        upgradeStructList(m, seg, ptrPos, structSize, target);
        return;
      }
      target.init(m, seg(at), pos(at) + 8, size, count, (dw + pc) << 3, dw << 3, pc);
      return;
    }
    if (structSize != null) {
      if (size == ElementSize.BIT) {
        throw new IllegalStateException("a bit list cannot be upgraded to a struct list");
      }
      upgradeStructList(m, seg, ptrPos, structSize, target);
      return;
    }
    if (size != elementSize) {
      throw new IllegalStateException("list holds " + ElementSize.name(size) + " elements, not "
          + ElementSize.name(elementSize));
    }
    int step = (ElementSize.dataBits(size) + 64 * ElementSize.pointers(size)) >>> 3;
    target.init(
        m,
        seg(at),
        pos(at),
        size,
        n,
        step,
        ElementSize.dataBits(size) >>> 3,
        ElementSize.pointers(size));
  }

  /** Copies the slot's list into a struct list whose elements have at least {@code size}. */
  private static void upgradeStructList(
      MessageBuilder m, int seg, int ptrPos, StructSize size, ListBuilder target) {
    long tag = tag(m, seg, ptrPos);
    long at = content(m, seg, ptrPos);
    int oldSeg = seg(at);
    int oldPos = pos(at);
    int elementSize = Wire.listElementSize(tag);
    int count;
    int oldData;
    int oldPtrs;
    int oldStep;
    int first;
    if (elementSize == ElementSize.INLINE_COMPOSITE) {
      long elementTag = m.word(oldSeg, oldPos);
      count = Wire.offset(elementTag);
      oldData = Wire.structDataWords(elementTag) << 3;
      oldPtrs = Wire.structPointers(elementTag);
      oldStep = oldData + (oldPtrs << 3);
      first = oldPos + 8;
    } else {
      count = Wire.listCount(tag);
      oldData = ElementSize.dataBits(elementSize) >>> 3;
      oldPtrs = ElementSize.pointers(elementSize);
      oldStep = oldData + (oldPtrs << 3);
      first = oldPos;
    }
    int newData = Math.max(size.dataWords, (oldData + 7) >>> 3);
    int newPtrs = Math.max(size.pointers, oldPtrs);
    int step = (newData + newPtrs) << 3;
    int words = checkWords((long) count * (newData + newPtrs));
    long fresh = m.allocate(seg, words + 1);
    int newSeg = seg(fresh);
    int newPos = pos(fresh);
    ByteBuffer nb = m.buffer(newSeg);
    nb.putLong(newPos, Wire.structPointer(count, newData, newPtrs));
    for (int e = 0; e < count; e++) {
      int src = first + e * oldStep;
      int dst = newPos + 8 + e * step;
      nb.put(dst, m.buffer(oldSeg), src, oldData);
      for (int i = 0; i < oldPtrs; i++) {
        transfer(m, newSeg, dst + (newData << 3) + (i << 3), oldSeg, src + oldData + (i << 3));
      }
    }
    long oldPtr = m.word(seg, ptrPos);
    int oldWords = elementSize == ElementSize.INLINE_COMPOSITE
        ? Wire.listCount(tag) + 1
        : (count * oldStep + 7) >>> 3;
    m.zero(oldSeg, oldPos, oldWords << 3);
    if (Wire.kind(oldPtr) == Wire.FAR) {
      m.zero(
          Wire.farSegment(oldPtr),
          Wire.farPadOffset(oldPtr) << 3,
          Wire.farIsDouble(oldPtr) ? 16 : 8);
    }
    pointTo(
        m, seg, ptrPos, newSeg, newPos, Wire.listPointer(0, ElementSize.INLINE_COMPOSITE, words));
    target.init(
        m, newSeg, newPos + 8, ElementSize.INLINE_COMPOSITE, count, step, newData << 3, newPtrs);
  }

  // ---- text and data ----

  /**
   * Replaces the slot's object with the UTF-8 text of {@code s} (no allocation once the builder's
   * scratch array has grown). The text is first copied in bulk into that array. When the slot's
   * segment has room for any encoding of the text, it is written in one pass as if it were ASCII
   * (the common case: no length pass, no per-byte buffer writes), and grown in place and
   * re-encoded if it was not; otherwise its length is computed first. Either way the message holds
   * exactly the text's bytes.
   */
  static void setText(MessageBuilder m, int seg, int ptrPos, CharSequence s) {
    int len = s.length();
    AsciiEncoder text = m.textEncoder();
    ByteBuffer b = m.buffer(seg);
    // UTF-8 needs at most 3 bytes per char (a surrogate pair: 4 for 2), plus the NUL and padding.
    if (b.hasArray() && m.freeBytes(seg) >= 3L * len + 8) {
      long at = allocateBytes(m, seg, ptrPos, len + 1); // lands in seg: the room was checked
      int pos = pos(at);
      if (text.tryAscii(s, len, b, pos)) {
        return;
      }
      char[] chars = text.chars(len); // tryAscii copied s there
      int n = Utf8.encodedLength(chars, len);
      m.growLast(seg, pos, len + 1, n + 1);
      b.putLong(
          ptrPos,
          Wire.withOffset(Wire.listPointer(0, ElementSize.BYTE, n + 1), (pos - ptrPos - 8) >> 3));
      Utf8.encode(chars, len, b, pos);
      return;
    }
    char[] chars = text.chars(len);
    Utf8.getChars(s, len, chars);
    boolean ascii = Utf8.isAscii(chars, len);
    int n = ascii ? len : Utf8.encodedLength(chars, len);
    long at = allocateBytes(m, seg, ptrPos, n + 1);
    ByteBuffer dst = m.buffer(seg(at));
    if (ascii && dst.hasArray()) {
      text.writeAscii(len, dst, pos(at)); // bulk narrowing instead of a put per char
      return;
    }
    Utf8.encode(chars, len, dst, pos(at));
  }

  /** Replaces the slot's object with a zeroed byte list of {@code n} bytes; returns its location. */
  static long allocateBytes(MessageBuilder m, int seg, int ptrPos, int n) {
    checkCount(n);
    clear(m, seg, ptrPos);
    return allocateObject(m, seg, ptrPos, (n + 7) >>> 3, Wire.listPointer(0, ElementSize.BYTE, n));
  }

  /** Replaces the slot's object with a copy of {@code length} bytes of {@code src} from {@code offset}. */
  static void setBytes(
      MessageBuilder m, int seg, int ptrPos, ByteBuffer src, int offset, int length) {
    long at = allocateBytes(m, seg, ptrPos, length);
    m.buffer(seg(at)).put(pos(at), src, offset, length);
  }

  /** Replaces the slot's object with a copy of {@code length} bytes of {@code src} from {@code offset}. */
  static void setBytes(MessageBuilder m, int seg, int ptrPos, byte[] src, int offset, int length) {
    long at = allocateBytes(m, seg, ptrPos, length);
    m.buffer(seg(at)).put(pos(at), src, offset, length);
  }

  /** Sets the slot to capability {@code index}. */
  static void setCapability(MessageBuilder m, int seg, int ptrPos, int index) {
    clear(m, seg, ptrPos);
    m.putWord(seg, ptrPos, Wire.capabilityPointer(index));
  }

  private static void checkCount(int count) {
    if (count < 0 || count > Wire.MAX_LIST_COUNT) {
      throw new IllegalArgumentException("list size out of range: " + count);
    }
  }

  private static int checkWords(long words) {
    if (words > Wire.MAX_LIST_COUNT || words > MessageBuilder.MAX_SEGMENT_WORDS - 2) {
      throw new IllegalArgumentException("list too large: " + words + " words");
    }
    return (int) words;
  }
}
