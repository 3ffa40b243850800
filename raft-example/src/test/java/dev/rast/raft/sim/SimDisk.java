package dev.rast.raft.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A node's disk: writes are queued in order and become durable only when a sync covers them. A
 * crash keeps the durable state plus a random prefix of the unsynced writes (a disk may write
 * back some of its cache), and may tear the last kept write: a partial record, which recovery
 * detects by its CRC and drops. Hard-state writes are atomic (one sector).
 */
final class SimDisk {
  /** One write: records replacing everything from {@code first} on, or a hard state. */
  private record Write(long first, List<byte[]> records, long term, int vote, long commit) {
    boolean isHardState() {
      return records == null;
    }
  }

  /** Durable records, index i at position i - 1. */
  final List<byte[]> records = new ArrayList<>();
  long term;
  int vote;
  long commit;
  private final List<Write> pending = new ArrayList<>();
  /** Writes issued over the disk's life; a sync makes all of them durable. */
  long issued;
  long synced;

  void writeRecords(long first, List<byte[]> recs) {
    pending.add(new Write(first, recs, 0, 0, 0));
    issued++;
  }

  void writeHardState(long term, int vote, long commit) {
    pending.add(new Write(0, null, term, vote, commit));
    issued++;
  }

  /** Makes every issued write durable. */
  void sync() {
    for (Write w : pending) {
      apply(w);
    }
    pending.clear();
    synced = issued;
  }

  /** Loses the unsynced writes, except a random prefix; returns whether the last kept one was torn. */
  boolean crash(SplittableRandom random, boolean tear) {
    int keep = pending.isEmpty() ? 0 : random.nextInt(pending.size() + 1);
    boolean torn = false;
    for (int i = 0; i < keep; i++) {
      Write w = pending.get(i);
      if (i == keep - 1 && tear && !w.isHardState() && !w.records.isEmpty()) {
        // Keep some records, the last one cut short.
        int n = 1 + random.nextInt(w.records.size());
        List<byte[]> part = new ArrayList<>(w.records.subList(0, n));
        byte[] last = part.get(n - 1);
        part.set(n - 1, java.util.Arrays.copyOf(last, random.nextInt(last.length)));
        apply(new Write(w.first, part, 0, 0, 0));
        torn = true;
      } else {
        apply(w);
      }
    }
    pending.clear();
    issued = synced = 0;
    return torn;
  }

  private void apply(Write w) {
    if (w.isHardState()) {
      term = w.term;
      vote = w.vote;
      commit = w.commit;
      return;
    }
    int from = (int) w.first - 1;
    if (from > records.size()) {
      throw new IllegalStateException("write at " + w.first + " leaves a gap after " + records.size());
    }
    while (records.size() > from) {
      records.remove(records.size() - 1);
    }
    records.addAll(w.records);
  }

  /** After recovery found records from {@code index} on unreadable: drop them. */
  void truncateFrom(long index) {
    while (records.size() >= index) {
      records.remove(records.size() - 1);
    }
  }
}
