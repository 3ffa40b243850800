package dev.rast.capnp;

/**
 * Tiny hand-written subclasses that expose the protected accessors generated code will use, so
 * tests can read and write any field by offset or pointer index.
 */
final class Structs {
  private Structs() {}

  /** A reader of any struct; field accessors take byte (or bit) offsets and pointer indexes. */
  static final class R extends StructReader {
    boolean bool(int bit) {
      return readBool(bit, false);
    }

    boolean bool(int bit, boolean dflt) {
      return readBool(bit, dflt);
    }

    byte u8(int off) {
      return readByte(off, (byte) 0);
    }

    short u16(int off) {
      return readShort(off, (short) 0);
    }

    short u16(int off, short dflt) {
      return readShort(off, dflt);
    }

    int u32(int off) {
      return readInt(off, 0);
    }

    int u32(int off, int dflt) {
      return readInt(off, dflt);
    }

    long u64(int off) {
      return readLong(off, 0L);
    }

    long u64(int off, long dflt) {
      return readLong(off, dflt);
    }

    float f32(int off) {
      return readFloat(off, 0);
    }

    float f32(int off, int dfltBits) {
      return readFloat(off, dfltBits);
    }

    double f64(int off) {
      return readDouble(off, 0L);
    }

    double f64(int off, long dfltBits) {
      return readDouble(off, dfltBits);
    }

    boolean has(int ptr) {
      return readHasPointer(ptr);
    }

    R struct(int ptr) {
      return readStruct(ptr, new R(), null);
    }

    R struct(int ptr, MessageReader dflt) {
      return readStruct(ptr, new R(), dflt);
    }

    R struct(int ptr, R target) {
      return readStruct(ptr, target, null);
    }

    ListReader list(int ptr, int expected) {
      return readList(ptr, expected, new ListReader(), null);
    }

    ListReader list(int ptr, int expected, MessageReader dflt) {
      return readList(ptr, expected, new ListReader(), dflt);
    }

    ListReader list(int ptr, int expected, ListReader target) {
      return readList(ptr, expected, target, null);
    }

    TextReader text(int ptr) {
      return readText(ptr, new TextReader(), null);
    }

    TextReader text(int ptr, MessageReader dflt) {
      return readText(ptr, new TextReader(), dflt);
    }

    DataReader data(int ptr) {
      return readData(ptr, new DataReader(), null);
    }

    DataReader data(int ptr, MessageReader dflt) {
      return readData(ptr, new DataReader(), dflt);
    }

    AnyPointerReader any(int ptr) {
      return readAnyPointer(ptr, new AnyPointerReader());
    }
  }

  /** A builder of any struct, mirroring {@link R}. */
  static final class B extends StructBuilder {
    B setBool(int bit, boolean v) {
      writeBool(bit, v, false);
      return this;
    }

    boolean bool(int bit) {
      return readBool(bit, false);
    }

    B setU8(int off, byte v) {
      writeByte(off, v, (byte) 0);
      return this;
    }

    byte u8(int off) {
      return readByte(off, (byte) 0);
    }

    B setU16(int off, short v) {
      writeShort(off, v, (short) 0);
      return this;
    }

    short u16(int off) {
      return readShort(off, (short) 0);
    }

    B setU32(int off, int v) {
      writeInt(off, v, 0);
      return this;
    }

    B setU32(int off, int v, int dflt) {
      writeInt(off, v, dflt);
      return this;
    }

    int u32(int off) {
      return readInt(off, 0);
    }

    int u32(int off, int dflt) {
      return readInt(off, dflt);
    }

    B setU64(int off, long v) {
      writeLong(off, v, 0L);
      return this;
    }

    long u64(int off) {
      return readLong(off, 0L);
    }

    B setF32(int off, float v) {
      writeFloat(off, v, 0);
      return this;
    }

    B setF32(int off, float v, int dfltBits) {
      writeFloat(off, v, dfltBits);
      return this;
    }

    float f32(int off) {
      return readFloat(off, 0);
    }

    float f32(int off, int dfltBits) {
      return readFloat(off, dfltBits);
    }

    B setF64(int off, double v) {
      writeDouble(off, v, 0L);
      return this;
    }

    B setF64(int off, double v, long dfltBits) {
      writeDouble(off, v, dfltBits);
      return this;
    }

    double f64(int off) {
      return readDouble(off, 0L);
    }

    double f64(int off, long dfltBits) {
      return readDouble(off, dfltBits);
    }

    boolean has(int ptr) {
      return readHasPointer(ptr);
    }

    void setNull(int ptr) {
      writeNullPointer(ptr);
    }

    B initStruct(int ptr, StructSize size) {
      return newStruct(ptr, size, new B());
    }

    B getStruct(int ptr, StructSize size) {
      return openStruct(ptr, size, new B(), null);
    }

    B getStruct(int ptr, StructSize size, MessageReader dflt) {
      return openStruct(ptr, size, new B(), dflt);
    }

    void setStruct(int ptr, StructReader value) {
      copyStruct(ptr, value);
    }

    ListBuilder initList(int ptr, int elementSize, int count) {
      return newList(ptr, elementSize, count, new ListBuilder());
    }

    ListBuilder initStructList(int ptr, StructSize size, int count) {
      return newStructList(ptr, size, count, new ListBuilder());
    }

    ListBuilder getList(int ptr, int elementSize) {
      return openList(ptr, elementSize, null, new ListBuilder(), null);
    }

    ListBuilder getList(int ptr, int elementSize, MessageReader dflt) {
      return openList(ptr, elementSize, null, new ListBuilder(), dflt);
    }

    ListBuilder getStructList(int ptr, StructSize size) {
      return openList(ptr, ElementSize.INLINE_COMPOSITE, size, new ListBuilder(), null);
    }

    void setList(int ptr, ListReader value) {
      copyList(ptr, value);
    }

    void text(int ptr, CharSequence v) {
      writeText(ptr, v);
    }

    void setText(int ptr, TextReader v) {
      copyText(ptr, v);
    }

    TextBuilder initText(int ptr, int bytes) {
      return newText(ptr, bytes, new TextBuilder());
    }

    TextBuilder getText(int ptr) {
      return openText(ptr, new TextBuilder(), null);
    }

    TextBuilder getText(int ptr, MessageReader dflt) {
      return openText(ptr, new TextBuilder(), dflt);
    }

    void data(int ptr, byte[] v) {
      writeData(ptr, v, 0, v.length);
    }

    void writeDataSlice(int ptr, byte[] v, int offset, int length) {
      writeData(ptr, v, offset, length);
    }

    void data(int ptr, java.nio.ByteBuffer v) {
      writeData(ptr, v);
    }

    void setData(int ptr, DataReader v) {
      copyData(ptr, v);
    }

    DataBuilder initData(int ptr, int bytes) {
      return newData(ptr, bytes, new DataBuilder());
    }

    DataBuilder getData(int ptr) {
      return openData(ptr, new DataBuilder(), null);
    }

    DataBuilder getData(int ptr, MessageReader dflt) {
      return openData(ptr, new DataBuilder(), dflt);
    }

    AnyPointerBuilder any(int ptr) {
      return openAnyPointer(ptr, new AnyPointerBuilder());
    }

    R reader() {
      return asReader(new R());
    }
  }

  /** Reads the root of {@code m} as a struct. */
  static R root(MessageReader m) {
    return m.getRoot(new R());
  }
}
