package dev.rast.capnp.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits the elements of one scalar list field out of a {@code capnp decode --short} line, for
 * comparing tool output element by element. String literals may contain {@code ", "} and
 * brackets; they are skipped with their escapes.
 */
final class ListElements {
  private ListElements() {}

  /** The elements of {@code field = [...]} in {@code shortText}; empty if the field is absent. */
  static List<String> of(String shortText, String field) {
    List<String> elements = new ArrayList<>();
    String key = field + " = [";
    int at = shortText.indexOf(key);
    if (at < 0) {
      return elements;
    }
    int i = at + key.length();
    if (shortText.charAt(i) == ']') {
      return elements;
    }
    int start = i;
    boolean quoted = false;
    while (true) {
      char c = shortText.charAt(i);
      if (quoted) {
        if (c == '\\') {
          i++;
        } else if (c == '"') {
          quoted = false;
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',' || c == ']') {
        elements.add(shortText.substring(start, i));
        if (c == ']') {
          return elements;
        }
        i++; // the space after the comma
        start = i + 1;
      }
      i++;
    }
  }
}
