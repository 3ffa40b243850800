package dev.rast.raft.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rast.raft.kv.KvClient;
import dev.rast.raft.kv.KvClient.MemberStatus;
import dev.rast.raft.log.LogOptions;
import dev.rast.raft.msg.KvMsg.Status;
import dev.rast.raft.net.LoopbackPorts;
import dev.rast.raft.snapshot.SnapshotPolicy;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Membership administration end to end, over TCP, on in-process nodes: a node started with {@code
 * --join} is refused until added, is added as a learner (it catches up through a snapshot),
 * promoted, the leader is removed (it hands over; as a non-member it then disrupts nothing),
 * leadership is transferred, a restarted node takes the configuration from its log, and each
 * refusal names its reason. The client learns the new members from the answers.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class MembershipAdminTest {
  private static final LogOptions OPTIONS =
      LogOptions.DEFAULT.withSegmentBytes(16 << 10).withPreallocateBytes(8 << 10);
  private static final SnapshotPolicy POLICY = new SnapshotPolicy(100, Long.MAX_VALUE, 20);

  @TempDir
  Path tmp;

  private final Map<Integer, InetSocketAddress> peers = new HashMap<>();
  private final Map<Integer, InetSocketAddress> clients = new HashMap<>();
  private final Node[] nodes = new Node[7];
  private final RunningNode[] running = new RunningNode[7];

  private void addresses(int id) throws IOException {
    peers.put(id, new InetSocketAddress("127.0.0.1", LoopbackPorts.next()));
    clients.put(id, new InetSocketAddress("127.0.0.1", LoopbackPorts.next()));
  }

  private Map<Integer, Integer> clientPorts() {
    Map<Integer, Integer> m = new HashMap<>();
    clients.forEach((id, a) -> m.put(id, a.getPort()));
    return m;
  }

  private void start(int id, Map<Integer, InetSocketAddress> peerList, boolean join, long cluster)
      throws IOException {
    NodeConfig c = NodeConfig.of(id, peerList, clients.get(id), tmp.resolve("n" + id))
        .withTiming(10, 10, 2)
        .withFsync(false)
        .withClientPorts(clientPorts())
        .withJoin(join)
        .withClusterId(cluster);
    Node n = new Node(c, OPTIONS, POLICY);
    running[id] = RunningNode.start(n, "node-" + id);
    nodes[id] = n;
  }

  private void stop(int id) throws Exception {
    running[id].stop();
    nodes[id] = null;
  }

  @AfterEach
  void stopAll() throws Exception {
    for (int i = 1; i < nodes.length; i++) {
      if (nodes[i] != null) {
        stop(i);
      }
    }
  }

  private static String status(InetSocketAddress a) throws IOException {
    return KvClient.status(a, 2000);
  }

  private static long field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
    assertTrue(m.find(), name + " in " + json);
    return Long.parseLong(m.group(1));
  }

  private static String address(InetSocketAddress peer, InetSocketAddress client) {
    return "127.0.0.1:" + peer.getPort() + ":" + client.getPort();
  }

  private static String ids(List<MemberStatus> members) {
    StringBuilder sb = new StringBuilder();
    for (MemberStatus m : members) {
      sb.append(sb.length() == 0 ? "" : " ").append(m.id()).append(m.learner() ? "L" : "V");
    }
    return sb.toString();
  }

  private static void waitFor(String what, java.util.function.BooleanSupplier done)
      throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!done.getAsBoolean()) {
      assertTrue(System.nanoTime() < end, "timed out waiting: " + what);
      Thread.sleep(50);
    }
  }

  private static boolean contains(InetSocketAddress a, String text) {
    try {
      return status(a).contains(text);
    } catch (IOException e) {
      return false;
    }
  }

  private int leader() throws InterruptedException {
    int[] l = {0};
    waitFor("a leader", () -> {
      for (Node n : nodes) {
        if (n != null && n.knownLeader() != 0 && nodes[n.knownLeader()] != null) {
          l[0] = n.knownLeader();
          return true;
        }
      }
      return false;
    });
    return l[0];
  }

  @Test
  void addPromoteRemoveTransferAndTheRefusals() throws Exception {
    for (int i = 1; i <= 4; i++) {
      addresses(i);
    }
    Map<Integer, InetSocketAddress> bootstrap = new HashMap<>(peers);
    bootstrap.remove(4);
    for (int i = 1; i <= 3; i++) {
      start(i, bootstrap, false, NodeConfig.DEFAULT_CLUSTER_ID);
    }
    Map<Integer, InetSocketAddress> firstThree = new HashMap<>(clients);
    firstThree.remove(4);
    try (KvClient c = new KvClient(firstThree, 10_000, 1000)) {
      for (int i = 0; i < 300; i++) {
        assertEquals(
            Status.OK,
            c.put("k" + i, ("v" + i).getBytes(StandardCharsets.UTF_8)).status());
      }
      KvClient.Result list = c.members();
      assertEquals(Status.OK, list.status());
      assertEquals("1V 2V 3V", ids(list.members()));
      assertEquals(
          clients.get(2).getPort(), list.members().get(1).clientPort(), "client addresses known");

      // Node 4 joins: refused (and told why) until it is added.
      start(4, peers, true, NodeConfig.DEFAULT_CLUSTER_ID);
      waitFor(
          "node 4 told it is not a member",
          () -> contains(clients.get(4), "is not a member of the cluster"));
      waitFor("the cluster counted the refusal", () -> {
        for (int i = 1; i <= 3; i++) {
          try {
            if (field(status(clients.get(i)), "rejectedHandshakes") > 0) {
              return true;
            }
          } catch (IOException e) {
            return false;
          }
        }
        return false;
      });

      // Refusals, each with its reason.
      KvClient.Result r = c.promoteMember(4);
      assertEquals(Status.REFUSED, r.status());
      assertTrue(r.message().contains("node 4 is not a learner"), r.message());
      r = c.removeMember(9);
      assertEquals(Status.REFUSED, r.status());
      assertTrue(r.message().contains("node 9 is not a member"), r.message());
      r = c.addMember(2, address(peers.get(2), clients.get(2)), true);
      assertEquals(Status.REFUSED, r.status());
      assertTrue(r.message().contains("node 2 is already a voter"), r.message());
      r = c.transferLeader(4);
      assertEquals(Status.REFUSED, r.status());
      assertTrue(r.message().contains("not a voter"), r.message());

      // Add as a learner: committed, then it catches up (through a snapshot: the log was
      // compacted).
      r = c.addMember(4, address(peers.get(4), clients.get(4)), true);
      assertEquals(Status.OK, r.status(), r.message());
      assertEquals("1V 2V 3V 4L", ids(r.members()));
      assertTrue(c.knownNodes().containsKey(4), "the client learned node 4's address");
      waitFor("node 4 caught up", () -> {
        try {
          return field(status(clients.get(4)), "applied") >= 300;
        } catch (IOException e) {
          return false;
        }
      });
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
      do {
        r = c.promoteMember(4);
      } while (r.status() == Status.REFUSED
          && r.message().contains("not caught up")
          && System.nanoTime() < deadline);
      assertEquals(Status.OK, r.status(), r.message());
      assertEquals("1V 2V 3V 4V", ids(r.members()));
      assertEquals(Status.OK, c.get("k299").status(), "node 4 holds the data");

      // Remove the leader: it commits the change and hands over; a new leader serves.
      int old = leader();
      r = c.removeMember(old);
      assertEquals(Status.OK, r.status(), r.message());
      assertTrue(!ids(r.members()).contains(old + "V"), ids(r.members()));
      assertEquals(
          Status.OK, c.put("after", "x".getBytes(StandardCharsets.UTF_8)).status());
      waitFor("a new leader", () -> {
        for (int i = 1; i <= 4; i++) {
          if (i != old && nodes[i].knownLeader() != 0 && nodes[i].knownLeader() != old) {
            return true;
          }
        }
        return false;
      });
      int now = leader();
      assertNotEquals(old, now);
      // The removed node keeps running and must not disrupt: no term changes for a while.
      long term = field(status(clients.get(now)), "term");
      Thread.sleep(1500);
      assertEquals(
          term, field(status(clients.get(now)), "term"), "the removed node bumped no term");
      assertTrue(contains(clients.get(old), "\"voters\":["), "the removed node still answers");
      // A client that knows only the removed node finds the leader from what it answers.
      try (KvClient fresh = new KvClient(Map.of(old, clients.get(old)), 10_000, 1000)) {
        KvClient.Result m = fresh.members();
        assertEquals(Status.OK, m.status());
        assertTrue(!fresh.knownNodes().containsKey(old), "the removed node is no longer tried");
      }

      // Transfer leadership to another voter.
      int target = 0;
      for (int i = 1; i <= 4 && target == 0; i++) {
        if (i != old && i != now) {
          target = i;
        }
      }
      r = c.transferLeader(target);
      assertEquals(Status.OK, r.status(), r.message());
      int t = target;
      waitFor("node " + t + " leads", () -> nodes[t].knownLeader() == t);

      // A restarted node takes the configuration from its log, not from its --peers.
      int restart = 0;
      for (int i = 1; i <= 3 && restart == 0; i++) {
        if (i != old && i != t) {
          restart = i;
        }
      }
      stop(restart);
      start(restart, bootstrap, false, NodeConfig.DEFAULT_CLUSTER_ID);
      int rs = restart;
      waitFor("node " + rs + " recovered the configuration", () -> {
        try {
          String s = status(clients.get(rs));
          return s.contains("\"voters\":[") && s.contains("\"4\":{\"connected\":true");
        } catch (IOException e) {
          return false;
        }
      });
      assertTrue(
          !status(clients.get(rs)).contains("\"" + old + "\":{"), "no link to the removed node");
    }
  }

  @Test
  void aNodeOfAnotherClusterIsRefusedAndSaysWhy() throws Exception {
    for (int i = 1; i <= 2; i++) {
      addresses(i);
    }
    Map<Integer, InetSocketAddress> one = Map.of(1, peers.get(1));
    start(1, one, false, NodeConfig.DEFAULT_CLUSTER_ID);
    start(2, peers, true, NodeConfig.DEFAULT_CLUSTER_ID + 1);
    waitFor(
        "node 2 told it is of another cluster",
        () -> contains(clients.get(2), "another cluster id"));
    waitFor("node 1 counted it", () -> {
      try {
        return field(status(clients.get(1)), "rejectedHandshakes") > 0;
      } catch (IOException e) {
        return false;
      }
    });
  }
}
