package dev.rast.raft.log;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The steady append path allocates nothing: append, flush and sync, with preallocation running.
 * Runs under {@code -Xint} (see raft-example/pom.xml) so escape analysis cannot hide an allocation.
 */
@Tag("allocation")
class LogAllocationTest {
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  @TempDir
  Path dir;

  @BeforeAll
  static void measurementItselfAllocatesNothing() {
    allocatedBytes();
    long first = allocatedBytes();
    long second = allocatedBytes();
    assertEquals(0, second - first, "reading the allocation counter allocates");
  }

  @Test
  void appendFlushAndSyncAllocateNothing() throws IOException {
    int n = 4000;
    // One buffer of records, as an AppendEntries would carry them.
    byte[][] recs = new byte[n + 1][];
    int total = 0;
    for (int i = 1; i <= n; i++) {
      recs[i] = TestLogs.record(1, i, 128);
      total += recs[i].length;
    }
    ByteBuffer run = ByteBuffer.allocateDirect(total).order(ByteOrder.LITTLE_ENDIAN);
    int[] offsets = new int[n + 1];
    for (int i = 1; i <= n; i++) {
      offsets[i] = run.position();
      run.put(recs[i]);
    }
    LogOptions options = LogOptions.DEFAULT
        .withPreallocateBytes(64 << 10)
        .withWriteBufferBytes(16 << 10)
        .withSyncCommitOnly(false);
    try (SegmentedLog log = SegmentedLog.open(
        dir,
        new LogOptions(
            options.segmentBytes(),
            options.preallocateBytes(),
            options.writeBufferBytes(),
            false,
            2 * n,
            true,
            options.commitLagMillis()))) {
      int warm = 500;
      appendRange(log, run, recs, offsets, 1, warm);
      log.sync();
      long before = allocatedBytes();
      appendRange(log, run, recs, offsets, warm + 1, n);
      long after = allocatedBytes();
      assertEquals(
          0, after - before, "bytes allocated by " + (n - warm) + " appends, flushes and syncs");
      assertEquals(n, log.lastIndex());
    }
  }

  private static void appendRange(
      SegmentedLog log, ByteBuffer run, byte[][] recs, int[] offsets, int from, int to)
      throws IOException {
    for (int i = from; i <= to; i++) {
      log.append(i, 1, run, offsets[i], recs[i].length);
      if (i % 8 == 0) {
        log.flush();
      }
      if (i % 256 == 0) {
        log.sync();
      }
    }
  }

  private static long allocatedBytes() {
    return THREADS.getThreadAllocatedBytes(Thread.currentThread().getId());
  }
}
