package dev.rast.bench.std;

import java.util.Locale;

/**
 * How a request and its response travel between the client and the server of a round.
 */
public enum Mode {
  /** No serialization: the server reads the client's message object directly, and vice versa. */
  OBJECT,
  /** Serialized into a byte buffer and read back from it (Cap'n Proto's stream framing). */
  BYTES,
  /**
   * As {@link #BYTES}, with Cap'n Proto's packed encoding on top. protobuf has no packed form, so
   * its packed mode is its bytes mode.
   */
  PACKED;

  /** The mode named {@code name} (case-insensitive), as in the JMH parameter. */
  public static Mode parse(String name) {
    try {
      return valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown mode '" + name + "' (object, bytes or packed)", e);
    }
  }
}
