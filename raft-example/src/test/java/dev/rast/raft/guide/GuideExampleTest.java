package dev.rast.raft.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rast.raft.core.Config;
import dev.rast.raft.core.Outcome;
import dev.rast.raft.core.Role;
import dev.rast.raft.loop.MemoryStorage;
import dev.rast.raft.loop.RaftLoop;
import dev.rast.raft.snapshot.SnapshotPolicy;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The code of the README's guide, run: three {@link Counter}s replicated by three {@link RaftLoop}s
 * over {@link MemoryStorage} and an {@link InProcessNetwork}, in one thread. The leader's
 * proposals are applied everywhere; the loops snapshot and compact behind the snapshots.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class GuideExampleTest {
  @TempDir
  Path dir;

  /** What the application hears from its loop: here, the results of the entries it applied. */
  private static final class Results implements RaftLoop.Listener {
    final List<Long> applied = new ArrayList<>();

    @Override
    public void applied(long index, int result) {
      applied.add(index); // a server answers the client that proposed entry `index` here
    }

    @Override
    public void readable(long readId) {} // a server answers read `readId` from its state here

    @Override
    public void leadershipLost() {} // a server tells its waiting clients to retry elsewhere here
  }

  private static ByteBuffer add(long amount) {
    return ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(0, amount);
  }

  @Test
  void threeCountersOnTheLibrary() throws Exception {
    InProcessNetwork network = new InProcessNetwork();
    Map<Integer, RaftLoop> loops = new TreeMap<>();
    Map<Integer, Counter> counters = new TreeMap<>();
    Map<Integer, Results> results = new TreeMap<>();
    for (int id = 1; id <= 3; id++) {
      Counter counter = new Counter();
      Results listener = new Results();
      RaftLoop loop = new RaftLoop(
          "counter " + id,
          Config.of(id, new int[] {1, 2, 3}, 42, new SplittableRandom(id)),
          0, // this test ticks the loops itself
          new MemoryStorage(), // the log: in memory here, a SegmentedStorage on disk for real
          counter,
          network.sender(id),
          listener,
          dir.resolve("node-" + id), // snapshots go here
          new SnapshotPolicy(5, 1 << 20, 2), // a snapshot every 5 entries, 2 kept behind it
          () -> {}); // nothing to wake: this thread turns the loops all the time
      loop.start();
      loops.put(id, loop);
      counters.put(id, counter);
      results.put(id, listener);
    }
    long now = 0;
    RaftLoop leader = null;
    for (int turn = 0; leader == null; turn++) {
      assertTrue(turn < 10_000, "no leader elected");
      now = turn(loops, network, now);
      for (RaftLoop l : loops.values()) {
        if (l.role() == Role.LEADER) {
          leader = l;
        }
      }
    }

    for (int i = 1; i <= 10; i++) {
      assertEquals(Outcome.ACCEPTED, leader.propose(add(i)));
    }
    long last = leader.lastIndex();
    for (int turn = 0; !allApplied(loops, last); turn++) {
      assertTrue(turn < 10_000, "the entries were not applied everywhere");
      now = turn(loops, network, now);
    }
    for (int id = 1; id <= 3; id++) {
      assertEquals(55, counters.get(id).value(), "counter " + id);
      assertEquals(10, results.get(id).applied.size(), "entries applied on " + id);
    }
    // The snapshot thread runs in real time; the loops collect its work and compact behind it.
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (leader.snapshotIndex() < last - 5 || leader.storage().firstIndex() == 1) {
      assertTrue(System.nanoTime() < deadline, "no snapshot taken");
      now = turn(loops, network, now);
      Thread.sleep(1);
    }
    for (RaftLoop l : loops.values()) {
      l.close();
    }
  }

  /** One turn of every loop: deliver the messages, tick, process (the owner's event loop). */
  private static long turn(Map<Integer, RaftLoop> loops, InProcessNetwork network, long now)
      throws Exception {
    now += 1_000_000; // one virtual millisecond, one tick
    network.deliver(loops, now);
    for (RaftLoop l : loops.values()) {
      l.tick();
      l.process(now);
    }
    return now;
  }

  private static boolean allApplied(Map<Integer, RaftLoop> loops, long index) {
    for (RaftLoop l : loops.values()) {
      if (l.raft().log().applied() < index) {
        return false;
      }
    }
    return true;
  }
}
