package dev.rast.capnp;

import java.util.function.Supplier;

/** A typed struct list being written: elements are written in place through element builders. */
public final class StructListBuilder<T extends StructBuilder> extends ListBuilder {
  private final Supplier<T> factory;

  /** @param factory makes element builders (generated code passes {@code Foo.Builder::new}) */
  public StructListBuilder(Supplier<T> factory) {
    this.factory = factory;
  }

  /** Element {@code index} in a fresh builder. */
  public T get(int index) {
    return getStruct(index, factory.get());
  }

  /** Points {@code reuse} at element {@code index} and returns it. */
  public T get(int index, T reuse) {
    return getStruct(index, reuse);
  }
}
