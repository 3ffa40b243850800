package dev.rast.capnp;

import java.util.Iterator;

/** A typed {@code List(Text)} being written. */
public final class TextListBuilder extends ListBuilder implements Iterable<String> {
  /** Creates an unpointed list builder. */
  public TextListBuilder() {}

  /**
   * Sets element {@code index} to the UTF-8 text of {@code value}.
   *
   * @param index the element position, from 0 to {@code size() - 1}
   * @param value the text to encode
   */
  public void set(int index, CharSequence value) {
    setText(index, value);
  }

  /**
   * Element {@code index} decoded to a String (allocates).
   *
   * @param index the element position, from 0 to {@code size() - 1}
   * @return the element decoded into a new String
   */
  public String get(int index) {
    return getText(index, new TextBuilder()).toString();
  }

  @Override
  public Iterator<String> iterator() {
    return new ElementIterator<>(size(), this::get);
  }
}
