package dev.rast.capnp;

/**
 * A struct reader for tests that know no schema: every protected accessor of {@link StructReader}
 * made callable, addressed by word and pointer index.
 */
class ModelStructReader extends StructReader {
  /** Data word {@code index} (0 when past the stored data section). */
  long word(int index) {
    return readLong(index << 3, 0L);
  }

  /** Bool at bit {@code bit} of the data section. */
  boolean bit(int bit) {
    return readBool(bit, false);
  }

  byte byteAt(int offset) {
    return readByte(offset, (byte) 0);
  }

  short shortAt(int offset) {
    return readShort(offset, (short) 0);
  }

  int intAt(int offset) {
    return readInt(offset, 0);
  }

  boolean hasPointer(int index) {
    return readHasPointer(index);
  }

  <T extends StructReader> T struct(int index, T target) {
    return readStruct(index, target, null);
  }

  <T extends ListReader> T list(int index, int expectedElementSize, T target) {
    return readList(index, expectedElementSize, target, null);
  }

  TextReader text(int index, TextReader target) {
    return readText(index, target, null);
  }

  DataReader data(int index, DataReader target) {
    return readData(index, target, null);
  }

  AnyPointerReader pointer(int index, AnyPointerReader target) {
    return readAnyPointer(index, target);
  }
}
