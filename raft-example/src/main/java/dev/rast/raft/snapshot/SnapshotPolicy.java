package dev.rast.raft.snapshot;

/**
 * When a node snapshots its state machine and how much log it keeps behind the snapshot.
 *
 * @param entries take a snapshot once this many entries were applied since the last one
 * @param bytes or once the applied entries' payloads since the last one reach this many bytes
 * @param tailEntries after a snapshot at index {@code s}, log segments wholly below {@code s + 1 -
 *     tailEntries} are deleted: the tail serves followers that are behind (a follower behind the
 *     tail gets the snapshot by InstallSnapshot). The open segment is never deleted
 */
public record SnapshotPolicy(long entries, long bytes, long tailEntries) {
  /** A snapshot every 500,000 entries or 256 MiB of payloads, a tail of 500,000 entries. */
  public static final SnapshotPolicy DEFAULT = new SnapshotPolicy(500_000, 256L << 20, 500_000);

  /** Never snapshot (nor compact). */
  public static final SnapshotPolicy NEVER =
      new SnapshotPolicy(Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE);

  public SnapshotPolicy {
    if (entries < 1 || bytes < 1 || tailEntries < 1) {
      throw new IllegalArgumentException("snapshot entries, bytes and the log tail must be >= 1: "
          + entries + ", " + bytes + ", " + tailEntries);
    }
  }

  /** Whether {@code entries} and {@code bytes} applied since the last snapshot call for a new one. */
  public boolean due(long appliedEntries, long appliedBytes) {
    return appliedEntries >= entries || appliedBytes >= bytes;
  }
}
