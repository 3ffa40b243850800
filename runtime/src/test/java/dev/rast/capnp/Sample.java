package dev.rast.capnp;

/**
 * Hand-written flyweights for a test struct, shaped like what the code generator emits, until
 * generated test schemas exist:
 *
 * <pre>
 * struct Sample {
 *   flag @0 :Bool;                 # bit 0
 *   i8 @1 :Int8;                   # byte 1
 *   i16 @2 :Int16;                 # byte 2
 *   i32 @3 :Int32 = 123;           # byte 4
 *   i64 @4 :Int64;                 # byte 8
 *   f32 @5 :Float32;               # byte 16
 *   u8 @6 :UInt8 = 7;              # byte 20
 *   f64 @7 :Float64;               # byte 24
 *   text @8 :Text;                 # pointer 0
 *   data @9 :Data;                 # pointer 1
 *   child @10 :Sample;             # pointer 2
 *   children @11 :List(Sample);    # pointer 3
 *   longs @12 :List(Int64);        # pointer 4
 *   bools @13 :List(Bool);         # pointer 5
 *   texts @14 :List(Text);         # pointer 6
 *   any @15 :AnyPointer;           # pointer 7
 *   ints @16 :List(Int32);         # pointer 8
 *   shorts @17 :List(Int16);       # pointer 9
 *   bytes @18 :List(UInt8);        # pointer 10
 *   voids @19 :List(Void);         # pointer 11
 *   doubles @20 :List(Float64);    # pointer 12
 *   nested @21 :List(List(Int32)); # pointer 13
 * }
 * </pre>
 */
final class Sample {
  static final StructSize SIZE = new StructSize(4, 14);

  private Sample() {}

  static final class Reader extends StructReader {
    boolean getFlag() {
      return readBool(0, false);
    }

    byte getI8() {
      return readByte(1, (byte) 0);
    }

    short getI16() {
      return readShort(2, (short) 0);
    }

    int getI32() {
      return readInt(4, 123);
    }

    long getI64() {
      return readLong(8, 0L);
    }

    float getF32() {
      return readFloat(16, 0);
    }

    byte getU8() {
      return readByte(20, (byte) 7);
    }

    double getF64() {
      return readDouble(24, 0L);
    }

    TextReader getText(TextReader target) {
      return readText(0, target, null);
    }

    DataReader getData(DataReader target) {
      return readData(1, target, null);
    }

    Reader getChild(Reader target) {
      return readStruct(2, target, null);
    }

    ListReader getChildren(ListReader target) {
      return readList(3, ElementSize.INLINE_COMPOSITE, target, null);
    }

    ListReader getLongs(ListReader target) {
      return readList(4, ElementSize.EIGHT_BYTES, target, null);
    }

    ListReader getBools(ListReader target) {
      return readList(5, ElementSize.BIT, target, null);
    }

    ListReader getTexts(ListReader target) {
      return readList(6, ElementSize.POINTER, target, null);
    }

    AnyPointerReader getAny(AnyPointerReader target) {
      return readAnyPointer(7, target);
    }

    ListReader getInts(ListReader target) {
      return readList(8, ElementSize.FOUR_BYTES, target, null);
    }

    ListReader getShorts(ListReader target) {
      return readList(9, ElementSize.TWO_BYTES, target, null);
    }

    ListReader getBytes(ListReader target) {
      return readList(10, ElementSize.BYTE, target, null);
    }

    ListReader getVoids(ListReader target) {
      return readList(11, ElementSize.VOID, target, null);
    }

    ListReader getDoubles(ListReader target) {
      return readList(12, ElementSize.EIGHT_BYTES, target, null);
    }

    ListReader getNested(ListReader target) {
      return readList(13, ElementSize.POINTER, target, null);
    }

    boolean hasText() {
      return readHasPointer(0);
    }
  }

  static final class Builder extends StructBuilder {
    void setFlag(boolean v) {
      writeBool(0, v, false);
    }

    void setI8(byte v) {
      writeByte(1, v, (byte) 0);
    }

    void setI16(short v) {
      writeShort(2, v, (short) 0);
    }

    void setI32(int v) {
      writeInt(4, v, 123);
    }

    void setI64(long v) {
      writeLong(8, v, 0L);
    }

    void setF32(float v) {
      writeFloat(16, v, 0);
    }

    void setU8(byte v) {
      writeByte(20, v, (byte) 7);
    }

    void setF64(double v) {
      writeDouble(24, v, 0L);
    }

    long getI64() {
      return readLong(8, 0L);
    }

    void setText(CharSequence v) {
      writeText(0, v);
    }

    void setTextCopy(TextReader v) {
      copyText(0, v);
    }

    void setData(byte[] v) {
      writeData(1, v, 0, v.length);
    }

    void setDataCopy(DataReader v) {
      copyData(1, v);
    }

    Builder initChild(Builder target) {
      return newStruct(2, SIZE, target);
    }

    Builder getChild(Builder target) {
      return openStruct(2, SIZE, target, null);
    }

    void setChild(StructReader v) {
      copyStruct(2, v);
    }

    ListBuilder initChildren(int n, ListBuilder target) {
      return newStructList(3, SIZE, n, target);
    }

    ListBuilder initLongs(int n, ListBuilder target) {
      return newList(4, ElementSize.EIGHT_BYTES, n, target);
    }

    void setLongs(ListReader v) {
      copyList(4, v);
    }

    ListBuilder initBools(int n, ListBuilder target) {
      return newList(5, ElementSize.BIT, n, target);
    }

    ListBuilder initTexts(int n, ListBuilder target) {
      return newList(6, ElementSize.POINTER, n, target);
    }

    AnyPointerBuilder getAny(AnyPointerBuilder target) {
      return openAnyPointer(7, target);
    }

    ListBuilder initInts(int n, ListBuilder target) {
      return newList(8, ElementSize.FOUR_BYTES, n, target);
    }

    ListBuilder initShorts(int n, ListBuilder target) {
      return newList(9, ElementSize.TWO_BYTES, n, target);
    }

    ListBuilder initBytes(int n, ListBuilder target) {
      return newList(10, ElementSize.BYTE, n, target);
    }

    ListBuilder initVoids(int n, ListBuilder target) {
      return newList(11, ElementSize.VOID, n, target);
    }

    ListBuilder initDoubles(int n, ListBuilder target) {
      return newList(12, ElementSize.EIGHT_BYTES, n, target);
    }

    ListBuilder initNested(int n, ListBuilder target) {
      return newList(13, ElementSize.POINTER, n, target);
    }
  }
}
