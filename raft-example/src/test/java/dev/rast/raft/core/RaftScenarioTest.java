package dev.rast.raft.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rast.raft.msg.RaftMsg.Message;
import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Scripted, deterministic scenarios for each mechanism of the core: each test is a short script
 * of inputs (ticks, cuts, proposals, deliveries) and the outputs the core must produce.
 */
class RaftScenarioTest {

  private static Cluster threeWithLeader() {
    Cluster c = new Cluster(3);
    c.elect(1);
    assertEquals(Role.LEADER, c.node(1).role());
    return c;
  }

  @Test
  void electsLeaderAndCommitsNoopThenProposals() {
    Cluster c = threeWithLeader();
    long noop = c.node(1).log().lastIndex();
    assertEquals(noop, c.node(1).log().committed(), "a new leader commits its no-op first");
    c.propose(1, "a");
    c.propose(1, "b");
    c.stabilize();
    for (int i = 1; i <= 3; i++) {
      assertEquals(noop + 2, c.node(i).log().committed());
    }
    assertEquals(List.of(1L, 2L, 3L), c.applied.get(1));
  }

  @Test
  void batchesProposalsIntoOneAppendEntries() {
    Cluster c = threeWithLeader();
    long before = c.count(Message.Which.APPEND_ENTRIES, 1);
    for (int k = 0; k < 50; k++) {
      c.propose(1, "cmd" + k);
    }
    c.process(1);
    // One AppendEntries per follower carries all 50 proposals.
    assertEquals(before + 2, c.count(Message.Which.APPEND_ENTRIES, 1));
    c.stabilize();
    assertEquals(51, c.node(2).log().committed());
  }

  @Test
  void preVoteKeepsAPartitionedNodeFromInflatingItsTerm() {
    Cluster c = threeWithLeader();
    long term = c.node(1).term();
    c.isolate(3);
    c.tick(3, 200);
    c.stabilize();
    assertEquals(term, c.node(3).term(), "pre-votes that fail change no term");
    assertEquals(Role.PRE_CANDIDATE, c.node(3).role());
    c.heal();
    c.tick(3, 30); // the rejoining node keeps campaigning ...
    c.tick(1, 2);
    c.stabilize();
    assertEquals(Role.LEADER, c.node(1).role(), "... but does not disrupt the healthy leader");
    assertEquals(term, c.node(1).term());
    assertEquals(Role.FOLLOWER, c.node(3).role());
  }

  @Test
  void checkQuorumDeposesAPartitionedLeader() {
    Cluster c = threeWithLeader();
    c.isolate(1);
    // The first check may still count the responses heard before the cut; the second cannot.
    c.tick(1, 2 * c.node(1).config.electionTicks());
    assertEquals(Role.FOLLOWER, c.node(1).role(), "a leader without a quorum steps down");
  }

  @Test
  void leaseMakesFollowersIgnoreVotesWhileTheLeaderIsHealthy() {
    Cluster c = threeWithLeader();
    long term = c.node(1).term();
    c.tick(1, 1);
    c.stabilize();
    // Node 3 is forced to campaign (no pre-vote: it asks with a higher term); node 2 heard from
    // the leader recently, so it ignores the request and the term does not move for it.
    Elections.campaign(c.node(3), false, false);
    c.process(3);
    c.cut[3][1] = true;
    c.stabilize();
    assertEquals(term, c.node(2).term());
    assertEquals(Role.FOLLOWER, c.node(2).role());
  }

