package dev.rast.capnp;

/**
 * A flyweight view of one pointer of unknown type ({@code AnyPointer}, {@code AnyStruct},
 * {@code AnyList}, or a generic parameter). It reads the pointer as whatever the caller says it is;
 * the check happens then.
 */
public final class AnyPointerReader extends ObjectReader {
  /** Byte index of the pointer word; -1 for a missing pointer (reads as null). */
  int ptrPos;

  /** Resolver for type queries through far pointers, made on first need and reused. */
  private Scratch scratch;

  /** Creates an unpointed reader; it reads as null until pointed somewhere. */
  public AnyPointerReader() {
    ptrPos = -1;
  }

  final void init(MessageReader m, int seg, int pointerPos, int nestingLimit) {
    message = m;
    segment = seg;
    buffer = m.buffer(seg);
    array = m.array(seg);
    ptrPos = pointerPos;
    nesting = nestingLimit;
  }

  final void initNull(MessageReader m, int nestingLimit) {
    message = m;
    segment = 0;
    buffer = null;
    array = null;
    ptrPos = -1;
    nesting = nestingLimit;
  }

  private long word() {
    return ptrPos < 0 ? 0 : buffer.getLong(ptrPos);
  }

  /**
   * Whether the pointer is null.
   *
   * @return true when the pointer is null
   */
  public boolean isNull() {
    return word() == 0;
  }

  /**
   * What the pointer holds, following far pointers.
   *
   * @return the kind of object the pointer refers to
   */
  public PointerType pointerType() {
    long ptr = word();
    if (ptr == 0) {
      return PointerType.NULL;
    }
    int seg = segment;
    int at = ptrPos;
    long tag = ptr;
    if (Wire.kind(ptr) == Wire.FAR) {
      // Resolve through a scratch so this view stays on its own pointer.
      if (scratch == null) {
        scratch = new Scratch();
      }
      tag = scratch.follow(message, seg, at, ptr);
    }
    switch (Wire.kind(tag)) {
      case Wire.STRUCT:
        return PointerType.STRUCT;
      case Wire.LIST:
        return PointerType.LIST;
      default:
        if (Wire.isCapability(tag)) {
          return PointerType.CAPABILITY;
        }
        throw new DecodeException("reserved pointer kind at " + message.where(seg, at));
    }
  }

  /**
   * Reads the pointer as a struct into {@code target} (null reads as the empty struct).
   *
   * @param <T> the type of {@code target}, returned without a cast
   * @param target the reusable flyweight to point; nothing is allocated
   * @return {@code target}, for chaining
   */
  public <T extends StructReader> T getAsStruct(T target) {
    if (ptrPos < 0) {
      target.initEmpty(message, nesting);
    } else {
      target.readPointer(message, segment, ptrPos, nesting, null);
    }
    return target;
  }

  /**
   * Reads the pointer as a list of any encoding into {@code target} (null reads as empty).
   *
   * @param <T> the type of {@code target}, returned without a cast
   * @param target the reusable flyweight to point; nothing is allocated
   * @return {@code target}, for chaining
   */
  public <T extends ListReader> T getAsList(T target) {
    return getAsList(-1, target);
  }

  /**
   * Reads the pointer as a list checked against {@code expected} ({@link ElementSize}).
   *
   * @param <T> the type of {@code target}, returned without a cast
   * @param expected the encoding the schema expects ({@link ElementSize})
   * @param target the reusable flyweight to point; nothing is allocated
   * @return {@code target}, for chaining
   */
  public <T extends ListReader> T getAsList(int expected, T target) {
    if (ptrPos < 0) {
      target.initEmpty(message, nesting, expected);
    } else {
      target.readPointer(message, segment, ptrPos, nesting, expected, null);
    }
    return target;
  }

  /**
   * Reads the pointer as Text into {@code target} (null reads as empty).
   *
   * @param target the reusable flyweight to point; nothing is allocated
   * @return {@code target}, for chaining
   */
  public TextReader getAsText(TextReader target) {
    if (ptrPos < 0) {
      target.initEmptyBytes(message);
    } else {
      target.readPointer(message, segment, ptrPos, null);
    }
    return target;
  }

  /**
   * Reads the pointer as Data into {@code target} (null reads as empty).
   *
   * @param target the reusable flyweight to point; nothing is allocated
   * @return {@code target}, for chaining
   */
  public DataReader getAsData(DataReader target) {
    if (ptrPos < 0) {
      target.initEmptyBytes(message);
    } else {
      target.readPointer(message, segment, ptrPos, null);
    }
    return target;
  }

  /**
   * The capability index this pointer holds, or -1 when it is null. RPC is out of scope: the index
   * refers to a capability table this runtime does not keep.
   *
   * @return the capability index, or -1 when the pointer is null
   */
  public int getCapabilityIndex() {
    long ptr = word();
    if (ptr == 0) {
      return -1;
    }
    if (!Wire.isCapability(ptr)) {
      throw new DecodeException("expected a capability pointer at " + message.where(segment, ptrPos)
          + ", found a " + Wire.kindName(ptr) + " pointer");
    }
    return (int) (ptr >>> 32);
  }

  /**
   * Words the pointed-to object and everything it points to occupy, charged to the budget.
   *
   * @return the size in words, including far-pointer landing pads
   */
  public long totalSizeInWords() {
    return ptrPos < 0 ? 0 : Sizes.pointerTotal(message, segment, ptrPos, nesting);
  }

  int ptrPos() {
    return ptrPos;
  }

  /** A bare resolver, for the rare type query through a far pointer. */
  private static final class Scratch extends ObjectReader {}
}
