package dev.rast.capnp;

/**
 * The size a schema gives a struct: data words and pointer count. Generated code keeps one
 * constant per struct type and passes it when a builder allocates or upgrades a struct.
 */
public final class StructSize {
  /** Data section size in words. */
  public final int dataWords;
  /** Pointer section size in pointers. */
  public final int pointers;

  /**
   * @param dataWords the data section size in words
   * @param pointers the number of pointers
   * @throws IllegalArgumentException when a size does not fit the 16-bit wire fields
   */
  public StructSize(int dataWords, int pointers) {
    if (dataWords < 0 || dataWords > 0xFFFF) {
      throw new IllegalArgumentException("dataWords out of range: " + dataWords);
    }
    if (pointers < 0 || pointers > 0xFFFF) {
      throw new IllegalArgumentException("pointers out of range: " + pointers);
    }
    this.dataWords = dataWords;
    this.pointers = pointers;
  }

  /**
   * Total words of one struct of this size.
   *
   * @return the struct's size in words
   */
  public int words() {
    return dataWords + pointers;
  }

  @Override
  public String toString() {
    return "StructSize{dataWords=" + dataWords + ", pointers=" + pointers + "}";
  }
}
