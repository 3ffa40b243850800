package dev.rast.capnp;

import java.util.Iterator;

/** A typed view of a {@code List(Text)}. */
public final class TextListReader extends ListReader implements Iterable<String> {
  /** Creates an unpointed list (empty until pointed somewhere). */
  public TextListReader() {}

  /**
   * Element {@code index} decoded to a String (allocates).
   *
   * @param index the element position, from 0 to {@code size() - 1}
   * @return the element decoded into a new String
   */
  public String get(int index) {
    return getText(index, new TextReader()).toString();
  }

  /**
   * Points {@code reuse} at element {@code index} (zero-copy) and returns it.
   *
   * @param index the element position, from 0 to {@code size() - 1}
   * @param reuse a view to re-point instead of allocating one
   * @return {@code reuse}, re-pointed
   */
  public TextReader get(int index, TextReader reuse) {
    return getText(index, reuse);
  }

  @Override
  public Iterator<String> iterator() {
    return new ElementIterator<>(size(), this::get);
  }
}
