package dev.rast.capnp;

import java.nio.ByteBuffer;

/**
 * Writes one pointer slot of unknown type ({@code AnyPointer}, {@code AnyStruct}, {@code AnyList},
 * a generic parameter, or the message root).
 */
public final class AnyPointerBuilder {
  MessageBuilder message;
  int segment;
  int ptrPos;

  /** Creates an unpointed builder. */
  public AnyPointerBuilder() {}

  final void init(MessageBuilder m, int seg, int pos) {
    if (message != m) { // see StructBuilder.init
      message = m;
    }
    segment = seg;
    ptrPos = pos;
  }

  /**
   * Whether the slot is null.
   *
   * @return true when the pointer is null
   */
  public boolean isNull() {
    return message.buffer(segment).getLong(ptrPos) == 0;
  }

  /** Sets the slot to null, zeroing what it pointed to. */
  public void clear() {
    Pointers.clear(message, segment, ptrPos);
  }

  /**
   * Replaces the slot's object with a new zeroed struct of {@code target}'s size; points {@code target} at it.
   *
   * @param <T> the type of {@code target}, returned without a cast
   * @param target the reusable flyweight to point; nothing is allocated
   * @return {@code target}, for chaining
   */
  public <T extends StructBuilder> T initAsStruct(T target) {
    Pointers.initStruct(message, segment, ptrPos, StructBuilder.sizeOf(target), target);
    return target;
  }

  /**
   * As {@link #initAsStruct(StructBuilder)} with an explicit size, which must be {@code target}'s own (if it has one).
   *
   * @param <T> the type of {@code target}, returned without a cast
   * @param size the struct size the schema gives, checked against {@code target}'s own
   * @param target the reusable flyweight to point; nothing is allocated
   * @return {@code target}, for chaining
   */
  public <T extends StructBuilder> T initAsStruct(StructSize size, T target) {
    Pointers.initStruct(message, segment, ptrPos, StructBuilder.checkSize(size, target), target);
    return target;
  }

  /**
   * Points {@code target} at the slot's struct (created when null, upgraded when smaller than {@code target}'s size).
   *
   * @param <T> the type of {@code target}, returned without a cast
   * @param target the reusable flyweight to point; nothing is allocated
   * @return {@code target}, for chaining
   */
  public <T extends StructBuilder> T getAsStruct(T target) {
    Pointers.getStruct(message, segment, ptrPos, StructBuilder.sizeOf(target), target, null);
    return target;
  }

  /**
   * As {@link #getAsStruct(StructBuilder)} with an explicit size, which must be {@code target}'s own (if it has one).
   *
   * @param <T> the type of {@code target}, returned without a cast
   * @param size the struct size the schema gives, checked against {@code target}'s own
   * @param target the reusable flyweight to point; nothing is allocated
   * @return {@code target}, for chaining
   */
  public <T extends StructBuilder> T getAsStruct(StructSize size, T target) {
    Pointers.getStruct(
        message, segment, ptrPos, StructBuilder.checkSize(size, target), target, null);
    return target;
  }

  /**
   * Replaces the slot's object with a new list of primitives or pointers.
   *
   * @param <T> the type of {@code target}, returned without a cast
   * @param elementSize the element encoding, one of the {@link ElementSize} constants
   * @param count the number of elements
   * @param target the reusable flyweight to point; nothing is allocated
   * @return {@code target}, for chaining
   */
  public <T extends ListBuilder> T initAsList(int elementSize, int count, T target) {
    Pointers.initList(message, segment, ptrPos, elementSize, count, target);
    return target;
  }

  /**
   * Replaces the slot's object with a new list of {@code count} zeroed structs of the elements' size.
   *
   * @param <T> the type of {@code target}, returned without a cast
   * @param count the number of elements
   * @param target the reusable flyweight to point; nothing is allocated
   * @return {@code target}, for chaining
   */
  public <T extends StructBuilder> StructListBuilder<T> initAsStructList(
      int count, StructListBuilder<T> target) {
    Pointers.initStructList(message, segment, ptrPos, target.elementStructSize(), count, target);
    return target;
  }

