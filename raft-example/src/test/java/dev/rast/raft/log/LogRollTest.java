package dev.rast.raft.log;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Rolling off the owner's thread: a roll only renames the spare and switches segments; the next
 * sync forces the old segment's last records, the new segment's and the directory; after it the
 * old segment is cut, forced and renamed. What a crash leaves in between (two open segments, a
 * spare file) is repaired at recovery without losing an acknowledged record.
 */
@Timeout(60)
class LogRollTest {
  private static final int SEGMENT = 1024;

  @TempDir
  Path dir;

  @TempDir
  Path crashed;

  private static LogOptions options() {
    return TestLogs.small(SEGMENT);
  }

  /** Appends records from {@code from} until the log has {@code segments} segments; returns them. */
  private static List<byte[]> appendUntil(SegmentedLog log, long from, int segments)
      throws IOException {
    List<byte[]> out = new ArrayList<>();
    long i = from;
    while (log.segmentNames().size() < segments) {
      out.addAll(TestLogs.appendRange(log, i, i, 1, 40));
      i++;
    }
    return out;
  }

  /**
   * Stores an empty hard state, then appends records until the log rolls once (no sync after);
   * returns the rolled segment's last index.
   */
  private static long rollOnce(SegmentedLog log) throws IOException {
    log.setHardState(1, 1, 0);
    log.sync();
    appendUntil(log, 1, 2);
    return log.segmentNames().get(0).end();
  }

  private List<String> files(Path d) throws IOException {
    try (var s = Files.list(d)) {
      return s.map(p -> p.getFileName().toString())
          .filter(n -> !n.equals(LogFormat.LOCK_FILE) && !n.startsWith(LogFormat.HARD_STATE_FILE))
          .sorted()
          .toList();
    }
  }

  private static long openCount(List<String> names) {
    return names.stream().filter(n -> n.startsWith(LogFormat.INPROGRESS_PREFIX)).count();
  }

  /** Copies the log's files as they are now (the page cache: what a crash could leave at most). */
  private void copyTo(Path to) throws IOException {
    try (var s = Files.list(dir)) {
      for (Path p : s.toList()) {
        if (!p.getFileName().toString().equals(LogFormat.LOCK_FILE)) {
          Files.copy(p, to.resolve(p.getFileName()));
        }
      }
    }
  }

  @Test
  void aRollIsFinishedOffTheOwnersThreadInTwoSteps() throws IOException {
    try (SegmentedLog log = SegmentedLog.open(dir, options())) {
      log.setHardState(1, 1, 0);
      log.sync();
      appendUntil(log, 1, 2);
      long last = log.lastIndex();
      SegmentName first = log.segmentNames().get(0);
      assertFalse(first.open(), "in memory the rolled segment is closed at once: " + first);
      log.flush();
      // On disk the rolled segment keeps its open name until a sync finishes the close.
      assertEquals(2, openCount(files(dir)), files(dir).toString());

      log.sync();
      assertEquals(2, openCount(files(dir)), "the sync made the new name durable, no more");
      log.flush(); // without a preallocator the owner takes the second step here
      List<String> after = files(dir);
      assertEquals(List.of(first.fileName(), SegmentName.open(first.end() + 1).fileName()), after);
      assertTrue(first.end() < last);
      long size = Files.size(dir.resolve(first.fileName()));
      ByteBuffer all = ByteBuffer.allocate((int) size);
      log.read(first.start(), first.end(), all.position(LogFormat.HEADER_BYTES));
      assertEquals(
          LogFormat.HEADER_BYTES + log.bytes(first.start(), first.end()),
          size,
          "the close cut the segment to its records");
    }
  }

  @Test
  void aSecondRollBeforeAnySyncFinishesTheFirstCloseOnTheOwnersThread() throws IOException {
    List<byte[]> records;
    try (SegmentedLog log = SegmentedLog.open(dir, options())) {
      log.setHardState(1, 1, 0);
      log.sync();
      records = appendUntil(log, 1, 3);
      log.flush();
      List<String> names = files(dir);
      assertEquals(3, names.size(), names.toString());
      assertEquals(2, openCount(names), "at most the last two segments are open on disk: " + names);
      assertEquals(log.segmentNames().get(0).fileName(), names.get(0));
      log.sync();
      log.flush();
      assertEquals(1, openCount(files(dir)));
    }
    try (SegmentedLog log = SegmentedLog.open(dir, options())) {
      assertEquals(records.size(), log.lastIndex());
      for (int i = 0; i < records.size(); i++) {
        ByteBuffer dst = ByteBuffer.allocate(records.get(i).length);
        log.read(i + 1, i + 1, dst);
        assertArrayEquals(records.get(i), dst.array(), "record " + (i + 1));
      }
    }
  }

