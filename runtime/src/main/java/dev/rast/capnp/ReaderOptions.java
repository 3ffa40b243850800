package dev.rast.capnp;

/**
 * Limits that make reading hostile bytes safe. Immutable.
 *
 * <p>The traversal limit bounds the work a reader does: every struct and list it dereferences is
 * charged its size in words (zero-size list elements one word each; the root pointer and far-pointer
 * landing pads are charged too, as in capnp C++), so a small message whose
 * pointers all alias one large object cannot amplify into unbounded work. The budget is per
 * traversal: {@link MessageReader#getRoot} starts a new one, and {@link
 * MessageReader#resetTraversalLimit()} refills it explicitly, so a long-lived reader never dies of
 * an exhausted cumulative budget. The nesting limit bounds recursion depth (and stops cycles).
 */
public final class ReaderOptions {
  /** 8 Mi words (64 MiB): the default of capnp C++. */
  public static final long DEFAULT_TRAVERSAL_LIMIT_WORDS = 8L * 1024 * 1024;
  /** 64 levels: the default of capnp C++. */
  public static final int DEFAULT_NESTING_LIMIT = 64;
  /** Fewer than this many segments are accepted (511 pass, 512 do not), as in capnp C++. */
  public static final int MAX_SEGMENTS = 512;

  /** The defaults of capnp C++. */
  public static final ReaderOptions DEFAULT =
      new ReaderOptions(DEFAULT_TRAVERSAL_LIMIT_WORDS, DEFAULT_NESTING_LIMIT);

  private final long traversalLimitWords;
  private final int nestingLimit;

  /**
   * @param traversalLimitWords words a single traversal may read; must be positive
   * @param nestingLimit struct/list levels below the root that may be followed; must be positive
   */
  public ReaderOptions(long traversalLimitWords, int nestingLimit) {
    if (traversalLimitWords <= 0) {
      throw new IllegalArgumentException("traversalLimitWords <= 0: " + traversalLimitWords);
    }
    if (nestingLimit <= 0) {
      throw new IllegalArgumentException("nestingLimit <= 0: " + nestingLimit);
    }
    this.traversalLimitWords = traversalLimitWords;
    this.nestingLimit = nestingLimit;
  }

  /**
   * Words a single traversal may read before {@link DecodeException}.
   *
   * @return the traversal budget in words
   */
  public long traversalLimitWords() {
    return traversalLimitWords;
  }

  /**
   * How deep pointers may be followed from the root before {@link DecodeException}.
   *
   * @return the maximum pointer depth
   */
  public int nestingLimit() {
    return nestingLimit;
  }

  @Override
  public String toString() {
    return "ReaderOptions{traversalLimitWords=" + traversalLimitWords + ", nestingLimit="
        + nestingLimit + "}";
  }
}
