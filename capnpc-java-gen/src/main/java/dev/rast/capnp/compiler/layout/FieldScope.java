package dev.rast.capnp.compiler.layout;

/**
 * Where fields are placed: the struct itself, or a group (a union member's share of its union's
 * space). Offsets are in units of the field's own size; pointers are indexes.
 */
public interface FieldScope {
  /** Records a void member (it takes no space but counts as a union member). */
  void addVoid();

  /**
   * Places a data field.
   *
   * @param lgSize log2 of the field's size in bits (0 for a bool, 6 for 64 bits)
   * @return its offset in units of its size
   */
  int addData(int lgSize);

  /**
   * Places a pointer field.
   *
   * @return its index in the pointer section
   */
  int addPointer();

  /**
   * Grows an already placed data field in place, when the space after it is free. Unions use it
   * so that members of different sizes can share one location, as capnp lays them out.
   *
   * @param oldLgSize log2 of the field's current size in bits
   * @param oldOffset its offset in units of its current size
   * @param expansionFactor log2 of the growth: the new size is the old one times 2^expansionFactor
   * @return whether it grew; when false nothing changed
   */
  boolean tryExpandData(int oldLgSize, int oldOffset, int expansionFactor);
}
