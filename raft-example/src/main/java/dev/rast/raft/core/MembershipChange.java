package dev.rast.raft.core;

/** One single-server change of a {@link Membership}. */
public enum MembershipChange {
  /** A new voter (it should be a caught-up learner first: see {@link #PROMOTE}). */
  ADD_VOTER,
  /** A new learner: receives the log and snapshots, counted in no quorum. */
  ADD_LEARNER,
  /** A learner becomes a voter. */
  PROMOTE,
  /** A voter or learner leaves the cluster. */
  REMOVE
}
