package dev.rast.capnp;

/**
 * Counts the far and double-far pointers reachable from a builder's root, so property tests can
 * show they exercised them. Walks the builder's own (trusted) bytes.
 */
record FarPointerCensus(int far, int doubleFar) {
  static FarPointerCensus of(MessageBuilder m) {
    int[] counts = new int[2];
    walk(m, 0, 0, counts);
    return new FarPointerCensus(counts[0], counts[1]);
  }

  private static void walk(MessageBuilder m, int seg, int ptrPos, int[] counts) {
    long ptr = m.buffer(seg).getLong(ptrPos);
    if (ptr == 0 || Wire.kind(ptr) == Wire.OTHER) {
      return;
    }
    if (Wire.kind(ptr) == Wire.FAR) {
      counts[Wire.farIsDouble(ptr) ? 1 : 0]++;
    }
    long tag = Pointers.tag(m, seg, ptrPos);
    long at = Pointers.content(m, seg, ptrPos);
    int s = Pointers.seg(at);
    int p = Pointers.pos(at);
    if (Wire.kind(tag) == Wire.STRUCT) {
      int data = Wire.structDataWords(tag) << 3;
      for (int i = 0; i < Wire.structPointers(tag); i++) {
        walk(m, s, p + data + (i << 3), counts);
      }
    } else if (Wire.kind(tag) == Wire.LIST) {
      if (Wire.listElementSize(tag) == ElementSize.POINTER) {
        for (int i = 0; i < Wire.listCount(tag); i++) {
          walk(m, s, p + (i << 3), counts);
        }
      } else if (Wire.listElementSize(tag) == ElementSize.INLINE_COMPOSITE) {
        long elementTag = m.buffer(s).getLong(p);
        int data = Wire.structDataWords(elementTag) << 3;
        int ptrs = Wire.structPointers(elementTag);
        int step = data + (ptrs << 3);
        for (int e = 0; e < Wire.offset(elementTag); e++) {
          for (int i = 0; i < ptrs; i++) {
            walk(m, s, p + 8 + e * step + data + (i << 3), counts);
          }
        }
      }
    }
  }
}
