package dev.rast.capnp;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.function.IntFunction;

/**
 * Iterates a typed list view by index, for for-each loops. Each element comes from the view's
 * {@code get(int)}, so struct and list elements are fresh flyweights (convenience); indexed access
 * with a reused flyweight is the allocation-free way.
 */
final class ElementIterator<T> implements Iterator<T> {
  private final int size;
  private final IntFunction<T> get;
  private int next;

  ElementIterator(int size, IntFunction<T> get) {
    this.size = size;
    this.get = get;
  }

  @Override
  public boolean hasNext() {
    return next < size;
  }

  @Override
  public T next() {
    if (next >= size) {
      throw new NoSuchElementException("list has " + size + " elements");
    }
    return get.apply(next++);
  }
}
