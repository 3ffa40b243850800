package dev.rast.raft.core;

/** A node's role. PRE_CANDIDATE: running a pre-vote round, term unchanged. */
public enum Role {
  FOLLOWER,
  PRE_CANDIDATE,
  CANDIDATE,
  LEADER
}
