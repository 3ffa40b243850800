package dev.rast.raft.loop;

import dev.rast.raft.core.RaftLog;
import dev.rast.raft.core.Ready;
import dev.rast.raft.log.RecordConsumer;
import dev.rast.raft.log.StoredHardState;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;

/**
 * A {@link RaftStorage} in memory: each record copied into its own array, in a ring indexed by log
 * index, and the hard state in fields. A write is durable the moment it is made (there is nothing
 * to crash but the process, which loses everything). Memory is bounded the way a disk is: by
 * compaction ({@link #compactBefore}), which the loop does after each snapshot, keeping its tail.
 * For the Maelstrom node, tests and the guide's example; not thread-safe.
 */
public final class MemoryStorage implements RaftStorage {
  private byte[][] records = new byte[64][];
  private long[] terms = new long[64];
  private long first = 1;
  private long last;
  private long seq;
  private long syncedSeq;
  private long hardTerm;
  private int hardVote;
  private long hardCommit;
  private long bytes;

  /** The records held, for tests and the status. */
  public long entries() {
    return last - first + 1;
  }

  /** The bytes of the records held. */
  public long bytes() {
    return bytes;
  }

  @Override
  public long firstIndex() {
    return first;
  }

  @Override
  public long lastIndex() {
    return last;
  }

  private int slot(long index) {
    return (int) (index & (records.length - 1));
  }

  private boolean holds(long index) {
    return index >= first && index <= last;
  }

  @Override
  public long term(long index) {
    return holds(index) ? terms[slot(index)] : 0;
  }

  @Override
  public int recordLength(long index) {
    return record(index).length;
  }

  private byte[] record(long index) {
    if (!holds(index)) {
      throw new IllegalArgumentException(
          "record " + index + " is not held (" + first + ".." + last + ")");
    }
    return records[slot(index)];
  }

  @Override
  public int read(long from, long to, int maxBytes, ByteBuffer dst) {
    int n = 0;
    int taken = 0;
    for (long i = from; i <= to; i++) {
      byte[] rec = record(i);
      if (n > 0 && taken + rec.length > maxBytes) {
        break;
      }
      dst.put(rec);
      taken += rec.length;
      n++;
    }
    return n;
  }

  @Override
  public StoredHardState hardState() {
    return new StoredHardState(hardTerm, hardVote, hardCommit);
  }

  @Override
  public void replay(RecordConsumer consumer) {
    for (long i = first; i <= last; i++) {
      byte[] rec = records[slot(i)];
      consumer.accept(
          i, terms[slot(i)], ByteBuffer.wrap(rec).order(ByteOrder.LITTLE_ENDIAN), 0, rec.length);
    }
  }

  @Override
  public long write(Ready ready, RaftLog log) {
    boolean changed = false;
    if (ready.hasRecords()) {
      long from = ready.persistFirst();
      if (from < first) {
        throw new IllegalArgumentException(
            "write at " + from + " below the first record held, " + first);
      }
      while (last >= from) {
        drop(last--);
      }
      for (long i = from; i <= ready.persistLast(); i++) {
        append(i, log);
      }
      changed = true;
    }
    if (ready.hardStateChanged()) {
      hardTerm = ready.term();
      hardVote = ready.vote();
      hardCommit = ready.commit();
      changed = true;
    }
    if (changed) {
      seq++;
    }
    return seq;
  }

  private void append(long index, RaftLog log) {
    if (index - first + 1 > records.length) {
      resize(records.length * 2);
    }
    byte[] rec = new byte[log.length(index)];
    log.buffer(index).get(log.offset(index), rec);
    records[slot(index)] = rec;
    terms[slot(index)] = log.term(index);
    bytes += rec.length;
    last = index;
  }

  private void drop(long index) {
    int s = slot(index);
    bytes -= records[s].length;
    records[s] = null;
  }

  /** Moves the records held into a ring of {@code cap} slots (a power of two, at least the count). */
  private void resize(int cap) {
    byte[][] r = new byte[cap][];
    long[] t = new long[cap];
    for (long i = first; i <= last; i++) {
      r[(int) (i & (cap - 1))] = records[slot(i)];
      t[(int) (i & (cap - 1))] = terms[slot(i)];
    }
    records = r;
    terms = t;
  }

  @Override
  public void sync(long s) {
    syncedSeq = Math.max(syncedSeq, s);
  }

  @Override
  public void durable(long[] out) {
    out[0] = syncedSeq;
    out[1] = last;
    out[2] = term(last);
  }

  @Override
  public long durableSeq() {
    return syncedSeq;
  }

  /** Drops the records below {@code keepFrom}; the ring shrinks back when it is mostly empty. */
  @Override
  public void compactBefore(long keepFrom) {
    long to = Math.min(keepFrom, last + 1);
    while (first < to) {
      drop(first++);
    }
    long held = last - first + 1;
    if (records.length > 64 && held < records.length / 4) {
      resize(Math.max(64, Integer.highestOneBit((int) Math.max(1, held)) * 2));
    }
  }

  @Override
  public void restartAt(long next) {
    Arrays.fill(records, null);
    first = next;
    last = next - 1;
    bytes = 0;
  }

  @Override
  public void start() {}

  @Override
  public void close() {}
}
