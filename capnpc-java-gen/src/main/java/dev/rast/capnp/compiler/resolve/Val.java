package dev.rast.capnp.compiler.resolve;

import java.util.List;

/**
 * A compiled value (a default, a constant or an annotation's value), before it is encoded into the
 * request. Integers keep their sign kind so range checks can follow capnp's.
 */
public sealed interface Val {
  /** The Void value. */
  record VoidV() implements Val {}

  /** A Bool value. */
  record BoolV(boolean value) implements Val {}

  /** {@code unsigned}: {@code value} is a uint64; otherwise a signed int64. */
  record IntV(long value, boolean unsigned) implements Val {}

  /** A Float32 or Float64 value, held as a double. */
  record FloatV(double value) implements Val {}

  /** A Text value. */
  record TextV(String value) implements Val {}

  /** A Data value; the array is not copied, so it must not be changed. */
  record DataV(byte[] value) implements Val {}

  /** An enumerant of enum {@code enumId}. */
  record EnumV(long enumId, int value) implements Val {}

  /** A list value of {@code type} (a List type). */
  record ListV(TypeModel type, List<Val> elements) implements Val {}

  /** A struct (or group) value of node {@code structId}: fields set in order. */
  record StructV(long structId, List<Assignment> fields) implements Val {}

  /** One field set in a struct value, with the field's type after generic substitution. */
  record Assignment(String field, Val value, TypeModel type) {}

  /** A struct embedded from a file holding a framed message. */
  record EmbeddedStruct(long structId, byte[] message) implements Val {}

  /** A null pointer (the default of pointer fields without an explicit default). */
  record NullV() implements Val {}
}
