package dev.rast.raft.kv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rast.capnp.Framing;
import dev.rast.capnp.MessageBuilder;
import dev.rast.capnp.MessageReader;
import dev.rast.raft.msg.KvMsg.KvRequest;
import dev.rast.raft.msg.KvMsg.KvResponse;
import dev.rast.raft.msg.KvMsg.Op;
import dev.rast.raft.msg.KvMsg.Status;
import dev.rast.raft.net.LoopbackPorts;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A membership change whose answer is lost (the connection drops after the request went out) is
 * resent; when the first copy was applied, the leader refuses the second because its outcome
 * already holds ("node 4 is already a voter"). The client reports the change as done, not refused:
 * `rast member promote` must not print "refused" for a promotion that happened. A change refused
 * on its first and only copy stays refused.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class KvClientResendTest {
  private static final String ALREADY =
      "node 4 is already a voter (voters=[1, 2, 3, 4] learners=[])";

  /** Reads one request frame; returns its id and op. */
  private static long[] readRequest(DataInputStream in) throws IOException {
    int length = Integer.reverseBytes(in.readInt());
    byte[] body = new byte[length];
    in.readFully(body);
    KvRequest.Reader r = Framing.read(
            ByteBuffer.wrap(body).order(ByteOrder.LITTLE_ENDIAN), new MessageReader())
        .getRoot(new KvRequest.Reader());
    return new long[] {r.getId(), r.getOp().ordinal()};
  }

  private static void answer(Socket s, long id, Status status, String message) throws IOException {
    MessageBuilder m = new MessageBuilder();
    KvResponse.Builder b = m.initRoot(KvResponse._Meta.SIZE, new KvResponse.Builder());
    b.setId(id).setStatus(status).setMessage(message);
    byte[] bytes = Framing.toByteArray(m);
    ByteBuffer frame = ByteBuffer.allocate(4 + bytes.length).order(ByteOrder.LITTLE_ENDIAN);
    frame.putInt(bytes.length).put(bytes);
    s.getOutputStream().write(frame.array());
    s.getOutputStream().flush();
  }

  /** A node that drops the first connection after reading a request ({@code loseFirst}) and refuses the next copy. */
  private static CompletableFuture<Integer> node(ServerSocket server, boolean loseFirst) {
    return CompletableFuture.supplyAsync(() -> {
      int requests = 0;
      try {
        if (loseFirst) {
          try (Socket s = server.accept()) {
            readRequest(new DataInputStream(s.getInputStream()));
            requests++;
          } // closed unanswered: the client cannot know whether it was applied
        }
        try (Socket s = server.accept()) {
          long[] r = readRequest(new DataInputStream(s.getInputStream()));
          requests++;
          assertEquals(Op.PROMOTE_MEMBER.ordinal(), (int) r[1]);
          answer(s, r[0], Status.REFUSED, ALREADY);
          s.getInputStream().read(); // until the client closes
        }
      } catch (IOException e) {
        throw new RuntimeException(e);
      }
      return requests;
    });
  }

  private static KvClient.Result promote(boolean loseFirst) throws Exception {
    try (ServerSocket server = new ServerSocket()) {
      server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), LoopbackPorts.next()));
      CompletableFuture<Integer> node = node(server, loseFirst);
      KvClient.Result r;
      try (KvClient c = new KvClient(
          Map.of(1, (InetSocketAddress) server.getLocalSocketAddress()), 10_000, 1_000)) {
        r = c.promoteMember(4);
      }
      assertEquals(loseFirst ? 2 : 1, node.get(10, TimeUnit.SECONDS), "copies the node received");
      return r;
    }
  }

  @Test
  void aResentPromotionRefusedAsAlreadyDoneIsDone() throws Exception {
    KvClient.Result r = promote(true);
    assertEquals(Status.OK, r.status(), r.message());
  }

  @Test
  void aPromotionRefusedOnItsOnlyCopyStaysRefused() throws Exception {
    KvClient.Result r = promote(false);
    assertEquals(Status.REFUSED, r.status());
    assertTrue(r.message().contains("already a voter"), r.message());
  }
}
