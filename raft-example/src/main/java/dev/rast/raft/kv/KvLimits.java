package dev.rast.raft.kv;

/**
 * Size limits a leader enforces on client requests before proposing them (admission control).
 * They are never applied to committed entries: replicas may be configured differently, and
 * applying must give the same result everywhere.
 *
 * @param maxKeyBytes the largest key, in bytes
 * @param maxValueBytes the largest value (and cput expected value), in bytes
 */
public record KvLimits(int maxKeyBytes, int maxValueBytes) {
  /** 4 KiB keys, 16 MiB values (a value cannot be larger than a request anyway). */
  public static final KvLimits DEFAULT = new KvLimits(4 << 10, 16 << 20);

  /** No size limit: what the state machine checks when applying. */
  static final KvLimits NONE = new KvLimits(Integer.MAX_VALUE, Integer.MAX_VALUE);

  public KvLimits {
    if (maxKeyBytes < 1 || maxValueBytes < 0) {
      throw new IllegalArgumentException("max key bytes must be >= 1 and max value bytes >= 0: "
          + maxKeyBytes + ", " + maxValueBytes);
    }
  }
}
