package dev.rast.capnp;

import java.util.Iterator;

/** A typed view of a {@code List(Data)}. */
public final class DataListReader extends ListReader implements Iterable<byte[]> {
  /** Creates an unpointed list (empty until pointed somewhere). */
  public DataListReader() {}

  /**
   * Element {@code index} copied into a fresh array.
   *
   * @param index the element position, from 0 to {@code size() - 1}
   * @return a copy of the element's bytes
   */
  public byte[] get(int index) {
    return getData(index, new DataReader()).toByteArray();
  }

  /**
   * Points {@code reuse} at element {@code index} (zero-copy) and returns it.
   *
   * @param index the element position, from 0 to {@code size() - 1}
   * @param reuse a view to re-point instead of allocating one
   * @return {@code reuse}, re-pointed
   */
  public DataReader get(int index, DataReader reuse) {
    return getData(index, reuse);
  }

  @Override
  public Iterator<byte[]> iterator() {
    return new ElementIterator<>(size(), this::get);
  }
}
