package dev.rast.raft.core;

import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The in-memory view of a node's log: for every index, its term and where its record lives.
 *
 * <p>Records are never copied here: index {@code i}'s record is {@code length(i)} bytes at
 * {@code offset(i)} of {@code buffer(i)} — a leader's own encoding arena, or the very message
 * buffer an AppendEntries arrived in. Invariants: {@code applied <= committed <= lastIndex};
 * {@code stable <= lastIndex}; terms are non-decreasing in index; index 0 is a sentinel of term
 * 0. Arrays grow by doubling (a steady state that stays within capacity allocates nothing).
 *
 * <p>Not thread-safe.
 */
public final class RaftLog {
  private long[] terms;
  private ByteBuffer[] buffers;
  private int[] offsets;
  private int[] lengths;
  private long lastIndex;
  /** Highest index known to be on stable storage (reported by {@code persisted}). */
  long stable;
  /** First index the caller has not yet been asked to write; {@code lastIndex + 1} when none. */
  long unpersistedFrom = 1;
  /** Highest index known to be committed. */
  long committed;
  /** Highest index the caller has applied (as of the last {@code advance}). */
  long applied;

  RaftLog(int initialCapacity) {
    int cap = Math.max(16, initialCapacity);
    terms = new long[cap];
    buffers = new ByteBuffer[cap];
    offsets = new int[cap];
    lengths = new int[cap];
  }

  /** The last index in the log (0 when empty). */
  public long lastIndex() {
    return lastIndex;
  }

  /** The term of the last entry (0 when empty). */
  public long lastTerm() {
    return terms[(int) lastIndex];
  }

  /** The term of entry {@code index}; 0 for index 0 or an index beyond the log. */
  public long term(long index) {
    return index < 0 || index > lastIndex ? 0 : terms[(int) index];
  }

  /** The buffer holding {@code index}'s record. */
  public ByteBuffer buffer(long index) {
    check(index);
    return buffers[(int) index];
  }

  /** The absolute offset of {@code index}'s record in {@link #buffer}. */
  public int offset(long index) {
    check(index);
    return offsets[(int) index];
  }

  /** The length in bytes of {@code index}'s record. */
  public int length(long index) {
    check(index);
    return lengths[(int) index];
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
    if (index < 1 || index > lastIndex) {
      throw new IllegalArgumentException("index " + index + " is outside the log [1, " + lastIndex + "]");
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
    while (i > 0 && terms[(int) i] > term) {
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
      throw new IllegalStateException("overwriting committed entry " + index + " (committed " + committed + ")");
    }
    if (term < terms[(int) index - 1]) {
      throw new IllegalStateException("term " + term + " at " + index + " is below its predecessor's");
    }
    if (index <= lastIndex) {
      // Truncation: the stable prefix shrinks and the suffix must be written again.
      stable = Math.min(stable, index - 1);
    }
    unpersistedFrom = Math.min(unpersistedFrom, index);
    ensureCapacity(index);
    int i = (int) index;
    terms[i] = term;
    buffers[i] = buf;
    offsets[i] = offset;
    lengths[i] = length;
    if (index < lastIndex) {
      Arrays.fill(buffers, i + 1, (int) lastIndex + 1, null);
    }
    lastIndex = index;
  }

  private void ensureCapacity(long index) {
    if (index < terms.length) {
      return;
    }
    if (index >= Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("log index " + index + " exceeds the in-memory log's capacity");
    }
    int cap = (int) Math.min(Integer.MAX_VALUE - 8, Math.max(index + 1, terms.length * 2L));
    terms = Arrays.copyOf(terms, cap);
    buffers = Arrays.copyOf(buffers, cap);
    offsets = Arrays.copyOf(offsets, cap);
    lengths = Arrays.copyOf(lengths, cap);
  }

  /**
   * How many records from {@code from} on lie back to back in one buffer, within {@code maxBytes}
   * (at least one record when {@code from <= lastIndex}) and {@code maxCount}.
   */
  int contiguousRun(long from, int maxBytes, int maxCount) {
    if (from > lastIndex) {
      return 0;
    }
    int i = (int) from;
    ByteBuffer buf = buffers[i];
    int end = offsets[i] + lengths[i];
    int bytes = lengths[i];
    int n = 1;
    while (n < maxCount && i + n <= lastIndex) {
      int j = i + n;
      if (buffers[j] != buf || offsets[j] != end || bytes + lengths[j] > maxBytes) {
        break;
      }
      end += lengths[j];
      bytes += lengths[j];
      n++;
    }
    return n;
  }

  /** Bytes of the records {@code from .. from + count - 1} (which are contiguous). */
  int runBytes(long from, int count) {
    int bytes = 0;
    for (int k = 0; k < count; k++) {
      bytes += lengths[(int) from + k];
    }
    return bytes;
  }

  void commitTo(long index) {
    if (index > committed) {
      if (index > lastIndex) {
        throw new IllegalStateException("commit " + index + " is beyond the last index " + lastIndex);
      }
      committed = index;
    }
  }

  /** Records that entries up to {@code index} of {@code term} are durable; stale notices are ignored. */
  boolean stableTo(long index, long term) {
    if (index > stable && matchTerm(index, term) && index < unpersistedFrom) {
      stable = index;
      return true;
    }
    return false;
  }
}
