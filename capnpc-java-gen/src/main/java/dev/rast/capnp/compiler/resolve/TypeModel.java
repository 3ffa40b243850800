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
    TEXT,
    DATA,
    LIST,
    ENUM,
    STRUCT,
    INTERFACE,
    ANY_POINTER
  }

  /** What an AnyPointer is: unconstrained (of some kind), a generic parameter, or a method's implicit one. */
  public enum AnyKind {
    ANY,
    STRUCT,
    LIST,
    CAPABILITY,
    PARAMETER,
    IMPLICIT_METHOD_PARAMETER
  }

  public static TypeModel of(Which which) {
    return new TypeModel(which, 0, null, null, null, 0, 0);
  }

  public static TypeModel named(Which which, long id, BrandModel brand) {
    return new TypeModel(which, id, brand, null, null, 0, 0);
  }

  public static TypeModel list(TypeModel element) {
    return new TypeModel(Which.LIST, 0, null, element, null, 0, 0);
  }

  public static TypeModel anyPointer(AnyKind kind, long scopeId, int index) {
    return new TypeModel(Which.ANY_POINTER, 0, null, null, kind, scopeId, index);
  }

  /** Void, bools, numbers and enums live in the data section; everything else is a pointer. */
  public boolean isPointer() {
    return switch (which) {
      case TEXT, DATA, LIST, STRUCT, INTERFACE, ANY_POINTER -> true;
      default -> false;
    };
  }

  /** log2 of the size in bits of a data type (-1 for void); pointer types are not asked. */
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
