package dev.rast.raft.log;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The log (a segment or the hard state file) holds bytes that cannot be explained by a crash: a
 * damaged record before the tail, a missing segment, a hard state the log contradicts. Recovery
 * stops rather than drop or invent data; the message names the file and the byte offset so the
 * damage can be found with a hex dump.
 */
public final class CorruptLogException extends IOException {
  private static final long serialVersionUID = 1L;

  private final transient Path path;
  private final long offset;

  /** Damage in {@code path} at byte {@code offset} (0 when the problem is the file as a whole). */
  public CorruptLogException(Path path, long offset, String reason) {
    super(path + " at offset " + offset + ": " + reason);
    this.path = path;
    this.offset = offset;
  }

  /** Same, with the exception that revealed it. */
  public CorruptLogException(Path path, long offset, String reason, Throwable cause) {
    this(path, offset, reason);
    initCause(cause);
  }

  /** The damaged file (or the directory, when a file is missing). */
  public Path path() {
    return path;
  }

  /** The byte offset of the damage in {@link #path()}. */
  public long offset() {
    return offset;
  }
}
