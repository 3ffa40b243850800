package dev.rast.capnp;

import java.util.Iterator;

/** A typed {@code List(Data)} being written. */
public final class DataListBuilder extends ListBuilder implements Iterable<byte[]> {
  /** Creates an unpointed list builder. */
  public DataListBuilder() {}

  /**
   * Sets element {@code index} to a copy of {@code value}.
   *
   * @param index the element position, from 0 to {@code size() - 1}
   * @param value the bytes to copy
   */
  public void set(int index, byte[] value) {
    setData(index, value, 0, value.length);
  }

  /**
   * Element {@code index} copied into a fresh array.
   *
   * @param index the element position, from 0 to {@code size() - 1}
   * @return a copy of the element's bytes
   */
  public byte[] get(int index) {
    DataBuilder d = getData(index, new DataBuilder());
    byte[] out = new byte[d.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = d.byteAt(i);
    }
    return out;
  }

  @Override
  public Iterator<byte[]> iterator() {
    return new ElementIterator<>(size(), this::get);
  }
}
