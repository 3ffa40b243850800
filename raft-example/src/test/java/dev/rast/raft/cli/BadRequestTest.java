package dev.rast.raft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rast.raft.kv.BadFrames;
import dev.rast.raft.kv.KvClient;
import dev.rast.raft.kv.RawKvConnection;
import dev.rast.raft.msg.KvMsg.Op;
import dev.rast.raft.msg.KvMsg.Status;
import dev.rast.raft.node.Node;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11, items 1-3, end to end: raw hostile client frames sent over TCP to the leader of a real
 * 3-node cluster (in this JVM, loopback sockets, fsync on). Each gets an error reply naming the
 * problem, nothing is proposed (the leader's last index does not move), every node keeps running,
 * and put/get work afterwards.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS)
class BadRequestTest {
  private static final Pattern LAST_INDEX = Pattern.compile("\"lastIndex\":(\\d+)");

  @TempDir
  Path dir;

  private InProcessCluster cluster;
  private InetSocketAddress leader;

  @BeforeEach
  void start() throws Exception {
    cluster = new InProcessCluster(3, dir, true);
    Node l = cluster.awaitLeader(10_000);
    assertNotNull(l, "no leader elected");
    leader = l.clientAddress();
    try (KvClient c = new KvClient(cluster.clientAddresses())) {
      assertEquals(Status.OK, c.put("before", bytes("ok")).status());
    }
  }

  @AfterEach
  void stop() throws Exception {
    cluster.close();
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private long lastIndex() throws Exception {
    Matcher m = LAST_INDEX.matcher(KvClient.status(leader, 5_000));
    assertTrue(m.find());
    return Long.parseLong(m.group(1));
  }

  /** Sends {@code frame} to the leader and expects an ERROR reply whose message contains {@code says}; nothing proposed. */
  private RawKvConnection.Response refused(byte[] frame, long id, String says) throws Exception {
    long before = lastIndex();
    RawKvConnection.Response r;
    try (RawKvConnection conn = new RawKvConnection(leader, 5_000)) {
      r = conn.call(frame);
    }
    assertFalse(r.closed(), "the node closed the connection instead of answering");
    assertEquals(id, r.id());
    assertEquals(Status.ERROR, r.status(), r.toString());
    assertNotNull(r.message(), "an error reply says why");
    assertTrue(r.message().contains(says), "'" + r.message() + "' should say '" + says + "'");
    Thread.sleep(200); // would a proposal have been made, it would be in the log by now
    assertEquals(before, lastIndex(), "a refused request must not be proposed");
    return r;
  }

  private void assertClusterServes() throws Exception {
    Thread.sleep(500); // an entry that kills its appliers would have been applied everywhere by now
    for (int i = 1; i <= cluster.size(); i++) {
      assertNull(cluster.failure(i), "node " + i + " failed");
      assertTrue(cluster.running(i), "node " + i + " stopped");
    }
    try (KvClient c = new KvClient(cluster.clientAddresses())) {
      assertEquals(Status.OK, c.put("after", bytes("fine")).status());
      assertEquals("fine", c.get("after").text());
      assertEquals("ok", c.get("before").text());
    }
  }

  @Test
  void putWithKeyPointerOutOfBoundsIsRefusedNotProposed() throws Exception {
    refused(BadFrames.putWithKeyOutOfBounds(41, 77, 1), 41, "key");
    assertClusterServes();
  }

  @Test
  void putWithValueClaiming512MiBIsRefusedNotProposed() throws Exception {
    refused(BadFrames.putWithHugeValue(42, 77, 1), 42, "value");
    assertClusterServes();
  }

  @Test
  void unknownOpIsRefusedNotProposed() throws Exception {
    refused(BadFrames.unknownOp(43, 77, 1), 43, "unknown op 77");
    assertClusterServes();
  }

  @Test
  void getWithKeyPointerOutOfBoundsDoesNotKillTheLeader() throws Exception {
    refused(BadFrames.getWithKeyOutOfBounds(44), 44, "key");
    assertClusterServes();
  }

  @Test
  void unknownOpWithoutClientIdNamesTheUnknownOp() throws Exception {
    RawKvConnection.Response r = refused(BadFrames.unknownOp(45, 0, 0), 45, "unknown op 77");
    assertFalse(r.message().contains("client id"), r.message());
    assertClusterServes();
  }

  @Test
  void aKeyAboveTheDefaultLimitIsRefused() throws Exception {
    refused(BadFrames.request(46, Op.PUT, 77, 1, "k".repeat(100_000), "v"), 46, "key of");
    refused(BadFrames.request(47, Op.GET, 0, 0, "k".repeat(100_000), null), 47, "key of");
    assertClusterServes();
  }
}
