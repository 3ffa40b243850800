package dev.rast.raft.loop;

import dev.rast.raft.core.LogStorage;
import dev.rast.raft.core.RaftLog;
import dev.rast.raft.core.Ready;
import dev.rast.raft.log.RecordConsumer;
import dev.rast.raft.log.StoredHardState;
import java.io.Closeable;
import java.io.IOException;

/**
 * The log a {@link RaftLoop} writes: the core's read-only {@link LogStorage} plus what the Ready
 * contract needs to write, make durable, recover and compact. {@link SegmentedStorage} is the
 * node's (segment files and a sync thread); {@link MemoryStorage} keeps the records in memory (the
 * Maelstrom node, tests, the guide's example).
 *
 * <p>Durability is reported by write sequence number: {@link #write} returns the number that
 * covers everything written so far, {@link #sync} asks for it to become durable, and {@link
 * #durable} reports the newest durable one (with the last index and term it covers) whenever the
 * loop asks. Owner thread only, except where a method says otherwise.
 */
public interface RaftStorage extends LogStorage, Closeable {
  /** The last index held ({@code firstIndex() - 1}: empty). */
  long lastIndex();

  /** The hard state found at open ({@link StoredHardState#EMPTY} for a new log). */
  StoredHardState hardState();

  /** Hands every recovered record to {@code consumer}, in index order; only once, before any write. */
  void replay(RecordConsumer consumer);

  /**
   * Writes a Ready's records (discarding stored records at or after {@code persistFirst} first)
   * and then its hard state, taking the record bytes from {@code log}. Returns the write sequence
   * number covering every write so far (unchanged when there was nothing new).
   */
  long write(Ready ready, RaftLog log) throws IOException;

  /** Asks for every write up to sequence number {@code seq} to be made durable. */
  void sync(long seq);

  /**
   * The newest durable write: its sequence number, last index and term in {@code out[0..2]}.
   *
   * @throws IOException when making the log durable failed: the loop must stop
   */
  void durable(long[] out) throws IOException;

  /** The sequence number known durable at open (what a restarted loop starts from). */
  long durableSeq();

  /** Drops the stored records below {@code keepFrom} (all or part of them), which a snapshot covers. */
  void compactBefore(long keepFrom) throws IOException;

  /** Empties the log so that the next record written is {@code next} (after an installed snapshot). */
  void restartAt(long next) throws IOException;

  /** Starts what runs in the background (a sync thread), if anything. */
  void start();
}
