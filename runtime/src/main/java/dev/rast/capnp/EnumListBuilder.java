package dev.rast.capnp;

import java.util.Iterator;
import java.util.function.IntFunction;

/** A typed list of enums being written. */
public final class EnumListBuilder<E extends Enum<E>> extends ListBuilder implements Iterable<E> {
  private final IntFunction<E> fromValue;

  /** @param fromValue maps a wire number to its constant, or the unknown constant (generated {@code Foo::fromValue}) */
  public EnumListBuilder(IntFunction<E> fromValue) {
    this.fromValue = fromValue;
  }

  /**
   * Sets element {@code index}; the unknown constant cannot be written (use {@link #setRaw}).
   *
   * @param index the element position, from 0 to {@code size() - 1}
   * @param value the constant to store
   */
  public void set(int index, E value) {
    int v = value.ordinal();
    if (fromValue.apply(v) != value) {
      throw new IllegalArgumentException("cannot write the unknown enum constant; use setRaw");
    }
    setShort(index, (short) v);
  }

  /**
   * Sets element {@code index} to a wire number, known or not.
   *
   * @param index the element position, from 0 to {@code size() - 1}
   * @param value the number to store, also one this schema does not know
   */
  public void setRaw(int index, int value) {
    setShort(index, (short) value);
  }

  /**
   * Element {@code index}.
   *
   * @param index the element position, from 0 to {@code size() - 1}
   * @return the constant, or the unknown constant for a number this schema does not know
   */
  public E get(int index) {
    return fromValue.apply(getShort(index) & 0xFFFF);
  }

  @Override
  public Iterator<E> iterator() {
    return new ElementIterator<>(size(), this::get);
  }
}
