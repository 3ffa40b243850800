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
    message = m;
    segment = seg;
    ptrPos = pos;
  }

  /** Whether the slot is null. */
  public boolean isNull() {
    return message.buffer(segment).getLong(ptrPos) == 0;
  }

  /** Sets the slot to null, zeroing what it pointed to. */
  public void clear() {
    Pointers.clear(message, segment, ptrPos);
  }

  /** Replaces the slot's object with a new zeroed struct of {@code target}'s size; points {@code target} at it. */
  public <T extends StructBuilder> T initAsStruct(T target) {
    Pointers.initStruct(message, segment, ptrPos, StructBuilder.sizeOf(target), target);
    return target;
  }

  /** As {@link #initAsStruct(StructBuilder)} with an explicit size, which must be {@code target}'s own (if it has one). */
  public <T extends StructBuilder> T initAsStruct(StructSize size, T target) {
    Pointers.initStruct(message, segment, ptrPos, StructBuilder.checkSize(size, target), target);
    return target;
  }

  /** Points {@code target} at the slot's struct (created when null, upgraded when smaller than {@code target}'s size). */
  public <T extends StructBuilder> T getAsStruct(T target) {
    Pointers.getStruct(message, segment, ptrPos, StructBuilder.sizeOf(target), target, null);
    return target;
  }

  /** As {@link #getAsStruct(StructBuilder)} with an explicit size, which must be {@code target}'s own (if it has one). */
  public <T extends StructBuilder> T getAsStruct(StructSize size, T target) {
    Pointers.getStruct(
        message, segment, ptrPos, StructBuilder.checkSize(size, target), target, null);
    return target;
  }

  /** Replaces the slot's object with a new list of primitives or pointers. */
  public <T extends ListBuilder> T initAsList(int elementSize, int count, T target) {
    Pointers.initList(message, segment, ptrPos, elementSize, count, target);
    return target;
  }

  /** Replaces the slot's object with a new list of {@code count} zeroed structs of the elements' size. */
  public <T extends StructBuilder> StructListBuilder<T> initAsStructList(
      int count, StructListBuilder<T> target) {
    Pointers.initStructList(message, segment, ptrPos, target.elementStructSize(), count, target);
    return target;
  }

  /** Replaces the slot's object with a new list of zeroed structs of {@code size}. */
  public <T extends ListBuilder> T initAsStructList(StructSize size, int count, T target) {
    Pointers.initStructList(
        message, segment, ptrPos, ListBuilder.checkElementSize(size, target), count, target);
    return target;
  }

  /** Points {@code target} at the slot's list ({@code structSize} for struct lists, else null). */
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

  /** Points {@code target} at the slot's text (an empty view when null). */
  public TextBuilder getAsText(TextBuilder target) {
    target.readSlot(message, segment, ptrPos, null, true);
    return target;
  }

  /** Points {@code target} at the slot's data (an empty view when null). */
  public DataBuilder getAsData(DataBuilder target) {
    target.readSlot(message, segment, ptrPos, null, false);
    return target;
  }

  /** Sets the slot to the UTF-8 text of {@code value}. */
  public void setAsText(CharSequence value) {
    Pointers.setText(message, segment, ptrPos, value);
  }

  /** Sets the slot to a copy of the remaining bytes of {@code value}. */
  public void setAsData(ByteBuffer value) {
    Pointers.setBytes(message, segment, ptrPos, value, value.position(), value.remaining());
  }

  /** Sets the slot to capability {@code index} (RPC is out of scope; the index is stored as is). */
  public void setCapability(int index) {
    Pointers.setCapability(message, segment, ptrPos, index);
  }

  /** Sets the slot to a deep copy of whatever {@code value} points to (any message). */
  public void set(AnyPointerReader value) {
    if (value.ptrPos() < 0) {
      clear();
      return;
    }
    message.copier().copyFrom(value, message, segment, ptrPos);
  }

  /** Sets the slot to a deep copy of the struct {@code value}. */
  public void setAsStruct(StructReader value) {
    message.copier().setStruct(value, message, segment, ptrPos, false);
  }

  /** Sets the slot to a deep copy of the list {@code value}. */
  public void setAsList(ListReader value) {
    message.copier().setList(value, message, segment, ptrPos);
  }

  /** Points {@code target} at this slot for reading (zero-copy). */
  public AnyPointerReader asReader(AnyPointerReader target) {
    MessageReader r = message.asReader();
    target.init(r, segment, ptrPos, Integer.MAX_VALUE);
    return target;
  }
}
