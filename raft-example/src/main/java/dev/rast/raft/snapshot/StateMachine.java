package dev.rast.raft.snapshot;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * What a Raft node replicates: applied in log order, snapshotted so the log before the snapshot
 * can be deleted, restored at start-up (or when a leader installs a snapshot).
 *
 * <p>Contract. {@link #apply} is called on the node's thread for every committed normal entry, in
 * index order, exactly once per node life after the snapshot it restored. {@link #snapshot} is
 * called on the same thread between two applies and must be cheap: it returns a {@link
 * StateView} that is written out on a background thread while applies go on, so it must not
 * copy the whole state (copy-on-write, or an immutable structure). {@link #restore} replaces the
 * whole state by a snapshot's.
 */
public interface StateMachine {
  /**
   * Applies the payload of committed entry {@code index} ({@code buf[start, end)}; the buffer's
   * position and limit are left as they were). Returns an application-defined result code for the
   * proposer (0 when there is none). Throwing stops the node.
   */
  int apply(long index, ByteBuffer buf, int start, int end);

  /** A frozen view of the state as of the last applied entry (cheap; see the class documentation). */
  StateView snapshot();

  /** Replaces the state by the one in {@code in} (read chunk by chunk). */
  void restore(SnapshotReader in) throws IOException;
}
