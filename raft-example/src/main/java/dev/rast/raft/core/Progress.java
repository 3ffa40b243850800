package dev.rast.raft.core;

/**
 * The leader's view of one follower. Invariant: {@code match < next}. In {@link State#PROBE} the
 * leader sends one AppendEntries at a time (at most one unanswered probe) to find where the logs
 * agree; in {@link State#REPLICATE} it streams entries optimistically, {@code next} running ahead
 * of {@code match}, bounded by {@link Inflights}.
 */
final class Progress {
  enum State {
    PROBE,
    REPLICATE
  }

  /** Highest index known replicated (durably) on the follower. */
  long match;
  /** Next index to send. */
  long next;

  State state = State.PROBE;
  /** PROBE only: an AppendEntries is outstanding, so no other is sent until a response or heartbeat. */
  boolean probeSent;
  /** The entries this follower needs were compacted away (it needs the snapshot). */
  boolean needsSnapshot;
  /** Heard from the follower since the last check-quorum round. */
  boolean recentActive;
  /** Highest ReadIndex batch id the follower acknowledged in this term. */
  long readAck;
  /** Highest ReadIndex batch id sent to the follower in this term. */
  long readSent;
  /**
   * A periodic heartbeat went out since the last recovery: the next heartbeat response may assume
   * lost messages (free an in-flight slot, resend a probe). Responses to ReadIndex rounds do not
   * arm it, so however many of them arrive at once, they cost at most one send per heartbeat
   * interval.
   */
  boolean recoveryArmed;

  final Inflights inflights;

  Progress(int maxInflight, long maxInflightBytes) {
    inflights = new Inflights(maxInflight, maxInflightBytes);
  }

  void reset(long next) {
    this.match = 0;
    this.next = next;
    this.state = State.PROBE;
    this.probeSent = false;
    this.needsSnapshot = false;
    this.recentActive = false;
    this.readAck = 0;
    this.readSent = 0;
    this.recoveryArmed = false;
    this.inflights.reset();
  }

  void becomeProbe() {
    state = State.PROBE;
    next = match + 1;
    probeSent = false;
    inflights.reset();
  }

  void becomeReplicate() {
    state = State.REPLICATE;
    next = match + 1;
    probeSent = false;
    inflights.reset();
  }

  /**
   * The transport dropped a message to the follower (its queue is full or it is unreachable):
   * probe again from {@code match + 1}, but only once it answers a heartbeat, so nothing more is
   * built for it while it does not read.
   */
  void dropped() {
    state = State.PROBE;
    next = match + 1;
    probeSent = true;
    inflights.reset();
  }

  /**
   * The follower holds less than it acknowledged: forget {@code match} (what it holds is unknown;
   * its conflict hint may point into entries of an older term that do not match ours, e.g. in an
   * old copy of its data) and probe from {@code probeFrom + 1}. Match is found again by the probe.
   */
  void restartProbe(long probeFrom) {
    match = 0;
    state = State.PROBE;
    next = Math.max(1, probeFrom + 1);
    probeSent = false;
    inflights.reset();
  }

  /** Whether sending more must wait for responses. */
  boolean isPaused() {
    return state == State.PROBE ? probeSent : inflights.full();
  }

  /** An acknowledgement of {@code index}; returns whether match advanced. */
  boolean maybeUpdate(long index) {
    boolean updated = false;
    if (match < index) {
      match = index;
      updated = true;
      probeSent = false;
    }
    next = Math.max(next, index + 1);
    return updated;
  }

  /**
   * A rejection of the AppendEntries after {@code rejected}; {@code probeFrom} is the leader's
   * best guess (from the follower's conflict hint) of the last index where the logs agree. Returns
   * false when the rejection is stale (answers a message sent before a newer decision).
   */
  boolean maybeDecrTo(long rejected, long probeFrom) {
    if (state == State.REPLICATE) {
      if (rejected <= match) {
        return false;
      }
      next = match + 1;
      return true;
    }
    if (next - 1 != rejected) {
      return false;
    }
    next = Math.max(Math.min(rejected, probeFrom + 1), match + 1);
    probeSent = false;
    return true;
  }
}
