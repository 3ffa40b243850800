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
 * open segment's channel (and, once after a roll, the rolled one's) under the log's force lock, and
 * a {@link Preallocator} extends the open segment with zeros and finishes a rolled segment's close
 * (cut, rename: {@link #path} is therefore volatile) under the log's extend lock ({@link #allocated}
 * is volatile too: the owner reads it without the lock on every append).
 */
final class Segment {
  private final Path dir;
  /**
   * What the segment is in the log: from a roll on, a rolled segment's name is its closed name,
   * although its file keeps the open name until its close is finished ({@link #closePending}).
   * Null for a spare.
   */
  SegmentName name;
  /** The file's path now: the open name until a rolled segment's close is finished. */
  volatile Path path;
  /**
   * Rolled, but not yet cut and renamed to its closed name: the preallocator's thread does that
   * after the first sync since the roll (see {@code SegmentedLog}'s class documentation).
   */
  volatile boolean closePending;
  /**
   * A rolled segment whose first sync since the roll is done: its records and the new segment's
   * name are durable, and only the cut, force and rename to its closed name are left.
   */
  volatile boolean rollSynced;
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
    this(dir, name, dir.resolve(name.fileName()), end, allocated);
  }

  private Segment(Path dir, SegmentName name, Path path, int end, long allocated) {
    this.dir = dir;
    this.name = name;
    this.path = path;
    this.end = end;
    this.allocated = allocated;
  }

  /**
   * Creates a new, empty open segment: header and preallocated zeros, forced if {@code force} (the
   * directory is not). Unforced, the first sync of its records forces the file (its size too).
   */
  static Segment create(
      Path dir, long start, ByteBuffer header, ByteBuffer zeros, int preallocate, boolean force)
      throws IOException {
    Segment s =
        new Segment(dir, SegmentName.open(start), LogFormat.HEADER_BYTES, LogFormat.HEADER_BYTES);
    s.channel = FileChannel.open(
        s.path, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ, StandardOpenOption.WRITE);
    s.writable = true;
    s.writeHeader(start, header);
    s.preallocate(LogFormat.HEADER_BYTES + (long) preallocate, zeros);
    if (force) {
      s.channel.force(true);
    }
    return s;
  }

  /**
   * Creates the spare segment file ({@link LogFormat#SPARE_FILE}, replacing any): {@code size}
   * bytes of zeros, forced, with no name yet. A roll makes it the next open segment with {@link
   * #openAs}, so that the owner's thread neither creates nor fills a file then. A spare left by a
   * crash is deleted at recovery.
   */
  static Segment createSpare(Path dir, ByteBuffer zeros, long size) throws IOException {
    Segment s =
        new Segment(dir, null, dir.resolve(LogFormat.SPARE_FILE), LogFormat.HEADER_BYTES, 0);
    s.channel = FileChannel.open(
        s.path,
        StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING,
        StandardOpenOption.READ,
        StandardOpenOption.WRITE);
    s.writable = true;
    try {
      // Forced a mebibyte at a time: one force of megabytes of zeros stalls the log's own fsyncs.
      long target = Math.max(size, LogFormat.HEADER_BYTES);
      while (s.allocated < target) {
        s.preallocate(Math.min(target, s.allocated + (1 << 20)), zeros);
        s.channel.force(false);
      }
      // The placeholder header (LogFormat.FLAG_SPARE), over the first zeros.
      ByteBuffer h = ByteBuffer.allocate(LogFormat.HEADER_BYTES);
      LogFormat.putSpareHeader(h, 0);
      Recovery.writeFully(s.channel, h, 0);
      s.channel.force(true);
    } catch (IOException | RuntimeException e) {
      s.close();
      throw e;
    }
    return s;
  }

  /**
   * Makes this spare the open segment of records from {@code start}: writes the header over the
   * placeholder and renames the file, neither forced (the first sync after the roll forces both,
   * see {@code SegmentedLog}; a crash before it leaves the placeholder, see {@link
   * LogFormat#FLAG_SPARE}).
   */
  void openAs(long start, ByteBuffer header) throws IOException {
    writeHeader(start, header);
    SegmentName to = SegmentName.open(start);
    Path target = dir.resolve(to.fileName());
    Files.move(path, target, StandardCopyOption.ATOMIC_MOVE);
    path = target;
    name = to;
  }

  private void writeHeader(long start, ByteBuffer header) throws IOException {
    header.clear();
    LogFormat.putSegmentHeader(header, 0, start);
    header.limit(LogFormat.HEADER_BYTES);
    Recovery.writeFully(channel, header, 0);
  }

  /**
   * Renames a rolled segment's file to its closed name, {@link #name}, keeping the channel open (the
   * owner may be reading through it). The caller has cut and forced the file, and fsyncs the
   * directory.
   */
  void moveToName() throws IOException {
    Path target = dir.resolve(name.fileName());
    Files.move(path, target, StandardCopyOption.ATOMIC_MOVE);
    path = target;
  }

  /** The channel, opened on first use (read-write for the open segment). */
  FileChannel channel() throws IOException {
    if (channel == null || (!writable && name.open())) {
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
