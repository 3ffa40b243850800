package dev.rast.bench.std;

import java.util.Locale;

/** The standard benchmarks and their implementations. */
public enum Workload {
  /** Total value of a parking lot of random cars. */
  CARSALES,
  /** Score and rank search results by the words in their snippets. */
  CATRANK,
  /** Evaluate a random arithmetic expression tree. */
  EVAL;

  /** The implementations. */
  public enum Impl {
    RAST,
    PROTOBUF;

    /** The implementation named {@code name} (case-insensitive). */
    public static Impl parse(String name) {
      try {
        return valueOf(name.toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown implementation '" + name + "' (rast or protobuf)", e);
      }
    }
  }

  /** The workload named {@code name} (case-insensitive). */
  public static Workload parse(String name) {
    try {
      return valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown benchmark '" + name + "' (carsales, catrank or eval)", e);
    }
  }

  /** A new round of this workload drawing its requests from {@code seed}. */
  public Round create(Impl impl, Mode mode, boolean reuse, int seed) {
    boolean rast = impl == Impl.RAST;
    switch (this) {
      case CARSALES:
        return rast ? new CarSalesRast(mode, reuse, seed) : new CarSalesProtobuf(mode, reuse, seed);
      case CATRANK:
        return rast ? new CatRankRast(mode, reuse, seed) : new CatRankProtobuf(mode, reuse, seed);
      case EVAL:
        return rast ? new EvalRast(mode, reuse, seed) : new EvalProtobuf(mode, reuse, seed);
      default:
        throw new AssertionError(this);
    }
  }
}