  /**
   * A crash after a roll, before the old segment was closed: it is still open on disk, with its
   * zero padding, and the new one holds records. The old one's records end where the new one
   * starts, so recovery closes it and keeps both.
   */
  @Test
  void anUnfinishedRollWithACompleteOldSegmentIsFinishedAtRecovery() throws IOException {
    long rolledEnd;
    long last;
    try (SegmentedLog log = SegmentedLog.open(dir, options().withPreallocateBytes(4096))) {
      rolledEnd = rollOnce(log);
      TestLogs.appendRange(log, log.lastIndex() + 1, log.lastIndex() + 3, 1, 40);
      last = log.lastIndex();
      log.sync(); // the new segment's records are durable; the old one is not closed yet
      copyTo(crashed);
    }
    assertEquals(2, openCount(files(crashed)), files(crashed).toString());
    try (SegmentedLog log = SegmentedLog.open(crashed, options())) {
      assertEquals(last, log.lastIndex(), "no record is lost");
      SegmentName closed = SegmentName.closed(1, rolledEnd);
      assertEquals(
          List.of(closed.fileName(), SegmentName.open(rolledEnd + 1).fileName()), files(crashed));
      assertEquals(
          LogFormat.HEADER_BYTES + log.bytes(1, rolledEnd),
          Files.size(crashed.resolve(closed.fileName())),
          "cut to its records");
      // The log goes on from there, and rolls again.
      TestLogs.appendRange(log, last + 1, last + 40, 2, 40);
      log.setHardState(2, 1, last + 40);
      log.sync();
    }
    try (SegmentedLog log = SegmentedLog.open(crashed, options())) {
      assertEquals(last + 40, log.lastIndex());
      assertEquals(2, log.term(last + 40));
      assertEquals(1, log.term(rolledEnd));
    }
  }

  /**
   * The same crash before the new segment's header reached the disk (the first sync after the roll
   * had not finished) and before its first record did: the header is rewritten, the new segment
   * starts empty, and the old one is closed.
   */
  @Test
  void anUnfinishedRollWhoseNewHeaderWasLostKeepsTheOldSegment() throws IOException {
    long rolledEnd;
    try (SegmentedLog log = SegmentedLog.open(dir, options())) {
      rolledEnd = rollOnce(log);
      log.flush();
      copyTo(crashed);
    }
    Path next = crashed.resolve(SegmentName.open(rolledEnd + 1).fileName());
    Files.write(next, new byte[4096]); // neither its header nor its record reached the disk
    try (SegmentedLog log = SegmentedLog.open(crashed, options())) {
      assertEquals(rolledEnd, log.lastIndex());
      assertEquals(
          List.of(
              SegmentName.closed(1, rolledEnd).fileName(), next.getFileName().toString()),
          files(crashed));
    }
  }

  /** The same crash with the old segment's tail torn: it is truncated as usual, the new one goes. */
  @Test
  void anUnfinishedRollWithATornTailKeepsTheValidPrefix() throws IOException {
    long rolledEnd;
    try (SegmentedLog log = SegmentedLog.open(dir, options())) {
      rolledEnd = rollOnce(log);
      log.flush();
      copyTo(crashed);
    }
    Path old = crashed.resolve(SegmentName.open(1).fileName());
    long size = Files.size(old);
    try (var ch = java.nio.channels.FileChannel.open(old, java.nio.file.StandardOpenOption.WRITE)) {
      ch.truncate(size - 10); // the last record torn
    }
    try (SegmentedLog log = SegmentedLog.open(crashed, options())) {
      assertEquals(rolledEnd - 1, log.lastIndex());
      assertEquals(List.of(SegmentName.open(1).fileName()), files(crashed));
    }
  }

