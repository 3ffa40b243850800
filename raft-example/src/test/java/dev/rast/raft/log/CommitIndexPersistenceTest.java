package dev.rast.raft.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, item 9: the commit index is stored with the hard state at a bounded lag, also while
 * the node runs (not only with a term or vote change and at a clean stop). After a kill -9, a tail
 * that is missing or damaged although it holds records known committed is refused as corruption
 * (file, offset, what was expected), never truncated with a warning.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class CommitIndexPersistenceTest {
  private static final int H = LogFormat.HEADER_BYTES;
  private static final int REC = TestLogs.record(1, 1, 40).length;
  /** Default lag (100 ms). */
  private static final LogOptions OPTIONS = TestLogs.small(1 << 20);

  @TempDir
  Path tmp;

  /**
   * Runs a log as a node does (a Syncer doing the syncs; term and vote set once, then only the
   * commit index moves), then copies its directory while it is still open: what a kill -9 leaves.
   */
  private Path killedAfter(int records) throws Exception {
    Path live = tmp.resolve("live");
    Path dead = tmp.resolve("dead");
    SegmentedLog log = SegmentedLog.open(live, OPTIONS);
    Syncer syncer = new Syncer(log, new Syncer.Listener() {
      @Override
      public void durable(long seq, long index, long term) {}

      @Override
      public void failed(IOException e) {}
    });
    syncer.start();
    try {
      log.setHardState(1, 1, 0);
      log.flush();
      syncer.request();
      awaitStored(live, 1, 0); // from here on only the commit index changes
      for (int i = 1; i <= records; i++) {
        TestLogs.appendRange(log, i, i, 1, 40);
        log.setHardState(1, 1, i - 1); // the leader commits each record once the next is written
        log.flush();
        syncer.request();
      }
      log.setHardState(1, 1, records);
      log.flush();
      syncer.request();
      awaitStored(live, 1, records); // the sync thread writes it within the lag, with no sync asked
      Files.createDirectories(dead);
      try (var files = Files.list(live)) {
        for (Path f : files.toList()) {
          if (!f.getFileName().toString().equals(LogFormat.LOCK_FILE)) {
            Files.copy(f, dead.resolve(f.getFileName()));
          }
        }
      }
    } finally {
      syncer.close();
      log.close();
    }
    return dead;
  }

  private static void awaitStored(Path dir, long term, long commit) throws Exception {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (System.nanoTime() < end) {
      StoredHardState hs = HardStateFile.read(dir);
      if (hs.term() >= term && hs.commit() >= commit) {
        return;
      }
      Thread.sleep(5);
    }
  }

  @Test
  void theCommitIndexIsStoredWhileTheNodeRuns() throws Exception {
    Path dead = killedAfter(200);
    assertEquals(new StoredHardState(1, 1, 200), HardStateFile.read(dead));
  }

  @Test
  void aSegmentCutInTheMiddleOfCommittedRecordsIsRefused() throws Exception {
    Path dead = killedAfter(200);
    Path seg = TestLogs.openSegment(dead);
    long cut = H + 120L * REC + 20;
    try (FileChannel ch = FileChannel.open(seg, StandardOpenOption.WRITE)) {
      ch.truncate(cut);
    }
    CorruptLogException e = assertThrows(
        CorruptLogException.class, () -> SegmentedLog.open(dead, OPTIONS).close());
    assertEquals(seg, e.path());
    assertEquals(H + 120L * REC, e.offset());
    assertTrue(
        e.getMessage().contains("expected the record of index 121 here")
            && e.getMessage().contains("records up to 200 are committed")
            && e.getMessage().contains("refusing to truncate"),
        e.getMessage());
    assertEquals(cut, Files.size(seg), "nothing was truncated");
  }

  @Test
  void aFlippedByteInTheCommittedLastRecordIsRefused() throws Exception {
    Path dead = killedAfter(50);
    Path seg = TestLogs.openSegment(dead);
    TestLogs.flip(seg, H + 49L * REC + 30);
    CorruptLogException e = assertThrows(
        CorruptLogException.class, () -> SegmentedLog.open(dead, OPTIONS).close());
    assertEquals(seg, e.path());
    assertEquals(H + 49L * REC, e.offset());
    assertTrue(
        e.getMessage().contains("expected the record of index 50 here")
            && e.getMessage().contains("records up to 50 are committed"),
        e.getMessage());
  }

  @Test
  void aTornTailAfterTheStoredCommitIndexIsStillTruncated() throws Exception {
    Path dead = killedAfter(50);
    Path seg = TestLogs.openSegment(dead);
    try (FileChannel ch = FileChannel.open(seg, StandardOpenOption.WRITE)) {
      ch.write(java.nio.ByteBuffer.wrap(TestLogs.record(1, 51, 40), 0, REC / 2), H + 50L * REC);
    }
    try (SegmentedLog log = SegmentedLog.open(dead, OPTIONS)) {
      assertEquals(50, log.lastIndex());
    }
  }
}
