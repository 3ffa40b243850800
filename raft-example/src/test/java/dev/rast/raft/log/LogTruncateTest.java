package dev.rast.raft.log;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Truncating a conflicting suffix: durable before returning, across segments, never below commit. */
class LogTruncateTest {
  private static final int REC = TestLogs.record(1, 1, 40).length;

  @TempDir
  Path dir;

  @Test
  void truncateWithinTheOpenSegmentThenAppendANewTerm() throws IOException {
    List<byte[]> kept;
    List<byte[]> fresh;
    try (SegmentedLog log =
        SegmentedLog.open(dir, TestLogs.small(1 << 20).withPreallocateBytes(4096))) {
      kept = TestLogs.appendRange(log, 1, 6, 1, 40);
      TestLogs.appendRange(log, 7, 10, 1, 40);
      log.sync();
      log.truncateFrom(7);
      assertEquals(6, log.lastIndex());
      assertEquals(6, log.durableIndex(), "the truncation itself is durable");
      assertEquals(
          LogFormat.HEADER_BYTES + 6L * REC,
          Files.size(TestLogs.openSegment(dir)),
          "cut, not just forgotten");
      fresh = TestLogs.appendRange(log, 7, 8, 2, 40);
      log.sync();
    }
    try (SegmentedLog log = SegmentedLog.open(dir, LogOptions.DEFAULT)) {
      assertEquals(8, log.lastIndex());
      assertEquals(1, log.term(6));
      assertEquals(2, log.term(7));
      List<byte[]> expected = new ArrayList<>(kept);
      expected.addAll(fresh);
      byte[] all = TestLogs.concat(expected);
      ByteBuffer back = ByteBuffer.allocate(all.length);
      log.read(1, 8, back);
      assertArrayEquals(all, back.array());
    }
  }

  @Test
  void truncateUnflushedRecords() throws IOException {
    try (SegmentedLog log = SegmentedLog.open(dir, LogOptions.DEFAULT)) {
      TestLogs.appendRange(log, 1, 5, 1, 40);
      log.truncateFrom(3);
      TestLogs.appendRange(log, 3, 4, 3, 40);
      log.sync();
    }
    try (SegmentedLog log = SegmentedLog.open(dir, LogOptions.DEFAULT)) {
      assertEquals(4, log.lastIndex());
      assertEquals(3, log.term(3));
    }
  }

  @Test
  void truncateIntoAClosedSegmentDeletesLaterOnesAndReopensIt() throws IOException {
    int per = (512 - LogFormat.HEADER_BYTES) / REC;
    try (SegmentedLog log = SegmentedLog.open(dir, TestLogs.small(512))) {
      TestLogs.appendRange(log, 1, 4L * per + 2, 1, 40);
      log.sync();
      assertEquals(5, log.segmentNames().size());
      long cut = per + 3; // inside the second segment
      log.truncateFrom(cut);
      assertEquals(
          List.of(SegmentName.closed(1, per), SegmentName.open(per + 1)), log.segmentNames());
      assertEquals(
          List.of(SegmentName.closed(1, per), SegmentName.open(per + 1)), SegmentName.list(dir));
      TestLogs.appendRange(log, cut, cut + per, 2, 40);
      log.sync();
    }
    try (SegmentedLog log = SegmentedLog.open(dir, TestLogs.small(512))) {
      assertEquals(2L * per + 3, log.lastIndex());
      assertEquals(1, log.term(per + 2));
      assertEquals(2, log.term(per + 3));
    }
  }

  @Test
  void truncateAtTheStartOfASegmentLeavesItEmptyAndOpen() throws IOException {
    int per = (512 - LogFormat.HEADER_BYTES) / REC;
    try (SegmentedLog log = SegmentedLog.open(dir, TestLogs.small(512))) {
      TestLogs.appendRange(log, 1, 3L * per, 1, 40);
      log.truncateFrom(per + 1);
      assertEquals(
          List.of(SegmentName.closed(1, per), SegmentName.open(per + 1)), log.segmentNames());
      log.truncateFrom(1);
      assertEquals(List.of(SegmentName.open(1)), log.segmentNames());
      assertEquals(0, log.lastIndex());
    }
    try (SegmentedLog log = SegmentedLog.open(dir, TestLogs.small(512))) {
      assertEquals(0, log.lastIndex());
    }
  }

  @Test
  void committedRecordsAreNeverTruncated() throws IOException {
    try (SegmentedLog log = SegmentedLog.open(dir, LogOptions.DEFAULT)) {
      TestLogs.appendRange(log, 1, 5, 1, 40);
      log.setHardState(1, 0, 3);
      assertThrows(IllegalStateException.class, () -> log.truncateFrom(3));
      log.truncateFrom(4);
      log.truncateFrom(9); // past the end: nothing to do
      assertEquals(3, log.lastIndex());
      log.sync();
    }
    try (SegmentedLog log = SegmentedLog.open(dir, LogOptions.DEFAULT)) {
      assertThrows(
          IllegalStateException.class,
          () -> log.truncateFrom(2),
          "the recovered commit counts too");
    }
  }
}
