package dev.rast.capnp;

/** {@link BuilderArg}s for pointers, Text and Data; generated code makes the rest with lambdas. */
public final class BuilderArgs {
  private BuilderArgs() {}

  /** An unbound parameter (or {@code AnyPointer}): the pointer slot itself. */
  public static final BuilderArg<AnyPointerBuilder> ANY_POINTER = p -> p;

  /** A parameter bound to Text. */
  public static final BuilderArg<TextBuilder> TEXT = p -> p.getAsText(new TextBuilder());

  /** A parameter bound to Data. */
  public static final BuilderArg<DataBuilder> DATA = p -> p.getAsData(new DataBuilder());

  /**
   * An unbound parameter, typed as whatever the caller's type variable is (always an AnyPointerBuilder).
   *
   * @param <B> the caller's type variable
   * @return the shared unbound parameter
   */
  @SuppressWarnings("unchecked")
  public static <B> BuilderArg<B> unbound() {
    return (BuilderArg<B>) ANY_POINTER;
  }
}
