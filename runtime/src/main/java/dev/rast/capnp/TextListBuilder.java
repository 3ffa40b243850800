package dev.rast.capnp;

/** A typed {@code List(Text)} being written. */
public final class TextListBuilder extends ListBuilder {
  /** Creates an unpointed list builder. */
  public TextListBuilder() {}

  /** Sets element {@code index} to the UTF-8 text of {@code value}. */
  public void set(int index, CharSequence value) {
    setText(index, value);
  }

  /** Element {@code index} decoded to a String (allocates). */
  public String get(int index) {
    return getText(index, new TextBuilder()).toString();
  }
}
