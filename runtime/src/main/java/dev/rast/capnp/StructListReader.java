package dev.rast.capnp;

import java.util.Iterator;
import java.util.function.Supplier;

/**
 * A typed view of a struct list: {@link #get(int, StructReader)} re-points a caller's element
 * reader (no allocation); {@link #get(int)} and iteration make fresh element readers for
 * convenience (a for-each loop makes one reader per element).
 */
public final class StructListReader<T extends StructReader> extends ListReader
    implements Iterable<T> {
  private final Supplier<T> factory;

  /** @param factory makes element readers (generated code passes {@code Foo.Reader::new}) */
  public StructListReader(Supplier<T> factory) {
    this.factory = factory;
  }

  /**
   * Element {@code index} in a fresh reader.
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
