package dev.rast.capnp;

/**
 * A typed view of a list of enums. Values the schema does not know (written by a newer schema)
 * read as the enum's unknown constant; {@link #getRaw(int)} gives the number itself.
 */
public final class EnumListReader<E extends Enum<E>> extends ListReader {
  private final E[] values;
  private final E unknown;

  /**
   * @param values the enum's known constants, indexed by wire value
   * @param unknown the constant that stands for values outside {@code values}
   */
  public EnumListReader(E[] values, E unknown) {
    this.values = values;
    this.unknown = unknown;
  }

  /** Element {@code index}. */
  public E get(int index) {
    int v = getShort(index) & 0xFFFF;
    return v < values.length ? values[v] : unknown;
  }

  /** Element {@code index} as its wire number. */
  public int getRaw(int index) {
    return getShort(index) & 0xFFFF;
  }
}
