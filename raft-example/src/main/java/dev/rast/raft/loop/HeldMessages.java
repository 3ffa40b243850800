package dev.rast.raft.loop;

import dev.rast.capnp.Framing;
import dev.rast.capnp.MessageBuilder;
import dev.rast.raft.net.MessageSender;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * Messages that may leave only once a given write is durable (votes, acknowledgements), kept as
 * serialized bytes in one growing buffer in write order. No allocation in steady state. Not
 * thread-safe.
 */
final class HeldMessages {
  private ByteBuffer buf = ByteBuffer.allocate(64 << 10).order(ByteOrder.LITTLE_ENDIAN);
  private long[] tags = new long[64];
  private int[] to = new int[64];
  private int[] ends = new int[64];
  private int count;

  /** Holds {@code m} for {@code dest} until write {@code tag} is durable. */
  void hold(long tag, int dest, MessageBuilder m) {
    int size = (int) Framing.serializedSize(m);
    if (buf.remaining() < size) {
      ByteBuffer bigger = ByteBuffer.allocate(Math.max(buf.capacity() * 2, buf.position() + size))
          .order(ByteOrder.LITTLE_ENDIAN);
      bigger.put(0, buf, 0, buf.position()).position(buf.position());
      buf = bigger;
    }
    if (count == tags.length) {
      tags = Arrays.copyOf(tags, count * 2);
      to = Arrays.copyOf(to, count * 2);
      ends = Arrays.copyOf(ends, count * 2);
    }
    Framing.write(m, buf);
    tags[count] = tag;
    to[count] = dest;
    ends[count] = buf.position();
    count++;
  }

  /** Sends every message whose write tag is at most {@code synced}, in order. */
  void release(long synced, MessageSender transport) {
    int n = 0;
    int start = 0;
    while (n < count && tags[n] <= synced) {
      transport.send(to[n], buf, start, ends[n] - start);
      start = ends[n];
      n++;
    }
    if (n == 0) {
      return;
    }
    int used = buf.position();
    buf.put(0, buf, start, used - start).position(used - start);
    for (int i = n; i < count; i++) {
      tags[i - n] = tags[i];
      to[i - n] = to[i];
      ends[i - n] = ends[i] - start;
    }
    count -= n;
  }

  int size() {
    return count;
  }
}
