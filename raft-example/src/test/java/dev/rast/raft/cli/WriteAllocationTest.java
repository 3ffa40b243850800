package dev.rast.raft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rast.capnp.Framing;
import dev.rast.capnp.MessageBuilder;
import dev.rast.raft.msg.KvMsg.KvRequest;
import dev.rast.raft.msg.KvMsg.Op;
import dev.rast.raft.msg.KvMsg.Status;
import dev.rast.raft.node.Node;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The write path of a real cluster allocates nothing per write: three {@link Node}s in this JVM
 * (loopback TCP between them, the real log on disk), driven through thousands of 128-byte puts
 * that overwrite a fixed set of keys (so the key-value map stores nothing new) by the in-process
 * {@link Node.Proposal} API, whose completions run on the leader's loop. After a warm-up, the bytes
 * each node's loop thread and sync thread allocate over windows of 10,000 writes ({@code
 * com.sun.management.ThreadMXBean#getThreadAllocatedBytes}) must stay, in all windows but one
 * (what the node must store taken off), within a small fixed total for periodic work (the connection sweeps every 200 ms), under one byte per
 * write: the leader path (client request, proposal, record encoding, persist, replicate, commit,
 * apply, answer) and the follower path (receive, persist, acknowledge, apply) at 0 B per write. It
 * also checks that every record went to disk straight from the buffer it was encoded or received
 * in (no copy).
 */
class WriteAllocationTest {
  private static final int KEYS = 64;
  private static final int IN_FLIGHT = 16;
  private static final int WARMUP_WRITES = 40_000;
  private static final int WINDOWS = 7;
  private static final int WINDOW_WRITES = 10_000;
  /**
   * Allowed per window for periodic work (the connection sweeps every 200 ms allocate a little),
   * under one byte per write: a path that allocated even 1 B per write would exceed it.
   */
  private static final long WINDOW_ALLOWANCE_BYTES = 8 << 10;
  /**
   * Windows of the seven each thread must keep within the allowance. One may see a one-off, such
   * as a receive chunk pool taking one more chunk while a follower lags on a loaded machine; the
   * buffers that used to grow to a new high-water mark then (the peer send queue, the leader's
   * AppendEntries builders) are now taken at their full size at once, so they no longer may.
   */
  private static final int MIN_CLEAN_WINDOWS = WINDOWS - 1;

  @Test
  @Timeout(120)
  void leaderAndFollowerLoopsAllocateNothingPerWrite() throws Exception {
    com.sun.management.ThreadMXBean mx =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    mx.setThreadAllocatedMemoryEnabled(true);
    Path dir = Files.createTempDirectory("rast-write-alloc-");
    try (InProcessCluster c = new InProcessCluster(3, dir, false)) {
      Node leader = c.awaitLeader(20_000);
      assertNotNull(leader, "no leader");
      Load load = new Load(leader);
      load.run(WARMUP_WRITES);

      Map<String, Long> threads = loopThreads();
      long[] ids = threads.values().stream().mapToLong(Long::longValue).toArray();
      String[] names = threads.keySet().toArray(new String[0]);
      long[][] state0 = state(c);
      long[][] records0 = recordBytes(c);
      // Several windows: a per-write allocation shows in every one; one-off growth shows in a few
      // (the log index doubling, a queue or receive buffer reaching a new high-water mark while a
      // follower lags on a loaded machine: CI saw three such windows out of five on one follower).
      // What a node must store (a new KV entry, the log index doubling as the log grows until the
      // first compaction) is taken off its loop's figure, window by window, as the bench does.
      long[][] perWindow = new long[WINDOWS][];
      for (int w = 0; w < WINDOWS; w++) {
        long[][] stored0 = state(c);
        long[] before = mx.getThreadAllocatedBytes(ids);
        load.run(WINDOW_WRITES);
        long[] after = mx.getThreadAllocatedBytes(ids);
        long[][] stored1 = state(c);
        perWindow[w] = new long[ids.length];
        for (int i = 0; i < ids.length; i++) {
          perWindow[w][i] = after[i] - before[i];
          if (names[i].startsWith("rast-node-")) {
            int id = names[i].charAt(names[i].length() - 1) - '0';
            perWindow[w][i] -= stored1[id][0] - stored0[id][0] + stored1[id][1] - stored0[id][1];
          }
        }
      }
      long[][] state1 = state(c);

      assertEquals(0, load.errors.get(), "writes refused");
      assertEquals(leader, c.leader(), "the leader changed during the run");
      StringBuilder report = new StringBuilder();
      for (int i = 0; i < ids.length; i++) {
        report.append(names[i]).append(names[i].equals(leaderThread(c)) ? " (leader)" : "");
        for (int w = 0; w < WINDOWS; w++) {
          report.append(w == 0 ? " " : "/").append(perWindow[w][i]);
        }
        report.append(" B; ");
      }
      for (int id = 1; id <= 3; id++) {
        report
            .append("node ")
            .append(id)
            .append(" KV map storage ")
            .append(state1[id][0] - state0[id][0])
            .append(" B, log index growth ")
            .append(state1[id][1] - state0[id][1])
            .append(" B; ");
      }
      System.out.println(
          "WriteAllocationTest, bytes per window of " + WINDOW_WRITES + " writes: " + report);
      for (int i = 0; i < ids.length; i++) {
        int within = 0;
        for (int w = 0; w < WINDOWS; w++) {
          if (perWindow[w][i] <= WINDOW_ALLOWANCE_BYTES) {
            within++;
          }
        }
        assertTrue(
            within >= MIN_CLEAN_WINDOWS,
            names[i] + " allocated more than " + WINDOW_ALLOWANCE_BYTES + " B in "
                + (WINDOWS - within) + " of " + WINDOWS + " windows of " + WINDOW_WRITES
                + " writes: " + report);
      }
      for (int id = 1; id <= 3; id++) {
        assertEquals(state0[id][0], state1[id][0], "node " + id + "'s KV map grew: " + report);
      }
      // Network bytes straight to disk: every record was written from the chunk it was encoded
      // (leader) or received (followers) in, a direct buffer; none was copied on the way.
      long[][] records1 = recordBytes(c);
      for (int id = 1; id <= 3; id++) {
        long[] rb = records1[id];
        String where = "node " + id + " (record bytes copied, from heap, from direct buffers: "
            + rb[0] + ", " + rb[1] + ", " + rb[2] + ")";
        assertEquals(0, rb[0], "copied into the log's write buffer: " + where);
        assertEquals(records0[id][1], rb[1], "written from heap buffers while measuring: " + where);
        assertTrue(rb[2] - records0[id][2] >= (long) WINDOWS * WINDOW_WRITES * 184, where);
      }
    } finally {
      DemoCommand.deleteTree(dir);
    }
  }

