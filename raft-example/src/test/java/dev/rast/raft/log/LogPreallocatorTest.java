package dev.rast.raft.log;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link Preallocator}: zeros written ahead on a background thread never land on records, across
 * rolls and truncations, and the open segment stays ahead of the records.
 */
@Timeout(60)
class LogPreallocatorTest {
  private static final int PREALLOCATE = 512 << 10;

  @TempDir
  Path dir;

  private static LogOptions options() {
    return TestLogs.small(2 << 20).withPreallocateBytes(PREALLOCATE);
  }

  @Test
  void recordsSurviveBackgroundZerosAcrossRollsAndTruncations() throws Exception {
    SplittableRandom random = new SplittableRandom(7);
    List<byte[]> expected = new ArrayList<>();
    expected.add(null); // index 0
    long ahead;
    try (SegmentedLog log = SegmentedLog.open(dir, options())) {
      Preallocator p = new Preallocator(log);
      p.start();
      long term = 1;
      for (int round = 0; round < 60; round++) {
        int n = 100 + random.nextInt(400);
        for (int k = 0; k < n; k++) {
          long index = expected.size();
          byte[] r = TestLogs.record(term, index, 8 + random.nextInt(2_000));
          log.append(index, term, ByteBuffer.wrap(r), 0, r.length);
          expected.add(r);
        }
        log.flush();
        if (random.nextInt(4) == 0) {
          log.sync();
        }
        if (random.nextInt(5) == 0 && expected.size() > 50) {
          // A follower's conflicting suffix: cut back, under the preallocator's feet.
          long from = expected.size() - 1 - random.nextInt(40);
          log.truncateFrom(from);
          expected.subList((int) from, expected.size()).clear();
          term++;
        }
      }
      log.sync();
      ahead = log.preallocatedAhead();
      assertTrue(log.segmentNames().size() > 5, "rolled: " + log.segmentNames());
      p.close();
    }
    assertTrue(ahead > 0, "the preallocator wrote no zeros ahead");

    try (SegmentedLog log = SegmentedLog.open(dir, options())) {
      assertEquals(expected.size() - 1, log.lastIndex());
      for (long i = 1; i < expected.size(); i++) {
        byte[] want = expected.get((int) i);
        ByteBuffer dst = ByteBuffer.allocate(want.length);
        assertEquals(want.length, log.read(i, i, dst));
        assertArrayEquals(want, dst.array(), "record " + i);
      }
    }
  }

  @Test
  void theOpenSegmentStaysAheadOfItsRecords() throws Exception {
    try (SegmentedLog log = SegmentedLog.open(dir, options())) {
      Preallocator p = new Preallocator(log);
      p.start();
      // 600 KB of records: more than the first chunk and the preallocation itself.
      TestLogs.appendRange(log, 1, 300, 1, 2_000);
      log.flush();
      Path open = TestLogs.openSegment(dir);
      long records = Files.size(open); // at least the records: the owner never writes past zeros
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      long ahead = 0;
      while (System.nanoTime() < deadline) {
        ahead = Files.size(open) - log.bytes(1, 300) - LogFormat.HEADER_BYTES;
        if (ahead >= PREALLOCATE / 2) {
          break;
        }
        Thread.sleep(5);
      }
      assertTrue(
          ahead >= PREALLOCATE / 2,
          "zeros ahead of the records: " + ahead + " (file " + Files.size(open) + ", " + records
              + " after the appends)");
      p.close();
    }
  }

  @Test
  void aClosedLogIsNotExtended() throws Exception {
    SegmentedLog log = SegmentedLog.open(dir, options());
    Preallocator p = new Preallocator(log);
    p.start();
    TestLogs.appendRange(log, 1, 100, 1, 2_000);
    log.close();
    long[] sizes = sizes();
    p.request(); // as a late append would: nothing may be written to a closed log
    Thread.sleep(50);
    p.close();
    assertArrayEquals(sizes, sizes(), "segment sizes changed after close");
  }

  private long[] sizes() throws Exception {
    List<SegmentName> names = SegmentName.list(dir);
    long[] out = new long[names.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = Files.size(dir.resolve(names.get(i).fileName()));
    }
    return out;
  }

  @Test
  void recordsAreReadBackWhileZerosAreWrittenAhead() throws Exception {
    try (SegmentedLog log = SegmentedLog.open(dir, options())) {
      Preallocator p = new Preallocator(log);
      p.start();
      List<byte[]> records = TestLogs.appendRange(log, 1, 2_000, 1, 500);
      byte[] all = TestLogs.concat(records);
      ByteBuffer dst = ByteBuffer.allocate(all.length);
      assertEquals(all.length, log.read(1, 2_000, dst));
      assertTrue(Arrays.equals(all, dst.array()), "records read back differ");
      p.close();
    }
  }
}
