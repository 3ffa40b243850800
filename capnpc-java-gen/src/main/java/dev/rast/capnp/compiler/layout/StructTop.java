package dev.rast.capnp.compiler.layout;

/**
 * A struct's own sections: data words and pointers, filled in ordinal order; a field goes into the
 * smallest padding hole that fits, else into a new word at the end. Mutable, single-threaded.
 */
public final class StructTop implements FieldScope {
  private int dataWordCount;
  private int pointerCount;
  private final HoleSet holes = new HoleSet();

  /**
   * The size of the data section so far; final once every field is placed.
   *
   * @return the count of 64-bit words
   */
  public int dataWordCount() {
    return dataWordCount;
  }

  /**
   * The size of the pointer section so far; final once every field is placed.
   *
   * @return the count of pointers
   */
  public int pointerCount() {
    return pointerCount;
  }

  @Override
  public void addVoid() {}

  @Override
  public int addData(int lgSize) {
    int hole = holes.tryAllocate(lgSize);
    if (hole >= 0) {
      return hole;
    }
    int offset = dataWordCount++ << (6 - lgSize);
    holes.addHolesAtEnd(lgSize, offset + 1, 6);
    return offset;
  }

  @Override
  public int addPointer() {
    return pointerCount++;
  }

  @Override
  public boolean tryExpandData(int oldLgSize, int oldOffset, int expansionFactor) {
    return holes.tryExpand(oldLgSize, oldOffset, expansionFactor);
  }

  /**
   * The list encoding capnp 0.9.2 records as preferred: always inline composite (schema.capnp's
   * ElementSize ordinal 7); capnp no longer picks a smaller encoding for small structs.
   *
   * @return 7, INLINE_COMPOSITE
   */
  public int preferredListEncoding() {
    return 7;
  }
}
