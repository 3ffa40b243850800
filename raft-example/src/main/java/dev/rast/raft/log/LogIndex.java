package dev.rast.raft.log;

import java.util.Arrays;

/**
 * The in-memory index of the log: for every index, its term and where its record lives (segment
 * slot, byte offset in that segment's file, record length). Built by recovery, extended by every
 * append, cut by every truncation.
 *
 * <p>Invariants: indexes are {@code 1..last} (no snapshots yet, so the log starts at 1); terms do
 * not decrease; within a segment, offsets increase and records are back to back. Arrays grow by
 * doubling, so appends allocate only when the capacity is reached. Not thread-safe: the log's
 * owner thread uses it.
 */
final class LogIndex {
  private long[] terms;
  private int[] segments;
  private int[] offsets;
  private int[] lengths;
  /** The last index held (0: empty). Slot {@code i - 1} holds index {@code i}. */
  private long last;

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

  /** The term of {@code index}: 0 for index 0 and for an index past the end. */
  long term(long index) {
    return index < 1 || index > last ? 0 : terms[(int) index - 1];
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
    if (last == terms.length) {
      grow();
    }
    int s = (int) last;
    terms[s] = term;
    segments[s] = segment;
    offsets[s] = offset;
    lengths[s] = length;
    last++;
  }

  /** Drops {@code index} and everything after it. */
  void truncateFrom(long index) {
    if (index >= 1 && index <= last) {
      last = index - 1;
    }
  }

  private int slot(long index) {
    if (index < 1 || index > last) {
      throw new IllegalArgumentException("index " + index + " is outside the log [1, " + last + "]");
    }
    return (int) index - 1;
  }

  private void grow() {
    if (terms.length >= Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("log index " + (last + 1) + " exceeds the in-memory index's capacity");
    }
    int cap = (int) Math.min(Integer.MAX_VALUE - 8, terms.length * 2L);
    terms = Arrays.copyOf(terms, cap);
    segments = Arrays.copyOf(segments, cap);
    offsets = Arrays.copyOf(offsets, cap);
    lengths = Arrays.copyOf(lengths, cap);
  }
}
