package dev.rast.raft.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rast.raft.core.Records;
import dev.rast.raft.kv.BadFrames;
import dev.rast.raft.kv.KvClient;
import dev.rast.raft.log.CorruptLogException;
import dev.rast.raft.log.LogFormat;
import dev.rast.raft.log.LogOptions;
import dev.rast.raft.log.SegmentName;
import dev.rast.raft.log.SegmentedLog;
import dev.rast.raft.log.StoredHardState;
import dev.rast.raft.msg.KvMsg.Status;
import dev.rast.raft.msg.RaftMsg.EntryKind;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real {@link Node} (one voter, real sockets, fsync on) over its segmented log: the data
 * survives a restart, a torn tail is cut and the node starts, and damage before the tail stops
 * the node from starting with the file and offset named.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class NodeRestartTest {
  /** Small segments so a few hundred writes roll several. */
  private static final LogOptions OPTIONS =
      LogOptions.DEFAULT.withSegmentBytes(16 << 10).withPreallocateBytes(8 << 10);

  @TempDir
  Path tmp;

  private NodeConfig config(Path data) {
    return NodeConfig.of(
            1,
            Map.of(1, new InetSocketAddress("127.0.0.1", 0)),
            new InetSocketAddress("127.0.0.1", 0),
            data)
        .withTiming(10, 5, 1);
  }

  private RunningNode start(Path data) throws IOException {
    return RunningNode.start(new Node(config(data), OPTIONS), "node-under-test");
  }

  private static byte[] value(int i) {
    return ("value-" + i + "-" + "v".repeat(i % 50)).getBytes(StandardCharsets.UTF_8);
  }

  private static void writeKeys(RunningNode r, int from, int to) throws Exception {
    try (KvClient c = new KvClient(Map.of(1, r.node().clientAddress()))) {
      for (int i = from; i <= to; i++) {
        assertEquals(Status.OK, c.put("k" + i, value(i)).status());
      }
    }
  }

  private static void checkKeys(RunningNode r, int to) throws Exception {
    try (KvClient c = new KvClient(Map.of(1, r.node().clientAddress()))) {
      for (int i = 1; i <= to; i++) {
        KvClient.Result got = c.get("k" + i);
        assertEquals(Status.OK, got.status(), "k" + i);
        assertEquals(new String(value(i), StandardCharsets.UTF_8), got.text(), "k" + i);
      }
    }
  }

  /** The segment files in index order. */
  private static List<Path> segments(Path data) throws IOException {
    return SegmentName.list(data).stream().map(n -> data.resolve(n.fileName())).toList();
  }

  private static Path openSegment(Path data) throws IOException {
    for (Path p : segments(data)) {
      if (p.getFileName().toString().startsWith(LogFormat.INPROGRESS_PREFIX)) {
        return p;
      }
    }
    throw new AssertionError("no open segment in " + data);
  }

  /** The offset just past the last record of a segment (the records are followed by zeros). */
  private static long endOfRecords(Path segment) throws IOException {
    ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(segment)).order(ByteOrder.LITTLE_ENDIAN);
    int at = LogFormat.HEADER_BYTES;
    while (at + 4 <= b.capacity() && b.getInt(at) != 0) {
      at += b.getInt(at) + LogFormat.RECORD_OVERHEAD;
    }
    return at;
  }

  @Test
  void aRestartedNodeServesWhatItStoredAndCutsATornTail() throws Exception {
    Path data = tmp.resolve("n1");
    RunningNode r = start(data);
    writeKeys(r, 1, 300);
    checkKeys(r, 300);
    r.stop();
    assertTrue(
        segments(data).size() > 3, "the log rolled into several segments: " + segments(data));
    assertTrue(Files.exists(data.resolve(LogFormat.HARD_STATE_FILE)));

    r = start(data);
    checkKeys(r, 300);
    writeKeys(r, 301, 320);
    r.stop();

    // A crash in the middle of an unsynced write: half a record after the last one.
    Path open = openSegment(data);
    long end = endOfRecords(open);
    try (FileChannel ch = FileChannel.open(open, StandardOpenOption.WRITE)) {
      ByteBuffer torn = ByteBuffer.allocate(40).order(ByteOrder.LITTLE_ENDIAN);
      torn.putInt(0, 200).putLong(8, 0x0102030405060708L);
      ch.write(torn, end);
    }
    try (SegmentedLog log = SegmentedLog.open(data, OPTIONS)) {
      assertEquals(end, endOfRecords(open), "recovery cut the torn bytes");
    }
    r = start(data);
    checkKeys(r, 320);
    r.stop();
  }

  @Test
  void aCorruptRecordBeforeTheTailStopsStartupNamingFileAndOffset() throws Exception {
    Path data = tmp.resolve("n1");
    RunningNode r = start(data);
    writeKeys(r, 1, 200);
    r.stop();

    Path first = segments(data).get(0);
    assertTrue(
        first.getFileName().toString().startsWith(LogFormat.CLOSED_PREFIX)
            && !first.getFileName().toString().startsWith(LogFormat.INPROGRESS_PREFIX),
        "the first segment is closed: " + first);
    long flip = LogFormat.HEADER_BYTES + 300;
    try (FileChannel ch =
        FileChannel.open(first, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      ByteBuffer one = ByteBuffer.allocate(1);
      ch.read(one, flip);
      one.put(0, (byte) (one.get(0) ^ 0x5a)).rewind();
      ch.write(one, flip);
    }
    CorruptLogException e =
        assertThrows(CorruptLogException.class, () -> new Node(config(data), OPTIONS));
    assertEquals(first, e.path());
    assertTrue(e.offset() >= LogFormat.HEADER_BYTES && e.offset() <= flip, "offset " + e.offset());
    assertTrue(
        e.getMessage().contains(first.toString())
            && e.getMessage().contains("offset " + e.offset()),
        e.getMessage());

    // The refused open released the directory: a repaired log opens again (here: the byte put
    // back).
    try (FileChannel ch =
        FileChannel.open(first, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      ByteBuffer one = ByteBuffer.allocate(1);
      ch.read(one, flip);
      one.put(0, (byte) (one.get(0) ^ 0x5a)).rewind();
      ch.write(one, flip);
    }
    r = start(data);
    checkKeys(r, 200);
    r.stop();
  }

  /**
   * Issue 11, item 1: entries that a node without request validation committed (a key pointer out
   * of bounds, a value claiming 512 MiB, an unknown op) are replayed at restart; applying them
   * yields an error result and the node keeps serving (it used to exit 70 on every restart).
   */
  @Test
  void committedBadEntriesAreAppliedAsErrorsOnReplay() throws Exception {
    Path data = tmp.resolve("n1");
    RunningNode r = start(data);
    writeKeys(r, 1, 10);
    r.stop();
    try (SegmentedLog log = SegmentedLog.open(data, OPTIONS)) {
      long term = log.lastTerm();
      long index = log.lastIndex();
      for (byte[] bad : List.of(
          BadFrames.putWithKeyOutOfBounds(1, 501, 1),
          BadFrames.putWithHugeValue(2, 501, 2),
          BadFrames.unknownOp(3, 501, 3),
          new byte[] {1, 2, 3})) {
        index++;
        ByteBuffer rec = ByteBuffer.allocate(Records.encodedLength(bad.length) + 64)
            .order(ByteOrder.LITTLE_ENDIAN);
        assertTrue(new Records().write(rec, term, index, EntryKind.NORMAL, ByteBuffer.wrap(bad)));
        log.append(index, term, rec, 0, rec.position());
      }
      StoredHardState hs = log.hardState();
      log.setHardState(Math.max(term, hs.term()), hs.vote(), index);
      log.sync();
    }
    for (int restart = 0; restart < 2; restart++) {
      r = start(data);
      checkKeys(r, 10);
      writeKeys(r, 11 + restart, 11 + restart);
      r.stop();
    }
  }

  @Test
  void aMissingSegmentStopsStartup() throws Exception {
    Path data = tmp.resolve("n1");
    RunningNode r = start(data);
    writeKeys(r, 1, 200);
    r.stop();
    List<Path> segs = segments(data);
    assertTrue(segs.size() >= 3, segs.toString());
    Files.delete(segs.get(1));
    CorruptLogException e =
        assertThrows(CorruptLogException.class, () -> new Node(config(data), OPTIONS));
    assertTrue(e.getMessage().contains(data.toString()), e.getMessage());
  }
}
