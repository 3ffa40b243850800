package dev.rast.raft.log;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compaction deletes the segments wholly below the index to keep, never the open one; the log
 * then starts later, reads and appends go on, and a reopened log recovers from its first segment.
 * {@code restartAt} empties the log so it continues after a snapshot.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class LogCompactionTest {
  @TempDir
  Path dir;

  private static byte[] read(SegmentedLog log, long from, long to) throws IOException {
    ByteBuffer b = ByteBuffer.allocate((int) log.bytes(from, to));
    log.read(from, to, b);
    return b.array();
  }

  @Test
  void compactionDeletesCoveredSegmentsAndTheLogRecoversFromItsNewStart() throws IOException {
    List<byte[]> records = new ArrayList<>();
    try (SegmentedLog log = SegmentedLog.open(dir, TestLogs.small(4096))) {
      records.addAll(TestLogs.appendRange(log, 1, 400, 1, 60));
      log.sync();
      int before = log.segmentNames().size();
      long diskBefore = log.diskBytes();
      assertEquals(0, log.compactBefore(1), "nothing below 1");
      int deleted = log.compactBefore(250);
      assertTrue(
          deleted > 0 && log.segmentNames().size() == before - deleted,
          "deleted " + deleted + " of " + before);
      long first = log.firstIndex();
      assertTrue(first > 1 && first <= 250, "first index " + first);
      assertEquals(log.segmentNames().get(0).start(), first);
      assertTrue(log.diskBytes() < diskBefore);
      assertEquals(0, log.term(first - 1), "compacted: no term");
      assertEquals(1, log.term(first));
      assertArrayEquals(
          TestLogs.concat(records.subList((int) first - 1, 400)), read(log, first, 400));
      assertThrows(
          IllegalArgumentException.class,
          () -> log.read(first - 1, first, ByteBuffer.allocate(1 << 16)));
      records.addAll(TestLogs.appendRange(log, 401, 450, 2, 60));
      log.sync();
      log.flush(); // the last roll's second step (the preallocator's, when there is one)
      assertEquals(
          log.segmentNames().size() - 1,
          log.compactBefore(Long.MAX_VALUE),
          "every closed segment, never the open one");
    }
    try (SegmentedLog log = SegmentedLog.open(dir, TestLogs.small(4096))) {
      long first = log.firstIndex();
      assertTrue(first > 250, "recovered from the first segment left: " + first);
      assertEquals(450, log.lastIndex());
      List<Long> replayed = new ArrayList<>();
      log.replay((index, term, buf, offset, length) -> replayed.add(index));
      assertEquals(first, replayed.get(0));
      assertEquals(450 - first + 1, replayed.size());
      assertArrayEquals(
          TestLogs.concat(records.subList((int) first - 1, 450)), read(log, first, 450));
    }
  }

  @Test
  void detachingLeavesTheFilesForAnotherThreadToDeleteAndTheLogMovesOnAtOnce() throws Exception {
    List<byte[]> records = new ArrayList<>();
    try (SegmentedLog log = SegmentedLog.open(dir, TestLogs.small(4096))) {
      records.addAll(TestLogs.appendRange(log, 1, 400, 1, 60));
      log.sync();
      List<Path> files = segmentFiles();
      int detached = log.detachBefore(250);
      assertTrue(detached > 0, "detached " + detached);
      long first = log.firstIndex();
      assertTrue(first > 1 && first <= 250, "first index " + first);
      assertEquals(files, segmentFiles(), "detaching deletes nothing");
      assertThrows(
          IllegalArgumentException.class,
          () -> log.read(first - 1, first, ByteBuffer.allocate(1 << 16)));
      // Appends and reads go on while the files wait; a second detach queues behind the first.
      records.addAll(TestLogs.appendRange(log, 401, 450, 2, 60));
      log.sync();
      int more = log.detachBefore(400);
      assertTrue(more > 0, "detached " + more + " more");
      Thread deleter = new Thread(() -> {
        try {
          log.deleteDetached();
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      });
      deleter.start();
      deleter.join(10_000);
      assertEquals(
          log.segmentNames().size(), segmentFiles().size(), "exactly the detached files went");
      assertArrayEquals(
          TestLogs.concat(records.subList((int) log.firstIndex() - 1, 450)),
          read(log, log.firstIndex(), 450));
    }
    try (SegmentedLog log = SegmentedLog.open(dir, TestLogs.small(4096))) {
      assertEquals(450, log.lastIndex());
      assertTrue(log.firstIndex() > 250, "first index " + log.firstIndex());
    }
  }

  private List<Path> segmentFiles() throws IOException {
    try (var s = java.nio.file.Files.list(dir)) {
      return s.filter(p -> SegmentName.parse(p.getFileName().toString()) != null)
          .sorted()
          .toList();
    }
  }

  @Test
  void restartAtEmptiesTheLogWhichThenContinuesAfterTheSnapshot() throws IOException {
    try (SegmentedLog log = SegmentedLog.open(dir, TestLogs.small(4096))) {
      TestLogs.appendRange(log, 1, 100, 1, 60);
      log.setHardState(1, 0, 80);
      log.sync();
      assertThrows(
          IllegalArgumentException.class,
          () -> log.restartAt(80),
          "committed records are never dropped");
      log.restartAt(1001);
      assertEquals(1001, log.firstIndex());
      assertEquals(1000, log.lastIndex());
      TestLogs.appendRange(log, 1001, 1100, 3, 60);
      log.sync();
    }
    try (SegmentedLog log = SegmentedLog.open(dir, TestLogs.small(4096))) {
      assertEquals(1001, log.firstIndex());
      assertEquals(1100, log.lastIndex());
      assertEquals(3, log.term(1001));
    }
  }

  /**
   * A compacted segment leaves the log by a rename before it is shrunk and deleted (see {@link
   * GradualDelete}); nothing is left behind, and a file a crash left half-deleted is not part of
   * the log: recovery deletes it.
   */
  @Test
  void compactedSegmentsAreRenamedOutShrunkAndDeleted() throws IOException {
    try (SegmentedLog log = SegmentedLog.open(dir, TestLogs.small(4096))) {
      TestLogs.appendRange(log, 1, 400, 1, 60);
      log.setHardState(1, 0, 400);
      log.sync();
      log.flush();
      int n = log.compactBefore(300);
      assertTrue(n > 0);
      try (var s = java.nio.file.Files.list(dir)) {
        assertTrue(
            s.noneMatch(p -> p.toString().endsWith(LogFormat.DELETING_SUFFIX)),
            "nothing left behind");
      }
    }
    java.nio.file.Path first = segmentFiles().get(0);
    SegmentName name = SegmentName.parse(first.getFileName().toString());
    java.nio.file.Path doomed = dir.resolve(first.getFileName() + LogFormat.DELETING_SUFFIX);
    assertEquals(null, SegmentName.parse(doomed.getFileName().toString()));
    // A crash in the middle of deleting the first segment: renamed, and cut short.
    java.nio.file.Files.move(first, doomed);
    try (var ch =
        java.nio.channels.FileChannel.open(doomed, java.nio.file.StandardOpenOption.WRITE)) {
      ch.truncate(100);
    }
    try (SegmentedLog log = SegmentedLog.open(dir, TestLogs.small(4096))) {
      assertEquals(name.end() + 1, log.firstIndex(), "the log starts after it");
      assertEquals(400, log.lastIndex());
    }
    assertTrue(java.nio.file.Files.notExists(doomed), "recovery deleted it");
  }

  @Test
  void gradualDeleteRemovesALargeFileAndIgnoresAMissingOne() throws IOException {
    java.nio.file.Path big = dir.resolve("big");
    java.nio.file.Files.write(big, new byte[(int) (GradualDelete.STEP_BYTES * 2 + 12345)]);
    GradualDelete.shrinkAndDelete(big);
    assertTrue(java.nio.file.Files.notExists(big));
    GradualDelete.shrinkAndDelete(big);
  }
}
