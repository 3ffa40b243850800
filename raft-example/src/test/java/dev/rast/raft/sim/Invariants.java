package dev.rast.raft.sim;

import dev.rast.raft.core.RaftLog;
import dev.rast.raft.core.Role;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Raft's safety properties (Raft paper, Figure 3), checked as the simulation runs:
 *
 * <ul>
 *   <li>Election safety: at most one leader per term (checked after every event).
 *   <li>Log matching: two records with the same index and term are identical and follow the same
 *       term (checked on every write; by induction the whole prefixes are equal).
 *   <li>Leader completeness: a new leader holds every entry committed in earlier terms.
 *   <li>State machine safety: every node applies the same entry at each index, and every node's
 *       committed prefix agrees with the cluster's.
 *   <li>Durability: at every crash, the highest committed entry is still on a quorum of disks.
 * </ul>
 */
final class Invariants {
  private record Key(long index, long term) {}

  private final Simulation sim;
  private final Map<Long, Integer> leaderOfTerm = new HashMap<>();
  /** (index, term) -> {crc, term of index - 1}. */
  private final Map<Key, long[]> records = new HashMap<>();
  /** Committed entries, index i at i - 1: {term, crc, term in which it was first seen committed}. */
  final List<long[]> committed = new ArrayList<>();

  Invariants(Simulation sim) {
    this.sim = sim;
  }

  private static long crc(RaftLog log, long index) {
    ByteBuffer b = log.buffer(index).order(ByteOrder.LITTLE_ENDIAN);
    return b.getInt(log.offset(index) + log.length(index) - 4);
  }

  /**
   * The CRC of {@code n}'s entry at {@code index}: from memory, or from its disk once the core
   * dropped it; -1 when a snapshot covers it and the record is compacted away.
   */
  private static long crc(SimNode n, long index) {
    RaftLog log = n.raft.log();
    if (index >= log.memFirst()) {
      return crc(log, index);
    }
    if (index < n.disk.first && index <= n.disk.snapIndex) {
      return -1;
    }
    byte[] rec = n.record(index);
    return ByteBuffer.wrap(rec).order(ByteOrder.LITTLE_ENDIAN).getInt(rec.length - 4);
  }

  void onPersist(SimNode n, long first, long last) {
    RaftLog log = n.raft.log();
    for (long i = first; i <= last; i++) {
      long[] seen =
          records.putIfAbsent(new Key(i, log.term(i)), new long[] {crc(log, i), log.term(i - 1)});
      if (seen != null && (seen[0] != crc(log, i) || seen[1] != log.term(i - 1))) {
        throw new SafetyViolation("log matching: node " + n.id
            + " holds a different entry at index " + i + " term " + log.term(i));
      }
    }
  }

  void onApply(SimNode n, long index) {
    checkCommitted(n, index);
  }

  /** After any event at node {@code n}. */
  void afterEvent(SimNode n) {
    if (n.raft == null) {
      return;
    }
    Role role = n.raft.role();
    if (role == Role.LEADER) {
      Integer other = leaderOfTerm.putIfAbsent(n.raft.term(), n.id);
      if (other != null && other != n.id) {
        throw new SafetyViolation("election safety: nodes " + other + " and " + n.id
            + " both lead term " + n.raft.term());
      }
      if (n.lastRole != Role.LEADER) {
        checkLeaderCompleteness(n);
      }
    }
    n.lastRole = role;
    long commit = n.raft.log().committed();
    if (commit < n.lastCommit) {
      throw new SafetyViolation("state machine safety: node " + n.id
          + "'s commit index went back from " + n.lastCommit + " to " + commit);
    }
    n.lastCommit = commit;
    for (long i = n.checkedCommit + 1; i <= commit; i++) {
      checkCommitted(n, i);
    }
    n.checkedCommit = Math.max(n.checkedCommit, commit);
  }

  private void checkCommitted(SimNode n, long index) {
    RaftLog log = n.raft.log();
    long term = log.term(index);
    long crc = crc(n, index);
    if (crc == -1) {
      return; // compacted under a snapshot: checked when it was committed or applied
    }
    if (index <= committed.size()) {
      long[] c = committed.get((int) index - 1);
      if (c[0] != term || c[1] != crc) {
        throw new SafetyViolation("state machine safety: node " + n.id + " commits/applies (index "
            + index + ", term " + term + ") but the cluster committed term " + c[0] + " there");
      }
    } else if (index == committed.size() + 1) {
      committed.add(new long[] {term, crc, n.raft.term()});
    } else {
      throw new IllegalStateException("commit checked out of order at " + index);
    }
  }

  private void checkLeaderCompleteness(SimNode n) {
    RaftLog log = n.raft.log();
    for (int i = 0; i < committed.size(); i++) {
      long[] c = committed.get(i);
      if (c[2] < n.raft.term() && i + 1 > n.disk.snapIndex && log.term(i + 1) != c[0]) {
        throw new SafetyViolation("leader completeness: node " + n.id + " leads term "
            + n.raft.term() + " without committed entry " + (i + 1) + " of term " + c[0]);
      }
    }
  }

  /** At a crash: the highest committed entry must survive on a quorum of disks. */
  void checkDurable() {
    if (committed.isEmpty()) {
      return;
    }
    long index = committed.size();
    long term = committed.get((int) index - 1)[0];
    int holders = 0;
    for (SimNode n : sim.nodes()) {
      if (n.durableTerm(index) == term || n.disk.snapIndex >= index) {
        holders++;
      }
    }
    if (holders < sim.nodeCount / 2 + 1) {
      throw new SafetyViolation("durability: committed entry " + index + " (term " + term
          + ") is on only " + holders + " disks");
    }
  }

  /** Whether some node currently acts as leader. */
  boolean hasLeader() {
    for (SimNode n : sim.nodes()) {
      if (n.up && !n.paused && n.raft.role() == Role.LEADER) {
        return true;
      }
    }
    return false;
  }
}
