package dev.rast.capnp.compiler.parse;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a schema file into statements of tokens, as capnp's lexer does: a statement ends with
 * {@code ;} or with a {@code { ... }} block; comments right after the end (on the same line, or
 * on the lines that follow with no blank line between) are the statement's doc comment.
 */
final class Lexer {
  private static final String OPERATOR_CHARS = "!$%&*+-./:<=>?@^|~";

  private final SourceFile file;
  private final String s;
  private final Diagnostics diagnostics;
  private int pos;

  private Lexer(SourceFile file, Diagnostics diagnostics) {
    this.file = file;
    this.s = file.text();
    this.diagnostics = diagnostics;
  }

  /** The file's top-level statements; null after reporting a lexical error. */
  static List<Statement> lex(SourceFile file, Diagnostics diagnostics) {
    Lexer l = new Lexer(file, diagnostics);
    try {
      List<Statement> out = l.statements();
      if (l.pos < l.s.length()) {
        throw new LexError(l.pos);
      }
      return out;
    } catch (LexError e) {
      diagnostics.error(file, e.offset, e.offset, "Parse error.");
      return null;
    }
  }

  private static final class LexError extends RuntimeException {
    final int offset;

    LexError(int offset) {
      super(null, null, false, false);
      this.offset = offset;
    }
  }

  private char peek() {
    return pos < s.length() ? s.charAt(pos) : '\0';
  }

  private boolean atEnd() {
    return pos >= s.length();
  }

