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
  /** A node stops: no ticks, no message handling, until it resumes. */
  PAUSE,
  /** A node's clock runs fast or slow. */
  CLOCK_SKEW,
  /** Not a fault but a nemesis action: the leader hands leadership to another node (TimeoutNow). */
  TRANSFER_LEADER
}
