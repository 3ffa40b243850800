package dev.rast.raft.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rast.raft.msg.RaftMsg.Message;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 11 item 7 in the pure core: a follower paused under mixed read/write load, then resumed,
 * must not make the leader build an AppendEntries per ReadIndex round it missed. Before, every
 * read round sent a heartbeat to the paused follower, the follower answered each one, and each
 * answer freed an in-flight slot and sent another AppendEntries (up to 256 KiB): the leader died
 * of OutOfMemoryError.
 */
class ReadStormFlowControlTest {
  private static final int ROUNDS = 2000;

  /** Node 1 leads with small in-flight windows; node 3 is "paused": what is sent to it is held. */
  private static Cluster pausedFollower(List<Cluster.Envelope> heldFor3) {
    Cluster c = new Cluster(3, cfg -> cfg.withInflight(4, 64 << 10, 4096));
    c.elect(1);
    assertEquals(Role.LEADER, c.node(1).role());
    byte[] value = new byte[1024];
    for (int k = 1; k <= ROUNDS; k++) {
      if (k % 4 == 0) {
        c.node(1).propose(ByteBuffer.wrap(value));
      }
      c.node(1).read(k);
      if (k % 20 == 0) {
        c.tick(1, 1);
      }
      c.process(1);
      Cluster.Envelope e;
      while ((e = c.network.poll()) != null) {
        if (e.to() == 3) {
          heldFor3.add(e);
        } else if (e.from() != 3) {
          c.deliver(e);
        }
      }
    }
    return c;
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void readRoundsSkipAFollowerThatStoppedAnswering() {
    List<Cluster.Envelope> held = new ArrayList<>();
    pausedFollower(held);
    long heartbeats =
        held.stream().filter(e -> e.type() == Message.Which.HEARTBEAT).count();
    // 64 unanswered read rounds, then only the periodic heartbeats (one per tick here: 100).
    assertTrue(
        heartbeats <= Leader.MAX_UNANSWERED_READ_ROUNDS + ROUNDS / 20 + 2,
        ROUNDS + " read rounds sent " + heartbeats + " heartbeats to a follower that answers none");
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void aResumedFollowerAnswersABurstOfHeartbeatsOnce() {
    List<Cluster.Envelope> held = new ArrayList<>();
    Cluster c = pausedFollower(held);
    int before = c.network.size();
    for (Cluster.Envelope e : held) {
      if (e.type() == Message.Which.HEARTBEAT) {
        c.node(3)
            .step(ByteBuffer.wrap(e.bytes())); // one read of the socket: many heartbeats, one Ready
      }
    }
    c.process(3);
    long responses = c.network.stream()
        .skip(before)
        .filter(e -> e.type() == Message.Which.HEARTBEAT_RESPONSE)
        .count();
    assertEquals(1, responses, "one response carries the newest read round");
  }

  @Test
  @Timeout(value = 30, unit = TimeUnit.SECONDS)
  void aBurstOfHeartbeatResponsesSendsAtMostOneAppendEntries() {
    List<Cluster.Envelope> held = new ArrayList<>();
    Cluster c = pausedFollower(held);
    // The follower answers every heartbeat separately (as an old follower did, one per read).
    List<Cluster.Envelope> answers = new ArrayList<>();
    for (Cluster.Envelope e : held) {
      if (e.type() == Message.Which.HEARTBEAT) {
        c.node(3).step(ByteBuffer.wrap(e.bytes()));
        c.process(3);
        Cluster.Envelope a;
        while ((a = c.network.poll()) != null) {
          if (a.type() == Message.Which.HEARTBEAT_RESPONSE) {
            answers.add(a);
          }
        }
      }
    }
    assertTrue(answers.size() > 50, "answers: " + answers.size());
    int sentBefore = c.sent.size();
    for (Cluster.Envelope a : answers) {
      c.node(1).step(ByteBuffer.wrap(a.bytes())); // the leader reads them all in one go
    }
    c.process(1);
    List<Cluster.Envelope> appends = c.sent.subList(sentBefore, c.sent.size()).stream()
        .filter(e -> e.to() == 3 && e.type() == Message.Which.APPEND_ENTRIES)
        .toList();
    long bytes = appends.stream().mapToLong(e -> e.bytes().length).sum();
    assertTrue(
        appends.size() <= 4 + 1,
        answers.size() + " heartbeat responses made the leader send " + appends.size()
            + " AppendEntries (" + bytes + " bytes)");
    assertTrue(bytes <= (64 << 10) + 8192, bytes + " bytes of AppendEntries for one burst");
  }
}
