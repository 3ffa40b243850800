package dev.rast.raft.log;

import java.util.Arrays;

/**
 * The in-memory index of the log: for every index, its term and where its record lives (segment
 * slot, byte offset in that segment's file, record length). Built by recovery, extended by every
 * append, cut by every truncation.
 *
 * <p>Invariants: indexes are {@code first..last} ({@code first} is 1 until compaction drops a
 * prefix, {@link #dropBefore}); terms do not decrease; within a segment, offsets increase and
 * records are back to back. Arrays grow by doubling, so appends allocate only when the capacity is
 * reached; compaction moves the remaining entries to the front (rare, and bounded by the tail
 * kept). Not thread-safe: the log's owner thread uses it.
 */
final class LogIndex {
  private long[] terms;
  private int[] segments;
  private int[] offsets;
  private int[] lengths;
  /** The first index held; slot {@code i - first} holds index {@code i}. */
  private long first = 1;
  /** The last index held ({@code first - 1}: empty). */
  private long last;
  /** Bytes allocated by {@link #grow} so far (the arrays' growth with the log); any thread reads it. */
  private volatile long grownBytes;

  LogIndex(int capacity) {
    int cap = Math.max(16, capacity);
    terms = new long[cap];
    segments = new int[cap];
    offsets = new int[cap];
    lengths = new int[cap];
  }

  long last() {
    return last;
  }

  long first() {
    return first;
  }

  /** The term of {@code index}: 0 for an index not held (0, compacted, or past the end). */
  long term(long index) {
    return index < first || index > last ? 0 : terms[(int) (index - first)];
  }

  int segment(long index) {
    return segments[slot(index)];
  }

  int offset(long index) {
    return offsets[slot(index)];
  }

  int length(long index) {
    return lengths[slot(index)];
  }

  /** Adds {@code last + 1}. */
  void add(long term, int segment, int offset, int length) {
    if (last - first + 1 == terms.length) {
      grow();
    }
    int s = (int) (last + 1 - first);
    terms[s] = term;
    segments[s] = segment;
    offsets[s] = offset;
    lengths[s] = length;
    last++;
  }

  /** Drops {@code index} and everything after it. */
  void truncateFrom(long index) {
    if (index >= first && index <= last) {
      last = index - 1;
    }
  }

  /**
   * Drops every index below {@code index} (which is at most {@code last + 1}) and renumbers segment
   * slots: {@code droppedSegments} segments were removed from the front of the log's list.
   */
  void dropBefore(long index, int droppedSegments) {
    if (index <= first) {
      return;
    }
    if (index > last + 1) {
      throw new IllegalArgumentException(
          "cannot drop before " + index + ": the log ends at " + last);
    }
    int from = (int) (index - first);
    int n = (int) (last - index + 1);
    System.arraycopy(terms, from, terms, 0, n);
    System.arraycopy(segments, from, segments, 0, n);
    System.arraycopy(offsets, from, offsets, 0, n);
    System.arraycopy(lengths, from, lengths, 0, n);
    for (int i = 0; i < n; i++) {
      segments[i] -= droppedSegments;
    }
    first = index;
  }

  /** Empties the index: the next index added is {@code next}. */
  void restartAt(long next) {
    first = next;
    last = next - 1;
  }

  private int slot(long index) {
    if (index < first || index > last) {
      throw new IllegalArgumentException(
          "index " + index + " is outside the log [" + first + ", " + last + "]");
    }
    return (int) (index - first);
  }

  private void grow() {
    if (terms.length >= Integer.MAX_VALUE - 8) {
      throw new IllegalStateException(
          "log index " + (last + 1) + " exceeds the in-memory index's capacity");
    }
    int cap = (int) Math.min(Integer.MAX_VALUE - 8, terms.length * 2L);
    terms = Arrays.copyOf(terms, cap);
    segments = Arrays.copyOf(segments, cap);
    offsets = Arrays.copyOf(offsets, cap);
    lengths = Arrays.copyOf(lengths, cap);
    grownBytes +=
        4 * 16L + 20L * cap; // HotSpot arrays: a 16-byte header each, 8 + 3 * 4 bytes a slot
  }

  /** Bytes the index allocated to grow so far: it grows with the log until compaction bounds it. */
  long grownBytes() {
    return grownBytes;
  }
}
