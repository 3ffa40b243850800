package dev.rast.raft.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rast.raft.kv.BadFrames;
import dev.rast.raft.kv.KvClient;
import dev.rast.raft.kv.RawKvConnection;
import dev.rast.raft.msg.KvMsg.Op;
import dev.rast.raft.msg.KvMsg.Status;
import dev.rast.raft.net.ClusterSecret;
import dev.rast.raft.net.Handshake;
import dev.rast.raft.net.PeerDialer;
import dev.rast.raft.node.NodeConfig;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 11's abuse test: every bad input of the issue, sent to a live 3-process cluster (nodes
 * with {@code -Xmx256m}, fsync on, loopback): requests with a key pointer out of bounds (put and
 * get), a value claiming 512 MiB, an unknown op (with and without a session), a key over the
 * limit, a frame that does not decode (item 1-3); a 9 MiB value and a request above the maximum
 * request size (item 8); frames announcing 16 MiB or 4 GiB on the client port and 80 MiB on the
 * peer port that never arrive (item 4); hundreds of idle connections on both ports (item 5); a
 * forged peer hello without the cluster secret (item 6).
 * Every node must stay up, each node's RSS and inbound buffers must stay under a bound, and
 * put/get/cput must stay correct afterwards.
 */
class AbuseIT {
  /** RSS bound per node process (-Xmx256m heap plus the JVM's own memory). */
  private static final long MAX_RSS_BYTES = 640L << 20;

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static long rss(long pid) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/" + pid + "/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
      }
    }
    throw new IOException("no VmRSS for " + pid);
  }

  /** Sends one bad request and expects an ERROR reply or a closed connection, never silence. */
  private static void sendBad(InetSocketAddress node, byte[] message, boolean framed)
      throws IOException {
    try (RawKvConnection c = new RawKvConnection(node, 5_000)) {
      if (framed) {
        c.send(message);
      } else {
        c.sendRaw(message);
      }
      RawKvConnection.Response r = c.read();
      assertTrue(r.closed() || r.status() == Status.ERROR, "a bad request got " + r);
    }
  }

  private static Socket connect(InetSocketAddress to) throws IOException {
    Socket s = new Socket();
    s.connect(to, 5_000);
    return s;
  }

  private static Socket sendRaw(InetSocketAddress to, byte[] bytes) throws IOException {
    Socket s = connect(to);
    OutputStream out = s.getOutputStream();
    out.write(bytes);
    out.flush();
    return s;
  }

  /** A frame header announcing {@code length} bytes (-1: 4 GiB), then the frame's first byte. */
  private static byte[] frameHeader(int length) {
    return ByteBuffer.allocate(5)
        .order(ByteOrder.LITTLE_ENDIAN)
        .putInt(length)
        .put((byte) 7)
        .array();
  }

  private static long field(String status, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":(\\d+)").matcher(status);
    assertTrue(m.find(), "no " + name + " in " + status);
    return Long.parseLong(m.group(1));
  }

  @Test
  @Timeout(value = 150, unit = TimeUnit.SECONDS)
  void everyBadInputCostsOnlyItsSender() throws Exception {
    Path dir = Files.createTempDirectory("rast-abuse-");
    List<Socket> held = new ArrayList<>();
    try (LocalCluster cluster = new LocalCluster(3, dir, true, 0, 0, List.of("-Xmx256m"))) {
      cluster.startAll();
      int leader = cluster.awaitLeader(30_000);
      assertTrue(leader != 0, "no leader");
      // A leader needs only a majority: wait until every node answers on its client port too.
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      for (int id = 1; id <= cluster.size(); id++) {
        while (cluster.status(id) == null) {
          assertTrue(
              System.nanoTime() < deadline,
              "node " + id + " never answered: " + cluster.logTail(id, 20));
          Thread.sleep(50);
        }
      }
      try (KvClient c = new KvClient(cluster.clientAddresses())) {
        for (int i = 0; i < 20; i++) {
          assertEquals(Status.OK, c.put("k" + i, bytes("v" + i)).status());
        }
      }

      byte[] garbage = new byte[68];
      Arrays.fill(garbage, (byte) 0xFF);
      ByteBuffer.wrap(garbage).order(ByteOrder.LITTLE_ENDIAN).putInt(0, 64);
      for (int round = 0; round < 3; round++) {
        for (int id = 1; id <= cluster.size(); id++) {
          InetSocketAddress node = cluster.clientAddresses().get(id);
          sendBad(node, BadFrames.putWithKeyOutOfBounds(1, 900 + id, 1), true);
          sendBad(node, BadFrames.getWithKeyOutOfBounds(2), true);
          sendBad(node, BadFrames.putWithHugeValue(3, 900 + id, 2), true);
          sendBad(node, BadFrames.unknownOp(4, 900 + id, 3), true);
          sendBad(node, BadFrames.unknownOp(5, 0, 0), true);
          sendBad(node, BadFrames.request(6, Op.PUT, 900 + id, 4, "k".repeat(100_000), "v"), true);
          sendBad(node, garbage, false);
        }
      }

      // Item 8: a value above the per-peer queue (8 MiB) commits; a request above the maximum
      // request size (16 MiB) gets an error naming the limit, and its connection goes on.
      byte[] big = new byte[9 << 20];
      new SplittableRandom(11).nextBytes(big);
      try (KvClient c = new KvClient(cluster.clientAddresses(), 30_000, 5_000)) {
        assertEquals(Status.OK, c.put("big", big).status(), "a 9 MiB value must commit");
        assertArrayEquals(big, c.get("big").value());
      }
      int leaderNow = cluster.awaitLeader(10_000);
      try (RawKvConnection c =
          new RawKvConnection(cluster.clientAddresses().get(leaderNow), 10_000)) {
        String huge = "v".repeat((16 << 20) + 1);
        RawKvConnection.Response r = c.call(BadFrames.request(7, Op.PUT, 990, 1, "huge", huge));
        assertEquals(Status.ERROR, r.status(), "an oversized request got " + r);
        assertTrue(
            r.message().contains("above the maximum request size of " + (16 << 20) + " bytes"),
            r.message());
        RawKvConnection.Response after = c.call(BadFrames.request(8, Op.GET, 0, 0, "k1", null));
        assertEquals(Status.OK, after.status(), "the connection goes on after it: " + after);
      }

      // Item 4: frames that announce 16 MiB (or 4 GiB) and send one byte, on the leader's client
      // port (50 of them took a leader from 88 MB to 958 MB RSS; a 256 MiB heap died after 14),
      // and a hello then an 80 MiB frame on a follower's peer port.
      int leader4 = cluster.awaitLeader(10_000);
      InetSocketAddress leaderAddress = cluster.clientAddresses().get(leader4);
      for (int i = 0; i < 55; i++) {
        held.add(sendRaw(leaderAddress, frameHeader(i < 50 ? 16 << 20 : -1)));
      }
      int follower = leader4 % cluster.size() + 1;
      ClusterSecret secret = ClusterSecret.load(cluster.secretFile());
      for (int i = 0; i < 20; i++) {
        // A peer that proves the secret (a compromised node), then announces 80 MiB.
        PeerDialer d = PeerDialer.dial(
            cluster.peerAddresses().get(follower),
            PeerDialer.hello(NodeConfig.DEFAULT_CLUSTER_ID, leader4, follower),
            secret);
        assertEquals(Handshake.OK, d.code());
        d.write(ByteBuffer.allocate(5)
            .order(ByteOrder.LITTLE_ENDIAN)
            .putInt(80 << 20)
            .array());
        held.add(d.socket);
      }
      // Item 6: a forged hello (the documented cluster id, claiming to be the leader) without the
      // secret is refused by every node.
      for (int id = 1; id <= cluster.size(); id++) {
        int claimed = id == leader4 ? id % cluster.size() + 1 : leader4;
        PeerDialer d = PeerDialer.dial(
            cluster.peerAddresses().get(id),
            PeerDialer.hello(NodeConfig.DEFAULT_CLUSTER_ID, claimed, id),
            ClusterSecret.NONE);
        assertEquals(Handshake.OK, d.code(), "the hello itself is well-formed");
        assertEquals(Handshake.AUTH_FAILED, d.verdict(), "node " + id + " took a forged peer");
        d.socket.close();
      }
      // Item 5: connections that send nothing, past the peer port's limit (64).
      for (int id = 1; id <= cluster.size(); id++) {
        for (int i = 0; i < 150; i++) {
          held.add(connect(cluster.clientAddresses().get(id)));
          if (i < 100) {
            held.add(connect(cluster.peerAddresses().get(id)));
          }
        }
      }
      Thread.sleep(2_000);

      assertNull(cluster.failure(), "a node died");
      for (int id = 1; id <= cluster.size(); id++) {
        assertTrue(cluster.alive(id), "node " + id + " is down:\n" + cluster.logTail(id, 30));
        long rss = rss(cluster.pid(id));
        String status = cluster.status(id);
        assertTrue(status != null, "node " + id + " does not answer its status");
        long inbound = field(status, "inboundBufferBytes");
        System.out.println("AbuseIT: node " + id + " inbound buffers " + (inbound >> 10) + " KiB");
        assertTrue(inbound < (8 << 20), "node " + id + " inbound buffers: " + status);
        assertTrue(field(status, "rejectedHandshakes") >= 1, "node " + id + ": " + status);
        System.out.println("AbuseIT: node " + id + " RSS after the abuse: " + (rss >> 20) + " MiB");
        assertTrue(
            rss < MAX_RSS_BYTES,
            "node " + id + " RSS " + (rss >> 20) + " MiB, bound " + (MAX_RSS_BYTES >> 20) + " MiB");
      }
      try (KvClient c = new KvClient(cluster.clientAddresses())) {
        for (int i = 0; i < 20; i++) {
          assertEquals("v" + i, c.get("k" + i).text(), "k" + i);
          assertEquals(Status.OK, c.put("k" + i, bytes("w" + i)).status());
        }
        assertEquals(Status.OK, c.cput("k0", bytes("w0"), bytes("x0")).status());
        assertEquals(
            Status.COMPARE_FAILED, c.cput("k1", bytes("nope"), bytes("x1")).status());
        for (int i = 0; i < 20; i++) {
          assertEquals(i == 0 ? "x0" : "w" + i, c.get("k" + i).text(), "k" + i);
        }
      }
      assertNull(cluster.failure(), "a node died");
    } finally {
      for (Socket s : held) {
        s.close();
      }
      DemoCommand.deleteTree(dir);
    }
  }
}
