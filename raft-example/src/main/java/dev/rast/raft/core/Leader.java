package dev.rast.raft.core;

import dev.rast.raft.msg.RaftMsg.AppendEntries;
import dev.rast.raft.msg.RaftMsg.AppendEntriesResponse;
import dev.rast.raft.msg.RaftMsg.HeartbeatResponse;
import dev.rast.raft.msg.RaftMsg.Message;
import java.nio.ByteBuffer;

/**
 * The leader's step function and duties: pipelined replication (probe and replicate modes,
 * bounded in-flight windows, conflict hints), commit by counting current-term replicas, heartbeats
 * with check-quorum, ReadIndex confirmation, leadership transfer, and stepping down once a
 * configuration that removes the leader is committed. Learners are replicated to like voters but
 * counted in no quorum: the quorum loops run over the voter slots only.
 */
final class Leader {
  /** ReadIndex rounds a follower may leave unanswered before further rounds skip it. */
  static final int MAX_UNANSWERED_READ_ROUNDS = 64;

  private Leader() {}

  static void step(RaftNode n, Message.Reader m, int slot) {
    if (slot < 0) {
      return; // from a node outside our configuration (removed): nothing we need from it
    }
    switch (m.which()) {
      case APPEND_ENTRIES_RESPONSE -> handleAppendResponse(
          n, m.getAppendEntriesResponse(n.appendRespReader), slot);
      case HEARTBEAT_RESPONSE -> handleHeartbeatResponse(
          n, m.getHeartbeatResponse(n.heartbeatRespReader), slot);
      case INSTALL_SNAPSHOT_RESPONSE -> n.progress[slot].recentActive =
          true; // the transfer is the driver's
      default -> {
        // Votes and vote answers of our own term, or TimeoutNow: nothing to do for a leader.
      }
    }
  }

  static void tick(RaftNode n) {
    n.heartbeatElapsed++;
    n.electionElapsed++;
    if (n.electionElapsed >= n.config.electionTicks()) {
      n.electionElapsed = 0;
      if (n.config.checkQuorum() && !quorumActive(n)) {
        n.becomeFollower(n.term, 0); // partitioned away from a quorum: stop acting as leader
        return;
      }
      n.transferee = 0; // a transfer that did not finish within an election timeout is abandoned
    }
    if (stepDownIfRemoved(n)) {
      return;
    }
    if (n.heartbeatElapsed >= n.config.heartbeatTicks()) {
      n.heartbeatElapsed = 0;
      broadcastHeartbeat(n, false);
    }
  }

  private static boolean quorumActive(RaftNode n) {
    int active = 0;
    for (int i = 0; i < n.progress.length; i++) {
      Progress p = n.progress[i];
      if (i < n.voterCount && (i == n.selfSlot || p.recentActive)) {
        active++;
      }
      p.recentActive = i == n.selfSlot;
    }
    return active >= n.quorum;
  }

  /**
   * A leader that is no longer a voter (removed, or demoted) leads until the configuration that
   * says so is committed (Raft thesis §4.2.2), then hands over: a TimeoutNow to the voter that
   * holds its whole log, if any, so the next election does not wait for a timeout, and it steps
   * down. Returns whether it stepped down.
   */
  static boolean stepDownIfRemoved(RaftNode n) {
    if (n.membership.isVoter(n.id) || n.log.committed < n.configIndex()) {
      return false;
    }
    for (int slot = 0; slot < n.voterCount; slot++) {
      if (n.progress[slot].match == n.log.lastIndex()) {
        n.newMessage(n.peers[slot], n.term).setTimeoutNow();
        break;
      }
    }
    n.becomeFollower(n.term, 0);
    return true;
  }

