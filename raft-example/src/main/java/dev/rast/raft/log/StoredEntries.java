package dev.rast.raft.log;

import dev.rast.raft.core.LogStorage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;

/**
 * A {@link SegmentedLog} as the Raft core's {@link LogStorage}: terms from the log's in-memory
 * index, records with positional reads from the segment files. An IO error is thrown unchecked
 * (naming the log's directory), which stops the node: a node that cannot read its own log must
 * not go on. Owner thread only, like the log.
 */
public final class StoredEntries implements LogStorage {
  private final SegmentedLog log;

  public StoredEntries(SegmentedLog log) {
    this.log = log;
  }

  @Override
  public long firstIndex() {
    return log.firstIndex();
  }

  @Override
  public long term(long index) {
    return log.term(index);
  }

  @Override
  public int recordLength(long index) {
    return log.recordLength(index);
  }

  @Override
  public int read(long from, long to, int maxBytes, ByteBuffer dst) {
    int n = log.countWithin(from, maxBytes, (int) Math.min(Integer.MAX_VALUE, to - from + 1));
    try {
      log.read(from, from + n - 1, dst);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "reading records " + from + ".." + (from + n - 1) + " from " + log.dir(), e);
    }
    return n;
  }
}
