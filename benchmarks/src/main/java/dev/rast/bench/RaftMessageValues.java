package dev.rast.bench;

/**
 * The values every implementation writes into the benchmark's AppendEntries message, so that
 * their serialized bytes can be compared and each can read the other's.
 */
public final class RaftMessageValues {
  public static final long TERM = 7;
  public static final long LEADER_ID = 3;
  public static final long PREV_LOG_INDEX = 1_000;
  public static final long PREV_LOG_TERM = 6;
  public static final long LEADER_COMMIT = 998;
  public static final int ENTRIES = 8;
  public static final int PAYLOAD_BYTES = 100;

  private RaftMessageValues() {}

  /** Term of entry {@code i}. */
  public static long entryTerm(int i) {
    return TERM - (i & 1);
  }

  /** Log index of entry {@code i}. */
  public static long entryIndex(int i) {
    return PREV_LOG_INDEX + 1 + i;
  }

  /** Fresh payloads, one per entry, {@link #PAYLOAD_BYTES} each, with distinct contents. */
  public static byte[][] payloads() {
    byte[][] p = new byte[ENTRIES][PAYLOAD_BYTES];
    for (int i = 0; i < ENTRIES; i++) {
      for (int j = 0; j < PAYLOAD_BYTES; j++) {
        p[i][j] = (byte) (31 * i + j);
      }
    }
    return p;
  }

  /** What (a) returns: the sum of the five scalars. */
  public static long scalarSum() {
    return TERM + LEADER_ID + PREV_LOG_INDEX + PREV_LOG_TERM + LEADER_COMMIT;
  }

  /** What (b) returns: the sum of term, index and payload size over the entries. */
  public static long entrySum() {
    long sum = 0;
    for (int i = 0; i < ENTRIES; i++) {
      sum += entryTerm(i) + entryIndex(i) + PAYLOAD_BYTES;
    }
    return sum;
  }
}