  /**
   * A crash in the first sync after a roll can put the new segment's records on the disk without
   * its header (one force, pages in any order): the header is then the spare's placeholder, forced
   * when the spare was made. None of those records was acknowledged, so the segment is emptied (an
   * all-zero header before valid records stays refused as damage, see {@code LogScanTest}).
   */
  @Test
  void aNewSegmentWhoseFirstSyncNeverFinishedIsEmptied() throws IOException {
    long rolledEnd;
    try (SegmentedLog log = SegmentedLog.open(dir, options())) {
      rolledEnd = rollOnce(log);
      TestLogs.appendRange(log, log.lastIndex() + 1, log.lastIndex() + 3, 1, 40);
      log.flush();
      copyTo(crashed);
    }
    Path next = crashed.resolve(SegmentName.open(rolledEnd + 1).fileName());
    ByteBuffer placeholder = ByteBuffer.allocate(LogFormat.HEADER_BYTES);
    LogFormat.putSpareHeader(placeholder, 0);
    try (var ch =
        java.nio.channels.FileChannel.open(next, java.nio.file.StandardOpenOption.WRITE)) {
      ch.write(placeholder, 0);
    }
    try (SegmentedLog log = SegmentedLog.open(crashed, options())) {
      assertEquals(rolledEnd, log.lastIndex());
      assertEquals(
          List.of(
              SegmentName.closed(1, rolledEnd).fileName(), next.getFileName().toString()),
          files(crashed));
      TestLogs.appendRange(log, rolledEnd + 1, rolledEnd + 2, 2, 40);
      log.setHardState(2, 1, rolledEnd + 2);
      log.sync();
    }
    try (SegmentedLog log = SegmentedLog.open(crashed, options())) {
      assertEquals(rolledEnd + 2, log.lastIndex());
      assertEquals(2, log.term(rolledEnd + 1));
    }
  }

  /**
   * The close cuts the zero padding off without a force of its own (the cut rides on the directory
   * fsync): if the cut is lost, a closed segment with padding must still be accepted.
   */
  @Test
  void aClosedSegmentWhoseCutWasLostIsAccepted() throws IOException {
    long last;
    try (SegmentedLog log = SegmentedLog.open(dir, options())) {
      appendUntil(log, 1, 3);
      last = log.lastIndex();
      log.setHardState(1, 1, last);
      log.sync();
    }
    Path closed = dir.resolve(SegmentName.list(dir).get(0).fileName());
    Files.write(closed, new byte[4096], java.nio.file.StandardOpenOption.APPEND);
    try (SegmentedLog log = SegmentedLog.open(dir, options())) {
      assertEquals(last, log.lastIndex());
      assertEquals(1, log.firstIndex());
    }
  }

  @Test
  void aSpareLeftByACrashIsDeleted() throws IOException {
    try (SegmentedLog log = SegmentedLog.open(dir, options())) {
      TestLogs.appendRange(log, 1, 3, 1, 40);
      log.setHardState(1, 1, 3);
      log.sync();
    }
    Files.write(dir.resolve(LogFormat.SPARE_FILE), new byte[8192]);
    try (SegmentedLog log = SegmentedLog.open(dir, options())) {
      assertEquals(3, log.lastIndex());
      assertFalse(Files.exists(dir.resolve(LogFormat.SPARE_FILE)));
    }
  }

