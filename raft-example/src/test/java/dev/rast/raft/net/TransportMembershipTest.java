package dev.rast.raft.net;

import static dev.rast.raft.net.LoopbackPorts.next;
import static dev.rast.raft.net.TransportTest.CLUSTER;
import static dev.rast.raft.net.TransportTest.loop;
import static dev.rast.raft.net.TransportTest.message;
import static dev.rast.raft.net.TransportTest.spin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.channels.Selector;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Peers change at runtime ({@link Transport#setPeers}): a node not in the acceptor's set is refused
 * as not a member (and told so), is accepted once added, and is cut off again when removed.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class TransportMembershipTest {
  @Test
  void aNewMemberIsRefusedUntilAddedAndCutOffWhenRemoved() throws IOException {
    int p1 = next();
    int p2 = next();
    int[] delivered = {0};
    try (Selector s1 = Selector.open();
        Selector s2 = Selector.open()) {
      // Node 2 joins: it knows node 1; node 1 does not know node 2 yet.
      Transport t1 = new Transport(
          1, CLUSTER, loop(p1), Map.of(1, loop(p1)), 1 << 20, (f, b, s, e) -> false, s1);
      Transport t2 = new Transport(
          2,
          CLUSTER,
          loop(p2),
          Map.of(1, loop(p1), 2, loop(p2)),
          1 << 20,
          (f, b, s, e) -> {
            delivered[0]++;
            return false;
          },
          s2);
      t1.start();
      t2.start();
      Runnable poll = () -> {
        t1.poll(System.nanoTime());
        t2.poll(System.nanoTime());
        t1.flush();
        t2.flush();
      };
      spin(() -> t2.rejectCode(1) >= 0, poll, s1, s2);
      assertEquals(Handshake.UNKNOWN_MEMBER, t2.rejectCode(1), "node 2 is told it is no member");
      assertTrue(t1.rejectedHandshakes() > 0, "node 1 counted the refusal");
      assertFalse(t1.connected(2), "node 1 has no link to node 2 yet");

      // Node 1's configuration gains node 2: it dials it, and node 2 receives.
      Map<Integer, InetSocketAddress> both = Map.of(1, loop(p1), 2, loop(p2));
      t1.setPeers(both);
      assertEquals(java.util.Set.of(2), t1.peers());
      spin(
          () -> delivered[0] > 0,
          () -> {
            if (t1.connected(2)) {
              t1.send(2, message(1, 2, 1));
            }
            poll.run();
          },
          s1,
          s2);
      assertTrue(delivered[0] > 0, "node 2 receives from node 1 once added");

      // Removed: node 1 drops its link; node 2's inbound connection from node 1 ends.
      t1.setPeers(Map.of(1, loop(p1)));
      assertTrue(t1.peers().isEmpty());
      assertFalse(t1.send(2, message(1, 2, 2)), "nothing is sent to a removed member");
      spin(() -> t2.inboundConnections() == 0, poll, s1, s2);
      assertEquals(0, t2.inboundConnections(), "node 1 closed its connection to node 2");
      t1.close();
      t2.close();
    }
  }
}
