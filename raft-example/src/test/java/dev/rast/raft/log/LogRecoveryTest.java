package dev.rast.raft.log;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recovery: what a crash leaves is repaired, anything else stops the node with the file and
 * offset, and a refused log is left exactly as it was.
 */
class LogRecoveryTest {
  private static final int H = LogFormat.HEADER_BYTES;
  private static final int REC = TestLogs.record(1, 1, 40).length;

  @TempDir
  Path dir;

  /** Writes records 1..n (term 1, 40-byte payloads) and the hard state, then closes. */
  private void write(LogOptions options, int n, long commit) throws IOException {
    try (SegmentedLog log = SegmentedLog.open(dir, options)) {
      TestLogs.appendRange(log, 1, n, 1, 40);
      log.setHardState(1, 1, commit);
      log.sync();
    }
  }

  private CorruptLogException refused(LogOptions options) throws IOException {
    byte[][] before = snapshot();
    CorruptLogException e =
        assertThrows(CorruptLogException.class, () -> SegmentedLog.open(dir, options));
    byte[][] after = snapshot();
    assertEquals(before.length, after.length, "recovery that refuses deletes nothing");
    for (int i = 0; i < before.length; i++) {
      assertArrayEquals(before[i], after[i], "recovery that refuses changes nothing");
    }
    return e;
  }

  private byte[][] snapshot() throws IOException {
    List<Path> files;
    try (var s = Files.list(dir)) {
      files = s.filter(p -> !p.getFileName().toString().equals(LogFormat.LOCK_FILE))
          .sorted()
          .toList();
    }
    byte[][] out = new byte[files.size()][];
    for (int i = 0; i < out.length; i++) {
      out[i] = TestLogs.bytes(files.get(i));
    }
    return out;
  }

  /**
   * Issue 11, item 11: without its hard state a node would start at term 0 and forget its vote (it
   * could vote twice in one term). A log with records but no hard state file is refused, saying
   * how to recover; a fresh log writes its hard state before any record, so a crash never leaves
   * that state.
   */
  @Test
  void recordsWithoutAHardStateFileAreRefusedSayingHowToRecover() throws IOException {
    try (SegmentedLog log = SegmentedLog.open(dir, TestLogs.small(1 << 20))) {
      assertTrue(
          Files.exists(dir.resolve(LogFormat.HARD_STATE_FILE)),
          "a fresh log writes its hard state at once");
    }
    write(TestLogs.small(1 << 20), 10, 5);
    Path hardState = dir.resolve(LogFormat.HARD_STATE_FILE);
    Files.delete(hardState);
    CorruptLogException e = refused(TestLogs.small(1 << 20));
    assertEquals(hardState, e.path());
    assertTrue(
        e.getMessage().contains("no hard state file")
            && e.getMessage().contains("records 1..10")
            && e.getMessage().contains("Restore hardstate")
            && e.getMessage().contains("wipe"),
        e.getMessage());
  }

  @Test
  void aTornLastRecordIsTruncated() throws IOException {
    write(TestLogs.small(1 << 20), 10, 5);
    Path seg = TestLogs.openSegment(dir);
    try (FileChannel ch = FileChannel.open(seg, StandardOpenOption.WRITE)) {
      ch.truncate(H + 9L * REC + REC / 2);
    }
    try (SegmentedLog log = SegmentedLog.open(dir, TestLogs.small(1 << 20))) {
      assertEquals(9, log.lastIndex());
      assertEquals(H + 9L * REC, Files.size(seg), "the torn bytes are gone");
      TestLogs.appendRange(log, 10, 12, 2, 40);
      log.sync();
    }
    try (SegmentedLog log = SegmentedLog.open(dir, TestLogs.small(1 << 20))) {
      assertEquals(12, log.lastIndex());
      assertEquals(2, log.term(10));
    }
  }

  @Test
  void aTornRecordInPreallocatedZerosIsTruncated() throws IOException {
    LogOptions prealloc = TestLogs.small(1 << 20).withPreallocateBytes(8192);
    write(prealloc, 10, 5);
    Path seg = TestLogs.openSegment(dir);
    assertEquals(H + 8192, Files.size(seg), "preallocated");
    try (FileChannel ch = FileChannel.open(seg, StandardOpenOption.WRITE)) {
      ch.write(
          ByteBuffer.allocate(REC - 16), H + 9L * REC + 8); // the last record's body never made it
    }
    try (SegmentedLog log = SegmentedLog.open(dir, prealloc)) {
      assertEquals(9, log.lastIndex());
    }
  }

