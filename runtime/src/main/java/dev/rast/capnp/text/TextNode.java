package dev.rast.capnp.text;

import java.util.ArrayList;

/**
 * One value of the tree a {@link TextPrinter} records: an atom (a scalar already formatted into
 * the printer's character buffer) or a composite (struct or list) with its items.
 *
 * <p>Besides the structure, a node carries the two facts {@code capnp}'s layout rule needs, both
 * fixed when the node is closed: the width in bytes of its single-line rendering, and whether its
 * pretty rendering is that single line. Widths count bytes of the tool's output, not Java chars.
 *
 * <p>Package-private, mutable while its printer records, not thread-safe.
 */
final class TextNode {
  /** A scalar, {@code void}, enumerant, Text/Data literal or other token printed as is. */
  static final int ATOM = 0;
  /** A struct, group or named union: {@code (name = value, ...)}. */
  static final int STRUCT = 1;
  /** A list: {@code [value, ...]}. */
  static final int LIST = 2;

  /** An item is printed inline only if it is at most this many bytes and has no newline. */
  static final int MAX_INLINE_ITEM_WIDTH = 24;
  /** A struct's items are printed inline only if their widths sum to at most this. */
  static final int MAX_INLINE_RECORD_WIDTH = 64;

  /** {@link #ATOM}, {@link #STRUCT} or {@link #LIST}. */
  final int kind;
  /** The field name when this value is a struct item; null for list elements and the root. */
  final String name;
  /** Width in bytes of {@code name = } (0 without a name). */
  final int nameWidth;
  /** The composite this value is an item of; null for the root. */
  final TextNode parent;
  /** Items in print order; null for atoms. */
  final ArrayList<TextNode> items;
  /** For atoms: the atom's characters are [atomStart, atomEnd) of the printer's buffer. */
  int atomStart;
  /** See {@link #atomStart}. */
  int atomEnd;
  /** Width in bytes of the single-line rendering of the value (without {@code name = }). */
  int width;
  /** True if the pretty rendering equals the single-line one (set by {@link #close()}). */
  boolean inline;

  private TextNode(int kind, String name, int nameWidth, TextNode parent) {
    this.kind = kind;
    this.name = name;
    this.nameWidth = nameWidth;
    this.parent = parent;
    this.items = kind == ATOM ? null : new ArrayList<>();
  }

  /** A finished atom: its text is already in the printer's buffer at [start, end). */
  static TextNode atom(String name, int nameWidth, TextNode parent, int start, int end, int width) {
    TextNode node = new TextNode(ATOM, name, nameWidth, parent);
    node.atomStart = start;
    node.atomEnd = end;
    node.width = width;
    node.inline = true;
    return node;
  }

  /** An open struct or list; items are added until {@link #close()}. */
  static TextNode composite(int kind, String name, int nameWidth, TextNode parent) {
    return new TextNode(kind, name, nameWidth, parent);
  }

  /** Width in bytes of this value as an item of its parent: {@code name = value} or the value. */
  int itemWidth() {
    return nameWidth + width;
  }

  /**
   * Fixes the width and the inline decision of a composite whose items are all closed.
   *
   * <p>capnp's rule (kj {@code prettyPrint}): a composite prints on one line if every item is
   * inline and at most {@value #MAX_INLINE_ITEM_WIDTH} bytes, and, for a struct, the items'
   * widths sum to at most {@value #MAX_INLINE_RECORD_WIDTH}. Separators are not counted.
   */
  void close() {
    int n = items.size();
    int sum = 0;
    boolean fits = true;
    for (int i = 0; i < n; i++) {
      TextNode item = items.get(i);
      int itemWidth = item.itemWidth();
      sum += itemWidth;
      if (!item.inline || itemWidth > MAX_INLINE_ITEM_WIDTH) {
        fits = false;
      }
    }
    if (kind == STRUCT && sum > MAX_INLINE_RECORD_WIDTH) {
      fits = false;
    }
    // Brackets plus ", " between items.
    width = 2 + sum + (n == 0 ? 0 : 2 * (n - 1));
    inline = fits;
  }
}
