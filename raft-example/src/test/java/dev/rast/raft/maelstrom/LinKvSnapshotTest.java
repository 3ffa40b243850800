package dev.rast.raft.maelstrom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rast.raft.loop.MemoryStorage;
import dev.rast.raft.snapshot.SnapshotPolicy;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The Maelstrom node's log is bounded: it runs on the same {@code RaftLoop} as the key-value node,
 * over the in-memory storage, so it snapshots, drops the records behind the snapshot but its tail,
 * and brings a follower that fell behind the tail up to date by InstallSnapshot.
 */
class LinKvSnapshotTest {
  private static final SnapshotPolicy EVERY_20 = new SnapshotPolicy(20, 1 << 20, 5);

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void theLogStaysBoundedAndAFollowerBehindItCatchesUpBySnapshot() throws Exception {
    VirtualCluster c =
        new VirtualCluster(3, 11, new LinKvNode.Settings(20, 10, 2, 700, EVERY_20)).init();
    String leader = c.awaitLeader();
    String lagging = c.follower();
    c.isolate(lagging);
    for (long i = 0; i < 300; i++) {
      Message m = c.request(leader, Message.body("type", "write", "key", i % 7, "value", i), 2000);
      assertEquals("write_ok", m.type(), m.toString());
    }
    LinKvNode l = c.nodes.get(leader);
    MemoryStorage log = (MemoryStorage) l.loop().storage();
    long last = l.loop().lastIndex();
    // The snapshot thread runs in real time: give it that, while virtual time goes on.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (l.loop().snapshotIndex() < last - 20 || log.firstIndex() < last - 40) {
      assertTrue(System.nanoTime() < deadline, "no snapshot near " + last + ": " + l.summary());
      c.run(1);
      Thread.sleep(1);
    }
    assertTrue(
        log.entries() <= 20 + 20 + 5,
        "the leader's in-memory log holds " + log.entries() + " records (last " + last + ")");
    assertTrue(
        c.nodes.get(lagging).loop().lastIndex() < log.firstIndex(),
        "the isolated follower must be behind the leader's log");

    c.heal();
    LinKvNode f = c.nodes.get(lagging);
    deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (f.loop().raft().log().applied() < last) {
      assertTrue(System.nanoTime() < deadline, "the follower did not catch up: " + f.summary());
      c.run(1);
    }
    assertTrue(f.loop().snapshotsInstalled() >= 1, "it must have caught up by a snapshot");
    for (long k = 0; k < 7; k++) {
      assertEquals(l.store().get(k), f.store().get(k), "key " + k);
    }
    assertEquals(l.store().size(), f.store().size());
  }
}
