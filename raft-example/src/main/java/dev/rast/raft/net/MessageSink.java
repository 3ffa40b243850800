package dev.rast.raft.net;

import java.nio.ByteBuffer;

/** Where a {@link Transport} delivers incoming messages; called on the event-loop thread. */
public interface MessageSink {
  /**
   * One framed Cap'n Proto message, {@code buf}'s bytes {@code [start, end)}. Returns true when
   * the sink keeps a reference to those bytes beyond the call: they are then never overwritten.
   */
  boolean onMessage(int fromPeer, ByteBuffer buf, int start, int end);
}
