package dev.rast.raft.net;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rast.capnp.MessageBuilder;
import dev.rast.raft.msg.RaftMsg.Message;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.Selector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;

class TransportTest {
  static final long CLUSTER = 0xABCL;

  static InetSocketAddress loop(int port) {
    return new InetSocketAddress("127.0.0.1", port);
  }

  static MessageBuilder message(int from, int to, long term) {
    MessageBuilder b = new MessageBuilder();
    b.initRoot(Message._Meta.SIZE, new Message.Builder())
        .setFrom(from)
        .setTo(to)
        .setClusterId(CLUSTER)
        .setTerm(term)
        .initHeartbeat()
        .setCommit(term);
    return b;
  }

  /** Drives both selectors until {@code done} or 5 s pass. */
  static void spin(BooleanSupplier done, Runnable each, Selector... selectors) throws IOException {
    long end = System.nanoTime() + 5_000_000_000L;
    while (!done.getAsBoolean() && System.nanoTime() < end) {
      for (Selector s : selectors) {
        EventLoops.selectOnce(s, 5);
      }
      each.run();
    }
  }

  @Test
  void deliversMessagesInOrderBatched() throws IOException {
    int p1 = LoopbackPorts.next();
    int p2 = LoopbackPorts.next();
    Map<Integer, InetSocketAddress> peers = Map.of(1, loop(p1), 2, loop(p2));
    List<Long> got = new ArrayList<>();
    try (Selector s1 = Selector.open();
        Selector s2 = Selector.open()) {
      Transport t1 = new Transport(1, CLUSTER, loop(p1), peers, 1 << 20, (f, b, s, e) -> false, s1);
      Transport t2 = new Transport(
          2,
          CLUSTER,
          loop(p2),
          peers,
          1 << 20,
          (from, buf, start, end) -> {
            ByteBuffer dup = buf.duplicate().order(java.nio.ByteOrder.LITTLE_ENDIAN);
            dup.limit(end).position(start);
            Message.Reader m = dev.rast.capnp.Framing.read(dup, new dev.rast.capnp.MessageReader())
                .getRoot(new Message.Reader());
            assertEquals(1, from);
            got.add(m.getTerm());
            return false;
          },
          s2);
      t1.start();
      t2.start();
      long[] next = {1};
      spin(
          () -> got.size() >= 1000,
          () -> {
            t1.poll(System.nanoTime());
            t2.poll(System.nanoTime());
            if (t1.connected(2) && next[0] <= 1000) {
              for (int i = 0; i < 100 && next[0] <= 1000; i++) {
                t1.send(2, message(1, 2, next[0]++));
              }
            }
            t1.flush();
          },
          s1,
          s2);
      assertEquals(1000, got.size());
      for (int i = 0; i < got.size(); i++) {
        assertEquals(i + 1, got.get(i));
      }
      t1.close();
      t2.close();
    }
  }

  @Test
  void handshakeRejectsANodeOfAnotherCluster() throws IOException {
    int p1 = LoopbackPorts.next();
    int p2 = LoopbackPorts.next();
    Map<Integer, InetSocketAddress> peers = Map.of(1, loop(p1), 2, loop(p2));
    int[] delivered = {0};
    try (Selector s1 = Selector.open();
        Selector s2 = Selector.open()) {
      Transport stranger =
          new Transport(1, CLUSTER + 1, loop(p1), peers, 1 << 20, (f, b, s, e) -> false, s1);
      Transport t2 = new Transport(
          2,
          CLUSTER,
          loop(p2),
          peers,
          1 << 20,
          (f, b, s, e) -> {
            delivered[0]++;
            return false;
          },
          s2);
      stranger.start();
      t2.start();
      spin(
          () -> stranger.rejectCode(2) >= 0,
          () -> {
            stranger.poll(System.nanoTime());
            stranger.send(2, message(1, 2, 7));
            stranger.flush();
          },
          s1,
          s2);
      assertEquals(Handshake.WRONG_CLUSTER, stranger.rejectCode(2));
      assertEquals(1, t2.rejectedHandshakes());
      assertEquals(0, delivered[0], "no message of another cluster may reach the sink");
      assertTrue(!stranger.connected(2));
      stranger.close();
      t2.close();
    }
  }

