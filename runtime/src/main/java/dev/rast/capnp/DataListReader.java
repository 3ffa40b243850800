package dev.rast.capnp;

import java.util.Iterator;

/** A typed view of a {@code List(Data)}. */
public final class DataListReader extends ListReader implements Iterable<byte[]> {
  /** Creates an unpointed list (empty until pointed somewhere). */
  public DataListReader() {}

  /** Element {@code index} copied into a fresh array. */
  public byte[] get(int index) {
    return getData(index, new DataReader()).toByteArray();
  }

  /** Points {@code reuse} at element {@code index} (zero-copy) and returns it. */
  public DataReader get(int index, DataReader reuse) {
    return getData(index, reuse);
  }

  @Override
  public Iterator<byte[]> iterator() {
    return new ElementIterator<>(size(), this::get);
  }
}
