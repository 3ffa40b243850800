package dev.rast.raft.core;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * An in-memory durable log for tests of the core: the records a harness persisted, served back as
 * the core's {@link LogStorage}. Counts the records read, so a test can see the core used it.
 */
final class MemoryStorage implements LogStorage {
  /** Record of index i at i - 1. */
  final List<byte[]> records = new ArrayList<>();

  private final Records reader = new Records();
  long recordsRead;

  /** Stores records {@code first..last} from {@code log}, replacing any from {@code first} on. */
  void write(RaftLog log, long first, long last) {
    while (records.size() >= first) {
      records.remove(records.size() - 1);
    }
    for (long i = first; i <= last; i++) {
      byte[] rec = new byte[log.length(i)];
      log.buffer(i).get(log.offset(i), rec);
      records.add(rec);
    }
  }

  private byte[] record(long index) {
    if (index < 1 || index > records.size()) {
      throw new IllegalArgumentException(
          "record " + index + " is not stored (1.." + records.size() + ")");
    }
    return records.get((int) (index - 1));
  }

  @Override
  public long firstIndex() {
    return 1;
  }

  @Override
  public long term(long index) {
    return reader
        .entry(ByteBuffer.wrap(record(index)).order(ByteOrder.LITTLE_ENDIAN), 0)
        .getTerm();
  }

  @Override
  public int recordLength(long index) {
    return record(index).length;
  }

  @Override
  public int read(long from, long to, int maxBytes, ByteBuffer dst) {
    int n = 0;
    int bytes = 0;
    for (long i = from; i <= to; i++) {
      byte[] rec = record(i);
      if (n > 0 && bytes + rec.length > maxBytes) {
        break;
      }
      dst.put(rec);
      bytes += rec.length;
      n++;
    }
    recordsRead += n;
    return n;
  }
}