  @Test
  void zeroPaddingAfterTheLastRecordIsAClean() throws IOException {
    write(TestLogs.small(1 << 20).withPreallocateBytes(8192), 10, 10);
    try (SegmentedLog log = SegmentedLog.open(dir, LogOptions.DEFAULT)) {
      assertEquals(10, log.lastIndex());
      assertEquals(new StoredHardState(1, 1, 10), log.hardState());
    }
  }

  @Test
  void aChecksumFailureBeforeTheTailStopsTheNode() throws IOException {
    write(TestLogs.small(1 << 20), 10, 2);
    Path seg = TestLogs.openSegment(dir);
    long fifth = H + 4L * REC;
    TestLogs.flip(seg, fifth + 30);
    CorruptLogException e = refused(TestLogs.small(1 << 20));
    assertEquals(seg, e.path());
    assertEquals(fifth, e.offset());
    assertTrue(e.getMessage().contains("checksum"), e.getMessage());
  }

  @Test
  void anyDamageToAClosedSegmentStopsTheNode() throws IOException {
    write(TestLogs.small(512), 20, 2);
    SegmentName first = SegmentName.list(dir).get(0);
    Path seg = dir.resolve(first.fileName());
    long size = Files.size(seg);
    TestLogs.flip(seg, size - 10); // its last record: a torn tail would be fine in the open segment
    CorruptLogException e = refused(TestLogs.small(512));
    assertEquals(seg, e.path());
    assertEquals(size - REC, e.offset());
  }

  @Test
  void aClosedSegmentWithFewerRecordsThanItsNameStopsTheNode() throws IOException {
    write(TestLogs.small(512), 20, 2);
    Path seg = dir.resolve(SegmentName.list(dir).get(0).fileName());
    try (FileChannel ch = FileChannel.open(seg, StandardOpenOption.WRITE)) {
      ch.truncate(ch.size() - REC);
    }
    CorruptLogException e = refused(TestLogs.small(512));
    assertEquals(seg, e.path());
    assertTrue(e.getMessage().contains("its name says"), e.getMessage());
  }

  @Test
  void aMissingSegmentStopsTheNode() throws IOException {
    write(TestLogs.small(512), 30, 0);
    List<SegmentName> names = SegmentName.list(dir);
    assertTrue(names.size() >= 4, names.toString());
    Files.delete(dir.resolve(names.get(1).fileName()));
    CorruptLogException e = refused(TestLogs.small(512));
    assertEquals(dir.resolve(names.get(2).fileName()), e.path());
    assertEquals(0, e.offset());
    assertTrue(e.getMessage().contains("missing"), e.getMessage());
  }

  @Test
  void aLogWhoseFirstSegmentsAreGoneStartsAtItsFirstSegment() throws IOException {
    // Compaction deletes a prefix covered by a snapshot; whether a snapshot does cover it is the
    // node's check (NodeSnapshotTest), not the log's.
    write(TestLogs.small(512), 30, 0);
    List<SegmentName> names = SegmentName.list(dir);
    Files.delete(dir.resolve(names.get(0).fileName()));
    try (SegmentedLog log = SegmentedLog.open(dir, TestLogs.small(512))) {
      assertEquals(names.get(1).start(), log.firstIndex());
      assertEquals(30, log.lastIndex());
    }
  }

  @Test
  void aHardStateCommitPastTheLogStopsTheNode() throws IOException {
    write(TestLogs.small(1 << 20), 10, 10);
    Path seg = TestLogs.openSegment(dir);
    try (FileChannel ch = FileChannel.open(seg, StandardOpenOption.WRITE)) {
      ch.truncate(H + 9L * REC + 12); // torn, but record 10 is committed: it was durable once
    }
    CorruptLogException e = refused(TestLogs.small(1 << 20));
    assertEquals(seg, e.path());
    assertEquals(H + 9L * REC, e.offset());
    assertTrue(
        e.getMessage().contains("expected the record of index 10 here")
            && e.getMessage().contains("hardstate says records up to 10 are committed"),
        e.getMessage());
  }

  @Test
  void aHardStateWithoutAnyLogStopsTheNode() throws IOException {
    write(TestLogs.small(1 << 20), 3, 3);
    Files.delete(TestLogs.openSegment(dir));
    CorruptLogException e = refused(TestLogs.small(1 << 20));
    assertEquals(dir.resolve(LogFormat.HARD_STATE_FILE), e.path());
  }

  @Test
  void aDamagedHardStateStopsTheNode() throws IOException {
    write(TestLogs.small(1 << 20), 3, 3);
    Path hs = dir.resolve(LogFormat.HARD_STATE_FILE);
    TestLogs.flip(hs, Files.size(hs) - 12);
    CorruptLogException e = refused(TestLogs.small(1 << 20));
    assertEquals(hs, e.path());
    assertEquals(LogFormat.HARD_STATE_HEADER_BYTES, e.offset());
  }

