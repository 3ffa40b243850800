package dev.rast.raft.log;

import java.nio.ByteBuffer;

/** Receives the recovered records, in index order, from {@link SegmentedLog#replay}. */
@FunctionalInterface
public interface RecordConsumer {
  /**
   * Record {@code index} of {@code term}: {@code length} bytes (length prefix, framed entry, CRC)
   * at {@code offset} of {@code buf}. The buffer is the log's copy of the segment, handed over for
   * good: the log never changes or reuses it, so the consumer may keep references into it (as
   * {@code RaftNode.restoreRecord} does).
   */
  void accept(long index, long term, ByteBuffer buf, int offset, int length);
}
