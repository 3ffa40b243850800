package dev.rast.raft.net;

import dev.rast.capnp.MessageBuilder;
import java.nio.ByteBuffer;

/**
 * Where a Raft driver sends its messages to peers: the TCP {@link Transport}, the Maelstrom node's
 * JSON messages, or an in-process queue in a test. Called on the driver's thread only. A send may
 * drop the message (queue full, peer unreachable): Raft retransmits, so a drop is never an error.
 */
public interface MessageSender {
  /** Queues {@code m} for peer {@code to}; false when it was dropped. */
  boolean send(int to, MessageBuilder m);

  /** Queues one framed message given as bytes {@code [offset, offset + length)} of {@code src}; false when dropped. */
  boolean send(int to, ByteBuffer src, int offset, int length);
}
