package dev.rast.capnp.compiler.layout;

/**
 * Free space left by alignment padding: at most one hole of each power-of-two size from 1 to 32
 * bits. {@code holes[lg]} is the hole's offset in units of its own size, 0 meaning no hole (a real
 * hole is never at offset 0, because the first field always takes the start).
 */
final class HoleSet {
  final int[] holes = new int[6];

  /** Takes a 2^lgSize hole, splitting a bigger one if needed; -1 when none fits. */
  int tryAllocate(int lgSize) {
    if (lgSize >= holes.length) {
      return -1;
    }
    if (holes[lgSize] != 0) {
      int result = holes[lgSize];
      holes[lgSize] = 0;
      return result;
    }
    int next = tryAllocate(lgSize + 1);
    if (next < 0) {
      return -1;
    }
    int result = next * 2;
    holes[lgSize] = result + 1;
    return result;
  }

  /** After taking 2^lgSize at the start of a 2^limitLgSize space, records the holes behind it. */
  void addHolesAtEnd(int lgSize, int offset, int limitLgSize) {
    while (lgSize < limitLgSize) {
      holes[lgSize] = offset;
      ++lgSize;
      offset = (offset + 1) / 2;
    }
  }

  /** Grows the value at oldOffset by 2^expansionFactor when the space after it is free. */
  boolean tryExpand(int oldLgSize, int oldOffset, int expansionFactor) {
    if (expansionFactor == 0) {
      return true;
    }
    if (oldLgSize >= holes.length || holes[oldLgSize] != oldOffset + 1) {
      return false;
    }
    if (tryExpand(oldLgSize + 1, oldOffset >> 1, expansionFactor - 1)) {
      holes[oldLgSize] = 0;
      return true;
    }
    return false;
  }

  /** The lg size of the smallest hole of at least 2^lgSize, or -1. */
  int smallestAtLeast(int lgSize) {
    for (int i = lgSize; i < holes.length; i++) {
      if (holes[i] != 0) {
        return i;
      }
    }
    return -1;
  }
}
