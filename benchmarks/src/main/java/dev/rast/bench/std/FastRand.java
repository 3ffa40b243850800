package dev.rast.bench.std;

/**
 * The pseudo-random source of the standard benchmarks: the 32-bit linear congruential generator
 * (multiplier 1664525, increment 1013904223) that upstream's benchmark generators use, so that a
 * seed fixes every request. The default seed is upstream's start state. Not thread-safe.
 */
public final class FastRand {
  /** Upstream's initial state. */
  public static final int DEFAULT_SEED = 1013904223;

  private int state;

  /** A generator starting at {@code seed}. */
  public FastRand(int seed) {
    state = seed;
  }

  /** The next 32-bit value, as an unsigned number in a {@code long}. */
  public long next() {
    state = 1664525 * state + 1013904223;
    return Integer.toUnsignedLong(state);
  }

  /** A value in {@code [0, range)}. */
  public int nextInt(int range) {
    return (int) (next() % range);
  }

  /** A value in {@code [0, range]}. */
  public double nextDouble(double range) {
    return next() * range / 0xFFFF_FFFFL;
  }
}
