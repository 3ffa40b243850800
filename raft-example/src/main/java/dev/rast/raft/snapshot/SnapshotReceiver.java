package dev.rast.raft.snapshot;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * The follower's side of an InstallSnapshot transfer: chunks of the leader's snapshot file are
 * written, in order, to {@code install.tmp} in the snapshot directory (memory: nothing beyond the
 * chunk at hand). A chunk at offset 0 starts over (a new transfer: another leader or snapshot, or
 * the leader restarted it); a chunk that is not the next one is not written, and the answer ({@link
 * #received}) tells the leader where to resume. The last chunk completes the file, which is
 * forced, checked from end to end with {@link SnapshotReader} and only then renamed to its final
 * name: the install is atomic, and a restart mid-transfer leaves only the temporary file, which
 * start-up deletes. One thread (the node's).
 */
public final class SnapshotReceiver implements AutoCloseable {
  /** The temporary file of a transfer in progress. */
  public static final String TEMP_FILE = "install.tmp";

  private final Path dir;
  private FileChannel channel;
  private long index = -1;
  private long term;
  private long received;

  public SnapshotReceiver(Path dir) {
    this.dir = dir;
  }

  /** The snapshot index of the transfer in progress (-1: none). */
  public long index() {
    return index;
  }

  /** Bytes of the transfer in progress held in order (what the leader should send next). */
  public long received() {
    return received;
  }

  /**
   * Takes one chunk of the snapshot of ({@code index}, {@code term}) at {@code offset}. Returns the
   * published file once the last chunk ({@code done}) completed and checked out; null otherwise
   * (answer with {@link #received}).
   *
   * @throws CorruptSnapshotException when the completed file does not check out (the transfer is
   *     dropped; the leader starts over)
   */
  public Path chunk(long index, long term, long offset, ByteBuffer data, boolean done)
      throws IOException {
    if (offset == 0 || index != this.index || term != this.term) {
      if (offset != 0) {
        abort(); // a chunk of a transfer we do not have: the leader resumes from 0
        this.index = index;
        this.term = term;
        return null;
      }
      start(index, term);
    }
    if (offset != received) {
      return null; // a gap (a lost chunk) or a duplicate: the answer says where to resume
    }
    while (data.hasRemaining()) {
      received += channel.write(data, received);
    }
    if (!done) {
      return null;
    }
    channel.force(true);
    channel.close();
    channel = null;
    Path temp = dir.resolve(TEMP_FILE);
    try (SnapshotReader in = SnapshotReader.open(temp)) {
      in.verifyAll();
      if (in.index() != index || in.term() != term) {
        throw new CorruptSnapshotException(
            temp,
            8,
            "the file covers (" + in.index() + ", " + in.term() + "), the leader announced ("
                + index + ", " + term + ")");
      }
    } catch (IOException e) {
      abort();
      throw e;
    }
    Path target = dir.resolve(SnapshotFormat.fileName(index, term));
    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
      d.force(true);
    }
    this.index = -1;
    received = 0;
    return target;
  }

  private void start(long index, long term) throws IOException {
    abort();
    Files.createDirectories(dir);
    channel = FileChannel.open(
        dir.resolve(TEMP_FILE),
        StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING,
        StandardOpenOption.WRITE);
    this.index = index;
    this.term = term;
    received = 0;
  }

  /** Drops the transfer in progress, if any, and its temporary file. */
  public void abort() throws IOException {
    if (channel != null) {
      channel.close();
      channel = null;
    }
    Files.deleteIfExists(dir.resolve(TEMP_FILE));
    index = -1;
    received = 0;
  }

  @Override
  public void close() throws IOException {
    abort();
  }
}
