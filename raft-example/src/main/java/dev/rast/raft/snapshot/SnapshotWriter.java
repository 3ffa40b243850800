package dev.rast.raft.snapshot;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes one snapshot file (format: {@link SnapshotFormat}) as {@code snapshot.tmp} in its
 * directory; {@link #publish} ends it, forces it, renames it to its final name and forces the
 * directory. Closing an unpublished writer deletes the temporary file. Memory: one buffer of
 * {@code bufferBytes}, whatever the state's size. One thread.
 */
public final class SnapshotWriter implements ChunkSink, Closeable {
  private final Path dir;
  private final Path temp;
  private final long index;
  private final long term;
  private final FileChannel channel;
  private final ByteBuffer buf;
  private final java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
  private long position;
  private int chunks;
  private boolean published;

  private SnapshotWriter(Path dir, long index, long term, FileChannel channel, int bufferBytes) {
    this.dir = dir;
    this.temp = dir.resolve(SnapshotFormat.TEMP_FILE);
    this.index = index;
    this.term = term;
    this.channel = channel;
    this.buf = ByteBuffer.allocate(bufferBytes).order(ByteOrder.LITTLE_ENDIAN);
  }

  /** Starts the snapshot of the state up to entry ({@code index}, {@code term}) in {@code dir}, replacing any leftover temporary file. */
  public static SnapshotWriter create(Path dir, long index, long term) throws IOException {
    return create(dir, index, term, null);
  }

  /**
   * As {@link #create(Path, long, long)}, the file carrying {@code configuration} (the framed
   * cluster configuration as of {@code index}; null: none) ahead of the state's chunks.
   */
  public static SnapshotWriter create(Path dir, long index, long term, ByteBuffer configuration)
      throws IOException {
    Files.createDirectories(dir);
    FileChannel ch = FileChannel.open(
        dir.resolve(SnapshotFormat.TEMP_FILE),
        StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING,
        StandardOpenOption.WRITE);
    SnapshotWriter w = new SnapshotWriter(dir, index, term, ch, 1 << 20);
    boolean conf = configuration != null;
    w.buf.put(SnapshotFormat.header(index, term, conf ? SnapshotFormat.FLAG_CONFIGURATION : 0));
    if (conf) {
      w.chunk(configuration.duplicate());
    }
    return w;
  }

  @Override
  public void chunk(ByteBuffer bytes) throws IOException {
    int n = bytes.remaining();
    if (n < 1 || n > SnapshotFormat.MAX_CHUNK_BYTES) {
      throw new IllegalArgumentException(
          "a chunk has 1 to " + SnapshotFormat.MAX_CHUNK_BYTES + " bytes, not " + n);
    }
    crc.reset();
    crc.update(bytes.duplicate());
    room(4);
    buf.putInt(n);
    while (bytes.hasRemaining()) {
      if (!buf.hasRemaining()) {
        drain();
      }
      int take = Math.min(buf.remaining(), bytes.remaining());
      ByteBuffer part = bytes.duplicate();
      part.limit(part.position() + take);
      buf.put(part);
      bytes.position(bytes.position() + take);
    }
    room(4);
    buf.putInt((int) crc.getValue());
    chunks++;
  }

  private void room(int n) throws IOException {
    if (buf.remaining() < n) {
      drain();
    }
  }

  /**
   * Writes the buffer out and forces it (data only): a snapshot is megabytes, and forced once at
   * the end it kept the disk busy long enough to stall the log's fsyncs for tens of milliseconds
   * (seen with JFR in {@code rast bench}); forced a buffer at a time, a log fsync waits behind at
   * most one buffer's worth.
   */
  private void drain() throws IOException {
    buf.flip();
    while (buf.hasRemaining()) {
      position += channel.write(buf, position);
    }
    buf.clear();
    channel.force(false);
  }

  /** Ends the file, forces it, renames it to its final name and forces the directory; returns the final path. */
  public Path publish() throws IOException {
    room(12);
    int at = buf.position();
    buf.putInt(0).putInt(chunks);
    buf.putInt(SnapshotFormat.crc(buf, at, at + 8));
    drain();
    channel.force(true);
    channel.close();
    Path target = dir.resolve(SnapshotFormat.fileName(index, term));
    Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
      d.force(true);
    }
    published = true;
    return target;
  }

  /** Bytes written so far. */
  public long bytes() {
    return position + buf.position();
  }

  @Override
  public void close() throws IOException {
    if (!published) {
      channel.close();
      Files.deleteIfExists(temp);
    }
  }
}
