package dev.rast.capnp;

/**
 * The writing side of a generic parameter's binding: how a generated generic builder opens the
 * pointer of a parameter-typed field as the bound type.
 *
 * @param <B> the builder type the parameter is bound to
 */
@FunctionalInterface
public interface BuilderArg<B> {
  /** Opens {@code pointer} as the bound type (creating the value when it is null, where that applies). */
  B get(AnyPointerBuilder pointer);
}
