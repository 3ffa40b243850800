package dev.rast.raft.core;

import dev.rast.capnp.DataReader;
import dev.rast.capnp.DecodeException;
import dev.rast.capnp.Framing;
import dev.rast.capnp.MessageReader;
import dev.rast.raft.msg.RaftMsg.AppendEntries;
import dev.rast.raft.msg.RaftMsg.AppendEntriesResponse;
import dev.rast.raft.msg.RaftMsg.Entry;
import dev.rast.raft.msg.RaftMsg.EntryKind;
import dev.rast.raft.msg.RaftMsg.Heartbeat;
import dev.rast.raft.msg.RaftMsg.HeartbeatResponse;
import dev.rast.raft.msg.RaftMsg.Message;
import dev.rast.raft.msg.RaftMsg.RequestVote;
import dev.rast.raft.msg.RaftMsg.RequestVoteResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * One Raft node as a deterministic state machine: inputs are {@link #step}, {@link #tick},
 * {@link #propose}, {@link #read}, {@link #transferLeadership} and {@link #persisted}; outputs
 * are collected into the {@link Ready} returned by {@link #ready()}, which the caller handles as
 * the package documentation prescribes and then acknowledges with {@link #advance()}.
 *
 * <p>Membership: the configuration in effect is the newest one in the log (a config entry takes
 * effect when appended, Raft thesis §4.1), else the snapshot's, else the bootstrap voters of
 * {@link Config}. {@link #proposeChange} changes one server at a time; see {@link Membership}.
 * Peers are kept in slots, voters first, then learners; only voter slots count in a quorum.
 *
 * <p>Role behaviour lives in {@link Elections} (votes, campaigns), {@link Follower} (AppendEntries
 * and heartbeats) and {@link Leader} (replication, commit, ReadIndex, transfer); every role change
 * goes through a {@code become*} method here. Steady-state paths — a follower handling
 * AppendEntries, a leader handling responses, ticks, heartbeats — allocate nothing once the log's
 * and the Ready's arrays have reached their working size.
 *
 * <p>Not thread-safe: one thread drives a node.
 */
public final class RaftNode {
  final Config config;
  final int id;
  /** The configuration in effect: the newest in the log. */
  Membership membership;
  /** Node id per slot: the voters in slots {@code 0..voterCount-1}, then the learners. */
  int[] peers;

  int voterCount;
  int quorum;
  /** This node's slot, -1 when it is not a member (a removed node, or one joining). */
  int selfSlot;

  final RandomGenerator random;
  final RaftLog log;
  final Records records = new Records();
  final Ready ready = new Ready();
  final ReadQueue reads = new ReadQueue();

  // ---- persistent state (mirrored to the caller through Ready's hard state) ----
  long term;
  int vote;
  /** The hard state as last handed to the caller. */
  private long savedTerm;

  private int savedVote;
  private long savedCommit;

  // ---- volatile state ----
  Role role = Role.FOLLOWER;
  int leader;
  int electionElapsed;
  int heartbeatElapsed;
  int randomizedElectionTimeout;
  /** Per slot: 0 no answer, 1 granted, 2 rejected (current campaign; voter slots count). */
  byte[] votes;
  /** Per slot; the self slot is unused. */
  Progress[] progress;
  /** Terms of the records of the AppendEntries being handled (grows, never shrinks). */
  long[] termScratch = new long[64];
  /** Config entries among the records of the AppendEntries being handled. */
  int configScratch;
  /** Scratch for quorum computations, one per voter (no allocation). */
  long[] scratch;
  /** Leadership transfer target (0: none). */
  int transferee;
  /** The commit index advanced since followers were last told. */
  boolean commitChanged;
  /** Reads arrived; a heartbeat round must confirm them. */
  boolean readHeartbeatPending;
  /** Id of the newest ReadIndex batch (monotonic over the node's life). */
  long readBatch;
  /** Whether an entry of the current term is committed (the leader's no-op). */
  boolean committedInTerm;

  private boolean started;

  // ---- configuration history: what membershipAt and a truncation need ----
  /** The configuration in effect at {@code baseConfIndex} (the bootstrap's at 0, or a snapshot's). */
  private Membership baseConf;

  private long baseConfIndex;
  /** The config entries after the base, oldest first. */
  private long[] confIndex = new long[4];

  private Membership[] confs = new Membership[4];
  private int confCount;

  /**
   * The size of one chunk of the leader's arena. G1 allocates any object of half a region or more
   * as "humongous": straight into the old generation, in whole regions, reclaimed only by a young
   * collection that finds it dead or by a concurrent cycle. Regions are 1 MiB for heaps up to 2
   * GiB (e.g. {@code -Xmx1g}), so a 1 MiB chunk, allocated every few thousand proposals, was
   * humongous; 256 KiB stays below half of the smallest region and is allocated in the young
   * generation like any other buffer. (A single record larger than a chunk gets a chunk of its
   * own size.)
   */
  static final int ARENA_CHUNK_BYTES = 256 << 10;
  /** Records that fit a default message builder's first segment with the message around them. */
  private static final int SMALL_MESSAGE_BYTES = 1 << 10;
  /** Room for an AppendEntries message around its records. */
  private static final int MESSAGE_SLACK_BYTES = 1 << 10;

  /** Leader's encoding arena for records of proposals; new chunks are allocated as it fills. */
  private ByteBuffer arena;
  /** Where arena chunks come from and go back to (null: allocated, left to the GC). */
  private ChunkPool chunkPool;
  /** Records read back from storage for a follower behind the in-memory window (grows, never shrinks). */
  private ByteBuffer storedScratch;

  // ---- reusable flyweights ----
  private final MessageReader inbound = new MessageReader();
  final Message.Reader msg = new Message.Reader();
  final AppendEntries.Reader appendReader = new AppendEntries.Reader();
  final AppendEntriesResponse.Reader appendRespReader = new AppendEntriesResponse.Reader();
  final RequestVote.Reader voteReader = new RequestVote.Reader();
  final RequestVoteResponse.Reader voteRespReader = new RequestVoteResponse.Reader();
  final Heartbeat.Reader heartbeatReader = new Heartbeat.Reader();
  final HeartbeatResponse.Reader heartbeatRespReader = new HeartbeatResponse.Reader();
  final DataReader data = new DataReader();
  private final Message.Builder msgBuilder = new Message.Builder();
  final AppendEntries.Builder appendBuilder = new AppendEntries.Builder();
  final AppendEntriesResponse.Builder appendRespBuilder = new AppendEntriesResponse.Builder();
  final RequestVote.Builder voteBuilder = new RequestVote.Builder();
  final RequestVoteResponse.Builder voteRespBuilder = new RequestVoteResponse.Builder();
  final Heartbeat.Builder heartbeatBuilder = new Heartbeat.Builder();
  final HeartbeatResponse.Builder heartbeatRespBuilder = new HeartbeatResponse.Builder();

  /**
   * A fresh node (empty log, term 0) that keeps its whole log in memory (for tests of the core
   * alone); restore persisted state with {@link #restoreRecord} and {@link #restoreHardState}.
   */
  public RaftNode(Config config) {
    this(config, null);
  }

  /**
   * A fresh node whose in-memory log is bounded: durable, applied entries beyond {@link
   * Config#logCacheBytes} are dropped from memory and read back through {@code storage} when a
   * lagging follower or a term lookup needs them (null: keep everything in memory).
   */
  public RaftNode(Config config, LogStorage storage) {
    this(config, storage, Membership.ofVoters(config.voters()));
  }

  /**
   * As {@link #RaftNode(Config, LogStorage)}, with the bootstrap configuration given whole (the
   * voters of {@code config} and, typically, their addresses): in effect until the log or a
   * snapshot says otherwise.
   */
  public RaftNode(Config config, LogStorage storage, Membership bootstrap) {
    this.config = config;
    this.id = config.id();
    this.random = config.random();
    this.log = new RaftLog(config.initialLogCapacity(), storage, config.logCacheBytes());
    this.peers = new int[0];
    this.votes = new byte[0];
    this.progress = new Progress[0];
    this.baseConf = bootstrap;
    setMembership(baseConf);
    resetRandomizedTimeout();
  }

  // ---- restart ----

  /**
   * Restores one durable record (in index order, from 1) before the node is first used. Returns
   * false, restoring nothing, when the record is torn or corrupt; the caller stops there.
   */
  public boolean restoreRecord(ByteBuffer buf, int offset, int end) {
    checkNotStarted();
    int len = records.verify(buf, offset, end);
    if (len < 0) {
      return false;
    }
    Entry.Reader e = records.entry(buf, offset);
    if (e.getIndex() != log.lastIndex() + 1) {
      throw new IllegalStateException(
          "record of index " + e.getIndex() + " follows " + log.lastIndex());
    }
    log.put(e.getIndex(), e.getTerm(), buf, offset, len);
    if (e.getKind() == EntryKind.CONFIG) {
      addConfig(e.getIndex(), decodeConfig(e));
    }
    log.stable = log.lastIndex();
    log.unpersistedFrom = log.lastIndex() + 1;
    return true;
  }

  /**
   * Restores the state machine's snapshot position first, when the node has one: the log starts
   * after entry ({@code index}, {@code term}), which counts as committed and applied (the caller
   * restored its state machine from that snapshot). Then restore the records after it.
   */
  public void restoreSnapshot(long index, long term, Membership members) {
    checkNotStarted();
    log.restoreSnapshot(index, term);
    savedCommit = index;
    resetConfigs(index, members);
  }

  /**
   * {@link #restoreSnapshot(long, long, Membership)} for a snapshot that carries no configuration:
   * the bootstrap voters of {@link Config} stay in effect (right only for a cluster whose
   * membership never changed).
   */
  public void restoreSnapshot(long index, long term) {
    restoreSnapshot(index, term, baseConf);
  }

  /** Restores the durable hard state (after the records). */
  public void restoreHardState(long term, int vote, long commit) {
    checkNotStarted();
    if (commit > log.lastIndex()) {
      throw new IllegalStateException("hard state commit " + commit
          + " is beyond the durable log's last index " + log.lastIndex());
    }
    this.term = savedTerm = term;
    this.vote = savedVote = vote;
    log.commitTo(commit);
    savedCommit = commit;
  }

  private void checkNotStarted() {
    if (started) {
      throw new IllegalStateException("restore only before the node's first input");
    }
  }

  // ---- inputs ----

  /**
   * Steps one framed message. The node keeps a reference to {@code framed} (AppendEntries records
   * are logged in place), so the caller must not modify it afterwards; its position and limit are
   * left as they were, its byte order becomes little-endian. Returns false when the message was
   * dropped as malformed or not meant for this node.
   */
  public boolean step(ByteBuffer framed) {
    framed.order(ByteOrder.LITTLE_ENDIAN);
    int p = framed.position();
    try {
      Framing.read(framed, inbound);
      return step(inbound.getRoot(msg));
    } catch (DecodeException e) {
      return false;
    } finally {
      framed.position(p);
    }
  }

  /**
   * Steps one framed message, as {@link #step(ByteBuffer)} does, and returns it as the core decoded
   * it (a reader valid until the next input), or null when it was dropped: the caller learns the
   * message's type, or reads a body the core leaves to it (InstallSnapshot chunks), without
   * decoding the message a second time.
   */
  public Message.Reader stepMessage(ByteBuffer framed) {
    framed.order(ByteOrder.LITTLE_ENDIAN);
    int p = framed.position();
    try {
      Framing.read(framed, inbound);
      Message.Reader m = inbound.getRoot(msg);
      return step(m) ? m : null;
    } catch (DecodeException e) {
      return null;
    } finally {
      framed.position(p);
    }
  }

  private boolean step(Message.Reader m) {
    started = true;
    if (m.getClusterId() != config.clusterId() || m.getTo() != id) {
      return false;
    }
    int from = m.getFrom();
    if (from == id || from <= 0) {
      return false;
    }
    // A sender outside our configuration (slot -1) is still heard: a leader that added us before
    // we saw that entry, or a candidate; a leader ignores answers from non-members.
    int slot = slotOf(from);
    Message.Which w = m.which();
    long mt = m.getTerm();
    if (mt > term) {
      if (w == Message.Which.REQUEST_VOTE) {
        RequestVote.Reader rv = m.getRequestVote(voteReader);
        boolean inLease =
            config.checkQuorum() && leader != 0 && electionElapsed < config.electionTicks();
        if (inLease && !rv.getTransfer()) {
          return true; // a healthy leader exists: do not let a rejoining node disrupt it
        }
        if (!rv.getPreVote()) {
          becomeFollower(mt, 0);
        }
      } else if (w == Message.Which.REQUEST_VOTE_RESPONSE) {
        RequestVoteResponse.Reader r = m.getRequestVoteResponse(voteRespReader);
        if (!(r.getPreVote() && r.getGranted())) {
          becomeFollower(mt, 0);
        }
      } else if (w == Message.Which.APPEND_ENTRIES
          || w == Message.Which.HEARTBEAT
          || w == Message.Which.TIMEOUT_NOW
          || w == Message.Which.INSTALL_SNAPSHOT) {
        becomeFollower(mt, from);
      } else {
        becomeFollower(mt, 0);
      }
    } else if (mt < term) {
      if (w == Message.Which.APPEND_ENTRIES
          || w == Message.Which.HEARTBEAT
          || w == Message.Which.INSTALL_SNAPSHOT) {
        // A stale leader (it was partitioned while we moved on): tell it our term so it steps
        // down; with pre-vote and check-quorum, nothing else would.
        Follower.respondAppend(this, from, true, 0, 0, 0);
      } else if (w == Message.Which.REQUEST_VOTE && m.getRequestVote(voteReader).getPreVote()) {
        Elections.respondVote(this, from, term, false, true);
      }
      return true;
    }
    if (w == Message.Which.REQUEST_VOTE) {
      Elections.handleVote(this, m, from);
      return true;
    }
    switch (role) {
      case LEADER -> Leader.step(this, m, slot);
      case CANDIDATE, PRE_CANDIDATE -> Elections.stepCandidate(this, m, from, slot);
      default -> Follower.step(this, m, from);
    }
    return true;
  }

  /** Advances logical time by one tick: election timeouts, heartbeats, check-quorum, transfer timeout. */
  public void tick() {
    started = true;
    if (role == Role.LEADER) {
      Leader.tick(this);
    } else {
      electionElapsed++;
      if (electionElapsed >= randomizedElectionTimeout) {
        electionElapsed = 0;
        Elections.campaign(this, config.preVote(), false);
      }
    }
  }

  /**
   * Proposes a command (the buffer's remaining bytes, copied into a new record). Accepted
   * proposals are batched: one AppendEntries and one write carry every proposal made before the
   * next {@link #ready()}. A proposal shows up as a committed entry once committed; the caller
   * acknowledges its client only when it applies it.
   */
  public Outcome propose(ByteBuffer command) {
    started = true;
    if (role != Role.LEADER) {
      return Outcome.NOT_LEADER;
    }
    if (transferee != 0) {
      return Outcome.TRANSFERRING;
    }
    if (command.remaining() > Records.MAX_ENTRY_BYTES - 1024) {
      return Outcome.TOO_LARGE;
    }
    append(EntryKind.NORMAL, command);
    return Outcome.ACCEPTED;
  }

  /**
   * Requests a linearizable read with the caller's id. When accepted, a later Ready lists the id
   * with its read index; the caller serves the read from its state machine after applying that
   * Ready's entries. A leader that loses its leadership forgets pending reads (the caller times
   * them out).
   */
  public Outcome read(long readId) {
    started = true;
    if (role != Role.LEADER) {
      return Outcome.NOT_LEADER;
    }
    if (committedInTerm) {
      reads.add(readId, log.committed, readBatch + 1);
      readHeartbeatPending = true;
    } else {
      reads.add(readId, 0, 0);
    }
    return Outcome.ACCEPTED;
  }

  /**
   * Reports that the transport dropped a message to {@code peer} (its send queue was full, or it
   * was not connected). A leader then stops streaming to that follower and probes it again once
   * it answers a heartbeat: replication to a follower that does not read costs nothing more.
   */
  public void reportDropped(int peer) {
    int slot = slotOf(peer);
    if (role == Role.LEADER && slot >= 0 && slot != selfSlot) {
      progress[slot].dropped();
    }
  }

  /** Starts handing leadership to {@code target}; proposals are refused until it ends or times out. */
  public Outcome transferLeadership(int target) {
    started = true;
    if (role != Role.LEADER) {
      return Outcome.NOT_LEADER;
    }
    int slot = slotOf(target);
    if (slot < 0 || slot >= voterCount) {
      return Outcome.INVALID_CHANGE; // only a voter can lead
    }
    if (target == id) {
      return Outcome.ACCEPTED;
    }
    transferee = target;
    electionElapsed = 0;
    Leader.maybeSendTimeoutNow(this, slot);
    return Outcome.ACCEPTED;
  }

  /**
   * Proposes a single-server membership change: appended (and in effect on the leader at once)
   * as a config entry holding the whole new configuration. Refused with {@link
   * Outcome#CHANGE_IN_PROGRESS} until the leader has committed an entry of its own term and while
   * an earlier change is uncommitted (one change in flight: the known correction to single-server
   * changes, so two uncommitted changes can never form disjoint majorities); {@link
   * Outcome#INVALID_CHANGE} when {@link Membership#whyNot} objects; {@link Outcome#NOT_CAUGHT_UP}
   * when a learner to promote has not yet replicated the leader's commit index.
   */
  public Outcome proposeChange(MembershipChange change, int node) {
    return proposeChange(change, node, null);
  }

  /**
   * As {@link #proposeChange(MembershipChange, int)}, recording {@code address} (null: none, or
   * keep the one the configuration has) as the member's address in the new configuration, which
   * keeps the addresses of every member that stays.
   */
  public Outcome proposeChange(MembershipChange change, int node, Member address) {
    started = true;
    if (role != Role.LEADER) {
      return Outcome.NOT_LEADER;
    }
    if (transferee != 0) {
      return Outcome.TRANSFERRING;
    }
    if (membership.whyNot(change, node) != null) {
      return Outcome.INVALID_CHANGE;
    }
    if (!committedInTerm || configIndex() > log.committed) {
      return Outcome.CHANGE_IN_PROGRESS;
    }
    if (change == MembershipChange.PROMOTE && progress[slotOf(node)].match < log.committed) {
      return Outcome.NOT_CAUGHT_UP;
    }
    if (address != null && address.id() != node) {
      return Outcome.INVALID_CHANGE;
    }
    Membership next = membership.apply(change, node).withAddress(address);
    append(EntryKind.CONFIG, next.encode());
    addConfig(log.lastIndex(), next);
    return Outcome.ACCEPTED;
  }

  /**
   * Reports that the driver has installed a snapshot the leader {@code from} sent, covering the
   * log up to entry ({@code index}, {@code term}): the file is durable, the state machine restored
   * from it, and the durable log emptied so that it continues at {@code index + 1}. The core drops
   * its log, takes {@code index} as committed, applied and durable, and tells the leader (after the
   * hard state is written). Refused (returning false, changing nothing but telling the leader where
   * this node stands) when this node is not a follower of {@code from} or already committed {@code
   * index}: a stale or duplicate transfer. Call it only between an {@code advance} and the next
   * {@code ready}.
   */
  public boolean installSnapshot(int from, long index, long term, Membership members) {
    started = true;
    if (role != Role.FOLLOWER || leader != from) {
      return false;
    }
    if (index <= log.committed || log.matchTerm(index, term)) {
      // Stale, or our log already holds the snapshot's last entry: keep the log (entries after it
      // may have been acknowledged; dropping them would lose acknowledged writes) and tell the
      // leader what we hold durably.
      long have = log.matchTerm(index, term) && log.stable >= index ? index : log.committed;
      Follower.respondAppend(this, from, false, have, 0, 0);
      return false;
    }
    log.resetToSnapshot(index, term);
    resetConfigs(index, members);
    Follower.respondAppend(this, from, false, index, 0, 0);
    return true;
  }

  /**
   * {@link #installSnapshot(int, long, long, Membership)} for a snapshot that carries no
   * configuration: the configuration in effect is kept (right only for a cluster whose membership
   * never changed).
   */
  public boolean installSnapshot(int from, long index, long term) {
    return installSnapshot(from, index, term, membership);
  }

  /**
   * Whether installing a snapshot of entry ({@code index}, {@code term}) from {@code from} would be
   * taken (see {@link #installSnapshot}); the driver asks before it starts receiving one. Not when
   * the log already holds that entry: the entries after it may be acknowledged ones.
   */
  public boolean wantsSnapshot(int from, long index, long term) {
    return role == Role.FOLLOWER
        && leader == from
        && index > log.committed
        && !log.matchTerm(index, term);
  }

  /** Reports that every write up to the record of ({@code index}, {@code term}) is durable. */
  public void persisted(long index, long term) {
    started = true;
    if (log.stableTo(index, term) && role == Role.LEADER) {
      Leader.maybeCommit(this);
    }
  }

  // ---- outputs ----

  /** Collects everything pending into the Ready; handle it, then call {@link #advance()}. */
  public Ready ready() {
    started = true;
    Ready r = ready;
    if (role == Role.LEADER) {
      Leader.flush(this);
    }
    if (log.unpersistedFrom <= log.lastIndex()) {
      r.persistFirst = log.unpersistedFrom;
      r.persistLast = log.lastIndex();
    }
    if (term != savedTerm || vote != savedVote || log.committed != savedCommit) {
      r.hardStateChanged = true;
      r.term = term;
      r.vote = vote;
      r.commit = log.committed;
      if (term != savedTerm || vote != savedVote) {
        r.allAfterPersist();
      }
    }
    r.applyFirst = log.applied + 1;
    r.applyLast = log.committed;
    return r;
  }

  /** Whether {@link #ready()} would return anything. */
  public boolean hasReady() {
    return !ready.isEmpty()
        || log.unpersistedFrom <= log.lastIndex()
        || term != savedTerm
        || vote != savedVote
        || log.committed != savedCommit
        || log.applied < log.committed
        || (role == Role.LEADER && (commitChanged || readHeartbeatPending));
  }

  /** Acknowledges the last Ready: its writes are handed out, its entries applied, its messages sent. */
  public void advance() {
    Ready r = ready;
    if (r.hardStateChanged) {
      savedTerm = r.term;
      savedVote = r.vote;
      savedCommit = r.commit;
    }
    if (r.hasRecords()) {
      log.unpersistedFrom = r.persistLast + 1;
    }
    if (r.applyLast >= r.applyFirst) {
      log.applied = r.applyLast;
      log.evict();
      if (confCount > 0 && confIndex[0] <= log.applied) {
        compactConfigs(log.applied);
      }
    }
    r.clear();
  }

  // ---- state ----

  public int id() {
    return id;
  }

  public long term() {
    return term;
  }

  public int vote() {
    return vote;
  }

  public Role role() {
    return role;
  }

  /** The leader this node knows of (0: none). */
  public int leader() {
    return leader;
  }

  /** The log: terms, committed/applied/stable indexes and record locations. */
  public RaftLog log() {
    return log;
  }

  /** The entry at {@code index}, through a reused reader valid until the next call on this node. */
  public Entry.Reader entry(long index) {
    return records.entry(log.buffer(index), log.offset(index));
  }

  /** Whether the leader found that {@code peer} needs entries compacted away (false when not leader or not a member). */
  public boolean needsSnapshot(int peer) {
    int slot = slotOf(peer);
    return role == Role.LEADER && slot >= 0 && slot != selfSlot && progress[slot].needsSnapshot;
  }

  /** The leader's view of {@code peer}'s match index (0 when not leader or not a member). */
  public long matchOf(int peer) {
    int slot = slotOf(peer);
    return role == Role.LEADER && slot >= 0 ? progress[slot].match : 0;
  }

  /** The configuration in effect: the newest in the log, committed or not. */
  public Membership membership() {
    return membership;
  }

  /** The index of the entry that set the configuration in effect (0: the bootstrap's). */
  public long configIndex() {
    return confCount > 0 ? confIndex[confCount - 1] : baseConfIndex;
  }

  /**
   * The configuration in effect at {@code index} (what a snapshot of the state up to {@code index}
   * must carry); known from the applied index on.
   */
  public Membership membershipAt(long index) {
    if (index < baseConfIndex) {
      throw new IllegalArgumentException("the configuration at " + index
          + " is no longer known (the oldest known is at " + baseConfIndex + ")");
    }
    Membership m = baseConf;
    for (int k = 0; k < confCount && confIndex[k] <= index; k++) {
      m = confs[k];
    }
    return m;
  }

  @Override
  public String toString() {
    return "RaftNode{id=" + id + ", " + role + ", term=" + term + ", vote=" + vote + ", leader="
        + leader + ", last=" + log.lastIndex() + ", commit=" + log.committed + ", stable="
        + log.stable + "}";
  }

  // ---- transitions (shared by every role) ----

  void becomeFollower(long newTerm, int newLeader) {
    if (newTerm > term) {
      term = newTerm;
      vote = 0;
    }
    role = Role.FOLLOWER;
    leader = newLeader;
    reset();
  }

  void becomePreCandidate() {
    role = Role.PRE_CANDIDATE;
    leader = 0;
    reset();
  }

  void becomeCandidate() {
    term++;
    vote = id;
    role = Role.CANDIDATE;
    leader = 0;
    reset();
  }

  void becomeLeader() {
    if (role != Role.CANDIDATE) {
      throw new IllegalStateException("only a candidate becomes leader, not a " + role);
    }
    role = Role.LEADER;
    leader = id;
    reset();
    for (Progress p : progress) {
      p.reset(log.lastIndex() + 1);
    }
    progress[selfSlot].recentActive = true; // a candidate is a voter: selfSlot >= 0
    // A new leader commits a no-op of its term first: only entries of the current term are
    // committed by counting replicas (§5.4.2), and the no-op commits everything before it.
    append(EntryKind.NOOP, null);
  }

  private void reset() {
    electionElapsed = 0;
    heartbeatElapsed = 0;
    resetRandomizedTimeout();
    transferee = 0;
    commitChanged = false;
    readHeartbeatPending = false;
    committedInTerm = false;
    reads.clear();
    Arrays.fill(votes, (byte) 0);
  }

  private void resetRandomizedTimeout() {
    randomizedElectionTimeout = config.electionTicks() + random.nextInt(config.electionTicks());
  }

  // ---- helpers ----

  int slotOf(int node) {
    for (int i = 0; i < peers.length; i++) {
      if (peers[i] == node) {
        return i;
      }
    }
    return -1;
  }

  // ---- configuration ----

  /**
   * Puts {@code m} in effect: rebuilds the slots (voters first), keeping the progress and vote of
   * every member that stays; a leader starts probing a new member from its last index. Runs only
   * when the configuration changes (it allocates).
   */
  private void setMembership(Membership m) {
    int n = m.voterCount() + m.learnerCount();
    int[] newPeers = new int[n];
    Progress[] newProgress = new Progress[n];
    byte[] newVotes = new byte[n];
    for (int i = 0; i < n; i++) {
      int peer = i < m.voterCount() ? m.voter(i) : m.learner(i - m.voterCount());
      newPeers[i] = peer;
      int old = slotOf(peer);
      if (old >= 0) {
        newProgress[i] = progress[old];
        newVotes[i] = votes[old];
      } else {
        Progress p = new Progress(config.maxInflight(), config.maxInflightBytes());
        p.reset(log.lastIndex() + 1);
        p.recentActive = true;
        newProgress[i] = p;
      }
    }
    membership = m;
    peers = newPeers;
    progress = newProgress;
    votes = newVotes;
    voterCount = m.voterCount();
    quorum = m.quorum();
    scratch = new long[Math.max(1, voterCount)];
    selfSlot = slotOf(id);
    if (transferee != 0 && !m.isVoter(transferee)) {
      transferee = 0;
    }
  }

  static Membership decodeConfig(Entry.Reader e) {
    try {
      ByteBuffer payload = ByteBuffer.wrap(e.getPayload());
      return Membership.decode(payload);
    } catch (DecodeException ex) {
      throw new IllegalStateException(
          "config entry " + e.getIndex() + " does not decode: " + ex.getMessage(), ex);
    }
  }

  /** A config entry at {@code index} was appended: it is in effect from now on. */
  void addConfig(long index, Membership m) {
    if (confCount == confIndex.length) {
      confIndex = Arrays.copyOf(confIndex, confCount * 2);
      confs = Arrays.copyOf(confs, confCount * 2);
    }
    confIndex[confCount] = index;
    confs[confCount++] = m;
    setMembership(m);
  }

  /** Whether a config entry at or after {@code from} is in the log (a truncation there must undo it). */
  boolean hasConfigFrom(long from) {
    return confCount > 0 && confIndex[confCount - 1] >= from;
  }

  /** Entries from {@code from} on are being discarded: undo the config entries among them. */
  void truncateConfigs(long from) {
    if (!hasConfigFrom(from)) {
      return;
    }
    while (confCount > 0 && confIndex[confCount - 1] >= from) {
      confs[--confCount] = null;
    }
    setMembership(confCount > 0 ? confs[confCount - 1] : baseConf);
  }

  /** Folds the config entries up to {@code upTo} (applied: never undone) into the base. */
  private void compactConfigs(long upTo) {
    int k = 0;
    while (k < confCount && confIndex[k] <= upTo) {
      k++;
    }
    if (k == 0) {
      return;
    }
    baseConf = confs[k - 1];
    baseConfIndex = confIndex[k - 1];
    System.arraycopy(confIndex, k, confIndex, 0, confCount - k);
    System.arraycopy(confs, k, confs, 0, confCount - k);
    Arrays.fill(confs, confCount - k, confCount, null);
    confCount -= k;
  }

  /** The log restarts after a snapshot of the state up to {@code index} whose configuration is {@code m}. */
  private void resetConfigs(long index, Membership m) {
    Arrays.fill(confs, 0, confCount, null);
    confCount = 0;
    baseConf = m;
    baseConfIndex = index;
    if (!m.equals(membership)) {
      setMembership(m);
    }
  }

  /** Starts a message to {@code to}; a leader's messages go out at once, others after the writes. */
  Message.Builder newMessage(int to, long msgTerm) {
    return newMessage(to, msgTerm, 0);
  }

  /**
   * Starts a message to {@code to} that will carry {@code recordBytes} of records: a builder with
   * room for a whole message of up to {@link Config#maxMessageBytes} records (or this one, if
   * larger), so it is made once at that size instead of growing towards it.
   */
  Message.Builder newMessage(int to, long msgTerm, int recordBytes) {
    int minWords = recordBytes <= SMALL_MESSAGE_BYTES
        ? 0
        : (Math.max(recordBytes, config.maxMessageBytes()) + MESSAGE_SLACK_BYTES) >>> 3;
    Message.Builder m = ready
        .newMessage(to, role != Role.LEADER, minWords)
        .initRoot(Message._Meta.SIZE, msgBuilder);
    m.setFrom(id).setTo(to).setClusterId(config.clusterId()).setTerm(msgTerm);
    return m;
  }

  /** Rebuilds message {@code slot} of the Ready (same destination, same place in the order). */
  Message.Builder rewriteMessage(int slot, int to, long msgTerm) {
    Message.Builder m = ready.reuseMessage(slot).initRoot(Message._Meta.SIZE, msgBuilder);
    m.setFrom(id).setTo(to).setClusterId(config.clusterId()).setTerm(msgTerm);
    return m;
  }

  /** The cleared scratch buffer for records read from storage, with room for at least one message and {@code minBytes}. */
  ByteBuffer storedScratch(int minBytes) {
    int need = Math.max(config.maxMessageBytes(), minBytes);
    if (storedScratch == null || storedScratch.capacity() < need) {
      storedScratch = ByteBuffer.allocate(need).order(ByteOrder.LITTLE_ENDIAN);
    }
    storedScratch.clear();
    return storedScratch;
  }

  /** Appends an entry of the current term to the leader's log, encoding its record once. */
  void append(EntryKind kind, ByteBuffer payload) {
    long index = log.lastIndex() + 1;
    int need = Records.encodedLength(payload == null ? 0 : payload.remaining()) + 64;
    if (arena == null || arena.remaining() < need || !writeRecord(kind, payload, index)) {
      newArenaChunk(need);
      if (!writeRecord(kind, payload, index)) {
        throw new IllegalStateException(
            "record of index " + index + " does not fit a fresh arena chunk");
      }
    }
  }

  /** Moves the arena to a fresh chunk of at least {@code need} bytes: a pooled one when it fits. */
  private void newArenaChunk(int need) {
    if (chunkPool != null) {
      if (arena != null) {
        chunkPool.release(arena); // the arena's own reference; the records keep theirs
      }
      if (need <= chunkPool.chunkBytes()) {
        arena = chunkPool.take();
        return;
      }
    }
    arena = ByteBuffer.allocate(Math.max(ARENA_CHUNK_BYTES, need)).order(ByteOrder.LITTLE_ENDIAN);
  }

  /**
   * Takes the leader's arena chunks from {@code pool} and counts the log's references to its
   * chunks from now on (the driver passes the same pool to its transport's frame readers, so
   * received records come back to it too). Without a pool, chunks are left to the GC.
   */
  public void useChunkPool(ChunkPool pool) {
    this.chunkPool = pool;
    log.useChunkPool(pool);
  }

  private boolean writeRecord(EntryKind kind, ByteBuffer payload, long index) {
    int at = arena.position();
    if (!records.write(arena, term, index, kind, payload)) {
      return false;
    }
    log.put(index, term, arena, at, arena.position() - at);
    return true;
  }
}
