package dev.rast.capnp;

import java.util.Iterator;
import java.util.function.Supplier;

/**
 * A typed struct list being written: elements are written in place through element builders. The
 * list knows its elements' struct size from their builder type, so {@code init} calls need none.
 */
public final class StructListBuilder<T extends StructBuilder> extends ListBuilder
    implements Iterable<T> {
  private final Supplier<T> factory;
  /** The elements' struct size (null for untyped elements), learned from one builder the factory makes. */
  private StructSize elementSize;

  private boolean elementSizeKnown;

  /** @param factory makes element builders (generated code passes {@code Foo.Builder::new}) */
  public StructListBuilder(Supplier<T> factory) {
    this.factory = factory;
  }

  /** The struct size of the elements' builder type, or null when it is untyped (one builder is made, once, to learn it). */
  StructSize elementTypeSize() {
    if (!elementSizeKnown) {
      elementSize = factory.get().structSize();
      elementSizeKnown = true;
    }
    return elementSize;
  }

  /** The size to allocate elements of. */
  StructSize elementStructSize() {
    StructSize s = elementTypeSize();
    if (s == null) {
      throw new IllegalArgumentException(
          "the elements' builder type is untyped (it knows no struct size): pass the size explicitly");
    }
    return s;
  }

  /**
   * Element {@code index} in a fresh builder.
   *
   * @param index the element position, from 0 to {@code size() - 1}
   * @return a new view of the element
   */
  public T get(int index) {
    return getStruct(index, factory.get());
  }

  /**
   * Points {@code reuse} at element {@code index} and returns it.
   *
   * @param index the element position, from 0 to {@code size() - 1}
   * @param reuse a view to re-point instead of allocating one
   * @return {@code reuse}, re-pointed
   */
  public T get(int index, T reuse) {
    return getStruct(index, reuse);
  }

  @Override
  public Iterator<T> iterator() {
    return new ElementIterator<>(size(), this::get);
  }
}
