package dev.rast.raft.core;

import java.nio.ByteBuffer;

/**
 * The node's log: in memory, a window of recent entries (term and where the record lives); below
 * the window, the durable log through {@link LogStorage}.
 *
 * <p>Records are never copied here: index {@code i}'s record is {@code length(i)} bytes at {@code
 * offset(i)} of {@code buffer(i)} — a leader's own encoding arena, or the very message buffer an
 * AppendEntries arrived in. The window {@code memFirst..lastIndex} is a ring indexed by {@code
 * index & mask}: it always holds every entry not yet durable or not yet applied, plus older ones
 * while their bytes fit in the cache ({@link Config#logCacheBytes}); evicted entries drop their
 * buffer references, so arena chunks and message buffers become garbage, or, with a {@link
 * ChunkPool}, go back to the pool once no record refers to them. Memory thus depends on
 * the cache size and on what is in flight, not on how many entries were ever written. Without a
 * {@link LogStorage} nothing is evicted (tests of the core alone).
 *
 * <p>Invariants: {@code memFirst - 1 <= applied <= committed <= lastIndex}; {@code stable <=
 * lastIndex}; every index below {@code memFirst} is durable, applied and committed; terms are
 * non-decreasing in index; index 0 has term 0. The ring grows by doubling when the unevictable
 * part outgrows it (a steady state allocates nothing). Indexes are {@code long} throughout.
 *
 * <p>Not thread-safe.
 */
public final class RaftLog {
  private final LogStorage storage;
  private final long cacheBytes;
  /** Counts this log's references to pooled chunks (null: no pool, buffers are left to the GC). */
  private ChunkPool pool;

  private long[] terms;
  private ByteBuffer[] buffers;
  private int[] offsets;
  private int[] lengths;
  private long mask;
  /** First index held in memory ({@code lastIndex + 1} when the window is empty). */
  private long memFirst = 1;
  /** Bytes of the records in the window. */
  private long memBytes;

  private long lastIndex;
  /** The last entry the state machine's snapshot covers, as restored (0: none); its term. */
  private long snapIndex;

  private long snapTerm;
  /** Highest index known to be on stable storage (reported by {@code persisted}). */
  long stable;
  /** First index the caller has not yet been asked to write; {@code lastIndex + 1} when none. */
  long unpersistedFrom = 1;
  /** Highest index known to be committed. */
  long committed;
  /** Highest index the caller has applied (as of the last {@code advance}). */
  long applied;

  RaftLog(int initialCapacity, LogStorage storage, long cacheBytes) {
    int cap = Integer.highestOneBit(Math.max(16, Math.min(1 << 30, initialCapacity)) * 2 - 1);
    this.storage = storage;
    this.cacheBytes = cacheBytes;
    allocate(cap);
  }

  private void allocate(int cap) {
    terms = new long[cap];
    buffers = new ByteBuffer[cap];
    offsets = new int[cap];
    lengths = new int[cap];
    mask = cap - 1;
  }

  /** Counts the references of records put from now on to {@code pool}'s chunks. */
  void useChunkPool(ChunkPool pool) {
    this.pool = pool;
  }

  private void drop(int s) {
    if (pool != null) {
      pool.release(buffers[s]);
    }
    buffers[s] = null;
  }

  private int slot(long index) {
    return (int) (index & mask);
  }

  /** The last index in the log (0 when empty). */
  public long lastIndex() {
    return lastIndex;
  }

  /** The term of the last entry (0 when empty). */
  public long lastTerm() {
    return term(lastIndex);
  }

  /** The term of entry {@code index}; 0 for index 0 or an index beyond the log. */
  public long term(long index) {
    if (index < 1 || index > lastIndex) {
      return 0;
    }
    if (index >= memFirst) {
      return terms[slot(index)];
    }
    if (index == snapIndex) {
      return snapTerm;
    }
    return storage.term(index);
  }

