package dev.rast.raft.core;

/**
 * The AppendEntries messages in flight to one follower, as a ring of (last index, bytes): a
 * pipelined leader keeps sending until the ring is full by count or by bytes, and frees entries
 * as acknowledgements arrive. Fixed capacity, so it never allocates after construction.
 */
final class Inflights {
  private final long[] lastIndexes;
  private final int[] sizes;
  private final long maxBytes;
  private int start;
  private int count;
  private long bytes;

  Inflights(int maxCount, long maxBytes) {
    this.lastIndexes = new long[maxCount];
    this.sizes = new int[maxCount];
    this.maxBytes = maxBytes;
  }

  /** Whether no more messages may be sent: the count or the byte budget is used up. */
  boolean full() {
    return count == lastIndexes.length || bytes >= maxBytes;
  }

  int count() {
    return count;
  }

  /** Records a message whose last entry is {@code lastIndex}; indexes must increase. */
  void add(long lastIndex, int size) {
    if (count == lastIndexes.length) {
      throw new IllegalStateException("inflights full");
    }
    int slot = (start + count) % lastIndexes.length;
    lastIndexes[slot] = lastIndex;
    sizes[slot] = size;
    count++;
    bytes += size;
  }

  /** Frees every message whose last index is {@code <= index}. */
  void freeLE(long index) {
    while (count > 0 && lastIndexes[start] <= index) {
      bytes -= sizes[start];
      start = (start + 1) % lastIndexes.length;
      count--;
    }
  }

  /** Frees the oldest message (its response may have been lost). */
  void freeFirst() {
    if (count > 0) {
      bytes -= sizes[start];
      start = (start + 1) % lastIndexes.length;
      count--;
    }
  }

  void reset() {
    start = 0;
    count = 0;
    bytes = 0;
  }
}
