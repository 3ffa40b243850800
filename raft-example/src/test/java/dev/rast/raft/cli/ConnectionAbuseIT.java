package dev.rast.raft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rast.raft.kv.KvClient;
import dev.rast.raft.msg.KvMsg.Status;
import dev.rast.raft.net.ClusterSecret;
import dev.rast.raft.net.Handshake;
import dev.rast.raft.net.PeerDialer;
import dev.rast.raft.node.NodeConfig;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 11 items 4 and 5 against 3 real node processes with a 96 MiB heap: announced frame
 * lengths cost nothing until their bytes arrive, and idle or never-greeting connections are
 * limited in number and closed after a timeout. Before, 50 client connections announcing 16 MiB
 * each took a leader from 88 MB to 958 MB RSS (a 256 MiB heap died of OOM after 14), and 500
 * idle peer connections cost 862 MB.
 */
class ConnectionAbuseIT {
  private static final Pattern FIELD = Pattern.compile("\"(\\w+)\":(\\d+)");

  private Path dir;
  private LocalCluster cluster;
  private final List<Socket> sockets = new ArrayList<>();

  @BeforeEach
  void start() throws Exception {
    dir = Files.createTempDirectory("rast-abuse-");
    cluster =
        new LocalCluster(3, dir, false, 0, 0, List.of("-Xmx96m", "-XX:+ExitOnOutOfMemoryError"));
    cluster.nodeArgs(List.of(
        "--max-client-connections=100",
        "--max-peer-connections=32",
        "--handshake-timeout-ms=1500",
        "--idle-timeout-ms=4000"));
    cluster.startAll();
    assertTrue(cluster.awaitLeader(20_000) != 0, "no leader");
  }

  @AfterEach
  void stop() throws IOException {
    for (Socket s : sockets) {
      s.close();
    }
    cluster.close();
    DemoCommand.deleteTree(dir);
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void announcedLengthsCostNothingUntilTheirBytesArrive() throws Exception {
    int leader = cluster.leader();
    int follower = leader % 3 + 1;
    long rssBefore = rssKb(leader);
    InetSocketAddress client = cluster.clientAddresses().get(leader);
    for (int i = 0; i < 50; i++) {
      send(client, frameHeader(16 << 20, 1)); // a 16 MiB request that never comes
    }
    for (int i = 0; i < 5; i++) {
      send(client, frameHeader(-1, 1)); // 4 GiB announced: answered with an error, skipped
    }
    InetSocketAddress peer = cluster.peerAddresses().get(follower);
    ClusterSecret secret = ClusterSecret.load(cluster.secretFile());
    for (int i = 0; i < 20; i++) {
      // A handshake that passes (a peer that holds the secret), then an 80 MiB frame.
      PeerDialer d = PeerDialer.dial(
          peer, PeerDialer.hello(NodeConfig.DEFAULT_CLUSTER_ID, leader, follower), secret);
      assertEquals(Handshake.OK, d.code());
      d.write(frameHeader(80 << 20, 1));
      sockets.add(d.socket);
    }
    Thread.sleep(1000);
    long rssAfter = rssKb(leader);
    long followerRss = rssKb(follower);
    String status = cluster.status(leader);
    System.out.println("leader RSS " + rssBefore / 1024 + " MB -> " + rssAfter / 1024
        + " MB with 55 client connections"
        + " announcing 16 MiB / 4 GiB; follower RSS " + followerRss / 1024
        + " MB after 20 peer connections announcing 80 MiB;"
        + " leader status " + status);
    assertTrue(field(status, "inboundBufferBytes") < (1 << 20), status);
    assertServes(leader);
    for (int i = 1; i <= 3; i++) {
      assertTrue(cluster.alive(i), "node " + i + " died:\n" + cluster.logTail(i, 20));
    }
    assertTrue(
        cluster.logTail(follower, 200).contains("frame of 83886080 bytes announced"),
        cluster.logTail(follower, 20));
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void idleConnectionsAreLimitedAndClosed() throws Exception {
    int leader = cluster.leader();
    InetSocketAddress client = cluster.clientAddresses().get(leader);
    InetSocketAddress peer = cluster.peerAddresses().get(leader);
    for (int i = 0; i < 300; i++) {
      sockets.add(new Socket(client.getAddress(), client.getPort()));
      sockets.add(new Socket(peer.getAddress(), peer.getPort()));
    }
    Thread.sleep(500);
    int refusedNow = 0;
    for (Socket s : sockets) {
      s.setSoTimeout(50);
      if (closedByNode(s)) {
        refusedNow++;
      }
    }
    assertTrue(
        refusedNow >= 600 - 100 - 32,
        "connections over the limits must be closed at once: " + refusedNow);

    Thread.sleep(2500); // past the handshake timeout
    for (Socket s : sockets) {
      s.setSoTimeout(1000);
      assertTrue(
          closedByNode(s), "a connection without a handshake must be closed after the timeout");
    }
    assertServes(leader);
    String status = cluster.status(leader);
    System.out.println("after 300 idle client and 300 idle peer connections: " + status);
    assertTrue(field(status, "refusals") >= 600, status);
    assertTrue(field(status, "clientConnections") <= 2, status);
    assertTrue(field(status, "peerConnections") == 2, status);
    assertTrue(
        cluster.logTail(leader, 400).contains("(--handshake-timeout-ms)"),
        cluster.logTail(leader, 20));
    assertTrue(
        cluster.logTail(leader, 400).contains("(--max-client-connections)"),
        cluster.logTail(leader, 20));
  }

  private void assertServes(int leader) throws Exception {
    try (KvClient c = new KvClient(cluster.clientAddresses(), 10_000, 2_000)) {
      assertEquals(Status.OK, c.put("k", "v".getBytes(StandardCharsets.UTF_8)).status());
      assertEquals("v", c.get("k").text());
    }
    assertTrue(cluster.alive(leader));
  }

  private void send(InetSocketAddress to, byte[] bytes) throws IOException {
    Socket s = new Socket(to.getAddress(), to.getPort());
    s.getOutputStream().write(bytes);
    s.getOutputStream().flush();
    sockets.add(s);
  }

  private static byte[] frameHeader(int length, int bodyBytes) {
    ByteBuffer b = ByteBuffer.allocate(4 + bodyBytes).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(length);
    return b.array();
  }

  /** Whether the node closed {@code s} (end of stream or reset within the socket's timeout). */
  private static boolean closedByNode(Socket s) {
    try {
      while (true) {
        if (s.getInputStream().read() < 0) {
          return true;
        }
      }
    } catch (java.net.SocketTimeoutException e) {
      return false;
    } catch (IOException e) {
      return true;
    }
  }

  private static long field(String status, String name) {
    Matcher m = FIELD.matcher(status);
    while (m.find()) {
      if (m.group(1).equals(name)) {
        return Long.parseLong(m.group(2));
      }
    }
    throw new AssertionError("no " + name + " in " + status);
  }

  private long rssKb(int node) throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/" + cluster.pid(node) + "/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D", ""));
      }
    }
    return -1;
  }
}
