package dev.rast.raft.sim;

/** The faults the nemesis injects; each run reports how many of each it injected. */
enum FaultKind {
  /** The cluster splits into two sides that cannot talk to each other. */
  PARTITION,
  /** One direction of some links is cut: A hears B, B does not hear A. */
  ASYMMETRIC_PARTITION,
  /** The current leader is cut off from everyone. */
  ISOLATE_LEADER,
  /** Messages are dropped with some probability. */
  DROP,
  /** Messages are delivered twice. */
  DUPLICATE,
  /** Messages get random extra latency, so they overtake each other. */
  REORDER,
  /** Some messages are held back for a long time. */
  LONG_DELAY,
  /** A node crashes, losing unsynced writes, and restarts from its disk later. */
  CRASH,
  /** A crash that also tears the last write (a partial record on disk). */
  TORN_WRITE,
  /**
   * A node crashes and comes back with a shorter log than it acknowledged: records it had synced
   * are gone (a disk whose cache lied about fsync, or an operator restoring an older copy of the
   * log). Only records that a quorum of the other nodes' disks hold are lost, so no committed entry
   * disappears from the cluster and the checkers' expectations stay right; the hard state (term,
   * vote) survives, its commit index lowered to the shorter log, as the operator's recovery does.
   */
  LOST_TAIL,
  /** A node stops: no ticks, no message handling, until it resumes. */
  PAUSE,
  /**
   * A node's loop runs behind (usually the leader's): every message and tick it handles waits a
   * lag first, from one tick to beyond an election timeout, as a loop busy catching a follower up,
   * or starved of CPU, would. Heartbeats and acknowledgements go out late, in order.
   */
  SLOW_LOOP,
  /** A node's clock runs fast or slow. */
  CLOCK_SKEW,
  /** Not a fault but a nemesis action: the leader hands leadership to another node (TimeoutNow). */
  TRANSFER_LEADER,
  /**
   * A membership change: the leader adds a non-member (usually as a learner, sometimes directly as
   * a voter); sometimes a second change is tried at once, which the core must refuse.
   */
  MEMBER_ADD,
  /** A membership change: the leader promotes a learner (refused until it has caught up). */
  MEMBER_PROMOTE,
  /** A membership change: the leader removes a learner or a voter, possibly itself. */
  MEMBER_REMOVE
}
