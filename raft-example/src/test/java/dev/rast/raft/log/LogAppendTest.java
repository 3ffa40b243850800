package dev.rast.raft.log;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link SegmentedLog}: appending, rolling, term lookups, the hard state and reopening. */
class LogAppendTest {
  @TempDir
  Path dir;

  @Test
  void appendSyncReopenReplaysTheSameRecords() throws IOException {
    List<byte[]> written;
    try (SegmentedLog log = SegmentedLog.open(dir, LogOptions.DEFAULT)) {
      written = TestLogs.appendRange(log, 1, 100, 3, 50);
      assertEquals(100, log.sync());
    }
    try (SegmentedLog log = SegmentedLog.open(dir, LogOptions.DEFAULT)) {
      assertEquals(100, log.lastIndex());
      assertEquals(3, log.lastTerm());
      List<byte[]> replayed = new ArrayList<>();
      log.replay((index, term, buf, offset, length) -> {
        assertEquals(replayed.size() + 1, index);
        assertEquals(3, term);
        byte[] r = new byte[length];
        buf.get(offset, r);
        replayed.add(r);
      });
      assertEquals(100, replayed.size());
      for (int i = 0; i < 100; i++) {
        assertArrayEquals(written.get(i), replayed.get(i), "record " + (i + 1));
      }
      assertThrows(IllegalStateException.class, () -> log.replay((i, t, b, o, l) -> {}));
    }
  }

  @Test
  void bytesOnDiskAreTheBytesReceived() throws IOException {
    // An AppendEntries payload: a run of records inside a bigger message buffer, big-endian view.
    List<byte[]> run = new ArrayList<>();
    for (long i = 1; i <= 20; i++) {
      run.add(TestLogs.record(i < 10 ? 1 : 2, i, (int) (i * 7 % 60)));
    }
    byte[] records = TestLogs.concat(run);
    ByteBuffer received =
        ByteBuffer.allocateDirect(records.length + 136).order(ByteOrder.BIG_ENDIAN);
    received.put(128, records).position(3).limit(records.length + 130);
    try (SegmentedLog log = SegmentedLog.open(dir, LogOptions.DEFAULT)) {
      int at = 128;
      for (int i = 0; i < run.size(); i++) {
        log.append(i + 1, i < 9 ? 1 : 2, received, at, run.get(i).length);
        at += run.get(i).length;
      }
      log.sync();
      assertEquals(3, received.position(), "the received buffer is not touched");
      assertEquals(records.length + 130, received.limit());
      assertEquals(ByteOrder.BIG_ENDIAN, received.order());
      byte[] file = TestLogs.bytes(TestLogs.openSegment(dir));
      assertArrayEquals(
          records,
          Arrays.copyOfRange(
              file, LogFormat.HEADER_BYTES, LogFormat.HEADER_BYTES + records.length));
    }
  }

  @Test
  void theAppendPathDecodesNoEntry() throws IOException {
    // Records whose entries are not Cap'n Proto at all: decoding any of them would throw.
    SplittableRandom random = new SplittableRandom(7);
    List<byte[]> opaque = new ArrayList<>();
    try (SegmentedLog log = SegmentedLog.open(dir, TestLogs.small(2048))) {
      for (int i = 1; i <= 50; i++) {
        byte[] r = TestLogs.opaqueRecord(random, 8 * (1 + random.nextInt(30)));
        log.append(i, 1 + i / 10, ByteBuffer.wrap(r), 0, r.length);
        opaque.add(r);
      }
      log.sync();
      byte[] all = TestLogs.concat(opaque);
      ByteBuffer back = ByteBuffer.allocate(all.length);
      log.read(1, 50, back);
      assertArrayEquals(all, back.array());
      assertEquals(1 + 50 / 10, log.term(50));
    }
  }

  @Test
  void theWriteAndReadPathsDoNotEvenReferToEntries() throws IOException {
    // Only recovery decodes entries; the classes on the append, sync and read paths have no
    // reference to the Entry reader or the record codec in their constant pools.
    for (Class<?> c : new Class<?>[] {
      SegmentedLog.class, Segment.class, LogIndex.class, Syncer.class, RangeReader.class
    }) {
      try (var in = c.getResourceAsStream(c.getSimpleName() + ".class")) {
        String pool = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
        for (String forbidden :
            new String[] {"RaftMsg$Entry", "dev/rast/raft/core/Records", "MessageReader", "Framing"
            }) {
          assertTrue(!pool.contains(forbidden), c.getSimpleName() + " refers to " + forbidden);
        }
      }
    }
  }

