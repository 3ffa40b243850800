package dev.rast.capnp;

/** A zero-copy view of a Data value (a byte list). */
public final class DataReader extends ByteRun {
  /** Creates an unpointed reader; it reads as empty data until pointed somewhere. */
  public DataReader() {}

  final void readDefault(MessageReader m, MessageReader defaultValue) {
    if (defaultValue == null) {
      initEmptyBytes(m);
    } else {
      readPointer(defaultValue, 0, defaultValue.start(0), null);
    }
  }

  final void readPointer(MessageReader m, int seg, int ptrPos, MessageReader defaultValue) {
    long ptr = m.word(seg, ptrPos);
    if (ptr == 0) {
      readDefault(m, defaultValue);
      return;
    }
    length = readBytes(m, seg, ptrPos, ptr, "data");
  }

  /** As {@link #readPointer}, for a pointer in the object {@code owner} views (see followIn). */
  final void readPointerIn(ObjectReader owner, int ptrPos, MessageReader defaultValue) {
    long ptr = HeapBytes.getLong(owner.array, owner.buffer, ptrPos);
    if (ptr == 0) {
      readDefault(owner.message, defaultValue);
      return;
    }
    length = readBytesIn(owner, ptrPos, ptr, "data");
  }
}
