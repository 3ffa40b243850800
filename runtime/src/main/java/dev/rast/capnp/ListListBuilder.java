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

  /**
   * Replaces inner list {@code index} with a new one of {@code size} elements.
   *
   * @param index the element position, from 0 to {@code size() - 1}
   * @param size the number of elements of the new inner list
   * @return a view of the new inner list
   */
  public T init(int index, int size) {
    return init(index, size, factory.get());
  }

  /**
   * As {@link #init(int, int)}, into {@code reuse}.
   *
   * @param index the element position, from 0 to {@code size() - 1}
   * @param size the number of elements of the new inner list
   * @param reuse a view to re-point instead of allocating one
   * @return {@code reuse}, re-pointed
   */
  public T init(int index, int size, T reuse) {
    if (innerStructSize != null) {
      return initStructList(index, innerStructSize, size, reuse);
    }
    return initList(index, innerElementSize, size, reuse);
  }

  /**
   * Inner list {@code index} in a fresh builder.
   *
   * @param index the element position, from 0 to {@code size() - 1}
   * @return a new view of the inner list
   */
  public T get(int index) {
    return getList(index, innerElementSize, innerStructSize, factory.get());
  }

  /**
   * Points {@code reuse} at inner list {@code index} and returns it.
   *
   * @param index the element position, from 0 to {@code size() - 1}
   * @param reuse a view to re-point instead of allocating one
   * @return {@code reuse}, re-pointed
   */
  public T get(int index, T reuse) {
    return getList(index, innerElementSize, innerStructSize, reuse);
  }

  @Override
  public Iterator<T> iterator() {
    return new ElementIterator<>(size(), this::get);
  }
}
