package dev.rast.raft.node;

import dev.rast.raft.core.RaftLog;
import dev.rast.raft.core.RaftNode;
import java.io.Closeable;
import java.io.IOException;

/**
 * What a {@link Node} needs from durable storage: the records and the hard state. Writes are
 * issued by the event loop and reach the disk in the order issued; {@link #sync} (called by the
 * sync thread, possibly while the event loop issues more writes) makes everything issued before
 * it durable.
 */
public interface Storage extends Closeable {
  /** Replays the durable records (index order, from 1) and the hard state into a fresh node. */
  void restore(RaftNode node) throws IOException;

  /** Discards stored records at or after {@code first}, then writes records {@code first..last} of {@code log}. */
  void writeRecords(RaftLog log, long first, long last) throws IOException;

  /** Writes the hard state (after the records of the same Ready). */
  void writeHardState(long term, int vote, long commit) throws IOException;

  /** Makes every write issued before the call durable. Thread-safe with respect to the writers. */
  void sync() throws IOException;
}
