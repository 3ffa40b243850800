package dev.rast.raft.guide;

import dev.rast.raft.snapshot.SnapshotReader;
import dev.rast.raft.snapshot.StateMachine;
import dev.rast.raft.snapshot.StateView;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The guide's example state machine (raft-example README, "Your own state machine"): a counter.
 * A command is 8 bytes, a little-endian amount to add; the snapshot is one 8-byte chunk.
 */
final class Counter implements StateMachine {
  private long value;

  long value() {
    return value;
  }

  @Override
  public int apply(long index, ByteBuffer buf, int start, int end) {
    if (end - start != 8) {
      return 1; // not a command of ours: every replica refuses it alike
    }
    value += buf.order(ByteOrder.LITTLE_ENDIAN).getLong(start);
    return 0;
  }

  @Override
  public StateView snapshot() {
    long frozen =
        value; // a long is its own copy; a large state needs copy-on-write (see KvStateMachine)
    return out ->
        out.chunk(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(0, frozen));
  }

  @Override
  public void restore(SnapshotReader in) throws IOException {
    value = in.next().getLong(0);
    in.verifyAll();
  }
}