  @Test
  void repairsADivergedFollowerInRoundTripsPerTermNotPerEntry() {
    Cluster c = new Cluster(3, cfg -> cfg.withInflight(4, 1 << 20, 1 << 20));
    c.elect(1);
    // Node 1 appends 100 entries no one else gets.
    c.isolate(1);
    for (int k = 0; k < 100; k++) {
      c.propose(1, "lost" + k);
    }
    c.processAll();
    c.network.clear();
    c.tick(1, 40); // check-quorum deposes it
    c.network.clear();
    // Nodes 2 and 3 commit 90 different entries over three terms (leadership moves by transfer).
    c.node(2).leader = 0;
    c.node(3).leader = 0;
    c.elect(2);
    int leader = 2;
    for (int term = 0; term < 3; term++) {
      assertEquals(Role.LEADER, c.node(leader).role());
      for (int k = 0; k < 30; k++) {
        c.propose(leader, "kept" + term + "/" + k);
      }
      c.stabilize();
      int next = leader == 2 ? 3 : 2;
      c.node(leader).transferLeadership(next);
      c.stabilize();
      leader = next;
    }
    c.heal();
    long rejectsBefore = rejections(c, 1);
    c.tick(leader, 2);
    c.stabilize();
    long rejects = rejections(c, 1) - rejectsBefore;
    assertEquals(c.node(leader).log().lastIndex(), c.node(1).log().lastIndex());
    assertEquals(c.node(leader).log().committed(), c.node(1).log().committed());
    for (long i = 1; i <= c.node(1).log().lastIndex(); i++) {
      assertEquals(c.node(leader).log().term(i), c.node(1).log().term(i), "term at " + i);
    }
    assertTrue(
        rejects <= 4,
        "the diverged follower needed " + rejects + " rejections for 100 conflicting entries");
  }

  private static long rejections(Cluster c, int follower) {
    return c.sent.stream()
        .filter(e -> e.from() == follower && e.type() == Message.Which.APPEND_ENTRIES_RESPONSE)
        .filter(e -> isReject(e.bytes()))
        .count();
  }

  private static boolean isReject(byte[] bytes) {
    Message.Reader m = dev.rast.capnp.Framing.read(
            ByteBuffer.wrap(bytes).order(java.nio.ByteOrder.LITTLE_ENDIAN),
            new dev.rast.capnp.MessageReader())
        .getRoot(new Message.Reader());
    return m.getAppendEntriesResponse().getReject();
  }

  @Test
  void timeoutNowTransfersLeadership() {
    Cluster c = threeWithLeader();
    long term = c.node(1).term();
    c.propose(1, "x");
    c.stabilize();
    assertEquals(Outcome.ACCEPTED, c.node(1).transferLeadership(3));
    c.stabilize();
    assertEquals(Role.LEADER, c.node(3).role());
    assertEquals(term + 1, c.node(3).term());
    assertEquals(Role.FOLLOWER, c.node(1).role());
    assertTrue(c.count(Message.Which.TIMEOUT_NOW, 1) >= 1);
  }

  @Test
  void proposalsAreRefusedDuringATransfer() {
    Cluster c = threeWithLeader();
    c.isolate(3);
    c.node(1).transferLeadership(3);
    assertEquals(Outcome.TRANSFERRING, c.node(1).propose(ByteBuffer.wrap(new byte[] {1})));
  }

  @Test
  void readIndexWaitsForAHeartbeatQuorum() {
    Cluster c = threeWithLeader();
    assertEquals(Outcome.ACCEPTED, c.node(1).read(42));
    c.process(1);
    assertTrue(c.reads.get(1).isEmpty(), "no read before a quorum confirmed the leadership");
    c.stabilize();
    assertEquals(List.of(42L), c.reads.get(1));
  }

  @Test
  void readIndexIsNeverServedByAnIsolatedLeader() {
    Cluster c = threeWithLeader();
    c.isolate(1);
    c.node(1).read(7);
    c.stabilize();
    c.tick(1, 5);
    c.stabilize();
    assertTrue(c.reads.get(1).isEmpty());
  }

  @Test
  void readsBatchIntoOneHeartbeatRound() {
    Cluster c = threeWithLeader();
    long before = c.count(Message.Which.HEARTBEAT, 1);
    for (int k = 1; k <= 10; k++) {
      c.node(1).read(k);
    }
    c.stabilize();
    assertEquals(before + 2, c.count(Message.Which.HEARTBEAT, 1));
    assertEquals(10, c.reads.get(1).size());
  }

