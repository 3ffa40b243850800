package dev.rast.raft.snapshot;

import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A node's snapshot directory: published files named by index ({@link SnapshotFormat#fileName})
 * and temporary files a crash may leave behind (one being written, one being received).
 *
 * <p>Recovery uses the newest published snapshot. It is not skipped when damaged, in favour of an
 * older one: compaction may already have deleted the log segments an older snapshot would need, and
 * a published file is complete by construction (written, forced, then renamed), so damage to it is
 * not something a crash explains. The node refuses to start ({@link CorruptSnapshotException}
 * names the file and offset), as it does for a damaged log segment.
 */
public final class SnapshotStore {
  private static final System.Logger LOG = System.getLogger(SnapshotStore.class.getName());
  private final Path dir;

  public SnapshotStore(Path dir) {
    this.dir = dir;
  }

  /** The directory. */
  public Path dir() {
    return dir;
  }

  /** Published snapshot files, oldest first. */
  public List<Path> list() throws IOException {
    List<Path> found = new ArrayList<>();
    if (!Files.isDirectory(dir)) {
      return found;
    }
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir)) {
      for (Path p : ds) {
        if (SnapshotFormat.indexOf(p.getFileName().toString()) >= 0) {
          found.add(p);
        }
      }
    }
    Collections.sort(found); // zero-padded indexes: the names sort by index
    return found;
  }

  /**
   * The newest published snapshot, or null; deletes a temporary file left by a crash (with a log
   * line). The file is not checked here: {@link SnapshotReader} checks it as it is read.
   */
  public Path newest() throws IOException {
    for (String name : new String[] {SnapshotFormat.TEMP_FILE, SnapshotReceiver.TEMP_FILE}) {
      Path temp = dir.resolve(name);
      if (Files.deleteIfExists(temp)) {
        LOG.log(Level.INFO, "{0}: deleted a snapshot left unfinished by a crash", temp);
      }
    }
    List<Path> all = list();
    return all.isEmpty() ? null : all.get(all.size() - 1);
  }

  /** Deletes every published snapshot older than {@code keep}. */
  public void deleteOlderThan(Path keep) throws IOException {
    for (Path p : list()) {
      if (p.compareTo(keep) < 0) {
        Files.deleteIfExists(p);
      }
    }
  }

  /** The bytes the published snapshots take. */
  public long bytes() {
    long n = 0;
    try {
      for (Path p : list()) {
        n += Files.size(p);
      }
    } catch (IOException e) {
      // a file went away while listing: the status is approximate
    }
    return n;
  }
}
