package dev.rast.capnp;

import dev.rast.capnp.text.TextPrinter;

/**
 * The reading side of a generic parameter's binding: how a generated generic reader turns the
 * pointer of a parameter-typed field into the bound type, and prints it. Generated code passes one
 * per type parameter when it makes a branded reader ({@code new Foo.Reader<>(ReaderArgs.TEXT)}).
 *
 * @param <R> the reader type the parameter is bound to
 */
public interface ReaderArg<R> {
  /**
   * Reads {@code pointer} as the bound type.
   *
   * @param pointer the pointer holding the value
   * @return a view of the value in the bound type
   */
  R read(AnyPointerReader pointer);

  /**
   * Prints the value {@code pointer} refers to in the text format.
   *
   * @param pointer the pointer holding the value
   * @param p the printer to write to
   */
  void print(AnyPointerReader pointer, TextPrinter p);
}