  @Test
  void theRollTakesThePreallocatorsSpareAndAnotherIsMade() throws Exception {
    LogOptions options = options().withPreallocateBytes(4096);
    Path spare = dir.resolve(LogFormat.SPARE_FILE);
    try (SegmentedLog log = SegmentedLog.open(dir, options)) {
      log.setHardState(1, 1, 0);
      log.sync();
      Preallocator p = new Preallocator(log);
      p.start();
      TestLogs.appendRange(log, 1, 1, 1, 40);
      log.flush();
      waitFor(log::spareReady, "a spare once the open segment is half full");
      Object firstSpare = Files.readAttributes(spare, "unix:ino").get("ino");
      ByteBuffer placeholder = ByteBuffer.allocate(LogFormat.HEADER_BYTES);
      LogFormat.putSpareHeader(placeholder, 0);
      byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(spare), LogFormat.HEADER_BYTES);
      assertArrayEquals(placeholder.array(), head, "the spare carries the placeholder header");
      appendUntil(log, 2, 2);
      Path next =
          dir.resolve(SegmentName.open(log.segmentNames().get(0).end() + 1).fileName());
      assertEquals(
          firstSpare,
          Files.readAttributes(next, "unix:ino").get("ino"),
          "the new open segment is the spare's file");
      log.sync();
      waitFor(
          () -> log.segmentNames().size() == 2 && openCount(filesUnchecked()) == 1,
          "the preallocator to close the rolled segment");
      TestLogs.appendRange(log, log.lastIndex() + 1, log.lastIndex() + 1, 1, 40);
      log.flush();
      waitFor(log::spareReady, "a new spare after the roll");
      assertTrue(log.diskBytes() >= Files.size(spare));
      log.sync();
      p.close();
    }
    assertFalse(Files.exists(spare), "a closed log leaves no spare");
  }

  @Test
  void aTruncationIntoTheRolledSegmentFinishesItsCloseFirst() throws IOException {
    long rolledEnd;
    try (SegmentedLog log = SegmentedLog.open(dir, options())) {
      rolledEnd = rollOnce(log);
      log.truncateFrom(rolledEnd - 1);
      assertEquals(List.of(SegmentName.open(1).fileName()), files(dir));
      TestLogs.appendRange(log, rolledEnd - 1, rolledEnd + 2, 3, 40);
      log.sync();
    }
    try (SegmentedLog log = SegmentedLog.open(dir, options())) {
      assertEquals(rolledEnd + 2, log.lastIndex());
      assertEquals(3, log.term(rolledEnd - 1));
      assertEquals(1, log.term(rolledEnd - 2));
    }
  }

  @Test
  void aTruncationIntoTheNewSegmentWithTheCloseStillPending() throws IOException {
    long rolledEnd;
    try (SegmentedLog log = SegmentedLog.open(dir, options())) {
      rolledEnd = rollOnce(log);
      TestLogs.appendRange(log, log.lastIndex() + 1, log.lastIndex() + 3, 1, 40);
      log.truncateFrom(rolledEnd + 2);
      assertEquals(
          List.of(
              SegmentName.closed(1, rolledEnd).fileName(),
              SegmentName.open(rolledEnd + 1).fileName()),
          files(dir),
          "the close was finished first");
      TestLogs.appendRange(log, rolledEnd + 2, rolledEnd + 3, 4, 40);
      log.sync();
    }
    try (SegmentedLog log = SegmentedLog.open(dir, options())) {
      assertEquals(rolledEnd + 3, log.lastIndex());
      assertEquals(1, log.term(rolledEnd + 1));
      assertEquals(4, log.term(rolledEnd + 2));
    }
  }

  @Test
  void aRestartWithTheCloseStillPendingLeavesOnlyTheNewLog() throws IOException {
    try (SegmentedLog log = SegmentedLog.open(dir, options())) {
      log.setHardState(1, 1, 0);
      log.sync();
      appendUntil(log, 1, 2);
      log.restartAt(10_000);
      assertEquals(List.of(SegmentName.open(10_000).fileName()), files(dir));
      TestLogs.appendRange(log, 10_000, 10_001, 5, 40);
      log.sync();
    }
    try (SegmentedLog log = SegmentedLog.open(dir, options())) {
      assertEquals(10_000, log.firstIndex());
      assertEquals(10_001, log.lastIndex());
    }
  }

  /** The production shutdown order: the preallocator stops first, then the log closes. */
  @Test
  void closingAfterThePreallocatorStoppedFinishesThePendingClose() throws Exception {
    long last;
    try (SegmentedLog log = SegmentedLog.open(dir, options().withPreallocateBytes(4096))) {
      log.setHardState(1, 1, 0);
      log.sync();
      Preallocator p = new Preallocator(log);
      p.start();
      appendUntil(log, 1, 2);
      last = log.lastIndex();
      log.flush();
      p.close();
    }
    assertEquals(1, openCount(files(dir)), files(dir).toString());
    try (SegmentedLog log = SegmentedLog.open(dir, options())) {
      assertEquals(last, log.lastIndex());
    }
  }

  @Test
  void compactionWaitsForTheRolledSegmentsClose() throws IOException {
    try (SegmentedLog log = SegmentedLog.open(dir, options())) {
      log.setHardState(1, 1, 0);
      log.sync();
      appendUntil(log, 1, 2);
      log.sync();
      appendUntil(log, log.lastIndex() + 1, 3);
      long end = log.lastIndex();
      log.setHardState(1, 1, end);
      assertEquals(1, log.detachBefore(end), "only the segment whose close is finished");
      log.sync();
      log.flush();
      assertEquals(1, log.detachBefore(end), "then the next one");
      log.deleteDetached();
      assertEquals(1, openCount(files(dir)));
      assertEquals(1, files(dir).size(), files(dir).toString());
    }
  }

  private List<String> filesUnchecked() {
    try {
      return files(dir);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static void waitFor(java.util.function.BooleanSupplier condition, String what)
      throws InterruptedException {
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("timed out waiting for " + what);
      }
      Thread.sleep(5);
    }
  }
}
