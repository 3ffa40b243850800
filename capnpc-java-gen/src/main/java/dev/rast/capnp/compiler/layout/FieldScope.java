package dev.rast.capnp.compiler.layout;

/**
 * Where fields are placed: the struct itself, or a group (a union member's share of its union's
 * space). Offsets are in units of the field's own size; pointers are indexes.
 */
public interface FieldScope {
  /** Records a void member (it takes no space but counts as a union member). */
  void addVoid();

  /** Places a 2^lgSize-bit data field; returns its offset in units of its size. */
  int addData(int lgSize);

  /** Places a pointer field; returns its index. */
  int addPointer();

  /** Grows an already placed data field by 2^expansionFactor, when the space after it is free. */
  boolean tryExpandData(int oldLgSize, int oldOffset, int expansionFactor);
}