  /** The loop and sync threads of the three nodes, by name. */
  private static Map<String, Long> loopThreads() {
    Map<String, Long> t = new java.util.TreeMap<>();
    for (Thread th : Thread.getAllStackTraces().keySet()) {
      String n = th.getName();
      if (n.matches("rast-node-[123]|rast-log-sync-node[123]")) {
        t.put(n, th.getId());
      }
    }
    assertEquals(6, t.size(), "threads found: " + t);
    return t;
  }

  private static String leaderThread(InProcessCluster c) {
    return "rast-node-" + c.leaderId();
  }

  private static long[][] recordBytes(InProcessCluster c) {
    long[][] r = new long[4][];
    for (int id = 1; id <= 3; id++) {
      r[id] = c.node(id).logRecordBytes();
    }
    return r;
  }

  private static long[][] state(InProcessCluster c) {
    long[][] s = new long[4][];
    for (int id = 1; id <= 3; id++) {
      s[id] = new long[] {c.node(id).kvStoredBytes(), c.node(id).logIndexGrowthBytes()};
    }
    return s;
  }

  /**
   * A closed loop of puts through reusable proposals: each slot is a client session with one write
   * in flight (acked-below = its own sequence number), proposing its next write from the callback.
   */
  private static final class Load {
    final Node leader;
    final AtomicLong errors = new AtomicLong();
    final byte[][] keys = new byte[KEYS][];
    final byte[] value = new byte[128];
    final Slot[] slots = new Slot[IN_FLIGHT];
    final AtomicLong remaining = new AtomicLong();
    volatile CountDownLatch finished;

    Load(Node leader) {
      this.leader = leader;
      for (int i = 0; i < KEYS; i++) {
        keys[i] = ("key-" + i).getBytes(StandardCharsets.UTF_8);
      }
      for (int i = 0; i < IN_FLIGHT; i++) {
        slots[i] = new Slot(this, 1000 + i);
      }
    }

    void run(int writes) throws InterruptedException {
      remaining.set(writes);
      finished = new CountDownLatch(IN_FLIGHT);
      for (Slot s : slots) {
        s.next();
      }
      assertTrue(finished.await(90, TimeUnit.SECONDS), "writes did not finish");
    }
  }

  private static final class Slot implements Node.Proposal {
    final Load load;
    final long clientId;
    final MessageBuilder builder = new MessageBuilder();
    final KvRequest.Builder req = new KvRequest.Builder();
    final ByteBuffer request = ByteBuffer.allocate(512).order(ByteOrder.LITTLE_ENDIAN);
    long seq;

    Slot(Load load, long clientId) {
      this.load = load;
      this.clientId = clientId;
    }

    void next() {
      if (load.remaining.getAndDecrement() <= 0) {
        load.finished.countDown();
        return;
      }
      seq++;
      builder.clear();
      builder
          .initRoot(KvRequest._Meta.SIZE, req)
          .setId(seq)
          .setOp(Op.PUT)
          .setKey(load.keys[(int) ((clientId * 31 + seq) % KEYS)])
          .setValue(load.value)
          .setClientId(clientId)
          .setSeq(seq)
          .setAckedBelow(seq);
      request.clear();
      Framing.write(builder, request);
      request.flip();
      load.leader.propose(this);
    }

    @Override
    public ByteBuffer request() {
      return request;
    }

    @Override
    public void done(Status status) {
      if (status != Status.OK) {
        load.errors.incrementAndGet();
      }
      next();
    }
  }
}
