package dev.rast.raft.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, item 10: a follower restarts with a shorter log than it acknowledged (a disk that lost
 * its unsynced tail, an operator restoring an old copy of its data). The leader must notice from
 * the rejection and probe again from the follower's real log, so that writes that need this
 * follower for a quorum still commit, without a change of leader.
 */
class LogWentBackwardsTest {
  /** A copy of a node's durable state: its records and hard state. */
  private record Copy(List<byte[]> records, long term, int vote, long commit) {}

  private static Copy copy(RaftNode n, long upTo) {
    List<byte[]> recs = new ArrayList<>();
    RaftLog log = n.log();
    for (long i = 1; i <= upTo; i++) {
      ByteBuffer b = log.buffer(i);
      int off = log.offset(i);
      byte[] r = new byte[log.length(i)];
      for (int k = 0; k < r.length; k++) {
        r[k] = b.get(off + k);
      }
      recs.add(r);
    }
    return new Copy(recs, n.term(), n.vote(), Math.min(n.log().committed(), upTo));
  }

  /** Replaces node {@code id} of {@code c} by a node restarted from {@code copy}. */
  private static void restart(Cluster c, int id, Copy copy) {
    int[] voters = new int[c.nodes.length - 1];
    Arrays.setAll(voters, i -> i + 1);
    RaftNode n = new RaftNode(Config.of(id, voters, 7, new SplittableRandom(id + 100)), null);
    for (byte[] r : copy.records()) {
      assertTrue(n.restoreRecord(ByteBuffer.wrap(r).order(ByteOrder.LITTLE_ENDIAN), 0, r.length));
    }
    n.restoreHardState(copy.term(), copy.vote(), copy.commit());
    c.nodes[id] = n;
  }

  private static void assertCaughtUp(Cluster c, int leader, int follower) {
    RaftLog l = c.node(leader).log();
    RaftLog f = c.node(follower).log();
    assertEquals(l.lastIndex(), f.lastIndex(), "follower " + follower + " caught up");
    for (long i = 1; i <= l.lastIndex(); i++) {
      assertEquals(l.term(i), f.term(i), "term at " + i);
    }
    assertEquals(
        l.lastIndex(), c.node(leader).matchOf(follower), "the leader's match of " + follower);
  }

  @Test
  void aFollowerThatLostItsTailIsProbedAgainAndCountsForTheQuorum() {
    Cluster c = new Cluster(3);
    c.elect(1);
    for (int k = 0; k < 10; k++) {
      c.propose(1, "a" + k);
    }
    c.stabilize();
    long acked = c.node(1).matchOf(2);
    assertEquals(c.node(1).log().lastIndex(), acked);
    // Node 2 comes back with 5 entries fewer than it acknowledged; node 3 goes away.
    restart(c, 2, copy(c.node(2), acked - 5));
    c.isolate(3);
    c.propose(1, "b");
    c.stabilize();
    c.tick(
        1, 3); // a heartbeat round, in case the proposal's AppendEntries was answered in a way the
    // leader ignored
    c.stabilize();
    assertEquals(
        c.node(1).log().lastIndex(),
        c.node(1).log().committed(),
        "the write commits with nodes 1 and 2");
    assertCaughtUp(c, 1, 2);
  }

  /**
   * The old copy ends in entries of an older term that the cluster later replaced: the follower's
   * conflict hint then points into entries that do not match the leader's, so its hint must not be
   * taken for its match index.
   */
  @Test
  void anOldCopyWithAReplacedSuffixIsRepairedAndCountsForTheQuorum() {
    Cluster c = new Cluster(5);
    c.elect(1);
    c.propose(1, "common");
    c.stabilize();
    // Leader 1 sends x0..x4 to node 2 only; node 2 logs them, its answer is lost.
    for (int j = 3; j <= 5; j++) {
      c.cut[1][j] = true;
    }
    c.cut[2][1] = true;
    for (int k = 0; k < 5; k++) {
      c.propose(1, "x" + k);
    }
    c.stabilize();
    long common = c.node(3).log().lastIndex();
    assertEquals(common + 5, c.node(2).log().lastIndex());
    Copy old = copy(c.node(2), c.node(2).log().lastIndex());
    // Nodes 3, 4, 5 elect node 3 and commit y0..y7 over the same indexes; then everyone heals and
    // node 2's x entries are replaced.
    c.isolate(1);
    c.isolate(2);
    for (int j = 3; j <= 5; j++) {
      c.node(j).leader = 0;
    }
    c.elect(3);
    assertEquals(Role.LEADER, c.node(3).role());
    for (int k = 0; k < 8; k++) {
      c.propose(3, "y" + k);
    }
    c.stabilize();
    c.heal();
    c.tick(3, 3);
    c.stabilize();
    assertCaughtUp(c, 3, 2);
    // The operator restores node 2's old copy; node 5 goes away: a quorum needs node 2 again.
    restart(c, 2, old);
    c.isolate(5);
    c.isolate(1);
    c.propose(3, "z");
    c.stabilize();
    for (int round = 0; round < 5; round++) {
      c.tick(3, 3);
      c.stabilize();
    }
    assertEquals(
        c.node(3).log().lastIndex(),
        c.node(3).log().committed(),
        "the write commits with nodes 2, 3 and 4");
    assertCaughtUp(c, 3, 2);
  }
}
