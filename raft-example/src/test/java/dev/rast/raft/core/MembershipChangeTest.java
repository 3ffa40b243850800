package dev.rast.raft.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rast.capnp.DecodeException;
import dev.rast.raft.msg.RaftMsg.Message;
import java.nio.ByteBuffer;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Membership changes in the core: single-server changes, learners, a removed leader, snapshots. */
@Timeout(30)
class MembershipChangeTest {
  private static Membership voters(int... ids) {
    return Membership.ofVoters(ids);
  }

  /** Nodes 1..n, bootstrap voters 1..v, node 1 elected and its no-op committed. */
  private static Cluster cluster(int n, int v) {
    Cluster c = new Cluster(n, v, UnaryOperator.identity(), false);
    c.elect(1);
    assertEquals(Role.LEADER, c.node(1).role());
    return c;
  }

  @Test
  void membershipEncodesAndChangesOneServerAtATime() {
    Membership m = new Membership(new int[] {3, 1, 2}, new int[] {4});
    assertEquals(m, Membership.decode(m.encode()));
    assertEquals("voters=[1, 2, 3] learners=[4]", m.toString());
    assertEquals(2, m.quorum());
    assertNull(m.whyNot(MembershipChange.PROMOTE, 4));
    assertEquals("node 5 is not a learner", m.whyNot(MembershipChange.PROMOTE, 5));
    assertEquals("node 2 is already a voter", m.whyNot(MembershipChange.ADD_LEARNER, 2));
    assertEquals("node 9 is not a member", m.whyNot(MembershipChange.REMOVE, 9));
    assertEquals("node 1 is the last voter", voters(1).whyNot(MembershipChange.REMOVE, 1));
    assertEquals(voters(1, 2, 3, 4), m.apply(MembershipChange.PROMOTE, 4));
    assertEquals(
        new Membership(new int[] {1, 3}, new int[] {4}), m.apply(MembershipChange.REMOVE, 2));
    assertThrows(
        IllegalArgumentException.class, () -> new Membership(new int[] {1}, new int[] {1}));
    assertThrows(
        DecodeException.class, () -> Membership.decode(ByteBuffer.wrap(new byte[] {1, 2})));
  }

  @Test
  void aLearnerGetsTheLogButCountsInNoQuorum() {
    Cluster c = cluster(4, 3);
    assertEquals(Outcome.ACCEPTED, c.node(1).proposeChange(MembershipChange.ADD_LEARNER, 4));
    assertTrue(c.node(1).membership().isLearner(4), "in effect on the leader once appended");
    c.stabilize();
    assertTrue(c.node(4).membership().isLearner(4));
    assertEquals(c.node(1).log().lastIndex(), c.node(4).log().lastIndex());
    assertEquals(c.node(1).log().committed(), c.node(4).log().committed());
    // Only the learner hears the leader: nothing commits, and the leader steps down at its
    // check-quorum although the learner answers.
    long committed = c.node(1).log().committed();
    for (int v = 2; v <= 3; v++) {
      c.cut[1][v] = c.cut[v][1] = true;
    }
    c.propose(1, "x");
    c.stabilize();
    assertEquals(c.node(1).log().lastIndex(), c.node(4).log().lastIndex(), "the learner has it");
    assertEquals(committed, c.node(1).log().committed(), "a learner's copy commits nothing");
    for (int t = 0; t < 25 && c.node(1).role() == Role.LEADER; t++) {
      c.tick(1, 1);
      c.tick(4, 1);
      c.stabilize();
    }
    assertEquals(Role.FOLLOWER, c.node(1).role(), "check-quorum counts no learner");
  }

  @Test
  void aLearnerNeverCampaignsNorLeads() {
    Cluster c = cluster(4, 3);
    c.node(1).proposeChange(MembershipChange.ADD_LEARNER, 4);
    c.stabilize();
    c.isolate(1);
    c.tick(4, 100);
    c.stabilize();
    assertEquals(0, c.count(Message.Which.REQUEST_VOTE, 4));
    c.heal();
    assertEquals(Outcome.INVALID_CHANGE, c.node(1).transferLeadership(4));
  }

  @Test
  void oneChangeInFlightAndOnlyAfterACommitOfTheLeadersTerm() {
    Cluster c = new Cluster(5, 3, UnaryOperator.identity(), false);
    for (int k = 0; k < 100 && c.node(1).role() == Role.FOLLOWER; k++) {
      c.tick(1, 1);
    }
    // Deliver one message at a time until node 1 leads, before its no-op can commit.
    for (int k = 0; k < 100 && c.node(1).role() != Role.LEADER; k++) {
      c.deliver(c.network.poll());
    }
    assertEquals(Role.LEADER, c.node(1).role());
    assertTrue(c.node(1).log().committed() < c.node(1).log().lastIndex(), "no-op not committed");
    assertEquals(
        Outcome.CHANGE_IN_PROGRESS,
        c.node(1).proposeChange(MembershipChange.ADD_LEARNER, 4),
        "a new leader first commits an entry of its term");
    c.stabilize();
    assertEquals(Outcome.ACCEPTED, c.node(1).proposeChange(MembershipChange.ADD_LEARNER, 4));
    assertEquals(
        Outcome.CHANGE_IN_PROGRESS, c.node(1).proposeChange(MembershipChange.ADD_LEARNER, 5));
    c.stabilize();
    assertEquals(Outcome.ACCEPTED, c.node(1).proposeChange(MembershipChange.ADD_LEARNER, 5));
    c.stabilize();
    assertEquals(
        new Membership(new int[] {1, 2, 3}, new int[] {4, 5}), c.node(5).membership());
    assertEquals(Outcome.INVALID_CHANGE, c.node(1).proposeChange(MembershipChange.ADD_VOTER, 5));
  }

