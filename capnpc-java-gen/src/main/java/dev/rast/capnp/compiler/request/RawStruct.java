package dev.rast.capnp.compiler.request;

import dev.rast.capnp.AnyPointerBuilder;
import dev.rast.capnp.StructBuilder;

/**
 * A struct builder with no schema of its own, for writing struct values (defaults and constants)
 * whose layout the schema compiler has just computed. Offsets are in bytes (bits for bools).
 */
final class RawStruct extends StructBuilder {
  void bool(int bit, boolean value, boolean def) {
    writeBool(bit, value, def);
  }

  void int8(int byteOffset, byte value, byte def) {
    writeByte(byteOffset, value, def);
  }

  void int16(int byteOffset, short value, short def) {
    writeShort(byteOffset, value, def);
  }

  void int32(int byteOffset, int value, int def) {
    writeInt(byteOffset, value, def);
  }

  void int64(int byteOffset, long value, long def) {
    writeLong(byteOffset, value, def);
  }

  AnyPointerBuilder pointer(int index) {
    return openAnyPointer(index, new AnyPointerBuilder());
  }
}