  @Test
  void aLeftoverTemporaryHardStateIsDeleted() throws IOException {
    write(TestLogs.small(1 << 20), 3, 3);
    Files.write(dir.resolve(LogFormat.HARD_STATE_TEMP_FILE), new byte[] {1, 2, 3});
    try (SegmentedLog log = SegmentedLog.open(dir, TestLogs.small(1 << 20))) {
      assertEquals(new StoredHardState(1, 1, 3), log.hardState());
    }
    assertTrue(Files.notExists(dir.resolve(LogFormat.HARD_STATE_TEMP_FILE)));
  }

  @Test
  void aNewSegmentWhoseHeaderNeverReachedTheDiskIsRewritten() throws IOException {
    write(TestLogs.small(512), 10, 0);
    long last;
    try (SegmentedLog log = SegmentedLog.open(dir, TestLogs.small(512))) {
      last = log.lastIndex();
    }
    // Crash while rolling: the old segment closed, the new one created but its header lost.
    Path open = TestLogs.openSegment(dir);
    Path closed = dir.resolve(
        SegmentName.closed(SegmentName.parse(open.getFileName().toString()).start(), last)
            .fileName());
    Files.move(open, closed);
    Path fresh = dir.resolve(SegmentName.open(last + 1).fileName());
    Files.write(fresh, new byte[4096]);
    try (SegmentedLog log = SegmentedLog.open(dir, TestLogs.small(512))) {
      assertEquals(last, log.lastIndex());
      TestLogs.appendRange(log, last + 1, last + 1, 1, 40);
      log.sync();
    }
    try (SegmentedLog log = SegmentedLog.open(dir, TestLogs.small(512))) {
      assertEquals(last + 1, log.lastIndex());
    }
  }

  @Test
  void aDamagedHeaderStopsTheNode() throws IOException {
    write(TestLogs.small(1 << 20), 3, 0);
    Path seg = TestLogs.openSegment(dir);
    TestLogs.flip(seg, 2);
    CorruptLogException e = refused(TestLogs.small(1 << 20));
    assertEquals(seg, e.path());
    assertEquals(0, e.offset());
  }

  @Test
  void aRenamedSegmentStopsTheNode() throws IOException {
    write(TestLogs.small(512), 30, 0);
    List<SegmentName> names = SegmentName.list(dir);
    SegmentName second = names.get(1);
    // Swap in a file whose header names another start.
    Files.copy(
        dir.resolve(names.get(0).fileName()),
        dir.resolve(second.fileName()),
        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    CorruptLogException e = refused(TestLogs.small(512));
    assertEquals(dir.resolve(second.fileName()), e.path());
    assertEquals(LogFormat.START_INDEX_OFFSET, e.offset());
  }

  @Test
  void recordsOutOfIndexOrderStopTheNode() throws IOException {
    // Valid records, but index 3 follows index 1.
    try (SegmentedLog log = SegmentedLog.open(dir, TestLogs.small(1 << 20))) {
      byte[] one = TestLogs.record(1, 1, 40);
      byte[] three = TestLogs.record(1, 3, 40);
      log.append(1, 1, ByteBuffer.wrap(one), 0, one.length);
      log.append(2, 1, ByteBuffer.wrap(three), 0, three.length);
      log.sync();
    }
    CorruptLogException e = refused(TestLogs.small(1 << 20));
    assertEquals(H + REC, e.offset());
    assertTrue(e.getMessage().contains("index 3"), e.getMessage());
  }

  @Test
  void fallingTermsStopTheNode() throws IOException {
    try (SegmentedLog log = SegmentedLog.open(dir, TestLogs.small(1 << 20))) {
      byte[] one = TestLogs.record(5, 1, 40);
      byte[] two =
          TestLogs.record(4, 2, 40); // the log trusts the caller's term, recovery reads the entry's
      log.append(1, 5, ByteBuffer.wrap(one), 0, one.length);
      log.append(2, 5, ByteBuffer.wrap(two), 0, two.length);
      log.sync();
    }
    CorruptLogException e = refused(TestLogs.small(1 << 20));
    assertEquals(H + REC, e.offset());
  }

  @Test
  void anOpenSegmentBeforeAnotherStopsTheNode() throws IOException {
    write(TestLogs.small(512), 30, 0);
    SegmentName first = SegmentName.list(dir).get(0);
    Files.move(
        dir.resolve(first.fileName()),
        dir.resolve(SegmentName.open(first.start()).fileName()));
    CorruptLogException e = refused(TestLogs.small(512));
    assertEquals(dir.resolve(SegmentName.open(first.start()).fileName()), e.path());
  }
}
