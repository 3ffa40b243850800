package dev.rast.capnp.text;

/**
 * Test-only reader of the short text format ({@code capnp decode --short}) that replays a value
 * as {@link TextPrinter} events, so tool output can be fed back through the printer.
 *
 * <p>Grammar: {@code value := struct | list | atom}; {@code struct := "(" [name " = " value
 * {", " name " = " value}] ")"}; {@code list := "[" [value {", " value}] "]"}. Atoms are passed
 * through verbatim: string literals (with their escapes), {@code <opaque pointer>}, unknown enum
 * values {@code (N)} (a parenthesis followed by a digit), and bare tokens such as {@code void},
 * {@code -1.5e-07}, {@code inf} or enumerant names.
 */
final class ShortTextParser {
  private final String text;
  private final TextPrinter printer;
  private int pos;

  private ShortTextParser(String text, TextPrinter printer) {
    this.text = text;
    this.printer = printer;
  }

  /** Replays {@code text} (exactly one value, nothing after it) into {@code printer}. */
  static TextPrinter parse(String text, TextPrinter printer) {
    ShortTextParser parser = new ShortTextParser(text, printer);
    parser.value();
    if (parser.pos != text.length()) {
      throw parser.error("trailing text");
    }
    return printer;
  }

  private void value() {
    if (pos >= text.length()) {
      throw error("value expected");
    }
    char c = text.charAt(pos);
    if (c == '(' && pos + 1 < text.length() && Character.isDigit(text.charAt(pos + 1))) {
      atomThrough(')');
    } else if (c == '(') {
      struct();
    } else if (c == '[') {
      list();
    } else if (c == '"') {
      string();
    } else if (c == '<') {
      atomThrough('>');
    } else {
      bareAtom();
    }
  }

  private void struct() {
    pos++;
    printer.beginStruct();
    if (!accept(")")) {
      do {
        int start = pos;
        while (pos < text.length() && isNameChar(text.charAt(pos))) {
          pos++;
        }
        if (start == pos) {
          throw error("field name expected");
        }
        printer.field(text.substring(start, pos));
        expect(" = ");
        value();
      } while (accept(", "));
      expect(")");
    }
    printer.end();
  }

  private void list() {
    pos++;
    printer.beginList();
    if (!accept("]")) {
      do {
        value();
      } while (accept(", "));
      expect("]");
    }
    printer.end();
  }

  private void string() {
    int start = pos++;
    while (true) {
      if (pos >= text.length()) {
        throw error("unterminated string");
      }
      char c = text.charAt(pos++);
      if (c == '\\') {
        pos++;
      } else if (c == '"') {
        break;
      }
    }
    printer.value(text.substring(start, pos));
  }

  private void atomThrough(char close) {
    int end = text.indexOf(close, pos);
    if (end < 0) {
      throw error("'" + close + "' expected");
    }
    printer.value(text.substring(pos, end + 1));
    pos = end + 1;
  }

  private void bareAtom() {
    int start = pos;
    while (pos < text.length() && ",)]".indexOf(text.charAt(pos)) < 0) {
      pos++;
    }
    if (start == pos) {
      throw error("value expected");
    }
    printer.value(text.substring(start, pos));
  }

  private boolean accept(String token) {
    if (text.startsWith(token, pos)) {
      pos += token.length();
      return true;
    }
    return false;
  }

  private void expect(String token) {
    if (!accept(token)) {
      throw error("'" + token + "' expected");
    }
  }

  private static boolean isNameChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  private IllegalArgumentException error(String what) {
    int from = Math.max(0, pos - 20);
    int to = Math.min(text.length(), pos + 20);
    return new IllegalArgumentException(
        what + " at " + pos + ": ..." + text.substring(from, to) + "...");
  }
}
