package dev.rast.raft.maelstrom;

/**
 * Text that is not one strict JSON value (RFC 8259), or a value the writer cannot represent. The
 * message names the offset of the first bad character, when there is one.
 */
public final class JsonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The offset of the offending character in the parsed text; -1 for a writer error. */
  private final int offset;

  public JsonException(String message, int offset) {
    super(offset >= 0 ? message + " at offset " + offset : message);
    this.offset = offset;
  }

  /** The offset of the offending character in the parsed text; -1 for a writer error. */
  public int offset() {
    return offset;
  }
}