  /**
   * Whether entries from {@code next} on can be sent: the records are in memory or in storage, and
   * the term of {@code next - 1} is known. False when compaction deleted them (the follower needs
   * the snapshot).
   */
  boolean canSendFrom(long next) {
    long prev = next - 1;
    long firstStored = storage != null ? storage.firstIndex() : Long.MAX_VALUE;
    boolean termKnown = prev == 0 || prev >= memFirst || prev == snapIndex || prev >= firstStored;
    return termKnown && (next >= memFirst || next >= firstStored);
  }

  /** Starts the log after a snapshot of the state up to ({@code index}, {@code term}); only on an empty log. */
  void restoreSnapshot(long index, long term) {
    if (lastIndex != 0) {
      throw new IllegalStateException(
          "restore the snapshot before any record (the log ends at " + lastIndex + ")");
    }
    resetToSnapshot(index, term);
  }

  /**
   * Drops the whole log for an installed snapshot of the state up to ({@code index}, {@code term}),
   * which is committed, applied and durable from now on.
   */
  void resetToSnapshot(long index, long term) {
    for (long i = memFirst; i <= lastIndex; i++) {
      drop(slot(i));
    }
    memBytes = 0;
    snapIndex = index;
    snapTerm = term;
    lastIndex = index;
    memFirst = index + 1;
    stable = index;
    committed = index;
    applied = index;
    unpersistedFrom = index + 1;
  }

  /** The index of the snapshot the log was restored from (0: none). */
  public long snapshotIndex() {
    return snapIndex;
  }

  /** The first index held in memory; entries below it are read from the {@link LogStorage}. */
  public long memFirst() {
    return memFirst;
  }

  /** Bytes of the records held in memory (the window). */
  public long memBytes() {
    return memBytes;
  }

  /** Entries held in memory. */
  public long memEntries() {
    return lastIndex - memFirst + 1;
  }

  /** The buffer holding {@code index}'s record (an index in memory: {@code memFirst..lastIndex}). */
  public ByteBuffer buffer(long index) {
    check(index);
    return buffers[slot(index)];
  }

  /** The absolute offset of {@code index}'s record in {@link #buffer}. */
  public int offset(long index) {
    check(index);
    return offsets[slot(index)];
  }

  /** The length in bytes of {@code index}'s record. */
  public int length(long index) {
    check(index);
    return lengths[slot(index)];
  }

  /** The committed index. */
  public long committed() {
    return committed;
  }

  /** The index known durable. */
  public long stable() {
    return stable;
  }

  /** The applied index (as of the last advance). */
  public long applied() {
    return applied;
  }

  private void check(long index) {
    if (index < memFirst || index > lastIndex) {
      throw new IllegalArgumentException(
          "index " + index + " is outside the in-memory log [" + memFirst + ", " + lastIndex + "]");
    }
  }

  boolean matchTerm(long index, long term) {
    return index <= lastIndex && term(index) == term;
  }

  /** Whether a candidate's log (lastTerm, lastIndex) is at least as up to date as this one (§5.4.1). */
  boolean isUpToDate(long lastIndex, long lastTerm) {
    long myTerm = lastTerm();
    return lastTerm > myTerm || (lastTerm == myTerm && lastIndex >= this.lastIndex);
  }

  /** The largest index {@code <= index} whose term is {@code <= term} (0 at worst). */
  long findConflictByTerm(long index, long term) {
    long i = Math.min(index, lastIndex);
    while (i > 0 && term(i) > term) {
      i--;
    }
    return i;
  }

