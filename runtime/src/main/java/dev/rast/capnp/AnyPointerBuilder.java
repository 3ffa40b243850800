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

  /** Replaces the slot's object with a new zeroed struct; points {@code target} at it. */
  public <T extends StructBuilder> T initAsStruct(StructSize size, T target) {
    Pointers.initStruct(message, segment, ptrPos, size, target);
    return target;
  }

  /** Points {@code target} at the slot's struct (created when null, upgraded when smaller). */
  public <T extends StructBuilder> T getAsStruct(StructSize size, T target) {
    Pointers.getStruct(message, segment, ptrPos, size, target, null);
    return target;
  }

  /** Replaces the slot's object with a new list of primitives or pointers. */
  public <T extends ListBuilder> T initAsList(int elementSize, int count, T target) {
    Pointers.initList(message, segment, ptrPos, elementSize, count, target);
    return target;
  }

  /** Replaces the slot's object with a new list of zeroed structs. */
  public <T extends ListBuilder> T initAsStructList(StructSize size, int count, T target) {
    Pointers.initStructList(message, segment, ptrPos, size, count, target);
    return target;
  }

  /** Points {@code target} at the slot's list ({@code structSize} for struct lists, else null). */
  public <T extends ListBuilder> T getAsList(int elementSize, StructSize structSize, T target) {
    Pointers.getList(message, segment, ptrPos, elementSize, structSize, target, null);
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
