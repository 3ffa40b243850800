package dev.rast.raft.node;

import static dev.rast.raft.node.TestNodes.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rast.raft.kv.KvClient;
import dev.rast.raft.kv.KvClient.MemberStatus;
import dev.rast.raft.msg.KvMsg.Status;
import dev.rast.raft.snapshot.SnapshotPolicy;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Membership administration end to end, over TCP, on in-process nodes: a node started with {@code
 * --join} is refused until added, is added as a learner (it catches up through a snapshot),
 * promoted, the leader is removed (it hands over; as a non-member it then disrupts nothing),
 * leadership is transferred, a restarted node takes the configuration from its log, and each
 * refusal names its reason. The client learns the new members from the answers.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class MembershipAdminTest {
  private static final SnapshotPolicy POLICY = new SnapshotPolicy(100, Long.MAX_VALUE, 20);

  @RegisterExtension
  final TestNodes nodes = new TestNodes(POLICY);

  private void start(int id, Map<Integer, InetSocketAddress> peerList, boolean join, long cluster)
      throws IOException {
    nodes.start(id, peerList, join, cluster, UnaryOperator.identity());
  }

  private static String ids(List<MemberStatus> members) {
    StringBuilder sb = new StringBuilder();
    for (MemberStatus m : members) {
      sb.append(sb.length() == 0 ? "" : " ").append(m.id()).append(m.learner() ? "L" : "V");
    }
    return sb.toString();
  }

  @Test
  void addPromoteRemoveTransferAndTheRefusals() throws Exception {
    for (int i = 1; i <= 4; i++) {
      nodes.address(i);
    }
    Map<Integer, InetSocketAddress> bootstrap = nodes.peers();
    bootstrap.remove(4);
    for (int i = 1; i <= 3; i++) {
      start(i, bootstrap, false, NodeConfig.DEFAULT_CLUSTER_ID);
    }
    Map<Integer, InetSocketAddress> firstThree = nodes.clients();
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
          nodes.client(2).getPort(), list.members().get(1).clientPort(), "client addresses known");

      // Node 4 joins: refused (and told why) until it is added.
      start(4, nodes.peers(), true, NodeConfig.DEFAULT_CLUSTER_ID);
      waitFor(
          "node 4 told it is not a member",
          () -> nodes.statusContains(4, "is not a member of the cluster"));
      waitFor("the cluster counted the refusal", () -> {
        for (int i = 1; i <= 3; i++) {
          if (nodes.statusField(i, "rejectedHandshakes") > 0) {
            return true;
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
      r = c.addMember(2, nodes.memberAddress(2), true);
      assertEquals(Status.REFUSED, r.status());
      assertTrue(r.message().contains("node 2 is already a voter"), r.message());
      r = c.transferLeader(4);
      assertEquals(Status.REFUSED, r.status());
      assertTrue(r.message().contains("not a voter"), r.message());

      // Add as a learner: committed, then it catches up (through a snapshot: the log was
      // compacted).
      r = c.addMember(4, nodes.memberAddress(4), true);
      assertEquals(Status.OK, r.status(), r.message());
      assertEquals("1V 2V 3V 4L", ids(r.members()));
      assertTrue(c.knownNodes().containsKey(4), "the client learned node 4's address");
      waitFor("node 4 caught up", () -> nodes.statusField(4, "applied") >= 300);
      r = TestNodes.promote(c, 4);
      assertEquals(Status.OK, r.status(), r.message());
      assertEquals("1V 2V 3V 4V", ids(r.members()));
      assertEquals(Status.OK, c.get("k299").status(), "node 4 holds the data");

      // Remove the leader: it commits the change and hands over; a new leader serves.
      int old = nodes.leader();
      r = c.removeMember(old);
      assertEquals(Status.OK, r.status(), r.message());
      assertTrue(!ids(r.members()).contains(old + "V"), ids(r.members()));
      assertEquals(
          Status.OK, c.put("after", "x".getBytes(StandardCharsets.UTF_8)).status());
      waitFor("a new leader", () -> {
        for (int i = 1; i <= 4; i++) {
          Node n = nodes.node(i);
          if (i != old && n.knownLeader() != 0 && n.knownLeader() != old) {
            return true;
          }
        }
        return false;
      });
      int now = nodes.leader();
      assertNotEquals(old, now);
      // The removed node keeps running and must not disrupt: no term changes for a while.
      long term = nodes.statusField(now, "term");
      Thread.sleep(1500);
      assertEquals(term, nodes.statusField(now, "term"), "the removed node bumped no term");
      assertTrue(nodes.statusContains(old, "\"voters\":["), "the removed node still answers");
      // A client that knows only the removed node finds the leader from what it answers.
      try (KvClient fresh = new KvClient(Map.of(old, nodes.client(old)), 10_000, 1000)) {
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
      waitFor("node " + t + " leads", () -> nodes.node(t).knownLeader() == t);

      // A restarted node takes the configuration from its log, not from its --peers.
      int restart = 0;
      for (int i = 1; i <= 3 && restart == 0; i++) {
        if (i != old && i != t) {
          restart = i;
        }
      }
      nodes.stop(restart);
      start(restart, bootstrap, false, NodeConfig.DEFAULT_CLUSTER_ID);
      int rs = restart;
      waitFor(
          "node " + rs + " recovered the configuration",
          () -> nodes.statusContains(rs, "\"voters\":[")
              && nodes.statusContains(rs, "\"4\":{\"connected\":true"));
      assertTrue(!nodes.status(rs).contains("\"" + old + "\":{"), "no link to the removed node");
    }
  }

  @Test
  void aNodeOfAnotherClusterIsRefusedAndSaysWhy() throws Exception {
    nodes.address(1).address(2);
    Map<Integer, InetSocketAddress> one = Map.of(1, nodes.peers().get(1));
    start(1, one, false, NodeConfig.DEFAULT_CLUSTER_ID);
    start(2, nodes.peers(), true, NodeConfig.DEFAULT_CLUSTER_ID + 1);
    waitFor(
        "node 2 told it is of another cluster",
        () -> nodes.statusContains(2, "another cluster id"));
    waitFor("node 1 counted it", () -> nodes.statusField(1, "rejectedHandshakes") > 0);
  }
}
