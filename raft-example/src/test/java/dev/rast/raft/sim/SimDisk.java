package dev.rast.raft.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A node's disk: writes are queued in order and become durable only when a sync covers them. A
 * crash keeps the durable state plus a random prefix of the unsynced writes (a disk may write
 * back some of its cache), and may tear the last kept write: a partial record, which recovery
 * detects by its CRC and drops. Hard-state writes are atomic (one sector). A snapshot is published
 * atomically and durably at once (written, forced and renamed, as the node does); compaction drops
 * a durable prefix of the records, and an install empties them to continue after the snapshot.
 */
final class SimDisk {
  /** One write: records replacing everything from {@code first} on, or a hard state. */
  private record Write(long first, List<byte[]> records, long term, int vote, long commit) {
    boolean isHardState() {
      return records == null;
    }
  }

  /** Durable records, index i at position i - first. */
  final List<byte[]> records = new ArrayList<>();
  /** The index of {@code records.get(0)} (1 until compaction or an install). */
  long first = 1;
  /** The published snapshot (null: none): the state up to (snapIndex, snapTerm). */
  byte[] snapshot;

  long snapIndex;
  long snapTerm;
  /** The configuration the snapshot carries (as of snapIndex). */
  dev.rast.raft.core.Membership snapMembership;

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
    if (w.first < first) {
      // Records below the disk's first index: compacted (under a snapshot) since the write was
      // issued, or of a log an install replaced. Only the rest is written.
      int skip = (int) Math.min(w.records.size(), first - w.first);
      if (skip == w.records.size()) {
        return;
      }
      w = new Write(first, w.records.subList(skip, w.records.size()), 0, 0, 0);
    }
    int from = (int) (w.first - first);
    if (from > records.size()) {
      throw new IllegalStateException("write at " + w.first + " leaves a gap after " + last()
          + " (first " + first + ", snapshot " + snapIndex + ")");
    }
    while (records.size() > from) {
      records.remove(records.size() - 1);
    }
    records.addAll(w.records);
  }

  /** After recovery found records from {@code index} on unreadable: drop them. */
  void truncateFrom(long index) {
    while (records.size() > index - first) {
      records.remove(records.size() - 1);
    }
  }

  /**
   * The disk lost its durable records after {@code index} (see {@code FaultKind.LOST_TAIL}); the
   * hard state's commit index is lowered to what is left.
   */
  void loseTailAfter(long index) {
    truncateFrom(index + 1);
    commit = Math.min(commit, last());
  }

  /** The last durable index ({@code first - 1}: none). */
  long last() {
    return first + records.size() - 1;
  }

  /** Publishes a snapshot (atomic and durable at once). */
  void publishSnapshot(
      byte[] state, long index, long term, dev.rast.raft.core.Membership membership) {
    snapshot = state;
    snapMembership = membership;
    snapIndex = index;
    snapTerm = term;
  }

  /** Drops the durable records below {@code keepFrom} (never past the last one). */
  void compactBefore(long keepFrom) {
    long upTo = Math.min(keepFrom, last() + 1);
    if (upTo > first) {
      records.subList(0, (int) (upTo - first)).clear();
      first = upTo;
    }
  }

  /** Empties the records (durable and pending) so that the log continues at {@code next}. */
  void restartAt(long next) {
    records.clear();
    first = next;
    pending.removeIf(w -> !w.isHardState());
  }
}
