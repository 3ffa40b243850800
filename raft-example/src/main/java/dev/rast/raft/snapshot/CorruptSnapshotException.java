package dev.rast.raft.snapshot;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A snapshot file holds damage: a bad header, a chunk whose checksum does not match, or an end
 * that is missing (a published snapshot is complete by construction, so a short one is damaged).
 * The message names the file and the byte offset, as a corrupt log segment's does; a node refuses
 * to start on it rather than guess.
 */
public final class CorruptSnapshotException extends IOException {
  private final Path file;
  private final long offset;

  public CorruptSnapshotException(Path file, long offset, String reason) {
    super(file + ": corrupt snapshot at offset " + offset + ": " + reason);
    this.file = file;
    this.offset = offset;
  }

  /** The damaged file. */
  public Path file() {
    return file;
  }

  /** The byte offset of the damage. */
  public long offset() {
    return offset;
  }
}
