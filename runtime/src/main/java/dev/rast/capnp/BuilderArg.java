package dev.rast.capnp;

/**
 * The writing side of a generic parameter's binding: how a generated generic builder opens the
 * pointer of a parameter-typed field as the bound type.
 *
 * @param <B> the builder type the parameter is bound to
 */
@FunctionalInterface
public interface BuilderArg<B> {
  /**
   * Opens {@code pointer} as the bound type (creating the value when it is null, where that applies).
   *
   * @param pointer the pointer slot holding the value
   * @return a view of the value in the bound type
   */
  B get(AnyPointerBuilder pointer);
}
