package dev.rast.raft.log;

/**
 * The hard state as stored: what {@code RaftNode.restoreHardState} takes back after a restart.
 *
 * @param term the current term
 * @param vote the node voted for in {@code term} (0: none)
 * @param commit the commit index (may lag the true one: it is only a head start after a restart)
 */
public record StoredHardState(long term, int vote, long commit) {
  /** The state of a node that has never written one. */
  public static final StoredHardState EMPTY = new StoredHardState(0, 0, 0);
}
