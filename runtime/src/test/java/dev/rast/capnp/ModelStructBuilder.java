package dev.rast.capnp;

/**
 * A struct builder for tests that know no schema: every protected accessor of {@link
 * StructBuilder} made callable, addressed by word and pointer index.
 */
class ModelStructBuilder extends StructBuilder {
  void word(int index, long value) {
    writeLong(index << 3, value, 0L);
  }

  long word(int index) {
    return readLong(index << 3, 0L);
  }

  ModelStructBuilder struct(int index, StructSize size) {
    return newStruct(index, size, new ModelStructBuilder());
  }

  ListBuilder list(int index, int elementSize, int count) {
    return newList(index, elementSize, count, new ListBuilder());
  }

  ListBuilder structList(int index, StructSize size, int count) {
    return newStructList(index, size, count, new ListBuilder());
  }

  void text(int index, String value) {
    writeText(index, value);
  }

  void data(int index, byte[] value) {
    writeData(index, value, 0, value.length);
  }

  AnyPointerBuilder pointer(int index) {
    return openAnyPointer(index, new AnyPointerBuilder());
  }
}
