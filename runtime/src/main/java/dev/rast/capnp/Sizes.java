package dev.rast.capnp;

/**
 * Total size of an object and everything it points to, in words, as capnp's {@code totalSize()}
 * computes it (list tags and far-pointer landing pads are not counted, the objects' own words are).
 * Used to size the single segment of a canonical copy. Reads through the read flyweights, so it
 * obeys the traversal budget and nesting limit.
 */
final class Sizes {
  private Sizes() {}

  static long structTotal(StructReader s) {
    long words = ((s.dataBytes + 7L) >>> 3) + s.ptrCount;
    for (int i = 0; i < s.ptrCount; i++) {
      words += pointerTotal(s.message, s.segment, s.ptrPos + (i << 3), s.nesting);
    }
    return words;
  }

  static long pointerTotal(MessageReader m, int seg, int ptrPos, int nesting) {
    long ptr = m.buffer(seg).getLong(ptrPos);
    if (ptr == 0) {
      return 0;
    }
    ListReader probe = new ListReader();
    long tag = probe.follow(m, seg, ptrPos, ptr, false);
    switch (Wire.kind(tag)) {
      case Wire.STRUCT: {
        StructReader s = new Plain();
        s.readPointer(m, seg, ptrPos, nesting, null);
        return structTotal(s);
      }
      case Wire.LIST: {
        probe.readPointer(m, seg, ptrPos, nesting, -1, null);
        return listTotal(probe);
      }
      default:
        if (Wire.isCapability(tag)) {
          return 0;
        }
        throw new DecodeException("reserved pointer kind at " + m.where(seg, ptrPos));
    }
  }

  static long listTotal(ListReader l) {
    switch (l.elementSize) {
      case ElementSize.POINTER: {
        long words = l.count;
        for (int i = 0; i < l.count; i++) {
          words += pointerTotal(l.message, l.segment, l.pos + (i << 3), l.nesting);
        }
        return words;
      }
      case ElementSize.INLINE_COMPOSITE: {
        long words = 1 + (long) l.count * (l.stepBytes >>> 3);
        if (l.structPointers > 0 && l.count > 0 && l.nesting <= 0) {
          throw new DecodeException("message is too deeply nested or contains cycles at "
              + l.message.where(l.segment, l.pos));
        }
        for (int e = 0; e < l.count; e++) {
          int base = l.pos + e * l.stepBytes + l.structDataBytes;
          for (int i = 0; i < l.structPointers; i++) {
            words += pointerTotal(l.message, l.segment, base + (i << 3), l.nesting - 1);
          }
        }
        return words;
      }
      default:
        return ((long) l.count * ElementSize.dataBits(l.elementSize) + 63) >>> 6;
    }
  }

  private static final class Plain extends StructReader {}
}
