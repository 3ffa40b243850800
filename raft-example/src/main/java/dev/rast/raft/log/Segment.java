package dev.rast.raft.log;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * One segment file and what the log knows of it: its name (state and range), where its records
 * end, how far the file is preallocated, and a channel opened on first use (read-only for a closed
 * segment, read-write for the open one).
 *
 * <p>Not thread-safe; owned by the log's owner thread, except that the syncing thread forces the
 * open segment's channel under the log's force lock, and a {@link Preallocator} extends the open
 * segment with zeros under the log's extend lock ({@link #allocated} is therefore volatile: the
 * owner reads it without the lock on every append).
 */
final class Segment {
  private final Path dir;
  SegmentName name;
  Path path;
  /** Bytes of header and records; in the open segment buffered appends count too. */
  int end;
  /**
   * The file's size as this log made it: {@code >= end} (zero padding in between). Written under
   * the log's extend lock (or by the owner alone when no preallocator runs); read by the owner
   * without it.
   */
  volatile long allocated;

  private FileChannel channel;
  private boolean writable;

  Segment(Path dir, SegmentName name, int end, long allocated) {
    this.dir = dir;
    this.name = name;
    this.path = dir.resolve(name.fileName());
    this.end = end;
    this.allocated = allocated;
  }

  /** Creates a new, empty open segment: header, preallocated zeros, all forced (the directory is not). */
  static Segment create(Path dir, long start, ByteBuffer header, ByteBuffer zeros, int preallocate)
      throws IOException {
    Segment s =
        new Segment(dir, SegmentName.open(start), LogFormat.HEADER_BYTES, LogFormat.HEADER_BYTES);
    s.channel = FileChannel.open(
        s.path, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ, StandardOpenOption.WRITE);
    s.writable = true;
    header.clear();
    LogFormat.putSegmentHeader(header, 0, start);
    header.limit(LogFormat.HEADER_BYTES);
    Recovery.writeFully(s.channel, header, 0);
    s.preallocate(LogFormat.HEADER_BYTES + (long) preallocate, zeros);
    s.channel.force(true);
    return s;
  }

  /** The channel, opened on first use (read-write for the open segment). */
  FileChannel channel() throws IOException {
    if (channel == null || (name.open() && !writable)) {
      close();
      channel = name.open()
          ? FileChannel.open(path, StandardOpenOption.READ, StandardOpenOption.WRITE)
          : FileChannel.open(path, StandardOpenOption.READ);
      writable = name.open();
    }
    return channel;
  }

  /** Extends the file with zeros to {@code size} bytes if it is shorter. */
  void preallocate(long size, ByteBuffer zeros) throws IOException {
    FileChannel ch = channel();
    while (allocated < size) {
      int n = (int) Math.min(zeros.capacity(), size - allocated);
      zeros.clear().limit(n);
      Recovery.writeFully(ch, zeros, allocated);
      allocated += n;
    }
  }

  /** Renames the file to {@code to} (atomically; the caller fsyncs the directory). */
  void rename(SegmentName to) throws IOException {
    Path target = dir.resolve(to.fileName());
    Files.move(path, target, StandardCopyOption.ATOMIC_MOVE);
    path = target;
    boolean reopen = to.open() != name.open();
    name = to;
    if (reopen) {
      close();
    }
  }

  void close() throws IOException {
    if (channel != null) {
      channel.close();
      channel = null;
    }
  }

  @Override
  public String toString() {
    return name + "[end=" + end + ", allocated=" + allocated + "]";
  }
}