  private void skipSpaceAndComments() {
    while (!atEnd()) {
      char c = s.charAt(pos);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0b) {
        pos++;
      } else if (c == '#') {
        while (!atEnd() && s.charAt(pos) != '\n') {
          pos++;
        }
      } else {
        return;
      }
    }
  }

  private List<Statement> statements() {
    List<Statement> out = new ArrayList<>();
    skipSpaceAndComments();
    while (!atEnd() && peek() != '}') {
      out.add(statement());
      skipSpaceAndComments();
    }
    return out;
  }

  private Statement statement() {
    int start = pos;
    List<Token> tokens = tokenSequence();
    char c = peek();
    if (c == ';') {
      pos++;
      String doc = docComment();
      return new Statement(tokens, null, doc, start, pos);
    } else if (c == '{') {
      pos++;
      String doc = docComment();
      List<Statement> block = statements();
      if (peek() != '}') {
        throw new LexError(pos);
      }
      pos++;
      String late = docComment();
      return new Statement(tokens, block, doc != null ? doc : late, start, pos);
    }
    throw new LexError(pos);
  }

  /** Comment lines preceded by at most one newline, with no blank line between them. */
  private String docComment() {
    int save = pos;
    skipLineSpace();
    if (peek() == '\r') {
      pos++;
      if (peek() == '\n') {
        pos++;
      }
    } else if (peek() == '\n') {
      pos++;
    }
    StringBuilder doc = null;
    while (true) {
      int lineStart = pos;
      skipLineSpace();
      if (peek() != '#') {
        pos = lineStart;
        break;
      }
      pos++;
      if (peek() == ' ') {
        pos++;
      }
      int textStart = pos;
      while (!atEnd() && s.charAt(pos) != '\n') {
        pos++;
      }
      if (doc == null) {
        doc = new StringBuilder();
      }
      doc.append(s, textStart, pos).append('\n');
      if (!atEnd()) {
        pos++;
      }
    }
    if (doc == null) {
      pos = save;
      return null;
    }
    return SourceFile.utf8(doc.toString());
  }

  private void skipLineSpace() {
    while (!atEnd()) {
      char c = s.charAt(pos);
      if (c == ' ' || c == '\t' || c == '\f' || c == 0x0b) {
        pos++;
      } else {
        return;
      }
    }
  }

  private List<Token> tokenSequence() {
    List<Token> out = new ArrayList<>();
    skipSpaceAndComments();
    while (true) {
      Token t = token();
      if (t == null) {
        return out;
      }
      out.add(t);
      skipSpaceAndComments();
    }
  }

  private Token token() {
    if (atEnd()) {
      return null;
    }
    int start = pos;
    char c = s.charAt(pos);
    if (isIdentStart(c)) {
      pos++;
      while (!atEnd() && isIdentPart(s.charAt(pos))) {
        pos++;
      }
      return Token.of(Token.Kind.IDENTIFIER, start, pos, s.substring(start, pos));
    }
    if (c == '"') {
      StringBuilder text = new StringBuilder(quoted());
      int end = pos;
      while (true) {
        // Adjacent string literals are one literal, as in C.
        skipSpaceAndComments();
        if (peek() != '"') {
          pos = end;
          break;
        }
        text.append(quoted());
        end = pos;
      }
      return new Token(Token.Kind.STRING, start, end, text.toString(), 0, 0, null);
    }
    if (c >= '0' && c <= '9') {
      return number();
    }
    if (OPERATOR_CHARS.indexOf(c) >= 0) {
      while (!atEnd() && OPERATOR_CHARS.indexOf(s.charAt(pos)) >= 0) {
        pos++;
      }
      return Token.of(Token.Kind.OPERATOR, start, pos, s.substring(start, pos));
    }
    if (c == '(' || c == '[') {
      char close = c == '(' ? ')' : ']';
      pos++;
      List<List<Token>> items = new ArrayList<>();
      List<Token> first = tokenSequence();
      boolean any = !first.isEmpty();
      items.add(first);
      while (peek() == ',') {
        pos++;
        any = true;
        items.add(tokenSequence());
      }
      if (peek() != close) {
        throw new LexError(pos);
      }
      pos++;
      if (!any) {
        items = List.of();
      } else if (items.size() > 1 && items.get(items.size() - 1).isEmpty()) {
        items.remove(items.size() - 1); // a trailing comma
      }
      return new Token(
          c == '(' ? Token.Kind.PARENS : Token.Kind.BRACKETS,
          start,
          pos,
          String.valueOf(c),
          0,
          0,
          items);
    }
    return null;
  }

  private static boolean isIdentStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
  }

  private static boolean isIdentPart(char c) {
    return isIdentStart(c) || (c >= '0' && c <= '9');
  }

  private static int hexValue(char c) {
    if (c >= '0' && c <= '9') {
      return c - '0';
    } else if (c >= 'a' && c <= 'f') {
      return c - 'a' + 10;
    } else if (c >= 'A' && c <= 'F') {
      return c - 'A' + 10;
    }
    return -1;
  }

  /** A double-quoted string with C escapes; returns its text decoded as UTF-8. */
  private String quoted() {
    pos++;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    while (true) {
      if (atEnd()) {
        throw new LexError(pos);
      }
      char c = s.charAt(pos++);
      if (c == '"') {
        break;
      }
      if (c != '\\') {
        out.write(c);
        continue;
      }
      if (atEnd()) {
        throw new LexError(pos);
      }
      char e = s.charAt(pos++);
      switch (e) {
        case 'a' -> out.write(7);
        case 'b' -> out.write(8);
        case 'f' -> out.write(12);
        case 'n' -> out.write(10);
        case 'r' -> out.write(13);
        case 't' -> out.write(9);
        case 'v' -> out.write(11);
        case '\'', '"', '\\', '?' -> out.write(e);
        case 'x' -> {
          int v = 0;
          int n = 0;
          while (n < 2 && !atEnd() && hexValue(s.charAt(pos)) >= 0) {
            v = v * 16 + hexValue(s.charAt(pos++));
            n++;
          }
          if (n == 0) {
            throw new LexError(pos);
          }
          out.write(v);
        }
        default -> {
          if (e >= '0' && e <= '7') {
            int v = e - '0';
            int n = 1;
            while (n < 3 && !atEnd() && s.charAt(pos) >= '0' && s.charAt(pos) <= '7') {
              v = v * 8 + (s.charAt(pos++) - '0');
              n++;
            }
            out.write(v & 0xff);
          } else {
            throw new LexError(pos - 1);
          }
        }
      }
    }
    return SourceFile.utf8(out.toString(java.nio.charset.StandardCharsets.ISO_8859_1));
  }

  private Token number() {
    int start = pos;
    if (s.startsWith("0x", pos) || s.startsWith("0X", pos)) {
      if (pos + 2 < s.length() && s.charAt(pos + 2) == '"') {
        pos += 2;
        return binary(start);
      }
      pos += 2;
      int digitsStart = pos;
      while (!atEnd() && hexValue(s.charAt(pos)) >= 0) {
        pos++;
      }
      if (pos == digitsStart) {
        throw new LexError(pos);
      }
      return integer(start, s.substring(digitsStart, pos), 16);
    }
    while (!atEnd() && Character.isDigit(s.charAt(pos))) {
      pos++;
    }
    boolean isFloat = false;
    if (peek() == '.' && pos + 1 < s.length() && Character.isDigit(s.charAt(pos + 1))) {
      isFloat = true;
      pos++;
      while (!atEnd() && Character.isDigit(s.charAt(pos))) {
        pos++;
      }
    }
    if (peek() == 'e' || peek() == 'E') {
      int save = pos;
      pos++;
      if (peek() == '+' || peek() == '-') {
        pos++;
      }
      if (!atEnd() && Character.isDigit(s.charAt(pos))) {
        isFloat = true;
        while (!atEnd() && Character.isDigit(s.charAt(pos))) {
          pos++;
        }
      } else {
        pos = save;
      }
    }
    String text = s.substring(start, pos);
    if (isFloat) {
      return new Token(Token.Kind.FLOAT, start, pos, text, 0, Double.parseDouble(text), null);
    }
    if (text.length() > 1 && text.charAt(0) == '0') {
      for (int i = 1; i < text.length(); i++) {
        if (text.charAt(i) > '7') {
          throw new LexError(start + i);
        }
      }
      return integer(start, text.substring(1), 8);
    }
    return integer(start, text, 10);
  }

  private Token integer(int start, String digits, int radix) {
    long v = 0;
    boolean overflow = false;
    for (int i = 0; i < digits.length(); i++) {
      int d = Character.digit(digits.charAt(i), radix);
      long next = v * radix + d;
      if (Long.compareUnsigned(v, Long.divideUnsigned(-1L, radix)) > 0
          || Long.compareUnsigned(next, v * radix) < 0) {
        overflow = true;
      }
      v = next;
    }
    if (overflow) {
      diagnostics.error(file, start, pos, "Integer literal is too big.");
    }
    return new Token(Token.Kind.INTEGER, start, pos, s.substring(start, pos), v, 0, null);
  }

  private Token binary(int start) {
    pos++;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    while (true) {
      while (!atEnd() && Character.isWhitespace(s.charAt(pos))) {
        pos++;
      }
      if (atEnd()) {
        throw new LexError(pos);
      }
      if (s.charAt(pos) == '"') {
        pos++;
        break;
      }
      int hi = hexValue(s.charAt(pos));
      int lo = pos + 1 < s.length() ? hexValue(s.charAt(pos + 1)) : -1;
      if (hi < 0 || lo < 0) {
        throw new LexError(pos);
      }
      out.write(hi * 16 + lo);
      pos += 2;
    }
    return new Token(
        Token.Kind.BINARY,
        start,
        pos,
        out.toString(java.nio.charset.StandardCharsets.ISO_8859_1),
        0,
        0,
        null);
  }
}