  private static void handleAppendResponse(RaftNode n, AppendEntriesResponse.Reader r, int slot) {
    Progress pr = n.progress[slot];
    pr.recentActive = true;
    if (r.getReject()) {
      long hintTerm = r.getHintTerm();
      long probeFrom =
          hintTerm > 0 ? n.log.findConflictByTerm(r.getHintIndex(), hintTerm) : r.getHintIndex();
      if (r.getIndex() >= pr.match && r.getHintIndex() < pr.match) {
        // Not a stale answer (it rejects a message sent once match was known), yet the follower
        // holds less than it acknowledged: its log went backwards (a wiped directory, a disk that
        // lost its tail, an old copy restored). Forget match and probe again from its hint (or
        // send the snapshot when those entries are compacted away).
        pr.restartProbe(probeFrom);
        sendAppend(n, slot, true);
        return;
      }
      if (pr.maybeDecrTo(r.getIndex(), probeFrom)) {
        if (pr.state == Progress.State.REPLICATE) {
          pr.state = Progress.State.PROBE;
          pr.probeSent = false;
          pr.inflights.reset();
        }
        sendAppend(n, slot, true);
      }
      return;
    }
    long index = r.getIndex();
    if (index > n.log.lastIndex()) {
      return; // cannot acknowledge what we never had; a stale answer to an earlier leadership
    }
    boolean updated = pr.maybeUpdate(index);
    if (updated || (pr.match == index && pr.state == Progress.State.PROBE)) {
      if (pr.state == Progress.State.PROBE) {
        pr.becomeReplicate();
      } else {
        pr.inflights.freeLE(index);
      }
      if (updated) {
        maybeCommit(n);
      }
      maybeSendTimeoutNow(n, slot);
    }
  }

  private static void handleHeartbeatResponse(RaftNode n, HeartbeatResponse.Reader r, int slot) {
    Progress pr = n.progress[slot];
    pr.recentActive = true;
    long readId = r.getReadId();
    if (readId > pr.readAck) {
      pr.readAck = readId;
    }
    if (!pr.recoveryArmed) {
      // Already recovered once since the last periodic heartbeat: a burst of answers (a follower
      // resuming from a pause answers every ReadIndex round it missed) must not each trigger a
      // send.
      return;
    }
    pr.recoveryArmed = false;
    pr.probeSent = false;
    if (pr.state == Progress.State.REPLICATE && pr.inflights.full()) {
      // Responses may have been lost: free a slot so replication resumes (and a gap is found).
      pr.inflights.freeFirst();
    }
    if (pr.match < n.log.lastIndex()) {
      sendAppend(n, slot, true);
    }
  }

  /** Sends the next AppendEntries to the follower in {@code slot} unless paused; returns whether one went. */
  static boolean sendAppend(RaftNode n, int slot, boolean allowEmpty) {
    Progress pr = n.progress[slot];
    if (pr.isPaused()) {
      return false;
    }
    RaftLog log = n.log;
    long next = pr.next;
    if (!log.canSendFrom(next)) {
      // Compacted away: the follower needs the snapshot, which the driver streams to it
      // (InstallSnapshot) when it sees the flag; the follower's answer then moves match on.
      pr.needsSnapshot = true;
      return false;
    }
    pr.needsSnapshot = false;
    int count;
    ByteBuffer buf;
    int off;
    int bytes;
    if (next < log.memFirst()) {
      // Behind the in-memory window: read the run from the durable log into the scratch buffer.
      buf = n.storedScratch(log.storedLength(next));
      count = log.readStored(next, n.config.maxMessageBytes(), buf);
      off = 0;
      bytes = buf.position();
      buf.position(0);
    } else {
      count = log.contiguousRun(next, n.config.maxMessageBytes(), Integer.MAX_VALUE);
      buf = count > 0 ? log.buffer(next) : null;
      off = count > 0 ? log.offset(next) : 0;
      bytes = count > 0 ? log.runBytes(next, count) : 0;
    }
    if (count == 0 && !allowEmpty) {
      return false;
    }
    long prev = next - 1;
    AppendEntries.Builder a =
        n.newMessage(n.peers[slot], n.term, bytes).initAppendEntries(n.appendBuilder);
    a.setPrevLogIndex(prev)
        .setPrevLogTerm(log.term(prev))
        .setCommit(log.committed)
        .setCount(count);
    if (count > 0) {
      int p = buf.position();
      int l = buf.limit();
      buf.limit(buf.capacity()).position(off);
      buf.limit(off + bytes);
      a.setRecords(buf); // copies the records as they are: the follower logs these very bytes
      buf.limit(buf.capacity()).position(p);
      buf.limit(l);
      long last = next + count - 1;
      if (pr.state == Progress.State.REPLICATE) {
        pr.next = last + 1;
        pr.inflights.add(last, bytes);
      } else {
        pr.probeSent = true;
      }
    } else if (pr.state == Progress.State.PROBE) {
      pr.probeSent = true;
    }
    return true;
  }

