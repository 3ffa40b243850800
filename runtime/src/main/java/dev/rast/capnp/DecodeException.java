package dev.rast.capnp;

/**
 * Thrown when bytes are not a valid Cap'n Proto message, or a valid message exceeds the reader's
 * limits (traversal budget, nesting depth, segment count), or holds what cannot be carried where it
 * goes: a capability pointer copied into another message or into the canonical form.
 *
 * <p>This is the only exception a reader lets escape on malformed input: every bound is checked
 * before the access it guards, so hostile bytes never surface as {@code IndexOutOfBoundsException},
 * {@code OutOfMemoryError} or {@code StackOverflowError}. The message names what is wrong and where
 * (segment, word offset, pointer kind) so that a corrupt input can be located with a hex dump.
 */
public final class DecodeException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates an exception whose message says what is wrong and where.
   *
   * @param message what is wrong and where
   */
  public DecodeException(String message) {
    super(message);
  }

  /**
   * Creates an exception that wraps an I/O-level cause (a truncated stream, for example).
   *
   * @param message what is wrong and where
   * @param cause the underlying failure
   */
  public DecodeException(String message, Throwable cause) {
    super(message, cause);
  }
}
