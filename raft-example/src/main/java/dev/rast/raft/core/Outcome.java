package dev.rast.raft.core;

/** What became of a proposal, read or transfer request: these are expected outcomes, not errors. */
public enum Outcome {
  /** Taken: the result will show in a later Ready (committed entry, ready read, new leader). */
  ACCEPTED,
  /** This node is not the leader; the caller should try the leader (see {@code leader()}). */
  NOT_LEADER,
  /** A leadership transfer is in progress; proposals are refused until it ends. */
  TRANSFERRING,
  /** The command is too large for one record. */
  TOO_LARGE,
  /**
   * A membership change must wait: an earlier one is not committed yet, or the new leader has not
   * yet committed an entry of its term.
   */
  CHANGE_IN_PROGRESS,
  /** The membership change or transfer target does not fit the configuration (see {@link Membership#whyNot}). */
  INVALID_CHANGE,
  /** The learner to promote has not yet replicated the leader's commit index. */
  NOT_CAUGHT_UP
}