  /**
   * Replaces the slot's object with a new list of zeroed structs of {@code size}.
   *
   * @param <T> the type of {@code target}, returned without a cast
   * @param size the element struct size the schema gives, checked against {@code target}'s
   * @param count the number of elements
   * @param target the reusable flyweight to point; nothing is allocated
   * @return {@code target}, for chaining
   */
  public <T extends ListBuilder> T initAsStructList(StructSize size, int count, T target) {
    Pointers.initStructList(
        message, segment, ptrPos, ListBuilder.checkElementSize(size, target), count, target);
    return target;
  }

  /**
   * Points {@code target} at the slot's list ({@code structSize} for struct lists, else null).
   *
   * @param <T> the type of {@code target}, returned without a cast
   * @param elementSize the element encoding, one of the {@link ElementSize} constants
   * @param structSize the element struct size for struct lists, else null
   * @param target the reusable flyweight to point; nothing is allocated
   * @return {@code target}, for chaining
   */
  public <T extends ListBuilder> T getAsList(int elementSize, StructSize structSize, T target) {
    Pointers.getList(
        message,
        segment,
        ptrPos,
        elementSize,
        structSize == null ? null : ListBuilder.checkElementSize(structSize, target),
        target,
        null);
    return target;
  }

  /**
   * Points {@code target} at the slot's text (an empty view when null).
   *
   * @param target the reusable flyweight to point; nothing is allocated
   * @return {@code target}, for chaining
   */
  public TextBuilder getAsText(TextBuilder target) {
    target.readSlot(message, segment, ptrPos, null, true);
    return target;
  }

  /**
   * Points {@code target} at the slot's data (an empty view when null).
   *
   * @param target the reusable flyweight to point; nothing is allocated
   * @return {@code target}, for chaining
   */
  public DataBuilder getAsData(DataBuilder target) {
    target.readSlot(message, segment, ptrPos, null, false);
    return target;
  }

  /**
   * Sets the slot to the UTF-8 text of {@code value}.
   *
   * @param value the text to encode
   */
  public void setAsText(CharSequence value) {
    Pointers.setText(message, segment, ptrPos, value);
  }

  /**
   * Sets the slot to a copy of the remaining bytes of {@code value}.
   *
   * @param value the bytes to copy
   */
  public void setAsData(ByteBuffer value) {
    Pointers.setBytes(message, segment, ptrPos, value, value.position(), value.remaining());
  }

  /**
   * Sets the slot to capability {@code index} (RPC is out of scope; the index is stored as is).
   *
   * @param index the index into the message's capability table
   */
  public void setCapability(int index) {
    Pointers.setCapability(message, segment, ptrPos, index);
  }

  /**
   * Sets the slot to a deep copy of whatever {@code value} points to (any message).
   *
   * @param value the pointer to copy from, in any message
   */
  public void set(AnyPointerReader value) {
    if (value.ptrPos() < 0) {
      clear();
      return;
    }
    message.copier().copyFrom(value, message, segment, ptrPos);
  }

  /**
   * Sets the slot to a deep copy of the struct {@code value}.
   *
   * @param value the struct to copy, from any message
   */
  public void setAsStruct(StructReader value) {
    message.copier().setStruct(value, message, segment, ptrPos, false);
  }

  /**
   * Sets the slot to a deep copy of the list {@code value}.
   *
   * @param value the list to copy, from any message
   */
  public void setAsList(ListReader value) {
    message.copier().setList(value, message, segment, ptrPos);
  }

  /**
   * Points {@code target} at this slot for reading (zero-copy).
   *
   * @param target the reusable flyweight to point; nothing is allocated
   * @return {@code target}, for chaining
   */
  public AnyPointerReader asReader(AnyPointerReader target) {
    MessageReader r = message.asReader();
    target.init(r, segment, ptrPos, Integer.MAX_VALUE);
    return target;
  }
}