  @Test
  void segmentsRollAtTheSizeLimitAndNamesCarryTheRange() throws IOException {
    int rec = TestLogs.record(1, 1, 40).length;
    int perSegment = (1024 - LogFormat.HEADER_BYTES) / rec;
    try (SegmentedLog log =
        SegmentedLog.open(dir, TestLogs.small(1024).withPreallocateBytes(512))) {
      TestLogs.appendRange(log, 1, 3L * perSegment + 2, 1, 40);
      log.sync();
      List<SegmentName> names = log.segmentNames();
      assertEquals(
          List.of(
              SegmentName.closed(1, perSegment),
              SegmentName.closed(perSegment + 1, 2L * perSegment),
              SegmentName.closed(2L * perSegment + 1, 3L * perSegment),
              SegmentName.open(3L * perSegment + 1)),
          names);
    }
    for (SegmentName n : SegmentName.list(dir)) {
      if (!n.open()) {
        assertEquals(
            LogFormat.HEADER_BYTES + (long) perSegment * rec,
            Files.size(dir.resolve(n.fileName())),
            n + " holds exactly its records, no padding");
      }
    }
    try (SegmentedLog log = SegmentedLog.open(dir, TestLogs.small(1024))) {
      assertEquals(3L * perSegment + 2, log.lastIndex());
      TestLogs.appendRange(log, log.lastIndex() + 1, 4L * perSegment + 1, 2, 40);
      log.sync();
      assertEquals(SegmentName.open(4L * perSegment + 1), log.segmentNames().get(4));
    }
  }

  @Test
  void aRecordLargerThanTheSegmentGetsASegmentOfItsOwn() throws IOException {
    try (SegmentedLog log = SegmentedLog.open(dir, TestLogs.small(1024))) {
      TestLogs.appendRange(log, 1, 2, 1, 40);
      TestLogs.appendRange(log, 3, 3, 1, 6000); // larger than the segment and the write buffer
      TestLogs.appendRange(log, 4, 4, 1, 40);
      log.sync();
      assertEquals(
          List.of(SegmentName.closed(1, 2), SegmentName.closed(3, 3), SegmentName.open(4)),
          log.segmentNames());
    }
    try (SegmentedLog log = SegmentedLog.open(dir, TestLogs.small(1024))) {
      assertEquals(4, log.lastIndex());
      ByteBuffer r = ByteBuffer.allocate(log.recordLength(3));
      log.read(3, 3, r);
      assertArrayEquals(TestLogs.record(1, 3, 6000), r.array());
    }
  }

  @Test
  void termLookups() throws IOException {
    try (SegmentedLog log = SegmentedLog.open(dir, TestLogs.small(512))) {
      assertEquals(0, log.term(0));
      assertEquals(0, log.term(1));
      assertEquals(0, log.lastTerm());
      TestLogs.appendRange(log, 1, 5, 1, 8);
      TestLogs.appendRange(log, 6, 6, 4, 8);
      TestLogs.appendRange(log, 7, 20, 9, 8);
      assertEquals(1, log.term(5));
      assertEquals(4, log.term(6));
      assertEquals(9, log.term(20));
      assertEquals(0, log.term(21));
      log.sync();
    }
    try (SegmentedLog log = SegmentedLog.open(dir, TestLogs.small(512))) {
      assertEquals(1, log.term(1));
      assertEquals(4, log.term(6));
      assertEquals(9, log.lastTerm());
    }
  }

  @Test
  void rejectsGapsFallingTermsAndNonRecords() throws IOException {
    try (SegmentedLog log = SegmentedLog.open(dir, LogOptions.DEFAULT)) {
      TestLogs.appendRange(log, 1, 2, 5, 8);
      byte[] r = TestLogs.record(5, 4, 8);
      assertThrows(
          IllegalStateException.class, () -> log.append(4, 5, ByteBuffer.wrap(r), 0, r.length));
      byte[] low = TestLogs.record(4, 3, 8);
      assertThrows(
          IllegalStateException.class, () -> log.append(3, 4, ByteBuffer.wrap(low), 0, low.length));
      byte[] ok = TestLogs.record(5, 3, 8);
      assertThrows(
          IllegalArgumentException.class,
          () -> log.append(3, 5, ByteBuffer.wrap(ok), 0, ok.length - 8));
      log.append(3, 5, ByteBuffer.wrap(ok), 0, ok.length);
      assertEquals(3, log.lastIndex());
    }
  }

