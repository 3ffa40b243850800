package dev.rast.raft.maelstrom;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict JSON (RFC 8259) parser for Maelstrom's line protocol: one value per text, nothing but
 * whitespace around it. Values map to Java as follows:
 *
 * <ul>
 *   <li>object: an unmodifiable {@code Map<String, Object>} in document order; a repeated name is
 *       an error (RFC 8259 leaves it open; Maelstrom never sends one, so we refuse it);
 *   <li>array: an unmodifiable {@code List<Object>};
 *   <li>string: {@code String} (escapes decoded; unescaped control characters are errors);
 *   <li>number: {@code Long} when it is an integer that fits, {@code BigInteger} when it is a
 *       larger integer, {@code Double} when it has a fraction or exponent (and is finite);
 *   <li>{@code true}/{@code false}: {@code Boolean}; {@code null}: {@code null}.
 * </ul>
 *
 * Nesting is limited to {@link #MAX_DEPTH} levels, so hostile input cannot exhaust the stack.
 * Stateless and thread-safe: each {@link #parse} uses its own cursor.
 */
public final class JsonReader {
  /** The deepest nesting of arrays and objects accepted. */
  public static final int MAX_DEPTH = 64;

  private final String text;
  private int pos;

  private JsonReader(String text) {
    this.text = text;
  }

  /** Parses {@code text} as exactly one JSON value; throws {@link JsonException} otherwise. */
  public static Object parse(String text) {
    if (text == null) {
      throw new NullPointerException("text == null");
    }
    JsonReader r = new JsonReader(text);
    r.skipWhitespace();
    Object v = r.value(0);
    r.skipWhitespace();
    if (r.pos != text.length()) {
      throw r.error("trailing characters after the value");
    }
    return v;
  }

  /** Parses {@code text} as one JSON object. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> parseObject(String text) {
    Object v = parse(text);
    if (!(v instanceof Map)) {
      throw new JsonException("expected an object, found " + JsonWriter.kind(v), 0);
    }
    return (Map<String, Object>) v;
  }

  private Object value(int depth) {
    if (pos >= text.length()) {
      throw error("unexpected end of text, expected a value");
    }
    char c = text.charAt(pos);
    switch (c) {
      case '{':
        return object(depth + 1);
      case '[':
        return array(depth + 1);
      case '"':
        return string();
      case 't':
        literal("true");
        return Boolean.TRUE;
      case 'f':
        literal("false");
        return Boolean.FALSE;
      case 'n':
        literal("null");
        return null;
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          return number();
        }
        throw error("unexpected character '" + printable(c) + "', expected a value");
    }
  }

  private Map<String, Object> object(int depth) {
    checkDepth(depth);
    pos++; // '{'
    Map<String, Object> m = new LinkedHashMap<>();
    skipWhitespace();
    if (peek() == '}') {
      pos++;
      return Collections.unmodifiableMap(m);
    }
    while (true) {
      skipWhitespace();
      if (peek() != '"') {
        throw error("expected a member name (a string)");
      }
      int at = pos;
      String name = string();
      skipWhitespace();
      expect(':');
      skipWhitespace();
      Object v = value(depth);
      if (m.containsKey(name)) {
        throw new JsonException("repeated member name \"" + name + "\"", at);
      }
      m.put(name, v);
      skipWhitespace();
      char c = next("',' or '}'");
      if (c == '}') {
        return Collections.unmodifiableMap(m);
      }
      if (c != ',') {
        pos--;
        throw error("expected ',' or '}'");
      }
    }
  }

  private List<Object> array(int depth) {
    checkDepth(depth);
    pos++; // '['
    List<Object> list = new ArrayList<>();
    skipWhitespace();
    if (peek() == ']') {
      pos++;
      return Collections.unmodifiableList(list);
    }
    while (true) {
      skipWhitespace();
      list.add(value(depth));
      skipWhitespace();
      char c = next("',' or ']'");
      if (c == ']') {
        return Collections.unmodifiableList(list);
      }
      if (c != ',') {
        pos--;
        throw error("expected ',' or ']'");
      }
    }
  }

  private String string() {
    pos++; // opening quote
    StringBuilder sb = null;
    int runStart = pos;
    while (true) {
      if (pos >= text.length()) {
        throw error("unterminated string");
      }
      char c = text.charAt(pos);
      if (c == '"') {
        String s = sb == null
            ? text.substring(runStart, pos)
            : sb.append(text, runStart, pos).toString();
        pos++;
        return s;
      }
      if (c < 0x20) {
        throw error(
            "unescaped control character U+" + String.format("%04X", (int) c) + " in a string");
      }
      if (c != '\\') {
        pos++;
        continue;
      }
      if (sb == null) {
        sb = new StringBuilder();
      }
      sb.append(text, runStart, pos);
      pos++;
      char e = next("an escape character");
      switch (e) {
        case '"' -> sb.append('"');
        case '\\' -> sb.append('\\');
        case '/' -> sb.append('/');
        case 'b' -> sb.append('\b');
        case 'f' -> sb.append('\f');
        case 'n' -> sb.append('\n');
        case 'r' -> sb.append('\r');
        case 't' -> sb.append('\t');
        case 'u' -> sb.append(hex4());
        default -> {
          pos--;
          throw error("invalid escape '\\" + printable(e) + "'");
        }
      }
      runStart = pos;
    }
  }

  private char hex4() {
    if (pos + 4 > text.length()) {
      throw error("truncated \\u escape");
    }
    int v = 0;
    for (int i = 0; i < 4; i++) {
      int d = Character.digit(text.charAt(pos), 16);
      if (d < 0) {
        throw error("invalid hex digit in \\u escape");
      }
      v = v << 4 | d;
      pos++;
    }
    return (char) v;
  }

  private Object number() {
    int start = pos;
    if (peek() == '-') {
      pos++;
    }
    if (peek() == '0') {
      pos++;
      if (isDigit(peek())) {
        throw error("leading zero in a number");
      }
    } else if (isDigit(peek())) {
      while (isDigit(peek())) {
        pos++;
      }
    } else {
      throw error("expected a digit");
    }
    boolean integer = true;
    if (peek() == '.') {
      integer = false;
      pos++;
      if (!isDigit(peek())) {
        throw error("expected a digit after the decimal point");
      }
      while (isDigit(peek())) {
        pos++;
      }
    }
    if (peek() == 'e' || peek() == 'E') {
      integer = false;
      pos++;
      if (peek() == '+' || peek() == '-') {
        pos++;
      }
      if (!isDigit(peek())) {
        throw error("expected a digit in the exponent");
      }
      while (isDigit(peek())) {
        pos++;
      }
    }
    String s = text.substring(start, pos);
    if (integer) {
      // At most 18 digits always fit a long; longer ones go through BigInteger.
      if (s.length() <= 18) {
        return Long.parseLong(s);
      }
      BigInteger big = new BigInteger(s);
      return big.bitLength() < 64 ? (Object) big.longValue() : big;
    }
    double d = Double.parseDouble(s);
    if (Double.isInfinite(d)) {
      throw new JsonException("number out of range: " + s, start);
    }
    return d;
  }

  private void literal(String word) {
    if (!text.startsWith(word, pos)) {
      throw error("invalid literal, expected " + word);
    }
    pos += word.length();
  }

  private void skipWhitespace() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      pos++;
    }
  }

  private char peek() {
    return pos < text.length() ? text.charAt(pos) : '\0';
  }

  private char next(String expected) {
    if (pos >= text.length()) {
      throw error("unexpected end of text, expected " + expected);
    }
    return text.charAt(pos++);
  }

  private void expect(char c) {
    if (peek() != c) {
      throw error("expected '" + c + "'");
    }
    pos++;
  }

  private void checkDepth(int depth) {
    if (depth > MAX_DEPTH) {
      throw error("nesting deeper than " + MAX_DEPTH);
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static String printable(char c) {
    return c < 0x20 || c > 0x7e ? String.format("U+%04X", (int) c) : String.valueOf(c);
  }

  private JsonException error(String message) {
    return new JsonException(message, pos);
  }
}
