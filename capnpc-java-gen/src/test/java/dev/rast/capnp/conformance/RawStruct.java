package dev.rast.capnp.conformance;

import dev.rast.capnp.StructBuilder;

/**
 * An untyped builder, to write structs of sizes no schema here gives (as an older or newer schema
 * would): typed builders refuse a size that is not their own.
 */
final class RawStruct extends StructBuilder {
  RawStruct setInt(int offset, int value) {
    writeInt(offset, value, 0);
    return this;
  }

  RawStruct setText(int pointer, String value) {
    writeText(pointer, value);
    return this;
  }
}
