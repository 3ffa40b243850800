package dev.rast.capnp.text;

/**
 * Renders a closed {@link TextNode} tree in {@code capnp}'s two layouts.
 *
 * <p>Short ({@code capnp decode --short}): one line, items separated by {@code ", "}.
 *
 * <p>Pretty ({@code capnp decode}): a composite whose node is {@link TextNode#inline} is printed
 * as in the short layout. Otherwise each item goes on its own line, indented by two spaces per
 * level (the root's items are at level 1), separated by {@code ",\n"}; the closing bracket follows
 * the last item after one space. Where the first item starts depends on the composite's place: the
 * root and list elements open with {@code "( "} / {@code "[ "} on the same line, while the value of
 * a struct field breaks the line right after its opening bracket.
 *
 * <p>Recursion depth equals the nesting depth of the value, which a message reader bounds (64).
 * Stateless and thread-safe.
 */
final class PrettyLayout {
  private PrettyLayout() {}

  /** Appends the single-line rendering of {@code node}; atom text comes from {@code atoms}. */
  static void appendShort(StringBuilder out, TextNode node, CharSequence atoms) {
    if (node.kind == TextNode.ATOM) {
      out.append(atoms, node.atomStart, node.atomEnd);
      return;
    }
    out.append(node.kind == TextNode.STRUCT ? '(' : '[');
    for (int i = 0, n = node.items.size(); i < n; i++) {
      if (i > 0) {
        out.append(", ");
      }
      TextNode item = node.items.get(i);
      if (item.name != null) {
        out.append(item.name).append(" = ");
      }
      appendShort(out, item, atoms);
    }
    out.append(node.kind == TextNode.STRUCT ? ')' : ']');
  }

  /**
   * Appends the pretty rendering of {@code node}.
   *
   * @param level indentation level of the node's items (1 for the root)
   * @param ownLine true for the root and list elements (the first item follows the bracket on
   *     the same line), false for a struct field's value (the first item starts a new line)
   */
  static void appendPretty(
      StringBuilder out, TextNode node, CharSequence atoms, int level, boolean ownLine) {
    if (node.inline) {
      appendShort(out, node, atoms);
      return;
    }
    out.append(node.kind == TextNode.STRUCT ? '(' : '[');
    if (ownLine) {
      out.append(' ');
    } else {
      newLine(out, level);
    }
    for (int i = 0, n = node.items.size(); i < n; i++) {
      if (i > 0) {
        out.append(',');
        newLine(out, level);
      }
      TextNode item = node.items.get(i);
      if (item.name != null) {
        out.append(item.name).append(" = ");
        appendPretty(out, item, atoms, level + 1, false);
      } else {
        appendPretty(out, item, atoms, level + 1, true);
      }
    }
    out.append(' ').append(node.kind == TextNode.STRUCT ? ')' : ']');
  }

  private static void newLine(StringBuilder out, int level) {
    out.append('\n');
    for (int i = 0; i < level; i++) {
      out.append("  ");
    }
  }
}
