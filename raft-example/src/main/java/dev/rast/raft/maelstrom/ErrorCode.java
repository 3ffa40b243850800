package dev.rast.raft.maelstrom;

/**
 * Maelstrom's error codes (its {@code doc/protocol.md}, "Errors"), sent as {@code
 * {"type":"error","code":N,"text":...}}.
 *
 * <p>A <em>definite</em> error promises the operation did not and will not take effect; an
 * indefinite one ({@link #TIMEOUT}, {@link #CRASH}) leaves it open, and a checker must then allow
 * the operation to take effect at any later time or never. A node must never report a definite
 * error for a write that might still commit: that is the one mistake this mapping exists to
 * avoid. Codes this enum does not know count as indefinite, the safe assumption.
 */
public enum ErrorCode {
  /** The operation did not complete in time; it may or may not take effect. Indefinite. */
  TIMEOUT(0, false),
  /** The request named a node that does not exist. */
  NODE_NOT_FOUND(1, true),
  /** The operation (message type) is not supported by this node. */
  NOT_SUPPORTED(10, true),
  /** The operation cannot be performed now (no leader, not initialised); it was not performed. */
  TEMPORARILY_UNAVAILABLE(11, true),
  /** The request is malformed (a missing or mistyped field). */
  MALFORMED_REQUEST(12, true),
  /** A general failure in which the operation may or may not have taken effect. Indefinite. */
  CRASH(13, false),
  /** The operation was aborted and did not take effect. */
  ABORT(14, true),
  /** The key does not exist. */
  KEY_DOES_NOT_EXIST(20, true),
  /** The key already exists. */
  KEY_ALREADY_EXISTS(21, true),
  /** A precondition (the {@code from} of a cas) did not hold. */
  PRECONDITION_FAILED(22, true),
  /** A transaction conflicted and was aborted. */
  TXN_CONFLICT(30, true);

  private final int code;
  private final boolean definite;

  ErrorCode(int code, boolean definite) {
    this.code = code;
    this.definite = definite;
  }

  /** The number on the wire. */
  public int code() {
    return code;
  }

  /** Whether the error promises that the operation did not take effect. */
  public boolean definite() {
    return definite;
  }

  /** Maelstrom's name for the code, e.g. {@code temporarily-unavailable}. */
  public String wireName() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** The code with number {@code code}, or null when Maelstrom defines none. */
  public static ErrorCode of(long code) {
    for (ErrorCode c : values()) {
      if (c.code == code) {
        return c;
      }
    }
    return null;
  }

  /** Whether an error with number {@code code} is definite; unknown codes are not. */
  public static boolean isDefinite(long code) {
    ErrorCode c = of(code);
    return c != null && c.definite;
  }
}
