package dev.rast.capnp;

import java.util.Iterator;
import java.util.function.IntFunction;

/**
 * A typed view of a list of enums. Values the schema does not know (written by a newer schema)
 * read as the enum's unknown constant; {@link #getRaw(int)} gives the number itself.
 */
public final class EnumListReader<E extends Enum<E>> extends ListReader implements Iterable<E> {
  private final IntFunction<E> fromValue;

  /** @param fromValue maps a wire number to its constant, or the unknown constant (generated {@code Foo::fromValue}) */
  public EnumListReader(IntFunction<E> fromValue) {
    this.fromValue = fromValue;
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

  /**
   * Element {@code index} as its wire number.
   *
   * @param index the element position, from 0 to {@code size() - 1}
   * @return the stored number, also when no constant of this schema has it
   */
  public int getRaw(int index) {
    return getShort(index) & 0xFFFF;
  }

  @Override
  public Iterator<E> iterator() {
    return new ElementIterator<>(size(), this::get);
  }
}
