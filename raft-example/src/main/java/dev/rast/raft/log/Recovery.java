package dev.rast.raft.log;

import dev.rast.capnp.DecodeException;
import dev.rast.raft.core.Records;
import dev.rast.raft.msg.RaftMsg.Entry;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Recovery, in two explicit steps. {@link #scan} reads the directory and every segment, checks
 * everything and changes nothing; it throws {@link CorruptLogException} for damage a crash cannot
 * explain. {@link #repair} then makes the changes a crash does call for, each with a log line:
 * truncating a torn tail, rewriting a torn header, deleting a leftover temporary hard state file.
 *
 * <p>What a crash can leave, and so what is repaired: a torn record (or torn zero padding) at the
 * end of the open segment, the last one; an open segment whose header never reached the disk; a
 * temporary hard state file; a spare segment file; and an unfinished roll, that is two open
 * segments, the last two. The first sync after a roll forces the old segment's last records before
 * the new segment's, and reports nothing durable before the directory fsync after both; the old
 * segment is renamed to its closed name later. So if the old segment's records end where the new
 * one starts, it is closed now (cut, forced, renamed) and the new one stays open; if they end
 * short of it (a torn tail), nothing in the new one was ever acknowledged, and it is deleted.
 * Everything else is refused: a damaged record followed by a valid one,
 * a closed segment that is damaged or holds fewer records than its name says, a gap between
 * segments, records out of index order or with falling terms, a header naming another start, and
 * a hard state whose commit index is past the last record (committed records went missing), and
 * records without a hard state file (a fresh log writes its hard state before its first record,
 * so the file was lost: the node's term and vote with it).
 *
 * <p>A hard state term below the last record's term is not a contradiction: records are written
 * before the hard state, so a crash between the two leaves exactly that.
 */
final class Recovery {
  private static final System.Logger LOG = System.getLogger(Recovery.class.getName());

  final Path dir;
  /** The segments in order; the last may be open. */
  final List<SegmentName> names = new ArrayList<>();
  /** Each segment's whole file, read at recovery (records stay here for the replay). */
  final List<ByteBuffer> contents = new ArrayList<>();
  /** Each segment's end of records (header included) after repair. */
  final List<Integer> ends = new ArrayList<>();

  final LogIndex index;
  StoredHardState hardState = StoredHardState.EMPTY;
  /** The open segment's torn tail starts here (-1: none); {@link #tornReason} says why. */
  int tornAt = -1;

  String tornReason = "";
  /** The open segment's header was torn: it is rewritten and the segment is empty. */
  boolean headerTorn;
  /** A temporary hard state file was left by a crash. */
  boolean staleTemp;
  /** A spare segment file was left by a crash (or a close). */
  boolean staleSpare;
  /** Compacted segments whose deletion a crash interrupted. */
  final List<Path> staleDeleting = new ArrayList<>();
  /** The new open segment of an unfinished roll that is deleted (see the class documentation). */
  SegmentName abandoned;
  /** The slot of an unfinished roll's old segment, complete and closed by repair; -1: none. */
  int unclosed = -1;
  /** No hard state file and no segment yet: a fresh log, which writes its empty hard state first. */
  boolean freshHardState;

  private Recovery(Path dir, int capacity) {
    this.dir = dir;
    this.index = new LogIndex(capacity);
  }

  /** Reads and checks the log in {@code dir}; changes nothing. */
  static Recovery scan(Path dir, int indexCapacity) throws IOException {
    Recovery r = new Recovery(dir, indexCapacity);
    List<SegmentName> found = SegmentName.list(dir);
    // The log starts at its first segment (1 until compaction deleted a prefix covered by a
    // snapshot).
    long expected = found.isEmpty() ? 1 : found.get(0).start();
    r.index.restartAt(expected);
    for (int i = 0; i < found.size(); i++) {
      SegmentName n = found.get(i);
      Path path = dir.resolve(n.fileName());
      boolean rollNotFinished =
          n.open() && i == found.size() - 2 && found.get(i + 1).open();
      if (n.open() && i != found.size() - 1 && !rollNotFinished) {
        throw new CorruptLogException(
            path,
            0,
            "open segment is followed by " + found.get(i + 1).fileName()
                + "; only the last segment may be open");
      }
      if (n.start() != expected) {
        throw new CorruptLogException(
            path,
            0,
            n.start() > expected
                ? "segment holding records " + expected + ".." + (n.start() - 1) + " is missing"
                : "overlaps the previous segment, which ends at " + (expected - 1));
      }
      r.readSegment(n, path, i);
      expected = r.index.last() + 1;
      if (rollNotFinished) {
        SegmentName next = found.get(i + 1);
        if (r.tornAt >= 0 || r.headerTorn || expected < next.start()) {
          r.abandoned = next; // this one is the open segment, and its tail is repaired as usual
          break;
        }
        r.unclosed = i; // complete (if it overlaps the next one, that is refused below)
      }
    }
    Path hardStatePath = dir.resolve(LogFormat.HARD_STATE_FILE);
    if (!Files.exists(hardStatePath)) {
      if (!found.isEmpty()) {
        // A log writes its hard state before its first segment (see repair), so this is a lost
        // file, not a crash: starting at term 0 with no vote could vote twice in one term.
        long first = found.get(0).start();
        throw new CorruptLogException(
            hardStatePath,
            0,
            "no hard state file, but the log holds "
                + (r.index.last() >= first
                    ? "records " + first + ".." + r.index.last()
                    : "segment " + found.get(0).fileName())
                + ": the node's term and vote are lost. Restore " + LogFormat.HARD_STATE_FILE
                + " from a copy of this node's data, or wipe the whole data directory and restart the node"
                + " to rejoin as a new, empty member (it gets the log from the leader)");
      }
      r.freshHardState = true;
    }
    r.hardState = HardStateFile.read(dir);
    if (r.hardState.commit() > r.index.last()) {
      String committed = LogFormat.HARD_STATE_FILE + " says records up to " + r.hardState.commit()
          + " are committed";
      if (r.tornAt >= 0) {
        // What would otherwise be a torn tail holds committed records: damage, not a crash.
        int last = r.names.size() - 1;
        throw new CorruptLogException(
            dir.resolve(r.names.get(last).fileName()),
            r.tornAt,
            "expected the record of index "
                + (r.index.last() + 1) + " here (" + r.tornReason + "), but " + committed
                + ": committed records are damaged or missing; refusing to truncate them");
      }
      throw new CorruptLogException(
          dir.resolve(LogFormat.HARD_STATE_FILE),
          LogFormat.HARD_STATE_HEADER_BYTES,
          committed + ", but the log ends at index " + r.index.last()
              + ": committed records are missing");
    }
    r.staleTemp = Files.exists(dir.resolve(LogFormat.HARD_STATE_TEMP_FILE));
    r.staleSpare = Files.exists(dir.resolve(LogFormat.SPARE_FILE));
    try (var files = Files.newDirectoryStream(dir, "*" + LogFormat.DELETING_SUFFIX)) {
      for (Path f : files) {
        r.staleDeleting.add(f);
      }
    }
    return r;
  }

  private void readSegment(SegmentName n, Path path, int slot) throws IOException {
    ByteBuffer buf = readAll(path);
    int size = buf.capacity();
    ScanResult header = LogScanner.checkHeader(buf, size, n.start());
    if (header.kind() == ScanResult.Kind.CORRUPT) {
      throw new CorruptLogException(path, header.offset(), header.reason());
    }
    names.add(n);
    contents.add(buf);
    if (header.kind() == ScanResult.Kind.TORN) {
      if (!n.open()) {
        throw new CorruptLogException(path, 0, "closed segment with " + header.reason());
      }
      headerTorn = true;
      ends.add(LogFormat.HEADER_BYTES);
      return;
    }
    ScanResult scan = LogScanner.scan(buf, LogFormat.HEADER_BYTES, size, null);
    switch (scan.kind()) {
      case CORRUPT -> throw new CorruptLogException(path, scan.offset(), scan.reason());
      case TORN -> {
        if (!n.open()) {
          throw new CorruptLogException(
              path, scan.offset(), "closed segment is damaged: " + scan.reason());
        }
        tornAt = scan.offset();
        tornReason = scan.reason();
      }
      case CLEAN -> {}
    }
    indexRecords(path, buf, scan.offset(), n.start(), slot);
    if (!n.open() && index.last() != n.end()) {
      throw new CorruptLogException(
          path,
          scan.offset(),
          "closed segment holds records " + n.start() + ".." + index.last() + ", its name says "
              + n.start() + ".." + n.end());
    }
    ends.add(scan.offset());
  }

  /** Adds the (valid) records of {@code buf} before {@code end} to the index, checking index and term order. */
  private void indexRecords(Path path, ByteBuffer buf, int end, long start, int slot)
      throws CorruptLogException {
    Records records = new Records();
    long expected = start;
    for (int at = LogFormat.HEADER_BYTES; at < end; ) {
      int length = Records.recordLength(buf, at);
      Entry.Reader e;
      try {
        e = records.entry(buf, at);
      } catch (DecodeException ex) {
        throw new CorruptLogException(
            path, at, "record does not decode as an Entry: " + ex.getMessage(), ex);
      }
      if (e.getIndex() != expected) {
        throw new CorruptLogException(
            path, at, "record of index " + e.getIndex() + " where " + expected + " belongs");
      }
      long prevTerm = index.term(expected - 1);
      if (e.getTerm() < prevTerm) {
        throw new CorruptLogException(
            path,
            at,
            "term " + e.getTerm() + " of index " + expected
                + " is below the previous record's term " + prevTerm);
      }
      index.add(e.getTerm(), slot, at, length);
      expected++;
      at += length;
    }
  }

  /** Makes the changes a crash calls for (after {@link #scan} found nothing worse), logging each. */
  void repair(FileChannel dirChannel) throws IOException {
    int last = names.size() - 1;
    if (abandoned != null) {
      // First: from here on the segment before it is the last, and its tail is repaired below.
      Path path = dir.resolve(abandoned.fileName());
      LOG.log(
          Level.WARNING,
          "{0}: a roll was not finished (crash before {1} was closed); deleting the new segment"
              + " ({2} bytes), none of whose records was acknowledged",
          path,
          names.get(last).fileName(),
          Files.size(path));
      Files.delete(path);
      dirChannel.force(true);
    }
    if (unclosed >= 0) {
      closeUnclosed(dirChannel);
    }
    if (headerTorn) {
      Path path = dir.resolve(names.get(last).fileName());
      LOG.log(
          Level.WARNING,
          "{0}: torn segment header (crash while the segment was created); rewriting it, the segment is empty",
          path);
      ByteBuffer h = ByteBuffer.allocate(LogFormat.HEADER_BYTES);
      LogFormat.putSegmentHeader(h, 0, names.get(last).start());
      try (FileChannel ch = FileChannel.open(path, StandardOpenOption.WRITE)) {
        ch.truncate(0);
        writeFully(ch, h, 0);
        ch.force(true);
      }
      ByteBuffer fresh = ByteBuffer.allocate(LogFormat.HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
      LogFormat.putSegmentHeader(fresh, 0, names.get(last).start());
      contents.set(last, fresh);
    }
    if (tornAt >= 0) {
      Path path = dir.resolve(names.get(last).fileName());
      long size = Files.size(path);
      LOG.log(
          Level.WARNING,
          "{0}: torn tail at offset {1} ({2}); truncating {3} bytes after index {4}",
          path,
          tornAt,
          tornReason,
          size - tornAt,
          index.last());
      try (FileChannel ch = FileChannel.open(path, StandardOpenOption.WRITE)) {
        ch.truncate(tornAt);
        ch.force(true);
      }
    }
    for (Path f : staleDeleting) {
      LOG.log(
          Level.INFO, "{0}: deleting a compacted segment whose deletion a crash interrupted", f);
      GradualDelete.shrinkAndDelete(f);
    }
    if (staleSpare) {
      Path spare = dir.resolve(LogFormat.SPARE_FILE);
      LOG.log(Level.INFO, "{0}: deleting a spare segment file (zeros) left by a crash", spare);
      Files.delete(spare);
    }
    if (staleTemp) {
      Path temp = dir.resolve(LogFormat.HARD_STATE_TEMP_FILE);
      LOG.log(Level.INFO, "{0}: deleting a temporary hard state file left by a crash", temp);
      Files.delete(temp);
      dirChannel.force(true);
    }
    if (freshHardState) {
      // Before the first segment: from now on a log with segments always has a hard state file
      // (it is only ever replaced by a rename), so a missing one is refused in scan.
      new HardStateFile(dir, dirChannel).write(0, 0, 0);
    }
  }

  /** Finishes an unfinished roll whose old segment is complete: cut, force, rename. */
  private void closeUnclosed(FileChannel dirChannel) throws IOException {
    SegmentName open = names.get(unclosed);
    SegmentName closed =
        SegmentName.closed(open.start(), names.get(unclosed + 1).start() - 1);
    Path path = dir.resolve(open.fileName());
    int end = ends.get(unclosed);
    LOG.log(
        Level.WARNING,
        "{0}: a roll was not finished (crash before the segment was closed); closing it as {1}",
        path,
        closed.fileName());
    try (FileChannel ch = FileChannel.open(path, StandardOpenOption.WRITE)) {
      ch.truncate(end);
      ch.force(true);
    }
    Files.move(path, dir.resolve(closed.fileName()), StandardCopyOption.ATOMIC_MOVE);
    dirChannel.force(true);
    names.set(unclosed, closed);
    contents.set(unclosed, contents.get(unclosed).slice(0, end).order(ByteOrder.LITTLE_ENDIAN));
  }

  static ByteBuffer readAll(Path path) throws IOException {
    try (FileChannel ch = FileChannel.open(path, StandardOpenOption.READ)) {
      long size = ch.size();
      if (size > Integer.MAX_VALUE - 8) {
        throw new CorruptLogException(
            path, 0, "segment of " + size + " bytes is larger than any this log writes");
      }
      ByteBuffer buf = ByteBuffer.allocate((int) size).order(ByteOrder.LITTLE_ENDIAN);
      while (buf.hasRemaining()) {
        if (ch.read(buf, buf.position()) < 0) {
          throw new IOException(path + ": file shrank while being read");
        }
      }
      return buf.clear();
    }
  }

  static void writeFully(FileChannel ch, ByteBuffer src, long at) throws IOException {
    while (src.hasRemaining()) {
      at += ch.write(src, at);
    }
  }
}