  @Test
  void hardStateSurvivesAReopen() throws IOException {
    try (SegmentedLog log = SegmentedLog.open(dir, LogOptions.DEFAULT)) {
      assertEquals(StoredHardState.EMPTY, log.hardState());
      TestLogs.appendRange(log, 1, 3, 2, 8);
      log.setHardState(2, 3, 2);
      log.sync();
      assertEquals(new StoredHardState(2, 3, 2), HardStateFile.read(dir));
      log.setHardState(7, 0, 3);
      log.sync();
    }
    try (SegmentedLog log = SegmentedLog.open(dir, LogOptions.DEFAULT)) {
      assertEquals(new StoredHardState(7, 0, 3), log.hardState());
    }
    assertTrue(Files.notExists(dir.resolve(LogFormat.HARD_STATE_TEMP_FILE)));
  }

  @Test
  void aCommitOnlyChangeWaitsForTheNextVoteOrCloseWhenAskedTo() throws IOException {
    LogOptions lazy = LogOptions.DEFAULT.withSyncCommitOnly(false);
    try (SegmentedLog log = SegmentedLog.open(dir, lazy)) {
      TestLogs.appendRange(log, 1, 5, 1, 8);
      log.setHardState(1, 1, 0);
      log.sync();
      log.setHardState(1, 1, 3);
      log.sync();
      assertEquals(
          new StoredHardState(1, 1, 0),
          HardStateFile.read(dir),
          "commit-only change not yet written");
      log.setHardState(2, 0, 4);
      log.sync();
      assertEquals(new StoredHardState(2, 0, 4), HardStateFile.read(dir));
      log.setHardState(2, 0, 5);
      log.sync();
    }
    assertEquals(
        new StoredHardState(2, 0, 5), HardStateFile.read(dir), "close writes the pending commit");
  }

  @Test
  void everyChangeIsWrittenWhenAskedTo() throws IOException {
    try (SegmentedLog log = SegmentedLog.open(dir, LogOptions.DEFAULT.withSyncCommitOnly(true))) {
      TestLogs.appendRange(log, 1, 5, 1, 8);
      log.setHardState(1, 1, 0);
      log.sync();
      log.setHardState(1, 1, 3);
      log.sync();
      assertEquals(new StoredHardState(1, 1, 3), HardStateFile.read(dir));
    }
  }

  @Test
  void aSecondOpenOfTheSameDirectoryIsRefused() throws IOException {
    try (SegmentedLog log = SegmentedLog.open(dir, LogOptions.DEFAULT)) {
      IOException e =
          assertThrows(IOException.class, () -> SegmentedLog.open(dir, LogOptions.DEFAULT));
      assertTrue(e.getMessage().contains("open elsewhere"), e.getMessage());
    }
    SegmentedLog.open(dir, LogOptions.DEFAULT).close();
  }

  @Test
  void flushNumbersWritesAndSyncMakesThemDurable() throws IOException {
    try (SegmentedLog log = SegmentedLog.open(dir, LogOptions.DEFAULT)) {
      assertEquals(0, log.flush(), "nothing written yet");
      TestLogs.appendRange(log, 1, 2, 1, 8);
      assertEquals(1, log.flush());
      assertEquals(1, log.flush(), "nothing new");
      log.setHardState(1, 0, 0);
      assertEquals(2, log.flush());
      assertEquals(0, log.durableSeq());
      assertEquals(2, log.sync());
      assertEquals(2, log.durableSeq());
      long fsyncs = log.fsyncs();
      log.sync();
      assertEquals(fsyncs, log.fsyncs(), "a sync with nothing new forces nothing");

      // A commit-only hard state change is staged, not written (syncCommitOnly = false): its
      // flush gets a new sequence number, which a sync makes durable without a force.
      log.setHardState(1, 0, 2);
      assertEquals(3, log.flush());
      log.sync();
      assertEquals(3, log.durableSeq());
      assertEquals(fsyncs, log.fsyncs(), "a commit-only change forces nothing");
      TestLogs.appendRange(log, 3, 3, 1, 8);
      log.setHardState(1, 0, 2);
      log.sync();
      assertEquals(fsyncs + 1, log.fsyncs(), "new records are forced");
    }
  }
}