  /**
   * Puts a record at {@code index}, which is at most {@code lastIndex + 1}; entries at and after
   * {@code index} are discarded first (a conflict). Committed entries are never discarded.
   */
  void put(long index, long term, ByteBuffer buf, int offset, int length) {
    if (index < 1 || index > lastIndex + 1) {
      throw new IllegalStateException("append at " + index + " leaves a gap after " + lastIndex);
    }
    if (index <= committed) {
      throw new IllegalStateException(
          "overwriting committed entry " + index + " (committed " + committed + ")");
    }
    if (term < term(index - 1)) {
      throw new IllegalStateException(
          "term " + term + " at " + index + " is below its predecessor's");
    }
    if (pool != null) {
      pool.retain(buf); // before a truncation releases records of the same chunk
    }
    if (index <= lastIndex) {
      // Truncation: the stable prefix shrinks and the suffix must be written again.
      stable = Math.min(stable, index - 1);
      for (long i = lastIndex; i >= index; i--) {
        int s = slot(i);
        memBytes -= lengths[s];
        drop(s);
      }
      lastIndex = index - 1;
    }
    unpersistedFrom = Math.min(unpersistedFrom, index);
    if (index - memFirst + 1 > terms.length) {
      grow();
    }
    int s = slot(index);
    terms[s] = term;
    buffers[s] = buf;
    offsets[s] = offset;
    lengths[s] = length;
    memBytes += length;
    lastIndex = index;
  }

  private void grow() {
    if (terms.length >= 1 << 30) {
      throw new IllegalStateException("more than 2^30 entries neither durable nor applied");
    }
    long[] t = terms;
    ByteBuffer[] b = buffers;
    int[] o = offsets;
    int[] l = lengths;
    long oldMask = mask;
    allocate(t.length * 2);
    for (long i = memFirst; i <= lastIndex; i++) {
      int from = (int) (i & oldMask);
      int to = slot(i);
      terms[to] = t[from];
      buffers[to] = b[from];
      offsets[to] = o[from];
      lengths[to] = l[from];
    }
  }

  /**
   * Drops the oldest entries from memory while they are durable and applied and the window's
   * bytes exceed the cache. Without a storage to read them back from, keeps everything.
   */
  void evict() {
    if (storage == null) {
      return;
    }
    long limit = Math.min(applied, stable);
    while (memFirst <= limit && memBytes > cacheBytes) {
      int s = slot(memFirst);
      memBytes -= lengths[s];
      drop(s);
      memFirst++;
    }
  }

  /**
   * How many records from {@code from} on lie back to back in one buffer, within {@code maxBytes}
   * (at least one record when {@code from <= lastIndex}) and {@code maxCount}; {@code from} is in
   * memory.
   */
  int contiguousRun(long from, int maxBytes, int maxCount) {
    if (from > lastIndex) {
      return 0;
    }
    int i = slot(from);
    ByteBuffer buf = buffers[i];
    int end = offsets[i] + lengths[i];
    int bytes = lengths[i];
    int n = 1;
    while (n < maxCount && from + n <= lastIndex) {
      int j = slot(from + n);
      if (buffers[j] != buf || offsets[j] != end || bytes + lengths[j] > maxBytes) {
        break;
      }
      end += lengths[j];
      bytes += lengths[j];
      n++;
    }
    return n;
  }

  /** Bytes of the records {@code from .. from + count - 1} (in memory). */
  int runBytes(long from, int count) {
    int bytes = 0;
    for (int k = 0; k < count; k++) {
      bytes += lengths[slot(from + k)];
    }
    return bytes;
  }

  /**
   * Copies records {@code from..} (below the window) from storage into {@code dst}, within
   * {@code maxBytes} (at least one); returns the count.
   */
  int readStored(long from, int maxBytes, ByteBuffer dst) {
    return storage.read(from, memFirst - 1, maxBytes, dst);
  }

  /** The size of stored record {@code index} (below the window). */
  int storedLength(long index) {
    return storage.recordLength(index);
  }

  void commitTo(long index) {
    if (index > committed) {
      if (index > lastIndex) {
        throw new IllegalStateException(
            "commit " + index + " is beyond the last index " + lastIndex);
      }
      committed = index;
    }
  }

  /** Records that entries up to {@code index} of {@code term} are durable; stale notices are ignored. */
  boolean stableTo(long index, long term) {
    if (index > stable && matchTerm(index, term) && index < unpersistedFrom) {
      stable = index;
      evict();
      return true;
    }
    return false;
  }
}
