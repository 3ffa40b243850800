package dev.rast.raft.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rast.raft.kv.KvClient;
import dev.rast.raft.log.CorruptLogException;
import dev.rast.raft.log.LogOptions;
import dev.rast.raft.log.SegmentName;
import dev.rast.raft.msg.KvMsg.Status;
import dev.rast.raft.snapshot.CorruptSnapshotException;
import dev.rast.raft.snapshot.SnapshotPolicy;
import dev.rast.raft.snapshot.SnapshotStore;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A real node snapshots its key-value state as the policy says, deletes the log segments the
 * snapshot covers (keeping the tail), restarts from the snapshot plus the log after it, and
 * refuses to start on a damaged snapshot, naming the file and offset.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class NodeSnapshotTest {
  private static final LogOptions OPTIONS =
      LogOptions.DEFAULT.withSegmentBytes(16 << 10).withPreallocateBytes(8 << 10);
  private static final SnapshotPolicy POLICY = new SnapshotPolicy(100, Long.MAX_VALUE, 50);

  @TempDir
  Path tmp;

  private Node node(Path data) throws IOException {
    NodeConfig c = NodeConfig.of(
            1,
            Map.of(1, new InetSocketAddress("127.0.0.1", 0)),
            new InetSocketAddress("127.0.0.1", 0),
            data)
        .withTiming(10, 5, 1);
    return new Node(c, OPTIONS, POLICY);
  }

  private RunningNode start(Path data) throws IOException {
    return RunningNode.start(node(data), "node-under-test");
  }

  private static String value(int i) {
    return "value-" + i + "-" + "v".repeat(i % 50);
  }

  private static long field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
    assertTrue(m.find(), name + " in " + json);
    return Long.parseLong(m.group(1));
  }

  private static String status(RunningNode r) throws IOException {
    return KvClient.status(r.node().clientAddress(), 2000);
  }

  @Test
  void snapshotsCompactTheLogAndARestartLoadsTheSnapshotThenTheLog() throws Exception {
    Path data = tmp.resolve("n1");
    RunningNode r = start(data);
    try (KvClient c = new KvClient(Map.of(1, r.node().clientAddress()))) {
      for (int i = 1; i <= 700; i++) {
        assertEquals(
            Status.OK,
            c.put("k" + (i % 300), value(i).getBytes(StandardCharsets.UTF_8)).status());
      }
    }
    String s = status(r);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (field(s, "snapshotIndex") < 600 && System.nanoTime() < deadline) {
      Thread.sleep(50);
      s = status(r);
    }
    long snap = field(s, "snapshotIndex");
    assertTrue(snap >= 600, "snapshot index " + snap + ": " + s);
    long first = field(s, "firstIndex");
    assertTrue(
        first > 1 && first <= snap + 1 - 50,
        "segments below the tail are gone: first " + first + ", snapshot " + snap);
    assertTrue(field(s, "diskBytes") < 200 << 10, "disk bounded by snapshot + tail: " + s);
    r.stop();
    assertTrue(SegmentName.list(data).get(0).start() > 1);

    RunningNode again = start(data);
    assertEquals(
        1, new SnapshotStore(data.resolve("snapshots")).list().size(), "older snapshots deleted");
    try (KvClient c = new KvClient(Map.of(1, again.node().clientAddress()))) {
      for (int k = 0; k < 300; k++) {
        int i = lastWriteOf(k);
        KvClient.Result got = c.get("k" + k);
        assertEquals(Status.OK, got.status(), "k" + k);
        assertEquals(value(i), got.text(), "k" + k);
      }
      assertEquals(
          Status.OK, c.put("after", "restart".getBytes(StandardCharsets.UTF_8)).status());
    }
    again.stop();

    // Without the snapshot, the compacted log is missing its start: the node refuses to start.
    for (Path p : new SnapshotStore(data.resolve("snapshots")).list()) {
      java.nio.file.Files.delete(p);
    }
    CorruptLogException e = assertThrows(CorruptLogException.class, () -> node(data));
    assertTrue(
        e.getMessage().contains("there is no snapshot") && e.getMessage().contains("are missing"),
        e.getMessage());
  }

  /** The last i in 1..700 with i % 300 == k. */
  private static int lastWriteOf(int k) {
    int i = 700;
    while (i % 300 != k) {
      i--;
    }
    return i;
  }

  @Test
  void aDamagedSnapshotStopsTheNodeNamingFileAndOffset() throws Exception {
    Path data = tmp.resolve("n1");
    RunningNode r = start(data);
    try (KvClient c = new KvClient(Map.of(1, r.node().clientAddress()))) {
      for (int i = 1; i <= 150; i++) {
        assertEquals(
            Status.OK, c.put("k" + i, value(i).getBytes(StandardCharsets.UTF_8)).status());
      }
    }
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (field(status(r), "snapshotIndex") == 0 && System.nanoTime() < deadline) {
      Thread.sleep(50);
    }
    r.stop();
    Path snap = new SnapshotStore(data.resolve("snapshots")).newest();
    try (FileChannel ch =
        FileChannel.open(snap, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      ch.write(ByteBuffer.wrap(new byte[] {(byte) 0xEE}), 100);
    }
    CorruptSnapshotException e = assertThrows(CorruptSnapshotException.class, () -> node(data));
    assertEquals(snap, e.file());
    assertTrue(
        e.getMessage().contains(snap.toString()) && e.getMessage().contains("offset " + e.offset()),
        e.getMessage());
  }
}
