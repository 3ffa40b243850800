package dev.rast.raft.log;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rast.capnp.Framing;
import dev.rast.raft.core.Config;
import dev.rast.raft.core.Outcome;
import dev.rast.raft.core.RaftNode;
import dev.rast.raft.core.Ready;
import dev.rast.raft.core.Role;
import dev.rast.raft.msg.RaftMsg.EntryKind;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The log under real Raft nodes: three cores, each persisting its Readies through its own
 * {@link SegmentedLog}, messages passed as bytes. Every node ends with the same bytes on disk (the
 * leader's records, never re-encoded), and a node restarted from its log rejoins.
 */
class LogRaftNodeTest {
  private static final int[] VOTERS = {1, 2, 3};
  private static final LogOptions OPTIONS =
      LogOptions.DEFAULT.withSegmentBytes(8192).withPreallocateBytes(4096);

  @TempDir
  Path dir;

  private final RaftNode[] nodes = new RaftNode[4];
  private final SegmentedLog[] logs = new SegmentedLog[4];
  private final List<List<String>> applied = new ArrayList<>();
  private final Deque<Object[]> network = new ArrayDeque<>();

  private void start(int id) throws IOException {
    logs[id] = SegmentedLog.open(dir.resolve("node" + id), OPTIONS);
    RaftNode n = new RaftNode(Config.of(id, VOTERS, 7, new SplittableRandom(id)));
    logs[id].replay((index, term, buf, offset, length) ->
        assertTrue(n.restoreRecord(buf, offset, offset + length)));
    StoredHardState hs = logs[id].hardState();
    n.restoreHardState(hs.term(), hs.vote(), hs.commit());
    nodes[id] = n;
    while (applied.size() <= id) {
      applied.add(new ArrayList<>());
    }
    applied.set(id, new ArrayList<>());
  }

  @AfterEach
  void closeLogs() throws IOException {
    for (SegmentedLog l : logs) {
      if (l != null) {
        l.close();
      }
    }
  }

  /**
   * Handles a node's Readies the way a node thread would, syncing inline. Bounded: a core that
   * never stops producing Readies (e.g. a hard state that is never reported saved) fails the test
   * instead of hanging it.
   */
  private void process(int id) throws IOException {
    RaftNode n = nodes[id];
    SegmentedLog log = logs[id];
    for (int rounds = 0; n.hasReady(); rounds++) {
      if (rounds == 1_000) {
        throw new AssertionError("node " + id + " still has a Ready after 1000 in a row: " + n);
      }
      Ready r = n.ready();
      log.persist(r, n.log());
      long durable = log.sync(); // inline: every write is durable before any message goes out
      for (int m = 0; m < r.messageCount(); m++) {
        byte[] bytes = new byte[(int) Framing.serializedSize(r.message(m))];
        Framing.write(r.message(m), ByteBuffer.wrap(bytes));
        network.add(new Object[] {r.messageTo(m), bytes});
      }
      for (long i = r.applyFirst(); i <= r.applyLast(); i++) {
        if (n.entry(i).getKind() == EntryKind.NORMAL) {
          applied.get(id).add(new String(n.entry(i).getPayload(), StandardCharsets.UTF_8));
        }
      }
      n.advance();
      n.persisted(durable, log.term(durable));
    }
  }

  private void settle() throws IOException {
    for (int round = 0; round < 10_000; round++) {
      for (int id = 1; id <= 3; id++) {
        process(id);
      }
      if (network.isEmpty()) {
        return;
      }
      while (!network.isEmpty()) {
        Object[] m = network.poll();
        nodes[(Integer) m[0]].step(ByteBuffer.wrap((byte[]) m[1]));
      }
    }
    throw new AssertionError("cluster did not settle");
  }

  private void elect(int id) throws IOException {
    for (int t = 0; t < 40 && nodes[id].role() != Role.LEADER; t++) {
      nodes[id].tick();
      settle();
    }
    assertEquals(Role.LEADER, nodes[id].role());
  }

  private void propose(int leader, int from, int to) throws IOException {
    for (int i = from; i <= to; i++) {
      String cmd = "command-" + i + "-" + "x".repeat(i % 90);
      assertEquals(
          Outcome.ACCEPTED,
          nodes[leader].propose(ByteBuffer.wrap(cmd.getBytes(StandardCharsets.UTF_8))));
      if (i % 7 == 0) {
        settle();
      }
    }
    settle();
    for (int t = 0; t < 3; t++) { // heartbeats carry the final commit index to the followers
      nodes[leader].tick();
      settle();
    }
  }

  private byte[] allRecords(int id) throws IOException {
    SegmentedLog log = logs[id];
    ByteBuffer b = ByteBuffer.allocate((int) log.bytes(1, log.lastIndex()));
    log.read(1, log.lastIndex(), b);
    return b.array();
  }

  @Test
  void everyNodeStoresTheLeadersBytesAndARestartedNodeRejoins() throws IOException {
    for (int id = 1; id <= 3; id++) {
      start(id);
    }
    elect(1);
    propose(1, 1, 300);
    long last = logs[1].lastIndex();
    assertTrue(last > 300);
    for (int id = 1; id <= 3; id++) {
      assertEquals(last, logs[id].lastIndex());
      assertEquals(300, applied.get(id).size(), "node " + id + " applied everything");
      assertEquals("command-300-" + "x".repeat(300 % 90), applied.get(id).get(299));
    }
    assertTrue(logs[2].segmentNames().size() > 3, "rolled");
    assertEquals(logs[1].segmentNames(), logs[2].segmentNames());
    assertArrayEquals(allRecords(1), allRecords(2), "follower 2 stores the leader's bytes");
    assertArrayEquals(allRecords(1), allRecords(3), "follower 3 stores the leader's bytes");

    // Restart node 3 from its log; it misses some entries while down, then catches up.
    logs[3].close();
    logs[3] = null;
    nodes[3] = null;
    network.removeIf(m -> (Integer) m[0] == 3);
    List<Object[]> dropped = new ArrayList<>();
    for (int i = 301; i <= 320; i++) {
      nodes[1].propose(ByteBuffer.wrap(("command-" + i).getBytes(StandardCharsets.UTF_8)));
      for (int id = 1; id <= 2; id++) {
        process(id);
      }
      while (!network.isEmpty()) {
        Object[] m = network.poll();
        if ((Integer) m[0] == 3) {
          dropped.add(m);
        } else {
          nodes[(Integer) m[0]].step(ByteBuffer.wrap((byte[]) m[1]));
        }
      }
    }
    start(3);
    assertEquals(last, nodes[3].log().lastIndex(), "restored from disk");
    propose(1, 321, 330);
    assertEquals(logs[1].lastIndex(), logs[3].lastIndex());
    assertArrayEquals(allRecords(1), allRecords(3));
    assertEquals(330, applied.get(1).size());
  }
}
