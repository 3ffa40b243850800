package dev.rast.raft.snapshot;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;

/**
 * Reads a snapshot file chunk by chunk, checking everything: the header (magic, checksum), each
 * chunk's length and checksum, and the end marker (its chunk count and checksum; a file without
 * one was cut short). Damage throws {@link CorruptSnapshotException} naming the file and offset.
 * Memory: one chunk at a time.
 */
public final class SnapshotReader implements Closeable {
  private final Path file;
  private final FileChannel channel;
  private final long size;
  private final long index;
  private final long term;
  private long position;
  private int chunks;
  private boolean ended;
  private ByteBuffer chunk = ByteBuffer.allocate(64 << 10).order(ByteOrder.LITTLE_ENDIAN);
  private final ByteBuffer word = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
  /** The configuration chunk's bytes (null: the file has none). */
  private ByteBuffer configuration;

  private SnapshotReader(Path file, FileChannel channel, long index, long term) throws IOException {
    this.file = file;
    this.channel = channel;
    this.size = channel.size();
    this.index = index;
    this.term = term;
    this.position = SnapshotFormat.HEADER_BYTES;
  }

  /** Opens {@code file} and checks its header. */
  public static SnapshotReader open(Path file) throws IOException {
    FileChannel ch = FileChannel.open(file, StandardOpenOption.READ);
    try {
      ByteBuffer h =
          ByteBuffer.allocate(SnapshotFormat.HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
      readFully(ch, h, 0, file);
      if (h.getLong(0) != SnapshotFormat.MAGIC) {
        throw new CorruptSnapshotException(file, 0, "not a snapshot file (bad magic)");
      }
      if (h.getInt(32) != SnapshotFormat.crc(h, 0, 32)) {
        throw new CorruptSnapshotException(file, 32, "header checksum mismatch");
      }
      SnapshotReader r = new SnapshotReader(file, ch, h.getLong(8), h.getLong(16));
      long flags = h.getLong(24);
      if ((flags & ~SnapshotFormat.FLAG_CONFIGURATION) != 0) {
        throw new CorruptSnapshotException(
            file, 24, "unknown header flags " + Long.toHexString(flags) + " (a newer version?)");
      }
      if (flags != 0) {
        ByteBuffer c = r.next();
        if (c == null) {
          throw new CorruptSnapshotException(
              file,
              SnapshotFormat.HEADER_BYTES,
              "the header announces a configuration, none follows");
        }
        r.configuration = ByteBuffer.allocate(c.remaining()).order(ByteOrder.LITTLE_ENDIAN);
        r.configuration.put(c).flip();
      }
      return r;
    } catch (IOException | RuntimeException e) {
      ch.close();
      throw e;
    }
  }

  private static void readFully(FileChannel ch, ByteBuffer dst, long at, Path file)
      throws IOException {
    long start = at;
    while (dst.hasRemaining()) {
      int n = ch.read(dst, at);
      if (n < 0) {
        throw new CorruptSnapshotException(
            file,
            at,
            "file ends " + (at - start) + " bytes into a " + dst.limit()
                + "-byte field (cut short)");
      }
      at += n;
    }
    dst.flip();
  }

  /** The index of the last entry the state includes. */
  public long index() {
    return index;
  }

  /** Its term. */
  public long term() {
    return term;
  }

  /**
   * The cluster configuration as of {@link #index} the file carries (one framed {@code Membership}
   * message, read-only view), or null for a file written without one.
   */
  public ByteBuffer configuration() {
    return configuration == null
        ? null
        : configuration.asReadOnlyBuffer().order(ByteOrder.LITTLE_ENDIAN);
  }

  /** The file. */
  public Path file() {
    return file;
  }

  /**
   * The next chunk (little-endian, valid until the next call), or null after the last one, once
   * the end marker checked out.
   */
  public ByteBuffer next() throws IOException {
    if (ended) {
      return null;
    }
    long at = position;
    word.clear().limit(4);
    readFully(channel, word, at, file);
    int n = word.getInt(0);
    if (n == 0) {
      word.clear().limit(8);
      readFully(channel, word, at + 4, file);
      int count = word.getInt(0);
      ByteBuffer end = ByteBuffer.allocate(8)
          .order(ByteOrder.LITTLE_ENDIAN)
          .putInt(0)
          .putInt(count)
          .flip();
      if (word.getInt(4) != SnapshotFormat.crc(end, 0, 8)) {
        throw new CorruptSnapshotException(file, at, "end marker checksum mismatch");
      }
      if (count != chunks) {
        throw new CorruptSnapshotException(
            file, at, "end marker counts " + count + " chunks, the file holds " + chunks);
      }
      if (at + 12 != size) {
        throw new CorruptSnapshotException(
            file, at + 12, (size - at - 12) + " bytes after the end marker");
      }
      ended = true;
      return null;
    }
    if (n < 0 || n > SnapshotFormat.MAX_CHUNK_BYTES || at + 4 + n + 4 > size) {
      throw new CorruptSnapshotException(
          file,
          at,
          "chunk length " + Integer.toUnsignedString(n) + " does not fit the file (" + size
              + " bytes)");
    }
    if (chunk.capacity() < n) {
      chunk = ByteBuffer.allocate(Math.max(n, chunk.capacity() * 2)).order(ByteOrder.LITTLE_ENDIAN);
    }
    chunk.clear().limit(n);
    readFully(channel, chunk, at + 4, file);
    word.clear().limit(4);
    readFully(channel, word, at + 4 + n, file);
    CRC32C c = new CRC32C();
    c.update(chunk.duplicate());
    if (word.getInt(0) != (int) c.getValue()) {
      throw new CorruptSnapshotException(
          file, at, "chunk " + chunks + " (" + n + " bytes) checksum mismatch");
    }
    position = at + 4 + n + 4;
    chunks++;
    return chunk;
  }

  /** Reads every chunk, checking it, without using it; returns the chunk count. */
  public int verifyAll() throws IOException {
    while (next() != null) {
      // checked by next()
    }
    return chunks;
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
