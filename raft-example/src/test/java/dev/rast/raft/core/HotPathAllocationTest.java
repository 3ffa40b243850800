package dev.rast.raft.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rast.capnp.Framing;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The steady state allocates nothing: a leader proposing, replicating and handling responses and
 * heartbeats, followers verifying and appending AppendEntries and answering, commits and applies.
 * Runs under {@code -Xint} (see raft-example/pom.xml), so escape analysis cannot hide an
 * allocation the code really makes. Message buffers come from a pool made up front (followers
 * keep AppendEntries buffers: their records are logged in place).
 */
@Tag("allocation")
class HotPathAllocationTest {
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private final RaftNode[] nodes = new RaftNode[4];
  private final ByteBuffer[] pool = new ByteBuffer[40_000];
  private int poolNext;
  private final ByteBuffer[] queue = new ByteBuffer[1024];
  private final int[] queueTo = new int[1024];
  private int head;
  private int tail;
  private long checksum;

  private static long allocatedBytes() {
    return THREADS.getCurrentThreadAllocatedBytes();
  }

  @Test
  void replicationRoundsAllocateNothing() {
    replicate(8192, Long.MAX_VALUE, null);
  }

  /**
   * The same with a bounded in-memory log: a 4 KiB cache, so entries leave memory every round, and
   * a ring of 16 slots to start with. The storage is never needed in steady state (every follower
   * is within the cache): it fails the test if asked.
   */
  @Test
  void replicationWithABoundedLogAllocatesNothing() {
    LogStorage untouched = new LogStorage() {
      @Override
      public long firstIndex() {
        return 1;
      }

      @Override
      public long term(long index) {
        throw new AssertionError("storage asked for the term of " + index);
      }

      @Override
      public int read(long from, long to, int maxBytes, ByteBuffer dst) {
        throw new AssertionError("storage asked for records from " + from);
      }

      @Override
      public int recordLength(long index) {
        throw new AssertionError("storage asked for record " + index);
      }
    };
    replicate(16, 4096, untouched);
    assertTrue(
        nodes[1].log().memEntries() < 200,
        "bounded: " + nodes[1].log().memEntries() + " entries in memory");
  }

  private void replicate(int initialCapacity, long cacheBytes, LogStorage storage) {
    int[] voters = {1, 2, 3};
    for (int i = 1; i <= 3; i++) {
      nodes[i] = new RaftNode(
          Config.of(i, voters, 9, new SplittableRandom(i))
              .withInitialLogCapacity(initialCapacity)
              .withLogCacheBytes(cacheBytes),
          storage);
    }
    for (int i = 0; i < pool.length; i++) {
      pool[i] = ByteBuffer.allocate(1024).order(ByteOrder.LITTLE_ENDIAN);
    }
    for (int k = 0; k < 100 && nodes[1].role() != Role.LEADER; k++) {
      nodes[1].tick();
      drain(1);
      pump();
    }
    assertEquals(Role.LEADER, nodes[1].role());
    ByteBuffer command = ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN);

    rounds(command, 300); // warm-up: arrays and pooled builders reach their working size
    long commitBefore = nodes[2].log().committed();
    allocatedBytes();
    long before = allocatedBytes();
    rounds(command, 1_000);
    long after = allocatedBytes();

    assertEquals(0, after - before, "bytes allocated by 1,000 replication rounds");
    assertTrue(
        nodes[2].log().committed() >= commitBefore + 1_000, "followers committed the proposals");
    assertTrue(checksum != 0);
  }

  private void rounds(ByteBuffer command, int n) {
    for (int k = 0; k < n; k++) {
      command.putLong(0, k);
      nodes[1].propose(command);
      nodes[1].tick();
      drain(1);
      pump();
    }
  }

  private void pump() {
    while (head != tail) {
      ByteBuffer buf = queue[head];
      int to = queueTo[head];
      head = (head + 1) % queue.length;
      nodes[to].step(buf);
      drain(to);
    }
  }

  /** Handles a Ready the simplest lawful way: everything durable at once. */
  private void drain(int i) {
    RaftNode node = nodes[i];
    Ready r = node.ready();
    for (int m = 0; m < r.messageCount(); m++) {
      ByteBuffer buf = pool[poolNext++];
      buf.clear();
      Framing.write(r.message(m), buf);
      buf.flip();
      queue[tail] = buf;
      queueTo[tail] = r.messageTo(m);
      tail = (tail + 1) % queue.length;
    }
    for (long x = r.applyFirst(); x <= r.applyLast(); x++) {
      checksum += node.entry(x).getTerm();
    }
    long last = r.hasRecords() ? r.persistLast() : 0;
    node.advance();
    if (last > 0) {
      node.persisted(last, node.log().term(last));
    }
  }
}
