package dev.rast.raft.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Two faults the membership simulator found: a follower whose whole log is gone must be caught up
 * from the leader's durable log (not wait for a snapshot the leader may not have), and a snapshot
 * must not replace a log that already holds its last entry (the entries after it may have been
 * acknowledged).
 */
@Timeout(30)
class WipedFollowerTest {
  @Test
  void aFollowerWithAnEmptyLogIsServedFromTheLeadersDisk() {
    // A log cache of 0 bytes: the leader keeps nothing durable and applied in memory.
    Cluster c = new Cluster(3, cfg -> cfg.withLogCacheBytes(0), true);
    c.elect(1);
    for (int i = 0; i < 5; i++) {
      c.propose(1, "v" + i);
      c.stabilize();
    }
    assertTrue(c.node(1).log().memFirst() > 1, "entry 1 is only on the leader's disk");
    // Node 3 comes back with nothing (a wiped data directory), keeping its term.
    long term = c.node(3).term();
    RaftNode fresh = new RaftNode(Config.of(3, new int[] {1, 2, 3}, 7, new SplittableRandom(33)));
    fresh.restoreHardState(term, 0, 0);
    c.nodes[3] = fresh;
    c.storage[3] = null;
    c.propose(1, "after"); // its rejection shows the leader that node 3 went back to nothing
    for (int t = 0; t < 5; t++) {
      c.tick(1, 1);
      c.stabilize();
    }
    assertFalse(c.node(1).needsSnapshot(3));
    assertEquals(c.node(1).log().lastIndex(), c.node(3).log().lastIndex());
    assertEquals(c.node(1).log().lastIndex(), c.node(1).matchOf(3));
  }

  @Test
  void aSnapshotDoesNotReplaceALogHoldingItsLastEntry() {
    Cluster c = new Cluster(3);
    c.elect(1);
    c.propose(1, "a");
    c.propose(1, "b");
    c.process(1);
    // Node 2 appends both (and acknowledges them) but never hears that they committed.
    for (Cluster.Envelope e = c.network.poll(); e != null; e = c.network.poll()) {
      if (e.to() == 2) {
        c.deliver(e);
      }
    }
    RaftNode f = c.node(2);
    long last = f.log().lastIndex();
    long snap = last - 1;
    assertTrue(f.log().committed() < snap);
    long term = f.log().term(snap);
    assertFalse(f.wantsSnapshot(1, snap, term), "its log holds the snapshot's last entry");
    assertFalse(f.installSnapshot(1, snap, term));
    assertEquals(last, f.log().lastIndex(), "the acknowledged entry after it is kept");
  }
}
