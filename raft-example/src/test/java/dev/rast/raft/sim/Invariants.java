package dev.rast.raft.sim;

import dev.rast.raft.core.Membership;
import dev.rast.raft.core.RaftLog;
import dev.rast.raft.core.Records;
import dev.rast.raft.core.Role;
import dev.rast.raft.msg.RaftMsg.Entry;
import dev.rast.raft.msg.RaftMsg.EntryKind;
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
 *   <li>Durability: at every crash, the highest committed entry is still on a quorum of disks
 *       (of the voters of some configuration that may be in effect).
 *   <li>Membership: an entry a leader commits is on the disks of a quorum of the leader's voters
 *       (learners never count), and no leader ever holds two config entries the cluster has not
 *       committed (one change in flight).
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
  /** The newest configuration the cluster committed (the bootstrap's at first). */
  private Membership committedConfig;

  private final Records records2 = new Records();
  /** Config entries committed, over every run of this JVM (the test prints them). */
  static long configsCommitted;

  static final boolean DEBUG = System.getenv("SIM_DEBUG") != null;

  Invariants(Simulation sim) {
    this.sim = sim;
    this.committedConfig = Membership.ofVoters(sim.voters());
  }

  /**
   * Every configuration that may be in effect somewhere: the newest committed one and each node's
   * newest (as of its last event, crashed nodes included).
   */
  List<Membership> configs() {
    List<Membership> all = new ArrayList<>();
    all.add(committedConfig);
    for (SimNode n : sim.nodes()) {
      if (n.lastMembership != null && !all.contains(n.lastMembership)) {
        all.add(n.lastMembership);
      }
    }
    return all;
  }

  /** The entry {@code n} holds at {@code index} (in memory or on its disk). */
  private Entry.Reader entry(SimNode n, long index) {
    if (index >= n.raft.log().memFirst()) {
      return n.raft.entry(index);
    }
    return records2.entry(ByteBuffer.wrap(n.record(index)).order(ByteOrder.LITTLE_ENDIAN), 0);
  }

  /** How many of {@code m}'s voters hold entry ({@code index}, {@code term}) on disk (or under their snapshot). */
  private int holders(Membership m, long index, long term) {
    int holders = 0;
    for (int i = 0; i < m.voterCount(); i++) {
      SimNode v = sim.node(m.voter(i));
      if (v.durableTerm(index) == term || v.disk.snapIndex >= index) {
        holders++;
      }
    }
    return holders;
  }

  /** A leader's commit index advanced: the entry must be on a quorum of its voters' disks. */
  private void checkLeaderCommit(SimNode n, long commit) {
    Membership m = n.raft.membership();
    long term = n.raft.log().term(commit);
    int holders = holders(m, commit, term);
    if (holders < m.quorum()) {
      if (DEBUG) {
        for (SimNode x : sim.nodes()) {
          System.out.println("DEBUG node " + x.id + " up=" + x.up + " disk " + x.disk.first + ".."
              + x.disk.last() + " snap=" + x.disk.snapIndex + " term@" + commit + "="
              + x.durableTerm(commit) + " raft=" + x.raft + " conf="
              + (x.raft == null ? null : x.raft.membership()) + " confIdx="
              + (x.raft == null ? -1 : x.raft.configIndex()) + " match="
              + n.raft.matchOf(x.id));
        }
      }
      throw new SafetyViolation("quorum: leader " + n.id + " committed entry " + commit + " (term "
          + term + ") held by only " + holders + " of the voters in " + m);
    }
  }

  /** The leader appended a config entry: no other one above the cluster's commit may precede it. */
  private void checkOneChangeInFlight(SimNode n, long configIndex) {
    for (long i = Math.max(committed.size(), n.raft.log().memFirst() - 1) + 1;
        i < configIndex;
        i++) {
      if (entry(n, i).getKind() == EntryKind.CONFIG) {
        throw new SafetyViolation("one change in flight: leader " + n.id + " appended config entry "
            + configIndex + " while config entry " + i + " is not committed");
      }
    }
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
    long configIndex = n.raft.configIndex();
    if (role == Role.LEADER && configIndex > n.lastConfigIndex) {
      checkOneChangeInFlight(n, configIndex);
    }
    n.lastConfigIndex = configIndex;
    n.lastMembership = n.raft.membership();
    long commit = n.raft.log().committed();
    if (role == Role.LEADER && commit > n.lastCommit) {
      checkLeaderCommit(n, commit);
    }
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
      Entry.Reader e = entry(n, index);
      if (e.getKind() == EntryKind.CONFIG) {
        configsCommitted++;
        committedConfig = Membership.decode(ByteBuffer.wrap(e.getPayload()));
      }
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
    for (Membership m : configs()) {
      if (holders(m, index, term) >= m.quorum()) {
        return;
      }
    }
    throw new SafetyViolation("durability: committed entry " + index + " (term " + term
        + ") is on a quorum of no configuration's voters: " + configs());
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
