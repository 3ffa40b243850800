package dev.rast.capnp.compiler.parse;

import java.util.List;

/**
 * A parsed expression: a type, a value or a name, with its byte range. Names and values share
 * one grammar, as in capnp; the compiler decides what an expression means where it is used.
 */
public sealed interface Expr {
  /**
   * Where the expression starts, for error positions.
   *
   * @return the byte offset of its first character
   */
  int start();

  /**
   * Where the expression ends.
   *
   * @return the byte offset just after its last character
   */
  int end();

  /** A non-negative integer literal ({@code value} is unsigned). */
  record PositiveInt(long value, int start, int end) implements Expr {}

  /** {@code -N}; {@code magnitude} is unsigned. */
  record NegativeInt(long magnitude, int start, int end) implements Expr {}

  /** A floating-point literal; {@code -inf} too (plain {@code inf} and {@code nan} are names). */
  record FloatLit(double value, int start, int end) implements Expr {}

  /** A string literal, escapes resolved. */
  record StringLit(String value, int start, int end) implements Expr {}

  /** {@code 0x"..."}; the bytes as ISO-8859-1 chars. */
  record BinaryLit(String bytes, int start, int end) implements Expr {}

  /** {@code Name}: looked up from the current scope outwards. */
  record RelativeName(String name, int start, int end) implements Expr {}

  /** {@code .Name}: a name looked up from the file's top scope. */
  record AbsoluteName(String name, int start, int end) implements Expr {}

  /** {@code import "path"}; the path's own range is kept for errors about the file. */
  record Import(String path, int pathStart, int pathEnd, int start, int end) implements Expr {}

  /** {@code embed "path"}: a file's content as a value; the path's range is kept for errors. */
  record Embed(String path, int pathStart, int pathEnd, int start, int end) implements Expr {}

  /** {@code [a, b, c]} */
  record ListExpr(List<Expr> elements, int start, int end) implements Expr {}

  /** {@code (a = 1, b = 2)}, or a parameter list of a generic application. */
  record Tuple(List<Param> params, int start, int end) implements Expr {}

  /** {@code Name(T = ..., ...)}: a generic applied to its parameters. */
  record Application(Expr function, List<Param> params, int paramsStart, int start, int end)
      implements Expr {}

  /** {@code parent.name} */
  record Member(Expr parent, String name, int nameStart, int nameEnd, int start, int end)
      implements Expr {}

  /** One element of a tuple: {@code name = value} ({@code name} null when unnamed). */
  record Param(String name, int nameStart, int nameEnd, Expr value) {}

  /** An element that failed to parse (already reported). */
  record Unknown(int start, int end) implements Expr {}
}
