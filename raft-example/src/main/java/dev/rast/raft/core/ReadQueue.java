package dev.rast.raft.core;

import java.util.Arrays;

/**
 * The leader's pending linearizable reads (ReadIndex, Raft thesis §6.4), oldest first.
 *
 * <p>A read gets the leader's commit index as its read index and the id of the next heartbeat
 * batch; reads arriving between two Readies share one batch, confirmed by one heartbeat round.
 * Once a quorum acknowledged a batch id at or above the read's, the leader was still leader when
 * the read arrived, and the read may be served once the read index is applied. Reads that arrive
 * before the leader committed an entry of its own term wait (batch 0) until it has, because only
 * then is its commit index known to cover every committed entry. Read indexes and batch ids never
 * decrease along the queue, so releasing from the head is enough.
 */
final class ReadQueue {
  private long[] ids = new long[16];
  private long[] indexes = new long[16];
  private long[] batches = new long[16];
  private int head;
  private int size;

  int size() {
    return size;
  }

  void add(long id, long index, long batch) {
    if (size == ids.length) {
      compact(ids.length * 2);
    } else if (head + size == ids.length) {
      compact(ids.length);
    }
    int i = head + size;
    ids[i] = id;
    indexes[i] = index;
    batches[i] = batch;
    size++;
  }

  /** Gives every waiting read (batch 0) the read index and batch now that the term's first entry committed. */
  boolean assignWaiting(long index, long batch) {
    boolean any = false;
    for (int i = head; i < head + size; i++) {
      if (batches[i] == 0) {
        indexes[i] = index;
        batches[i] = batch;
        any = true;
      }
    }
    return any;
  }

  /** Moves reads confirmed by batch {@code confirmed} whose index is at most {@code committed} into the Ready. */
  void release(long confirmed, long committed, Ready ready) {
    while (size > 0
        && batches[head] != 0
        && batches[head] <= confirmed
        && indexes[head] <= committed) {
      ready.addRead(ids[head], indexes[head]);
      head++;
      size--;
    }
    if (size == 0) {
      head = 0;
    }
  }

  void clear() {
    head = 0;
    size = 0;
  }

  private void compact(int capacity) {
    if (capacity == ids.length) {
      // Shift in place: no allocation while the queue stays within its capacity.
      System.arraycopy(ids, head, ids, 0, size);
      System.arraycopy(indexes, head, indexes, 0, size);
      System.arraycopy(batches, head, batches, 0, size);
      head = 0;
      return;
    }
    long[] i2 = new long[capacity];
    long[] x2 = new long[capacity];
    long[] b2 = new long[capacity];
    System.arraycopy(ids, head, i2, 0, size);
    System.arraycopy(indexes, head, x2, 0, size);
    System.arraycopy(batches, head, b2, 0, size);
    ids = i2;
    indexes = x2;
    batches = b2;
    head = 0;
  }

  @Override
  public String toString() {
    return "ReadQueue" + Arrays.toString(Arrays.copyOfRange(ids, head, head + size));
  }
}
