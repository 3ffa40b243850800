package dev.rast.raft.guide;

import dev.rast.capnp.Framing;
import dev.rast.capnp.MessageBuilder;
import dev.rast.raft.loop.RaftLoop;
import dev.rast.raft.net.MessageSender;
import java.nio.ByteBuffer;
import java.util.ArrayDeque;
import java.util.Map;

/**
 * The guide's transport: messages between loops of one thread, queued as framed bytes and
 * delivered by {@link #deliver}. A real transport (TCP, the Maelstrom node's JSON) does the same
 * across processes.
 */
final class InProcessNetwork {
  private record Sent(int from, int to, byte[] framed) {}

  private final ArrayDeque<Sent> queue = new ArrayDeque<>();

  /** The sender of node {@code from}. */
  MessageSender sender(int from) {
    return new MessageSender() {
      @Override
      public boolean send(int to, MessageBuilder m) {
        byte[] bytes = new byte[(int) Framing.serializedSize(m)];
        Framing.write(m, ByteBuffer.wrap(bytes));
        queue.add(new Sent(from, to, bytes));
        return true;
      }

      @Override
      public boolean send(int to, ByteBuffer src, int offset, int length) {
        byte[] bytes = new byte[length];
        src.get(offset, bytes);
        queue.add(new Sent(from, to, bytes));
        return true;
      }
    };
  }

  /** Hands every queued message to its destination's loop; returns how many there were. */
  int deliver(Map<Integer, RaftLoop> loops, long nowNanos) {
    int n = 0;
    for (Sent s; (s = queue.poll()) != null; n++) {
      // A fresh array per message: the loop may keep AppendEntries records where they arrived.
      loops
          .get(s.to())
          .onMessage(s.from(), ByteBuffer.wrap(s.framed()), 0, s.framed().length, nowNanos);
    }
    return n;
  }
}
