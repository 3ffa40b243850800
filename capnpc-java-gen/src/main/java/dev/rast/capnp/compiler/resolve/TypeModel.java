package dev.rast.capnp.compiler.resolve;

import java.util.List;

/**
 * A compiled {@code schema.Type}: which kind, and for named types the id and brand; for lists the
 * element type; for AnyPointer the constraint or the generic parameter it stands for.
 */
public record TypeModel(
    Which which,
    long typeId,
    BrandModel brand,
    TypeModel element,
    AnyKind anyKind,
    long paramScopeId,
    int paramIndex) {

  /** schema.Type's union, in its order. */
  public enum Which {
    /** {@code Void}: no value, no space. */
    VOID,
    /** {@code Bool}: one bit. */
    BOOL,
    /** {@code Int8} */
    INT8,
    /** {@code Int16} */
    INT16,
    /** {@code Int32} */
    INT32,
    /** {@code Int64} */
    INT64,
    /** {@code UInt8} */
    UINT8,
    /** {@code UInt16} */
    UINT16,
    /** {@code UInt32} */
    UINT32,
    /** {@code UInt64} */
    UINT64,
    /** {@code Float32} */
    FLOAT32,
    /** {@code Float64} */
    FLOAT64,
    /** {@code Text}: NUL-terminated UTF-8 behind a pointer. */
    TEXT,
    /** {@code Data}: bytes behind a pointer. */
    DATA,
    /** {@code List(T)}; {@link TypeModel#element} is T. */
    LIST,
    /** An enum: 16 bits; {@link TypeModel#typeId} names it. */
    ENUM,
    /** A struct; {@link TypeModel#typeId} and {@link TypeModel#brand} name it. */
    STRUCT,
    /** An interface (a capability pointer); {@link TypeModel#typeId} names it. */
    INTERFACE,
    /** {@code AnyPointer} or a generic parameter; {@link TypeModel#anyKind} says which. */
    ANY_POINTER
  }

  /** What an AnyPointer is: unconstrained (of some kind), a generic parameter, or a method's implicit one. */
  public enum AnyKind {
    /** {@code AnyPointer}: any pointer. */
    ANY,
    /** {@code AnyStruct} */
    STRUCT,
    /** {@code AnyList} */
    LIST,
    /** {@code Capability} */
    CAPABILITY,
    /** A generic parameter of the struct or interface {@code paramScopeId}, at {@code paramIndex}. */
    PARAMETER,
    /** A method's own generic parameter, at {@code paramIndex}. */
    IMPLICIT_METHOD_PARAMETER
  }

  /**
   * A type that needs nothing more than its kind: void, bool, numbers, Text and Data.
   *
   * @param which the kind
   * @return the type
   */
  public static TypeModel of(Which which) {
    return new TypeModel(which, 0, null, null, null, 0, 0);
  }

  /**
   * An enum, struct or interface type.
   *
   * @param which ENUM, STRUCT or INTERFACE
   * @param id the node's id
   * @param brand its generic bindings, or null when it is not generic
   * @return the type
   */
  public static TypeModel named(Which which, long id, BrandModel brand) {
    return new TypeModel(which, id, brand, null, null, 0, 0);
  }

  /**
   * A list type.
   *
   * @param element the element type
   * @return {@code List(element)}
   */
  public static TypeModel list(TypeModel element) {
    return new TypeModel(Which.LIST, 0, null, element, null, 0, 0);
  }

  /**
   * An AnyPointer type.
   *
   * @param kind what it stands for
   * @param scopeId for PARAMETER, the node declaring the parameter; else 0
   * @param index for PARAMETER and IMPLICIT_METHOD_PARAMETER, the parameter's index; else 0
   * @return the type
   */
  public static TypeModel anyPointer(AnyKind kind, long scopeId, int index) {
    return new TypeModel(Which.ANY_POINTER, 0, null, null, kind, scopeId, index);
  }

  /**
   * Which section a field of this type goes to: void, bools, numbers and enums live in the data
   * section, everything else is a pointer.
   *
   * @return true for pointer types
   */
  public boolean isPointer() {
    return switch (which) {
      case TEXT, DATA, LIST, STRUCT, INTERFACE, ANY_POINTER -> true;
      default -> false;
    };
  }

  /**
   * The size of a data type, as the layout counts it.
   *
   * @return log2 of the size in bits (-1 for void); meaningless for pointer types
   */
  public int lgSize() {
    return switch (which) {
      case VOID -> -1;
      case BOOL -> 0;
      case INT8, UINT8 -> 3;
      case INT16, UINT16, ENUM -> 4;
      case INT32, UINT32, FLOAT32 -> 5;
      default -> 6;
    };
  }

  /** A brand: per generic scope, its bindings ({@code null} bindings means "inherit"). */
  public record BrandModel(List<Scope> scopes) {}

  /** One scope of a brand; a null element of {@code bind} is an unbound parameter. */
  public record Scope(long scopeId, List<TypeModel> bind) {}
}
