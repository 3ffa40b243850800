package dev.rast.capnp;

import java.util.Iterator;
import java.util.function.Supplier;

/** A typed list of lists being written. */
public final class ListListBuilder<T extends ListBuilder> extends ListBuilder
    implements Iterable<T> {
  private final Supplier<T> factory;
  private final int innerElementSize;
  private final StructSize innerStructSize;

  /**
   * @param factory makes inner list builders
   * @param innerElementSize the inner lists' {@link ElementSize}
   * @param innerStructSize element size when the inner lists are struct lists, else null
   */
  public ListListBuilder(Supplier<T> factory, int innerElementSize, StructSize innerStructSize) {
    this.factory = factory;
    this.innerElementSize = innerElementSize;
    this.innerStructSize = innerStructSize;
  }

  /** Replaces inner list {@code index} with a new one of {@code size} elements. */
  public T init(int index, int size) {
    return init(index, size, factory.get());
  }

  /** As {@link #init(int, int)}, into {@code reuse}. */
  public T init(int index, int size, T reuse) {
    if (innerStructSize != null) {
      return initStructList(index, innerStructSize, size, reuse);
    }
    return initList(index, innerElementSize, size, reuse);
  }

  /** Inner list {@code index} in a fresh builder. */
  public T get(int index) {
    return getList(index, innerElementSize, innerStructSize, factory.get());
  }

  /** Points {@code reuse} at inner list {@code index} and returns it. */
  public T get(int index, T reuse) {
    return getList(index, innerElementSize, innerStructSize, reuse);
  }

  @Override
  public Iterator<T> iterator() {
    return new ElementIterator<>(size(), this::get);
  }
}
