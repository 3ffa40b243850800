package dev.rast.raft.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rast.raft.msg.RaftMsg.Message;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The core's side of InstallSnapshot: a snapshot is taken only from the current leader and only
 * when it is newer than the commit index (an older or duplicate one changes nothing: a state
 * machine must never go back in time); an installed one replaces the log and is answered with its
 * index, after which the leader replicates the entries that follow it.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class InstallSnapshotCoreTest {
  @Test
  void anOlderSnapshotThanTheCommitIndexIsRefused() {
    Cluster c = new Cluster(3);
    c.elect(1);
    for (int i = 0; i < 20; i++) {
      c.propose(1, "x" + i);
    }
    c.stabilize();
    c.tick(1, 2);
    c.stabilize();
    RaftLog f = c.node(2).log();
    long committed = f.committed();
    long last = f.lastIndex();
    assertTrue(committed > 10, "committed " + committed);
    c.sent.clear();
    assertFalse(
        c.node(2).installSnapshot(1, committed - 5, c.node(1).term()),
        "older than the commit index");
    assertFalse(c.node(2).installSnapshot(1, committed, c.node(1).term()), "a duplicate");
    assertFalse(
        c.node(2).installSnapshot(3, committed + 100, c.node(1).term()), "not from the leader");
    assertEquals(committed, f.committed());
    assertEquals(last, f.lastIndex());
    assertEquals(committed, f.applied());
    c.process(2);
    assertTrue(
        c.sent.stream()
            .anyMatch(e ->
                e.from() == 2 && e.to() == 1 && e.type() == Message.Which.APPEND_ENTRIES_RESPONSE),
        "the leader is told where the follower stands");
  }

  @Test
  void anInstalledSnapshotReplacesTheLogAndReplicationContinuesAfterIt() {
    Cluster c = new Cluster(3);
    c.elect(1);
    c.isolate(3);
    for (int i = 0; i < 30; i++) {
      c.propose(1, "y" + i);
    }
    c.stabilize();
    long leaderCommit = c.node(1).log().committed();
    // Node 3 (which still knows node 1 as its leader) gets a snapshot of the state up to the
    // leader's commit index: its driver installed the file, now the core is told.
    RaftLog f = c.node(3).log();
    assertEquals(1, c.node(3).leader());
    assertTrue(f.committed() < leaderCommit);
    assertTrue(c.node(3).installSnapshot(1, leaderCommit, c.node(1).log().term(leaderCommit)));
    assertEquals(leaderCommit, f.committed());
    assertEquals(leaderCommit, f.applied());
    assertEquals(leaderCommit, f.lastIndex());
    assertEquals(leaderCommit, f.snapshotIndex());
    assertEquals(c.node(1).log().term(leaderCommit), f.term(leaderCommit));
    c.process(3);
    assertTrue(
        c.sent.stream()
            .anyMatch(e -> e.from() == 3 && e.type() == Message.Which.APPEND_ENTRIES_RESPONSE),
        "node 3 answers the leader with the snapshot's index");
    c.heal();
    c.propose(1, "after");
    c.stabilize();
    c.tick(1, 2);
    c.stabilize();
    assertEquals(c.node(1).log().lastIndex(), f.lastIndex());
    assertEquals(c.node(1).log().committed(), f.committed());
  }
}
