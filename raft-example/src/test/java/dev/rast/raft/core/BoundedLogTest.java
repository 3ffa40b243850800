package dev.rast.raft.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * With a {@link LogStorage}, a node's in-memory log does not grow with the number of writes: it
 * holds what is not yet durable or applied plus its cache; a follower behind the cache is served
 * from storage and ends with the leader's very bytes.
 */
class BoundedLogTest {
  private static final long CACHE = 16 << 10;

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void memoryStaysWithinTheCacheAndALaggingFollowerCatchesUpFromStorage() {
    Cluster c =
        new Cluster(3, cfg -> cfg.withLogCacheBytes(CACHE).withInitialLogCapacity(16), true);
    c.elect(1);
    c.isolate(3);
    String pad = "x".repeat(100);
    long maxMem = 0;
    for (int i = 0; i < 20_000; i++) {
      c.propose(1, "cmd-" + i + pad);
      if (i % 100 == 99) {
        c.stabilize();
        maxMem = Math.max(maxMem, c.node(1).log().memBytes());
      }
    }
    c.stabilize();
    RaftLog leader = c.node(1).log();
    assertTrue(leader.lastIndex() > 20_000, "last " + leader.lastIndex());
    assertEquals(leader.lastIndex(), leader.applied(), "everything applied on the leader");
    // The cache, plus at most one batch of 100 proposals not yet applied when sampled.
    assertTrue(
        maxMem <= CACHE + 100 * 200, "leader held " + maxMem + " bytes of records in memory");
    assertTrue(
        leader.memEntries() < 200, "leader holds " + leader.memEntries() + " entries in memory");
    assertTrue(
        leader.memFirst() > 19_000, "old entries left memory: memFirst " + leader.memFirst());
    assertEquals(
        1, c.node(3).log().lastIndex(), "node 3 was cut off after the first leader's no-op");

    c.heal();
    for (int k = 0; k < 5; k++) {
      c.tick(1, 1); // heartbeats: node 3 answers, the leader probes and streams from storage
      c.stabilize();
    }
    RaftLog follower = c.node(3).log();
    assertEquals(leader.lastIndex(), follower.lastIndex());
    assertEquals(leader.committed(), follower.committed());
    assertTrue(
        c.storage[1].recordsRead >= 19_000,
        "leader read " + c.storage[1].recordsRead + " records from storage");
    for (long i = 1; i <= leader.lastIndex(); i++) {
      assertArrayEquals(
          c.storage[1].records.get((int) i - 1),
          c.storage[3].records.get((int) i - 1),
          "record " + i);
    }
    assertTrue(
        follower.memBytes() <= CACHE + 300, "follower holds " + follower.memBytes() + " bytes");
  }
}
