package dev.rast.raft.sim;

/** A broken Raft safety invariant or a failed liveness or linearizability check. */
final class SafetyViolation extends RuntimeException {
  private static final long serialVersionUID = 1L;

  SafetyViolation(String message) {
    super(message);
  }
}
