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
  TOO_LARGE
}
