package dev.rast.capnp;

import java.util.Iterator;
import java.util.function.Supplier;

/** A typed view of a list of lists; inner lists are checked against their expected encoding. */
public final class ListListReader<T extends ListReader> extends ListReader implements Iterable<T> {
  private final Supplier<T> factory;
  private final int innerElementSize;

  /**
   * @param factory makes inner list readers
   * @param innerElementSize the inner lists' expected {@link ElementSize}
   */
  public ListListReader(Supplier<T> factory, int innerElementSize) {
    this.factory = factory;
    this.innerElementSize = innerElementSize;
  }

  /**
   * Inner list {@code index} in a fresh reader.
   *
   * @param index the element position, from 0 to {@code size() - 1}
   * @return a new view of the inner list
   */
  public T get(int index) {
    return getList(index, innerElementSize, factory.get());
  }

  /**
   * Points {@code reuse} at inner list {@code index} and returns it.
   *
   * @param index the element position, from 0 to {@code size() - 1}
   * @param reuse a view to re-point instead of allocating one
   * @return {@code reuse}, re-pointed
   */
  public T get(int index, T reuse) {
    return getList(index, innerElementSize, reuse);
  }

  @Override
  public Iterator<T> iterator() {
    return new ElementIterator<>(size(), this::get);
  }
}