  @Test
  void votesAndAcknowledgementsWaitForTheWrites() {
    Cluster c = new Cluster(3);
    c.elect(1);
    // Node 2's vote: its hard state names node 1, and the response waits for that write.
    assertTrue(
        c.readyLog.stream().anyMatch(l -> l.startsWith("2: hardstate") && l.contains("vote=1")),
        c.readyLog::toString);
    assertTrue(
        c.readyLog.stream()
            .filter(l -> l.startsWith("2: send") && l.contains("REQUEST_VOTE_RESPONSE"))
            .allMatch(l -> l.endsWith("afterPersist")),
        c.readyLog::toString);
    // The leader's AppendEntries go out at once; the follower's acknowledgement after its write.
    c.readyLog.clear();
    c.propose(1, "p");
    c.stabilize();
    assertTrue(
        c.readyLog.stream()
            .filter(l -> l.startsWith("1: send") && l.contains("APPEND_ENTRIES t"))
            .noneMatch(l -> l.endsWith("afterPersist")),
        c.readyLog::toString);
    assertTrue(
        c.readyLog.stream()
            .filter(l -> l.startsWith("2: send") && l.contains("APPEND_ENTRIES_RESPONSE"))
            .allMatch(l -> l.endsWith("afterPersist")),
        c.readyLog::toString);
    assertEquals(1, c.hardState[2][1], "node 2's persisted vote");
  }

  @Test
  void leaderCountsItselfOnlyOnceItsWriteIsDurable() {
    Cluster c = new Cluster(1);
    c.elect(1);
    RaftNode n = c.node(1);
    n.propose(ByteBuffer.wrap(new byte[] {1}));
    Ready r = n.ready();
    long last = r.persistLast();
    assertTrue(r.applyLast() < last, "not applied before it is durable");
    n.advance();
    assertTrue(n.log().committed() < last);
    n.persisted(last, n.term());
    assertEquals(last, n.log().committed());
  }

  /**
   * Raft paper Figure 8 (§5.4.2): a leader must not commit an entry of an earlier term by counting
   * replicas, even on a majority; only its own term's entries are committed that way.
   */
  @Test
  void doesNotCommitOldTermEntriesByCountingReplicas() {
    // One record per AppendEntries, so the old entry and the new leader's no-op travel apart.
    Cluster c = new Cluster(3, cfg -> cfg.withInflight(8, 1 << 20, 1));
    c.elect(1);
    c.isolate(1);
    c.propose(1, "old"); // an entry of node 1's first term that no one else gets
    c.processAll();
    c.network.clear();
    long oldIndex = c.node(1).log().lastIndex();
    long oldTerm = c.node(1).term();
    c.tick(1, 40); // check-quorum deposes node 1
    c.network.clear(); // (its heartbeats from before were lost in the partition)
    // Only the link 1-2 works; node 2 has not heard from a leader for a while.
    c.heal();
    c.cut[1][3] = c.cut[3][1] = c.cut[2][3] = c.cut[3][2] = true;
    c.node(2).leader = 0;
    for (int k = 0; k < 100 && c.node(1).role() != Role.LEADER; k++) {
      c.tick(1, 1);
      while (!c.network.isEmpty() && c.node(1).role() != Role.LEADER) {
        c.deliver(c.network.poll());
      }
    }
    assertEquals(Role.LEADER, c.node(1).role());
    assertTrue(c.node(1).term() > oldTerm);
    // Replicate to node 2 until it acknowledged the old entry, holding back everything after.
    for (int k = 0; k < 100 && c.node(1).matchOf(2) < oldIndex; k++) {
      Cluster.Envelope e = c.network.poll();
      if (e == null) {
        c.tick(1, 1);
        continue;
      }
      c.deliver(e);
    }
    assertEquals(
        oldIndex, c.node(1).matchOf(2), "node 2 acknowledged the old entry, not the no-op");
    assertTrue(
        c.node(1).log().committed() < oldIndex,
        "committed " + c.node(1).log().committed()
            + ": an old-term entry was committed by counting replicas");
    // Once the no-op of the new term is replicated, both commit.
    c.cut[1][3] = c.cut[3][1] = c.cut[2][3] = c.cut[3][2] = false;
    c.stabilize();
    assertEquals(oldIndex + 1, c.node(1).log().committed());
  }
}
