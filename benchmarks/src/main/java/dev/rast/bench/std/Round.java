package dev.rast.bench.std;

/**
 * One implementation of one standard benchmark in one mode. {@link #run} is upstream's unit of
 * work: the client makes a request from its random source, the server computes the response, the
 * client checks it. Not thread-safe.
 */
public interface Round {
  /**
   * Runs one request/response round.
   *
   * @return the bytes that travelled (request plus response; 0 in object mode)
   * @throws IllegalStateException if the response is not the expected one
   */
  long run();

  /**
   * A digest of the last response, read in full (for tests; may allocate): equal digests mean
   * equal responses across implementations and modes.
   */
  long responseDigest();

  /**
   * The bytes of the last round's request and response as they travelled, one after the other
   * (for tests; allocates): empty in object mode, null when the implementation does not say.
   */
  default byte[] lastWire() {
    return null;
  }

  /** {@code a} then {@code b} in one new array. */
  static byte[] concat(byte[] a, byte[] b) {
    byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, both, a.length, b.length);
    return both;
  }
}