  @Test
  void aLearnerIsPromotedOnceCaughtUp() {
    Cluster c = cluster(4, 3);
    c.isolate(4);
    assertEquals(Outcome.ACCEPTED, c.node(1).proposeChange(MembershipChange.ADD_LEARNER, 4));
    c.stabilize();
    assertEquals(Outcome.NOT_CAUGHT_UP, c.node(1).proposeChange(MembershipChange.PROMOTE, 4));
    c.heal();
    c.tick(1, 2); // a heartbeat finds the learner behind; it is caught up
    c.stabilize();
    assertEquals(Outcome.ACCEPTED, c.node(1).proposeChange(MembershipChange.PROMOTE, 4));
    c.stabilize();
    for (int i = 1; i <= 4; i++) {
      assertEquals(voters(1, 2, 3, 4), c.node(i).membership(), "node " + i);
    }
    // Four voters: a quorum is three; two nodes cut off, nothing commits.
    c.isolate(3);
    c.isolate(4);
    long committed = c.node(1).log().committed();
    c.propose(1, "y");
    c.stabilize();
    assertEquals(committed, c.node(1).log().committed());
  }

  @Test
  void aRemovedLeaderStepsDownOnceItsRemovalCommits() {
    Cluster c = cluster(3, 3);
    assertEquals(Outcome.ACCEPTED, c.node(1).proposeChange(MembershipChange.REMOVE, 1));
    assertEquals(Role.LEADER, c.node(1).role(), "it leads until the change commits");
    c.stabilize();
    assertEquals(Role.FOLLOWER, c.node(1).role());
    assertEquals(voters(2, 3), c.node(2).membership());
    assertTrue(c.count(Message.Which.TIMEOUT_NOW, 1) >= 1, "it hands over at once");
    int leader = c.node(2).role() == Role.LEADER ? 2 : 3;
    assertEquals(Role.LEADER, c.node(leader).role());
    c.propose(leader, "after");
    c.stabilize();
    assertEquals(c.node(leader).log().lastIndex(), c.node(leader).log().committed());
    long votes = c.count(Message.Which.REQUEST_VOTE, 1);
    c.tick(1, 100);
    c.stabilize();
    assertEquals(votes, c.count(Message.Which.REQUEST_VOTE, 1), "a removed node never campaigns");
  }

  @Test
  void aConfigTakesEffectWhenAppendedAndIsUndoneWhenItsEntryIsOverwritten() {
    Cluster c = cluster(6, 5);
    for (int v = 3; v <= 5; v++) {
      c.cut[1][v] = true;
    }
    assertEquals(Outcome.ACCEPTED, c.node(1).proposeChange(MembershipChange.ADD_LEARNER, 6));
    c.stabilize();
    assertTrue(c.node(2).membership().isLearner(6), "in effect on append, before any commit");
    assertNotEquals(c.node(2).log().lastIndex(), c.node(2).log().committed());
    // Nodes 3, 4, 5 elect a leader without the entry; node 2 then loses it.
    c.isolate(1);
    c.isolate(2);
    int leader = 0;
    for (int t = 0; t < 100 && leader == 0; t++) {
      for (int i = 3; i <= 5; i++) {
        c.tick(i, 1);
      }
      c.stabilize();
      for (int i = 3; i <= 5; i++) {
        leader = c.node(i).role() == Role.LEADER ? i : leader;
      }
    }
    assertNotEquals(0, leader);
    c.propose(leader, "z");
    c.stabilize();
    c.heal();
    c.tick(leader, 2);
    c.stabilize();
    assertEquals(voters(1, 2, 3, 4, 5), c.node(2).membership());
    assertEquals(voters(1, 2, 3, 4, 5), c.node(1).membership());
    assertEquals(0, c.node(2).configIndex());
  }

  @Test
  void aSnapshotCarriesTheConfiguration() {
    Membership m = new Membership(new int[] {2, 3, 4}, new int[] {1});
    RaftNode n = new RaftNode(Config.of(1, new int[] {1, 2, 3}, 7, new SplittableRandom(1)));
    n.restoreSnapshot(10, 2, m);
    assertEquals(m, n.membership());
    assertEquals(m, n.membershipAt(10));
    assertEquals(10, n.configIndex());
    assertThrows(IllegalArgumentException.class, () -> n.membershipAt(9));
    for (int t = 0; t < 100; t++) {
      n.tick();
    }
    assertEquals(Role.FOLLOWER, n.role(), "a learner by its snapshot never campaigns");
  }
}