  /**
   * Sends a heartbeat to every follower: a periodic one ({@code readRound} false) arms each
   * follower's recovery; a ReadIndex round skips a follower that has not answered the last
   * {@link #MAX_UNANSWERED_READ_ROUNDS} rounds (a paused or slow one: the periodic heartbeat,
   * which carries the newest round, still reaches it), so rounds cannot pile up behind it.
   */
  static void broadcastHeartbeat(RaftNode n, boolean readRound) {
    for (int slot = 0; slot < n.peers.length; slot++) {
      if (slot == n.selfSlot) {
        continue;
      }
      Progress pr = n.progress[slot];
      if (readRound && pr.readSent - pr.readAck >= MAX_UNANSWERED_READ_ROUNDS) {
        continue;
      }
      if (!readRound) {
        pr.recoveryArmed = true;
      }
      pr.readSent = n.readBatch;
      long commit = Math.min(pr.match, n.log.committed);
      n.newMessage(n.peers[slot], n.term)
          .initHeartbeat(n.heartbeatBuilder)
          .setCommit(commit)
          .setReadId(n.readBatch);
    }
  }

  /** Advances the commit index to the highest current-term index a quorum of voters holds durably. */
  static boolean maybeCommit(RaftNode n) {
    long[] m = n.scratch;
    int voters = n.voterCount;
    for (int i = 0; i < voters; i++) {
      m[i] = i == n.selfSlot ? n.log.stable : n.progress[i].match;
    }
    long index = quorumValue(m, voters, n.quorum);
    // Only an entry of the current term is committed by counting replicas (§5.4.2).
    if (index > n.log.committed && n.log.term(index) == n.term) {
      n.log.commitTo(index);
      n.commitChanged = true;
      if (!n.committedInTerm) {
        n.committedInTerm = true;
        if (n.reads.assignWaiting(n.log.committed, n.readBatch + 1)) {
          n.readHeartbeatPending = true;
        }
      }
      return true;
    }
    return false;
  }

  static void maybeSendTimeoutNow(RaftNode n, int slot) {
    if (n.transferee != 0
        && n.peers[slot] == n.transferee
        && n.progress[slot].match == n.log.lastIndex()) {
      n.newMessage(n.transferee, n.term).setTimeoutNow();
    } else if (n.transferee != 0 && n.peers[slot] == n.transferee) {
      sendAppend(n, slot, false);
    }
  }

  /** Before a Ready: batch-send new entries, commit updates and a read-confirming heartbeat; release reads. */
  static void flush(RaftNode n) {
    if (n.readHeartbeatPending) {
      n.readHeartbeatPending = false;
      n.readBatch++;
      broadcastHeartbeat(n, true);
    }
    for (int slot = 0; slot < n.peers.length; slot++) {
      if (slot == n.selfSlot) {
        continue;
      }
      boolean sent = false;
      while (sendAppend(n, slot, false)) {
        sent = true;
      }
      if (!sent && n.commitChanged) {
        sendAppend(n, slot, true);
      }
    }
    n.commitChanged = false;
    n.reads.release(confirmedBatch(n), n.log.committed, n.ready);
    stepDownIfRemoved(n);
  }

  /** The highest read batch a quorum (self included) has acknowledged. */
  private static long confirmedBatch(RaftNode n) {
    long[] m = n.scratch;
    int voters = n.voterCount;
    for (int i = 0; i < voters; i++) {
      m[i] = i == n.selfSlot ? n.readBatch : n.progress[i].readAck;
    }
    return quorumValue(m, voters, n.quorum);
  }

  /**
   * The largest value that {@code quorum} of the first {@code count} entries of {@code m} reach
   * (sorts them in place). Insertion sort: a handful of voters, and no allocation.
   */
  private static long quorumValue(long[] m, int count, int quorum) {
    for (int i = 1; i < count; i++) {
      long v = m[i];
      int j = i - 1;
      while (j >= 0 && m[j] > v) {
        m[j + 1] = m[j];
        j--;
      }
      m[j + 1] = v;
    }
    return m[count - quorum];
  }
}
