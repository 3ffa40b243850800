package dev.rast.raft.log;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading stored records as bytes, for a leader catching a follower up: no re-encoding. */
class LogReadTest {
  @TempDir
  Path dir;

  private List<byte[]> fill(SegmentedLog log) throws IOException {
    List<byte[]> recs = TestLogs.appendRange(log, 1, 40, 1, 40);
    recs.addAll(TestLogs.appendRange(log, 41, 60, 2, 100));
    return recs;
  }

  private static byte[] slice(List<byte[]> recs, long from, long to) {
    return TestLogs.concat(recs.subList((int) from - 1, (int) to));
  }

  @Test
  void readCopiesRangesAcrossSegmentsIncludingUnflushedRecords() throws IOException {
    try (SegmentedLog log = SegmentedLog.open(dir, TestLogs.small(700))) {
      List<byte[]> recs = fill(log); // not flushed: the read must see them anyway
      assertEquals(List.of(1L, 60L), List.of(1L, log.lastIndex()));
      for (long[] r : new long[][] {{1, 60}, {1, 1}, {7, 7}, {5, 33}, {40, 41}, {59, 60}}) {
        byte[] expected = slice(recs, r[0], r[1]);
        assertEquals(expected.length, log.bytes(r[0], r[1]));
        ByteBuffer dst = ByteBuffer.allocate(expected.length + 16).position(8);
        assertEquals(expected.length, log.read(r[0], r[1], dst));
        assertEquals(8 + expected.length, dst.position());
        assertArrayEquals(
            expected, Arrays.copyOfRange(dst.array(), 8, 8 + expected.length), Arrays.toString(r));
      }
      assertThrows(IllegalArgumentException.class, () -> log.read(1, 60, ByteBuffer.allocate(10)));
      assertThrows(
          IllegalArgumentException.class, () -> log.read(0, 3, ByteBuffer.allocate(10_000)));
      assertThrows(
          IllegalArgumentException.class, () -> log.read(5, 61, ByteBuffer.allocate(10_000)));
    }
  }

  @Test
  void transferToAFileChannel() throws IOException {
    try (SegmentedLog log = SegmentedLog.open(dir, TestLogs.small(700))) {
      List<byte[]> recs = fill(log);
      log.sync();
      Path out = dir.resolve("out");
      try (FileChannel target =
          FileChannel.open(out, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
        assertEquals(log.bytes(3, 57), log.transferTo(3, 57, 0, target));
      }
      assertArrayEquals(slice(recs, 3, 57), TestLogs.bytes(out));
    }
  }

  @Test
  void transferToAFullNonBlockingChannelResumesWithSkip() throws IOException {
    try (SegmentedLog log = SegmentedLog.open(dir, TestLogs.small(700))) {
      List<byte[]> recs = fill(log);
      ThrottledChannel target = new ThrottledChannel(333);
      long total = log.bytes(1, 60);
      long sent = 0;
      int calls = 0;
      while (sent < total) {
        long n = log.transferTo(1, 60, sent, target);
        sent += n;
        target.refill();
        calls++;
      }
      assertEquals(total, sent);
      assertArrayEquals(slice(recs, 1, 60), target.out.toByteArray());
      assertEquals((total + 332) / 333, calls);
    }
  }

  @Test
  void countWithinALimit() throws IOException {
    try (SegmentedLog log = SegmentedLog.open(dir, LogOptions.DEFAULT)) {
      fill(log);
      int small = log.recordLength(1);
      assertEquals(3, log.countWithin(1, 3L * small, 100));
      assertEquals(3, log.countWithin(1, 4L * small - 1, 100));
      assertEquals(1, log.countWithin(1, 1, 100), "always at least one");
      assertEquals(5, log.countWithin(1, Long.MAX_VALUE, 5));
      assertEquals(20, log.countWithin(41, Long.MAX_VALUE, 100));
      assertEquals(0, log.countWithin(61, Long.MAX_VALUE, 100));
    }
  }

  /** A channel that takes at most {@code budget} bytes until refilled, then reports 0 (a full socket). */
  private static final class ThrottledChannel implements WritableByteChannel {
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final int budget;
    int left;

    ThrottledChannel(int budget) {
      this.budget = budget;
      this.left = budget;
    }

    void refill() {
      left = budget;
    }

    @Override
    public int write(ByteBuffer src) {
      int n = Math.min(left, src.remaining());
      for (int i = 0; i < n; i++) {
        out.write(src.get());
      }
      left -= n;
      return n;
    }

    @Override
    public boolean isOpen() {
      return true;
    }

    @Override
    public void close() {}
  }
}
