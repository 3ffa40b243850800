package dev.rast.raft.log;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Deletes a large file a few mebibytes at a time: cut from the end, each cut forced, then
 * unlinked. On a file system mounted with online discard (ext4 {@code -o discard}, common on
 * cloud disks), unlinking a 64 MiB segment in one go discards all its blocks in one journal
 * commit, and every fsync behind that commit waited 10-25 ms (JFR, {@code rast bench} after each
 * compaction). Cut in steps, each commit carries one step's discard. Elsewhere it costs a few
 * small fsyncs on a background thread.
 */
final class GradualDelete {
  /** Bytes cut per step. */
  static final long STEP_BYTES = 4 << 20;

  private GradualDelete() {}

  /** Shrinks {@code file} step by step and deletes it; nothing happens if it does not exist. */
  static void shrinkAndDelete(Path file) throws IOException {
    try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
      long size = ch.size();
      while (size > STEP_BYTES) {
        size -= STEP_BYTES;
        ch.truncate(size);
        ch.force(true);
      }
    } catch (NoSuchFileException e) {
      return;
    }
    Files.deleteIfExists(file);
  }
}
