package dev.rast.raft.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@link Syncer}: group commit on a background thread while the owner keeps appending. */
@Timeout(60)
class LogSyncerTest {
  @TempDir
  Path dir;

  /** Records every report; optionally blocks inside the first one until released. */
  private static final class Recorder implements Syncer.Listener {
    final List<long[]> reports = new CopyOnWriteArrayList<>();
    final AtomicReference<IOException> failure = new AtomicReference<>();
    final CountDownLatch firstReported = new CountDownLatch(1);
    final CountDownLatch release;

    Recorder(boolean blockFirst) {
      release = new CountDownLatch(blockFirst ? 1 : 0);
    }

    @Override
    public void durable(long seq, long index, long term) {
      reports.add(new long[] {seq, index, term});
      firstReported.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    @Override
    public void failed(IOException e) {
      failure.set(e);
    }

    long[] last() {
      return reports.get(reports.size() - 1);
    }

    void awaitSeq(long seq) throws InterruptedException {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (reports.isEmpty() || last()[0] < seq) {
        assertTrue(System.nanoTime() < deadline, "seq " + seq + " never reported");
        Thread.sleep(1);
      }
    }
  }

  @Test
  void oneFsyncCoversEveryFlushSinceTheLast() throws Exception {
    Recorder r = new Recorder(false);
    try (SegmentedLog log = SegmentedLog.open(dir, LogOptions.DEFAULT)) {
      Syncer syncer = new Syncer(log, r);
      long seq = 0;
      for (int i = 1; i <= 10; i++) {
        TestLogs.appendRange(log, i, i, 1, 100);
        seq = log.flush();
      }
      assertEquals(10, seq);
      long before = log.fsyncs();
      syncer.start();
      syncer.request();
      r.awaitSeq(10);
      syncer.close();
      assertEquals(1, log.fsyncs() - before, "one fsync for ten flushes");
      assertEquals(1, r.reports.size());
      assertEquals(10, r.last()[1]);
      assertEquals(1, r.last()[2]);
      assertNull(r.failure.get());
    }
  }

  @Test
  void theOwnerKeepsAppendingWhileASyncIsInFlight() throws Exception {
    Recorder r = new Recorder(true);
    try (SegmentedLog log = SegmentedLog.open(dir, LogOptions.DEFAULT)) {
      Syncer syncer = new Syncer(log, r);
      syncer.start();
      TestLogs.appendRange(log, 1, 1, 1, 100);
      log.setHardState(1, 1, 0);
      log.flush();
      syncer.request();
      r.firstReported.await();
      // The sync thread is busy (blocked in its listener); appends and flushes never wait for it.
      long seq = 0;
      for (int i = 2; i <= 1000; i++) {
        TestLogs.appendRange(log, i, i, 2, 100);
        seq = log.flush();
        syncer.request();
      }
      long fsyncs = log.fsyncs();
      r.release.countDown();
      r.awaitSeq(seq);
      syncer.close();
      assertEquals(fsyncs + 1, log.fsyncs(), "one fsync for 999 flushes made meanwhile");
      assertEquals(1000, r.last()[1]);
      assertEquals(2, r.last()[2]);
      assertEquals(new StoredHardState(1, 1, 0), HardStateFile.read(dir));
    }
  }

  @Test
  void concurrentAppendsAreAllReportedInOrder() throws Exception {
    Recorder r = new Recorder(false);
    try (SegmentedLog log =
        SegmentedLog.open(dir, TestLogs.small(64 << 10).withPreallocateBytes(16 << 10))) {
      Syncer syncer = new Syncer(log, r);
      syncer.start();
      long seq = 0;
      for (int i = 1; i <= 3000; i++) {
        TestLogs.appendRange(log, i, i, 1 + i / 1000, 64);
        if (i % 3 == 0) {
          log.setHardState(1 + i / 1000, 0, i - 10);
        }
        seq = log.flush();
        syncer.request();
      }
      r.awaitSeq(seq);
      syncer.close();
      long prevSeq = 0;
      long prevIndex = 0;
      for (long[] rep : r.reports) {
        assertTrue(rep[0] > prevSeq && rep[1] >= prevIndex, "reports move forward");
        assertEquals(log.term(rep[1]), rep[2]);
        prevSeq = rep[0];
        prevIndex = rep[1];
      }
      assertEquals(3000, r.last()[1]);
      assertTrue(log.fsyncs() <= seq, "never more fsyncs than flushes");
      assertTrue(log.segmentNames().size() > 3, "rolled while syncing");
    }
    try (SegmentedLog log = SegmentedLog.open(dir, LogOptions.DEFAULT)) {
      assertEquals(3000, log.lastIndex());
      assertEquals(new StoredHardState(4, 0, 2990), log.hardState());
    }
  }

  @Test
  void aFailedSyncIsReportedAndFinal() throws Exception {
    Recorder r = new Recorder(false);
    SegmentedLog log = SegmentedLog.open(dir, LogOptions.DEFAULT);
    Syncer syncer = new Syncer(log, r);
    syncer.start();
    TestLogs.appendRange(log, 1, 1, 1, 8);
    log.flush();
    log.close(); // syncs what was flushed; the files are closed under the syncer
    syncer.request();
    syncer.close();
    assertNotNull(r.failure.get(), "a sync after close fails");
    assertTrue(r.reports.isEmpty());
  }
}
