package dev.rast.raft.core;

import java.nio.ByteBuffer;

/**
 * Read-only access to the durable log, for the entries the core no longer keeps in memory. The
 * core keeps every entry that is not yet durable or not yet applied, plus a cache of recent ones
 * ({@link Config#logCacheBytes}); older entries, which are committed, applied and durable and so
 * never change again, it reads through this interface: their terms (elections, conflict hints,
 * the previous term of an AppendEntries) and their records (a follower far behind).
 *
 * <p>Why an interface the core calls rather than a "please read these" request in the Ready: a
 * lagging follower's AppendEntries needs the records at the moment it is built, and the reads are
 * of immutable, durable data, so a synchronous call keeps the core deterministic (a simulator
 * answers from its in-memory disk) and the Ready contract unchanged. A read blocks the driver's
 * thread for a positional read from the page cache, only for followers behind the cache.
 *
 * <p>Called only for indexes below the core's in-memory window, every one of which the caller
 * has reported durable ({@code persisted}). Implementations throw an unchecked exception on an IO
 * error (the driver stops: a node that cannot read its own log must not go on).
 */
public interface LogStorage {
  /**
   * The first index whose record and term the storage still holds (1 until compaction deleted a
   * prefix covered by a snapshot).
   */
  long firstIndex();

  /** The term of durable entry {@code index} ({@code >= firstIndex()}); 0 for an index compacted away. */
  long term(long index);

  /**
   * Copies the records {@code from, from + 1, ...} back to back into {@code dst} from its
   * position, as many as fit in {@code maxBytes} (always at least one, even a larger one: {@code
   * dst} must have room for it) and at most up to {@code to}; advances {@code dst}'s position and
   * returns the number of records copied.
   */
  int read(long from, long to, int maxBytes, ByteBuffer dst);

  /** The size in bytes of record {@code index}. */
  int recordLength(long index);
}
