package dev.rast.capnp;

/**
 * Bit layout of a pointer word. The low two bits give the kind:
 *
 * <pre>
 * struct  (0): [B: signed 30-bit word offset from the end of the pointer][C: u16 data words][D: u16 pointers]
 * list    (1): [B: signed 30-bit offset][C: 3-bit element size][D: 29-bit count, or word count for composites]
 * far     (2): [bit 2: double-far][bits 3..31: landing pad word offset][bits 32..63: segment id]
 * other   (3): capability when bits 2..31 are zero (index in bits 32..63); anything else is reserved
 * </pre>
 *
 * An all-zero word is the null pointer.
 */
final class Wire {
  static final int STRUCT = 0;
  static final int LIST = 1;
  static final int FAR = 2;
  static final int OTHER = 3;

  /** Largest element or word count a list pointer can carry (29 bits). */
  static final int MAX_LIST_COUNT = (1 << 29) - 1;
  /** Largest word offset a far pointer can carry (29 bits). */
  static final int MAX_FAR_OFFSET = (1 << 29) - 1;

  private Wire() {}

  static int kind(long p) {
    return (int) p & 3;
  }

  /** Signed word offset of a struct or list pointer, relative to the word after the pointer. */
  static int offset(long p) {
    return (int) p >> 2;
  }

  static int structDataWords(long p) {
    return (int) (p >>> 32) & 0xFFFF;
  }

  static int structPointers(long p) {
    return (int) (p >>> 48);
  }

  static int listElementSize(long p) {
    return (int) (p >>> 32) & 7;
  }

  static int listCount(long p) {
    return (int) (p >>> 35);
  }

  static boolean farIsDouble(long p) {
    return (p & 4) != 0;
  }

  static int farPadOffset(long p) {
    return (int) (p >>> 3) & MAX_FAR_OFFSET;
  }

  static int farSegment(long p) {
    return (int) (p >>> 32);
  }

  static boolean isCapability(long p) {
    return ((int) p) == OTHER;
  }

  static long structPointer(int offsetWords, int dataWords, int pointers) {
    return ((long) (offsetWords << 2) & 0xFFFFFFFFL)
        | ((long) dataWords << 32)
        | ((long) pointers << 48);
  }

  static long listPointer(int offsetWords, int elementSize, int count) {
    return ((long) (offsetWords << 2) & 0xFFFFFFFFL)
        | LIST
        | ((long) elementSize << 32)
        | ((long) count << 35);
  }

  static long farPointer(boolean isDouble, int padWord, int segment) {
    return ((long) padWord << 3) | (isDouble ? 4L : 0L) | FAR | ((long) segment << 32);
  }

  static long capabilityPointer(int index) {
    return OTHER | ((long) index << 32);
  }

  /** The same pointer with its offset field replaced (kind and size bits kept). */
  static long withOffset(long p, int offsetWords) {
    return (p & 0xFFFFFFFF00000003L) | ((long) (offsetWords << 2) & 0xFFFFFFFCL);
  }

  static String kindName(long p) {
    switch (kind(p)) {
      case STRUCT:
        return "struct";
      case LIST:
        return "list";
      case FAR:
        return farIsDouble(p) ? "double-far" : "far";
      default:
        return isCapability(p) ? "capability" : "reserved";
    }
  }
}
