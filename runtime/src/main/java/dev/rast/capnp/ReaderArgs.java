package dev.rast.capnp;

import dev.rast.capnp.text.TextPrinter;
import java.util.function.BiConsumer;
import java.util.function.Function;

/** {@link ReaderArg}s for the bindings generated code needs: pointers, Text, Data, and any other type. */
public final class ReaderArgs {
  private ReaderArgs() {}

  /** An unbound parameter (or {@code AnyPointer}): the pointer itself, printed as opaque. */
  public static final ReaderArg<AnyPointerReader> ANY_POINTER = new ReaderArg<>() {
    @Override
    public AnyPointerReader read(AnyPointerReader pointer) {
      return pointer;
    }

    @Override
    public void print(AnyPointerReader pointer, TextPrinter p) {
      p.valueOpaquePointer();
    }
  };

  /** A parameter bound to Text. */
  public static final ReaderArg<TextReader> TEXT = of(
      p -> p.getAsText(new TextReader()), (t, p) -> p.valueText(t.buffer(), t.offset(), t.size()));

  /** A parameter bound to Data. */
  public static final ReaderArg<DataReader> DATA = of(
      p -> p.getAsData(new DataReader()), (d, p) -> p.valueData(d.buffer(), d.offset(), d.size()));

  /**
   * An unbound parameter, typed as whatever the caller's type variable is (always an AnyPointerReader).
   *
   * @param <R> the caller's type variable
   * @return the shared unbound parameter
   */
  @SuppressWarnings("unchecked")
  public static <R> ReaderArg<R> unbound() {
    return (ReaderArg<R>) ANY_POINTER;
  }

  /**
   * A binding made of a read function and a print function (structs, lists, branded types).
   *
   * @param <R> the caller's type variable
   * @param read reads a pointer as the bound type
   * @param print prints the value a pointer refers to
   * @return the binding
   */
  public static <R> ReaderArg<R> of(
      Function<AnyPointerReader, R> read, BiConsumer<R, TextPrinter> print) {
    return new ReaderArg<>() {
      @Override
      public R read(AnyPointerReader pointer) {
        return read.apply(pointer);
      }

      @Override
      public void print(AnyPointerReader pointer, TextPrinter p) {
        print.accept(read.apply(pointer), p);
      }
    };
  }
}
