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
    PROTOBUF,
    /** capnproto-java 0.1.16 ({@code org.capnproto:runtime}). */
    CAPNP_JAVA;

    /** The implementation named {@code name} (case-insensitive; capnproto-java is {@code capnp-java}). */
    public static Impl parse(String name) {
      try {
        return valueOf(name.toUpperCase(Locale.ROOT).replace('-', '_'));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "unknown implementation '" + name + "' (rast, protobuf or capnp-java)", e);
      }
    }

    /** The command-line name: {@code rast}, {@code protobuf} or {@code capnp-java}. */
    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
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
    switch (this) {
      case CARSALES:
        return impl == Impl.RAST
            ? new CarSalesRast(mode, reuse, seed)
            : impl == Impl.PROTOBUF
                ? new CarSalesProtobuf(mode, reuse, seed)
                : new CarSalesCapnpJava(mode, reuse, seed);
      case CATRANK:
        return impl == Impl.RAST
            ? new CatRankRast(mode, reuse, seed)
            : impl == Impl.PROTOBUF
                ? new CatRankProtobuf(mode, reuse, seed)
                : new CatRankCapnpJava(mode, reuse, seed);
      case EVAL:
        return impl == Impl.RAST
            ? new EvalRast(mode, reuse, seed)
            : impl == Impl.PROTOBUF
                ? new EvalProtobuf(mode, reuse, seed)
                : new EvalCapnpJava(mode, reuse, seed);
      default:
        throw new AssertionError(this);
    }
  }
}
