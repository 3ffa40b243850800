package dev.rast.raft.net;

import static dev.rast.raft.net.LoopbackPorts.next;
import static dev.rast.raft.net.TransportTest.CLUSTER;
import static dev.rast.raft.net.TransportTest.loop;
import static dev.rast.raft.net.TransportTest.spin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Selector;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A node of the previous release (handshake version 1: a 24-byte hello without a nonce, answered
 * by an 8-byte verdict) is refused at once with a log line naming both versions, not left to time
 * out waiting for the 40 bytes of a version 2 hello.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class HandshakeVersionTest {
  @Test
  void aVersionOneHelloIsRefusedAtOnceWithAClearLogLine() throws Exception {
    int port = next();
    Map<Integer, InetSocketAddress> peers = Map.of(1, loop(next()), 2, loop(port));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream saved = System.err;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try (Selector sel = Selector.open();
        Transport t2 = new Transport(
            2,
            CLUSTER,
            loop(port),
            peers,
            NetLimits.DEFAULT.withTimeouts(20_000, 60_000),
            new InboundBudget(64 << 20),
            ClusterSecret.of("the secret all nodes share".getBytes(StandardCharsets.US_ASCII)),
            (from, buf, start, end) -> true,
            sel)) {
      t2.start();
      CompletableFuture<int[]> v1 = CompletableFuture.supplyAsync(() -> {
        try (Socket s = new Socket()) {
          s.connect(peers.get(2), 5_000);
          s.setSoTimeout(5_000); // far below the node's 20 s handshake timeout
          ByteBuffer hello = ByteBuffer.allocate(24).order(ByteOrder.LITTLE_ENDIAN);
          hello.putInt(Handshake.MAGIC).putInt(1).putLong(CLUSTER).putInt(1).putInt(2);
          s.getOutputStream().write(hello.array());
          DataInputStream in = new DataInputStream(s.getInputStream());
          byte[] verdict = new byte[Handshake.VERDICT_BYTES];
          in.readFully(verdict);
          int code = ByteBuffer.wrap(verdict).order(ByteOrder.LITTLE_ENDIAN).getInt(4);
          return new int[] {code, in.read()};
        } catch (IOException e) {
          return new int[] {-1, -2};
        }
      });
      spin(v1::isDone, () -> t2.poll(System.nanoTime()), sel);
      int[] got = v1.get();
      assertEquals(Handshake.BAD_HELLO, got[0], "a version 1 node reads a refusal as its verdict");
      assertEquals(-1, got[1], "and the connection is closed");
      assertEquals(1, t2.rejectedHandshakes());
      assertEquals(0, t2.inboundConnections());
    } finally {
      System.setErr(saved);
    }
    String log = err.toString(StandardCharsets.UTF_8);
    assertTrue(log.contains("rejected: handshake version 1, this node speaks version 2"), log);
  }
}
