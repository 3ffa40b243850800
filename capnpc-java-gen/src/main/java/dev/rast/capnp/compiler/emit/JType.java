package dev.rast.capnp.compiler.emit;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * A schema type resolved in the context of the class being emitted: brands applied, generic
 * parameters turned into the type variables of that class (or into {@code AnyPointer} when
 * unbound). Emitters work on these, never on raw schema types.
 */
final class JType {
  enum Kind {
    VOID,
    BOOL,
    INT8,
    INT16,
    INT32,
    INT64,
    UINT8,
    UINT16,
    UINT32,
    UINT64,
    FLOAT32,
    FLOAT64,
    ENUM,
    TEXT,
    DATA,
    STRUCT,
    LIST,
    ANY,
    PARAM,
    INTERFACE
  }

  final Kind kind;
  /** The enum or struct class. */
  final ClassName cls;
  /** Type arguments of a generic struct, one per parameter of its scope chain. */
  final List<JType> args;
  /** Element type of a list. */
  final JType element;
  /** The type variable of a parameter. */
  final GenericParams.Param param;

  private JType(
      Kind kind, ClassName cls, List<JType> args, JType element, GenericParams.Param param) {
    this.kind = kind;
    this.cls = cls;
    this.args = args;
    this.element = element;
    this.param = param;
  }

  static JType simple(Kind kind) {
    return new JType(kind, null, List.of(), null, null);
  }

  static JType enumType(ClassName cls) {
    return new JType(Kind.ENUM, cls, List.of(), null, null);
  }

  static JType struct(ClassName cls, List<JType> args) {
    return new JType(Kind.STRUCT, cls, List.copyOf(args), null, null);
  }

  static JType list(JType element) {
    return new JType(Kind.LIST, null, List.of(), element, null);
  }

  static JType param(GenericParams.Param p) {
    return new JType(Kind.PARAM, null, List.of(), null, p);
  }

  /** Whether values of this type live in the data section. */
  boolean isData() {
    return kind.ordinal() <= Kind.ENUM.ordinal();
  }

  boolean isGenericStruct() {
    return kind == Kind.STRUCT && !args.isEmpty();
  }
}
