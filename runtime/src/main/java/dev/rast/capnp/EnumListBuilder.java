package dev.rast.capnp;

/** A typed list of enums being written. */
public final class EnumListBuilder<E extends Enum<E>> extends ListBuilder {
  private final E[] values;
  private final E unknown;

  /**
   * @param values the enum's known constants, indexed by wire value
   * @param unknown the constant that stands for values outside {@code values}
   */
  public EnumListBuilder(E[] values, E unknown) {
    this.values = values;
    this.unknown = unknown;
  }

  /** Sets element {@code index}; the unknown constant cannot be written (use {@link #setRaw}). */
  public void set(int index, E value) {
    if (value == unknown) {
      throw new IllegalArgumentException("cannot write the unknown enum constant; use setRaw");
    }
    setShort(index, (short) value.ordinal());
  }

  /** Sets element {@code index} to a wire number, known or not. */
  public void setRaw(int index, int value) {
    setShort(index, (short) value);
  }

  /** Element {@code index}. */
  public E get(int index) {
    int v = getShort(index) & 0xFFFF;
    return v < values.length ? values[v] : unknown;
  }
}
