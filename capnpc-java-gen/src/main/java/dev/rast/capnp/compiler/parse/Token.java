package dev.rast.capnp.compiler.parse;

import java.util.List;

/**
 * A lexed token with its byte range. Parenthesized and bracketed lists are single tokens holding
 * their comma-separated items, as capnp's lexer produces them.
 */
record Token(
    Kind kind,
    int start,
    int end,
    String text,
    long intValue,
    double floatValue,
    List<List<Token>> items) {

  /** The kinds of token. */
  public enum Kind {
    IDENTIFIER,
    STRING,
    BINARY,
    INTEGER,
    FLOAT,
    OPERATOR,
    PARENS,
    BRACKETS
  }

  static Token of(Kind kind, int start, int end, String text) {
    return new Token(kind, start, end, text, 0, 0, null);
  }

  public boolean is(Kind k, String t) {
    return kind == k && text.equals(t);
  }

  public boolean isOp(String op) {
    return is(Kind.OPERATOR, op);
  }

  public boolean isKeyword(String word) {
    return is(Kind.IDENTIFIER, word);
  }
}