  @Test
  void aPeerThatNeverReadsCannotGrowTheSendersMemory() throws Exception {
    int p1 = LoopbackPorts.next();
    int queue = 256 << 10;
    try (ServerSocket stuck = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        Selector s1 = Selector.open()) {
      List<Socket> accepted = new ArrayList<>();
      Thread acceptor = new Thread(() -> {
        try {
          while (true) {
            Socket s = stuck.accept(); // accept, never read
            s.setReceiveBufferSize(4096);
            accepted.add(s);
          }
        } catch (IOException ignored) {
          // closed by the test
        }
      });
      acceptor.setDaemon(true);
      acceptor.start();
      Map<Integer, InetSocketAddress> peers = Map.of(1, loop(p1), 2, loop(stuck.getLocalPort()));
      Transport t1 = new Transport(1, CLUSTER, loop(p1), peers, queue, (f, b, s, e) -> false, s1);
      t1.start();
      MessageBuilder big = new MessageBuilder();
      big.initRoot(Message._Meta.SIZE, new Message.Builder())
          .setFrom(1)
          .setTo(2)
          .setClusterId(CLUSTER)
          .initAppendEntries()
          .setRecords(new byte[16 << 10]);
      Runtime rt = Runtime.getRuntime();
      int maxQueued = 0;
      long sent = 0;
      long end = System.nanoTime() + 3_000_000_000L;
      while (System.nanoTime() < end) {
        EventLoops.selectOnce(s1, 1);
        t1.poll(System.nanoTime());
        for (int i = 0; i < 64; i++) {
          if (t1.send(2, big)) {
            sent++;
          }
        }
        t1.flush();
        maxQueued = Math.max(maxQueued, t1.queuedBytes(2));
      }
      long offered = sent + t1.drops(2);
      assertTrue(
          offered * (16 << 10) > 64L * queue,
          "the test offered far more than the bound: " + offered);
      assertTrue(maxQueued <= queue, "queued " + maxQueued + " > bound " + queue);
      assertTrue(t1.drops(2) > 0, "a stuck peer's messages are dropped once its queue is full");
      // What the kernel took is bounded by the socket buffers: the sender holds at most its queue.
      assertTrue(
          sent * (16 << 10) < 64L << 20,
          "accepted " + sent + " messages for a peer that never reads");
      t1.close();
      stuck.close();
      for (Socket s : accepted) {
        s.close();
      }
    }
  }

  /**
   * Issue 13, item 6: a peer that was down long enough for our reconnect backoff to reach its 1 s
   * maximum is dialed as soon as it connects to us, not up to a second later (longer than an
   * election timeout: a leader kept from its restarted follower lost its quorum when the other
   * follower paused).
   */
  @Test
  void aPeerThatComesBackIsDialedAtOnce() throws IOException {
    int p1 = LoopbackPorts.next();
    int p2 = LoopbackPorts.next();
    Map<Integer, InetSocketAddress> peers = Map.of(1, loop(p1), 2, loop(p2));
    try (Selector s1 = Selector.open();
        Selector s2 = Selector.open()) {
      Transport t1 = new Transport(1, CLUSTER, loop(p1), peers, 1 << 20, (f, b, s, e) -> false, s1);
      t1.start();
      // Node 2 is down for 2.5 s: node 1's dials fail and its backoff grows to the maximum.
      long downUntil = System.nanoTime() + 2_500_000_000L;
      spin(() -> System.nanoTime() > downUntil, () -> t1.poll(System.nanoTime()), s1);
      assertTrue(!t1.connected(2));
      Transport t2 = new Transport(2, CLUSTER, loop(p2), peers, 1 << 20, (f, b, s, e) -> false, s2);
      t2.start();
      long up = System.nanoTime();
      spin(
          () -> t1.connected(2),
          () -> {
            t1.poll(System.nanoTime());
            t2.poll(System.nanoTime());
          },
          s1,
          s2);
      long ms = (System.nanoTime() - up) / 1_000_000;
      assertTrue(t1.connected(2), "node 1 never reconnected to node 2");
      assertTrue(ms < 400, "node 1 reconnected " + ms + " ms after node 2 came back");
      t1.close();
      t2.close();
    }
  }
}
