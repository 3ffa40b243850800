package dev.rast.capnp;

/**
 * The eight list element encodings of a list pointer (bits 32..34 of the pointer word).
 *
 * <p>Plain {@code int} constants rather than an enum: they are read on the hot path and switched
 * on, and the wire value is the constant itself.
 */
public final class ElementSize {
  /** Zero-size elements (List(Void)); each element is still charged one word of traversal budget. */
  public static final int VOID = 0;
  /** One bit per element (List(Bool)). */
  public static final int BIT = 1;
  /** One byte per element (Int8, UInt8, Text and Data bytes). */
  public static final int BYTE = 2;
  /** Two bytes per element (Int16, UInt16, enums). */
  public static final int TWO_BYTES = 3;
  /** Four bytes per element (Int32, UInt32, Float32). */
  public static final int FOUR_BYTES = 4;
  /** Eight bytes per element (Int64, UInt64, Float64). */
  public static final int EIGHT_BYTES = 5;
  /** One pointer per element (lists of Text, Data, lists, AnyPointer, interfaces). */
  public static final int POINTER = 6;
  /** Structs, preceded by a tag word that gives their count and size. */
  public static final int INLINE_COMPOSITE = 7;

  private ElementSize() {}

  /**
   * Data bits per element for a non-composite encoding ({@code 0} for pointers and composites).
   *
   * @param elementSize one of the {@link ElementSize} constants
   * @return the data bits per element
   */
  public static int dataBits(int elementSize) {
    switch (elementSize) {
      case BIT:
        return 1;
      case BYTE:
        return 8;
      case TWO_BYTES:
        return 16;
      case FOUR_BYTES:
        return 32;
      case EIGHT_BYTES:
        return 64;
      default:
        return 0;
    }
  }

  /**
   * Pointers per element for a non-composite encoding.
   *
   * @param elementSize one of the {@link ElementSize} constants
   * @return the pointers per element
   */
  public static int pointers(int elementSize) {
    return elementSize == POINTER ? 1 : 0;
  }

  /**
   * A name for error messages.
   *
   * @param elementSize one of the {@link ElementSize} constants
   * @return the constant's name
   */
  public static String name(int elementSize) {
    switch (elementSize) {
      case VOID:
        return "void";
      case BIT:
        return "bit";
      case BYTE:
        return "byte";
      case TWO_BYTES:
        return "2-byte";
      case FOUR_BYTES:
        return "4-byte";
      case EIGHT_BYTES:
        return "8-byte";
      case POINTER:
        return "pointer";
      case INLINE_COMPOSITE:
        return "struct";
      default:
        return "element size " + elementSize;
    }
  }
}
