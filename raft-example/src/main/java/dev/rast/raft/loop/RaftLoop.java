package dev.rast.raft.loop;

import dev.rast.capnp.DataReader;
import dev.rast.capnp.DecodeException;
import dev.rast.raft.core.Config;
import dev.rast.raft.core.Member;
import dev.rast.raft.core.Membership;
import dev.rast.raft.core.MembershipChange;
import dev.rast.raft.core.Outcome;
import dev.rast.raft.core.RaftNode;
import dev.rast.raft.core.Ready;
import dev.rast.raft.core.Role;
import dev.rast.raft.log.CorruptLogException;
import dev.rast.raft.log.StoredHardState;
import dev.rast.raft.msg.RaftMsg.Entry;
import dev.rast.raft.msg.RaftMsg.EntryKind;
import dev.rast.raft.msg.RaftMsg.Message;
import dev.rast.raft.net.MessageSender;
import dev.rast.raft.snapshot.CorruptSnapshotException;
import dev.rast.raft.snapshot.SnapshotPolicy;
import dev.rast.raft.snapshot.SnapshotReader;
import dev.rast.raft.snapshot.SnapshotStore;
import dev.rast.raft.snapshot.Snapshotter;
import dev.rast.raft.snapshot.StateMachine;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Drives one {@link RaftNode} by the Ready contract, in this one place, for every application on
 * the library (see the package documentation): recovers the node from its snapshot and log,
 * persists, sends or holds messages until their writes are durable, applies committed entries to
 * the {@link StateMachine}, hands reads that may be served to the {@link Listener}, advances,
 * reports what became durable, takes snapshots and compacts behind them, and runs InstallSnapshot
 * transfers on both sides.
 *
 * <p>The loop owns no thread and no clock: its owner calls {@link #onMessage}, {@link #tick} (or
 * {@link #tickIfDue}) and {@link #process} on one thread, with the time in nanoseconds of its own
 * clock (the wall clock for a node, virtual time in a test). Not thread-safe, except the
 * counters documented as readable from any thread.
 */
public final class RaftLoop {
  /** What the application hears from the loop, on the loop's thread, during {@link #process}. */
  public interface Listener {
    /**
     * The state machine applied normal entry {@code index} (this node's proposal or another's) and
     * returned {@code result}.
     */
    void applied(long index, int result);

    /** Read {@code readId} ({@link #read}) may be served now: everything up to its index is applied. */
    void readable(long readId);

    /**
     * The configuration in effect changed (a config entry was appended or undone, a snapshot
     * installed), or the newest committed one did: {@code now} is the one in effect, {@code
     * committed} the newest committed. Also called once after recovery. The owner talks to the
     * members of both: a member removed by an entry not yet committed here must still be heard (a
     * removed leader commits its own removal with the answers of the others).
     */
    default void membershipChanged(Membership now, Membership committed) {}

    /**
     * This node led in some term at the last Ready and no longer does (it stepped down, or a new
     * term began): proposals and reads it accepted are not going to be answered by {@link
     * #applied} or {@link #readable} in that term.
     */
    void leadershipLost();
  }

  /** Readies handled per {@link #process} call at most, so inputs are not starved. */
  private static final int READIES_PER_PROCESS = 64;

  private final String name;
  private final RaftNode raft;
  private final RaftStorage storage;
  private final StateMachine machine;
  private final MessageSender sender;
  private final Listener listener;
  private final SnapshotStore snapshots;
  private final SnapshotPolicy policy;
  private final Snapshotter snapshotter;
  private final SnapshotTransfers transfers;
  private final HeldMessages held = new HeldMessages();
  private final DataReader payload = new DataReader();
  private final long[] durable = new long[3];
  private final long tickNanos;
  private long nextTick;
  /** Write sequence number of the newest write handed to the storage, and of the newest durable one. */
  private long issuedSeq;

  private long syncedSeq;
  /** The newest published snapshot (file null: none), which a lagging follower is sent. */
  private volatile long snapshotIndex;

  private long snapshotTerm;
  private Path snapshotFile;
  private long entriesSinceSnapshot;
  private long bytesSinceSnapshot;
  private volatile long snapshotsTaken;
  private volatile long recordsWritten;
  /** Peer messages the core refused (malformed, or not for this node or cluster). */
  private long refusedMessages;

  private volatile int knownLeader;
  private long leaderChanges;
  private int lastLeader;
  /** The configurations last reported to the listener: in effect, and committed. */
  private Membership reportedMembership;

  private Membership reportedCommitted;

  /** Term and leadership as last logged (a line per term change and per leadership won or lost). */
  private long loggedTerm;

  private boolean loggedLeading;
  /** When a loop stall was last logged (nanoTime; 0: never). */
  private long lastStallReport;
  /** The term this node led in at the last check or accepted proposal or read (0: it did not lead). */
  private long ledTerm;

  /**
   * Creates the node and recovers it: loads the newest snapshot in {@code snapshotDir} into {@code
   * machine}, then replays the records after it from {@code storage} and restores the hard state.
   *
   * @param name names this node in errors and log lines (e.g. {@code "node 2"})
   * @param config the core's configuration
   * @param tickMillis the length of one tick for {@link #tickIfDue} (0: the owner calls {@link
   *     #tick} itself)
   * @param wakeup called from other threads (the snapshot writer, a sync thread) when there is
   *     something for {@link #process}: wakes the owner's thread
   * @throws CorruptLogException when the log does not continue the snapshot or holds a record the
   *     core refuses
   * @throws dev.rast.raft.snapshot.CorruptSnapshotException when the newest snapshot is damaged
   */
  public RaftLoop(
      String name,
      Config config,
      int tickMillis,
      RaftStorage storage,
      StateMachine machine,
      MessageSender sender,
      Listener listener,
      Path snapshotDir,
      SnapshotPolicy policy,
      Runnable wakeup)
      throws IOException {
    this(
        name,
        config,
        Membership.ofVoters(config.voters()),
        tickMillis,
        storage,
        machine,
        sender,
        listener,
        snapshotDir,
        policy,
        wakeup);
  }

  /**
   * As the constructor above, with the bootstrap configuration given whole ({@code bootstrap}: the
   * voters of {@code config} with their addresses). It is in effect only until the snapshot or the
   * log says otherwise: a restarted node takes its configuration from its newest snapshot and the
   * config entries after it, never from its command line.
   */
  public RaftLoop(
      String name,
      Config config,
      Membership bootstrap,
      int tickMillis,
      RaftStorage storage,
      StateMachine machine,
      MessageSender sender,
      Listener listener,
      Path snapshotDir,
      SnapshotPolicy policy,
      Runnable wakeup)
      throws IOException {
    this.name = name;
    this.storage = storage;
    this.machine = machine;
    this.sender = sender;
    this.listener = listener;
    this.policy = policy;
    this.tickNanos = tickMillis * 1_000_000L;
    this.raft = new RaftNode(config, storage, bootstrap);
    this.snapshots = new SnapshotStore(snapshotDir);
    recover(bootstrap);
    this.snapshotter = new Snapshotter(snapshotDir, wakeup);
    this.transfers = new SnapshotTransfers(
        config.id(), config.clusterId(), raft, sender, snapshotDir, this::install);
  }

  /** The configuration a snapshot file carries, or {@code otherwise} when it carries none. */
  private Membership configurationOf(SnapshotReader in, Membership otherwise)
      throws CorruptSnapshotException {
    ByteBuffer c = in.configuration();
    if (c == null) {
      return otherwise;
    }
    try {
      return Membership.decode(c);
    } catch (DecodeException e) {
      throw new CorruptSnapshotException(
          in.file(), 0, "its configuration does not decode: " + e.getMessage());
    }
  }

  private void recover(Membership bootstrap) throws IOException {
    Path snap = snapshots.newest();
    long snapIndex = 0;
    long snapTerm = 0;
    if (snap != null) {
      try (SnapshotReader in = SnapshotReader.open(snap)) {
        machine.restore(in);
        snapIndex = in.index();
        snapTerm = in.term();
        raft.restoreSnapshot(snapIndex, snapTerm, configurationOf(in, bootstrap));
      }
      snapshotIndex = snapIndex;
      snapshotTerm = snapTerm;
      snapshotFile = snap;
      snapshots.deleteOlderThan(snap); // e.g. one published just before a shutdown
    }
    if (storage.firstIndex() > snapIndex + 1) {
      throw new CorruptLogException(
          snapshots.dir().toAbsolutePath().getParent(),
          0,
          "the log starts at " + storage.firstIndex() + " but "
              + (snap == null
                  ? "there is no snapshot"
                  : "the newest snapshot, " + snap + ", ends at " + snapIndex)
              + ": records " + (snapIndex + 1) + ".." + (storage.firstIndex() - 1)
              + " are missing");
    }
    // The records after the snapshot continue it when the log holds the snapshot's last entry (log
    // matching), or starts right after it (restarted there by an install). Otherwise (a snapshot
    // newer than the durable log, e.g. one a follower took of entries applied before they were
    // synced, or an install interrupted before the log was emptied) the log restarts after it.
    boolean continues = snap == null
        || storage.firstIndex() == snapIndex + 1
        || (storage.lastIndex() >= snapIndex && storage.term(snapIndex) == snapTerm);
    long[] refused = {0};
    if (continues) {
      long skipTo = snapIndex;
      storage.replay((index, term, buf, offset, length) -> {
        if (index > skipTo
            && refused[0] == 0
            && !raft.restoreRecord(buf, offset, offset + length)) {
          refused[0] = index;
        }
      });
    } else {
      storage.restartAt(snapIndex + 1);
    }
    if (refused[0] != 0) {
      // The log checked every record's length and CRC; the core refusing one means it does not
      // decode.
      throw new CorruptLogException(
          snapshots.dir().toAbsolutePath().getParent(),
          0,
          "record " + refused[0] + " passes its checksum but the core refuses it");
    }
    StoredHardState hs = storage.hardState();
    raft.restoreHardState(hs.term(), hs.vote(), Math.min(hs.commit(), raft.log().lastIndex()));
    syncedSeq = issuedSeq = storage.durableSeq();
    reportedMembership = raft.membership();
    reportedCommitted = raft.membershipAt(raft.log().committed());
    listener.membershipChanged(reportedMembership, reportedCommitted);
  }

  /**
   * Takes the leader's record chunks from {@code pool} and gives back the chunks of records that
   * left the core's window (see {@link dev.rast.raft.core.ChunkPool}); pass the same pool to the
   * transport that receives peer messages. Call before {@link #start}.
   */
  public void useChunkPool(dev.rast.raft.core.ChunkPool pool) {
    raft.useChunkPool(pool);
  }

  /** Starts the storage's background work (its sync thread). */
  public void start() {
    storage.start();
  }

  // ---- inputs ----

  /**
   * Steps one framed peer message, {@code buf}'s bytes {@code [start, end)}, decoding it once: the
   * core's reader also tells the loop whether it is an InstallSnapshot chunk or answer, which the
   * loop handles. Returns true when the bytes are referenced beyond the call (AppendEntries records
   * are logged where they arrived), as {@link dev.rast.raft.net.MessageSink} asks.
   */
  public boolean onMessage(int fromPeer, ByteBuffer buf, int start, int end, long nowNanos) {
    int p = buf.position();
    int l = buf.limit();
    try {
      buf.limit(end).position(start);
      Message.Reader m = raft.stepMessage(buf);
      if (m == null) {
        refusedMessages++;
        return false;
      }
      Message.Which which = m.which();
      // InstallSnapshot: the core checked the term and sender; the chunks are the loop's.
      if (which == Message.Which.INSTALL_SNAPSHOT) {
        transfers.onChunk(fromPeer, m);
      } else if (which == Message.Which.INSTALL_SNAPSHOT_RESPONSE) {
        transfers.onAnswer(fromPeer, m, nowNanos);
      }
      return which == Message.Which.APPEND_ENTRIES;
    } catch (DecodeException e) {
      refusedMessages++;
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(
          name + ": installing a snapshot from node " + fromPeer + " failed; stopping", e);
    } finally {
      buf.limit(l).position(p);
    }
  }

  /** One Raft tick. */
  public void tick() {
    raft.tick();
  }

  /**
   * Ticks when a tick of {@code tickMillis} is due at {@code nowNanos}. After a stall (GC,
   * SIGSTOP) it takes one tick, not a burst: a burst would fire timeouts the cluster has not seen.
   */
  public void tickIfDue(long nowNanos) {
    if (nextTick == 0) {
      nextTick = nowNanos + tickNanos;
    } else if (nowNanos - nextTick >= 0) {
      raft.tick();
      if (nowNanos - nextTick > 5 * tickNanos) {
        reportStall("ticks were late by", nowNanos - nextTick, nowNanos);
        nextTick = nowNanos + tickNanos;
      } else {
        nextTick += tickNanos;
      }
    }
  }

  /**
   * Logs a stall of the owner's loop (at most one line a second): a leader that does not tick
   * sends no heartbeats, so its followers may start an election. "ticks were late by" is a process
   * that did not run (GC, CPU starvation, SIGSTOP); the owner reports "one loop iteration took"
   * for work done in one turn longer than 5 ticks.
   */
  public void reportStall(String what, long nanos, long nowNanos) {
    if (lastStallReport != 0 && nowNanos - lastStallReport < 1_000_000_000L) {
      return;
    }
    lastStallReport = nowNanos;
    System.err.println(java.time.LocalTime.now() + " node " + raft.id() + ": " + what + " "
        + nanos / 1_000_000 + " ms (" + raft.role() + ", term " + raft.term() + ")");
  }

  /** Whether {@code nanos} of one loop turn is a stall worth {@link #reportStall reporting}. */
  public boolean isStall(long nanos) {
    return tickNanos > 0 && nanos > 5 * tickNanos;
  }

  /** Milliseconds until the next tick is due (at least 1), for the owner's wait. */
  public long millisToTick(long nowNanos) {
    return nextTick == 0 ? 1 : Math.max(1, (nextTick - nowNanos) / 1_000_000);
  }

  /**
   * Proposes a command (the buffer's remaining bytes; copied into the log record). On {@link
   * Outcome#ACCEPTED} its index is {@link #lastIndex()}, which {@link Listener#applied} reports.
   */
  public Outcome propose(ByteBuffer command) {
    return accepted(raft.propose(command));
  }

  /** Asks for a linearizable read; {@link Listener#readable} reports when it may be served. */
  public Outcome read(long readId) {
    return accepted(raft.read(readId));
  }

  /**
   * Proposes a single-server membership change ({@link RaftNode#proposeChange(MembershipChange,
   * int, Member)}): on {@link Outcome#ACCEPTED} the config entry is {@link #lastIndex()}, in effect
   * at once, and the change is done when {@link #committed()} reaches it.
   */
  public Outcome proposeChange(MembershipChange change, int node, Member address) {
    Outcome o = accepted(raft.proposeChange(change, node, address));
    reportMembership();
    return o;
  }

  /** Starts handing leadership to {@code target} ({@link RaftNode#transferLeadership}). */
  public Outcome transferLeadership(int target) {
    return raft.transferLeadership(target);
  }

  /** Notes the term this node leads in when it accepts something, so a loss is always reported. */
  private Outcome accepted(Outcome o) {
    if (o == Outcome.ACCEPTED) {
      ledTerm = raft.term();
    }
    return o;
  }

  // ---- the Ready contract ----

  /**
   * Handles everything that is ready: writes reported durable, the Readies (persist, send or
   * hold, apply, serve reads, advance), a finished snapshot (compacting behind it), a due one,
   * and the InstallSnapshot transfers. Call after the inputs of a turn.
   *
   * @throws IOException when the storage failed: the owner must stop
   * @throws StateMachineException when the state machine failed: the owner must stop
   */
  public void process(long nowNanos) throws IOException {
    reportMembership(); // a follower appends config entries as it steps messages
    collectDurable();
    for (int i = 0; i < READIES_PER_PROCESS && raft.hasReady(); i++) {
      handleReady();
    }
    checkLeadership(); // a leader can step down without a Ready (check-quorum on a tick)
    reportMembership();
    collectSnapshot();
    maybeSnapshot();
    transfers.drive(nowNanos, snapshotFile, snapshotIndex, snapshotTerm);
  }

  private void handleReady() throws IOException {
    Ready r = raft.ready();
    // 1. persist: the records as the core holds them (a follower's: as received), then the hard
    // state
    if (r.hasRecords() || r.hardStateChanged()) {
      if (r.hasRecords()) {
        recordsWritten += r.persistLast() - r.persistFirst() + 1;
      }
      long seq = storage.write(r, raft.log());
      if (seq != issuedSeq) {
        issuedSeq = seq;
        storage.sync(seq);
      }
    }
    // 2-3. send now, or hold until every write handed out so far is durable
    for (int i = 0; i < r.messageCount(); i++) {
      if (r.afterPersist(i) && issuedSeq > syncedSeq) {
        held.hold(issuedSeq, r.messageTo(i), r.message(i));
      } else if (!sender.send(r.messageTo(i), r.message(i))) {
        raft.reportDropped(r.messageTo(i)); // flow control: stop building messages it cannot take
      }
    }
    // 4. apply, then serve the reads
    for (long i = r.applyFirst(); i <= r.applyLast(); i++) {
      apply(i);
    }
    for (int i = 0; i < r.readCount(); i++) {
      listener.readable(r.readId(i));
    }
    // 5. advance; report what is durable
    raft.advance();
    checkLeadership();
    collectDurable(); // a storage that is durable at once (in memory) reports it here
  }

  /** Tells the listener when the configuration in effect or the committed one changed. */
  private void reportMembership() {
    Membership m = raft.membership();
    Membership c = raft.membershipAt(raft.log().committed());
    if (m != reportedMembership || c != reportedCommitted) {
      if (m != reportedMembership) {
        boolean wasMember = reportedMembership.contains(raft.id());
        System.err.println(java.time.LocalTime.now() + " node " + raft.id() + ": configuration "
            + m
            + (wasMember && !m.contains(raft.id())
                ? " (this node was removed from the cluster: it takes no further part)"
                : ""));
      }
      reportedMembership = m;
      reportedCommitted = c;
      listener.membershipChanged(m, c);
    }
  }

  /** Tracks the leader for the status, and tells the listener when this node stopped leading. */
  private void checkLeadership() {
    int leader = raft.leader();
    if (leader != 0 && leader != lastLeader) {
      leaderChanges++;
      lastLeader = leader;
    }
    Role role = raft.role();
    int seen = role == Role.LEADER ? raft.id() : leader;
    if (seen != knownLeader) {
      knownLeader = seen;
    }
    boolean leading = role == Role.LEADER;
    if (raft.term() != loggedTerm || leading != loggedLeading) {
      logRole(leading);
    }
    long led = role == Role.LEADER ? raft.term() : 0;
    if (ledTerm != 0 && led != ledTerm) {
      ledTerm = led;
      listener.leadershipLost();
    }
    ledTerm = led;
  }

  /**
   * One line per term change and per leadership won or lost, with the wall-clock time: an election
   * seen in a run (a leader change in the demo) can be traced to the node that started it, and a
   * leader that steps down in its own term (check-quorum) shows as such.
   */
  private void logRole(boolean leading) {
    String why = raft.term() == loggedTerm && loggedLeading && !leading
        ? " (stepped down in its own term: no quorum heard from within an election timeout)"
        : "";
    System.err.println(java.time.LocalTime.now() + " node " + raft.id() + ": term " + raft.term()
        + ", " + raft.role() + (leading ? "" : ", leader " + raft.leader()) + why);
    loggedTerm = raft.term();
    loggedLeading = leading;
  }

  private void apply(long index) {
    Entry.Reader e = raft.entry(index);
    entriesSinceSnapshot++;
    if (e.getKind() != EntryKind.NORMAL) {
      return;
    }
    e.getPayload(payload);
    ByteBuffer b = payload.buffer();
    int at = payload.offset();
    bytesSinceSnapshot += payload.size();
    int result;
    try {
      result = machine.apply(index, b, at, at + payload.size());
    } catch (RuntimeException ex) {
      throw new StateMachineException(
          name + ": the state machine failed on entry " + index + " (term " + e.getTerm()
              + "); stopping",
          ex);
    }
    listener.applied(index, result);
  }

  private void collectDurable() throws IOException {
    storage.durable(durable);
    if (durable[0] > syncedSeq) {
      syncedSeq = durable[0];
      raft.persisted(durable[1], durable[2]);
      held.release(syncedSeq, sender);
    }
  }

  // ---- snapshots and compaction ----

  /** Starts a snapshot of the state as of the applied index when the policy says one is due. */
  private void maybeSnapshot() {
    if (snapshotter.busy() || !policy.due(entriesSinceSnapshot, bytesSinceSnapshot)) {
      return;
    }
    long index = raft.log().applied();
    if (index <= snapshotIndex) {
      return;
    }
    // The machine holds exactly the entries up to the applied index (every Ready is applied
    // before advance).
    snapshotter.start(
        machine.snapshot(),
        index,
        raft.log().term(index),
        raft.membershipAt(index).encode());
    entriesSinceSnapshot = 0;
    bytesSinceSnapshot = 0;
  }

  /** Takes a finished snapshot: older snapshots and the log it covers (minus the tail) go. */
  private void collectSnapshot() throws IOException {
    Snapshotter.Done d = snapshotter.poll();
    if (d == null) {
      return;
    }
    if (d.index() <= snapshotIndex) {
      if (d.file() != null) {
        Files.deleteIfExists(d.file()); // an installed snapshot overtook this one
      }
      return;
    }
    if (d.error() != null) {
      // Not fatal: the log still holds everything; the next one is tried after as many entries.
      System.err.println(
          name + ": writing the snapshot at index " + d.index() + " failed: " + d.error());
      return;
    }
    snapshotIndex = d.index();
    snapshotTerm = d.term();
    snapshotFile = d.file();
    snapshotsTaken++;
    snapshots.deleteOlderThan(d.file());
    long keepFrom = d.index() + 1 - policy.tailEntries();
    if (keepFrom > storage.firstIndex()) {
      storage.compactBefore(keepFrom);
    }
  }

  /**
   * Installs a snapshot received from the leader (published and checked by the receiver): the
   * state machine is replaced, the log emptied to continue after it, and the core told.
   */
  private void install(int leader, Path file, long index, long term) throws IOException {
    Membership conf;
    try (SnapshotReader in = SnapshotReader.open(file)) {
      conf = configurationOf(in, raft.membership());
      machine.restore(in);
    }
    storage.restartAt(index + 1);
    if (!raft.installSnapshot(leader, index, term, conf)) {
      throw new IllegalStateException(
          name + ": the core refused snapshot " + index + " it asked for");
    }
    snapshotIndex = index;
    snapshotTerm = term;
    snapshotFile = file;
    snapshots.deleteOlderThan(file);
    entriesSinceSnapshot = 0;
    bytesSinceSnapshot = 0;
  }

  /** Waits for a snapshot being written, ends the transfers and closes the storage (final sync). */
  public void close() throws IOException {
    try {
      snapshotter.close();
      transfers.close();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      storage.close();
    }
  }

  // ---- state ----

  /** The core (for queries: role, term, log extent; drive it only through the loop). */
  public RaftNode raft() {
    return raft;
  }

  /** The storage. */
  public RaftStorage storage() {
    return storage;
  }

  /** This node's role. */
  public Role role() {
    return raft.role();
  }

  /** The leader this node knows of (0: none). */
  public int leader() {
    return raft.leader();
  }

  /** The commit index. */
  public long committed() {
    return raft.log().committed();
  }

  /** The configuration in effect (the newest in the log, committed or not). */
  public Membership membership() {
    return raft.membership();
  }

  /** The last index of the log (a proposal just accepted is there). */
  public long lastIndex() {
    return raft.log().lastIndex();
  }

  /** The leader this node knows of (itself when it leads; 0: none known). Any thread. */
  public int knownLeader() {
    return knownLeader;
  }

  /** Peer messages refused so far: malformed, or not meant for this node or cluster. */
  public long refusedMessages() {
    return refusedMessages;
  }

  /** Times a new leader was seen. */
  public long leaderChanges() {
    return leaderChanges;
  }

  /** Log records handed to the storage by this process so far. Any thread. */
  public long recordsWritten() {
    return recordsWritten;
  }

  /** The index of the newest published snapshot (0: none). Any thread. */
  public long snapshotIndex() {
    return snapshotIndex;
  }

  /** Snapshots taken by this process. Any thread. */
  public long snapshotsTaken() {
    return snapshotsTaken;
  }

  /** Snapshot transfers this node completed as the leader. */
  public long snapshotsSent() {
    return transfers.sentTransfers;
  }

  /** Snapshot bytes this node sent as the leader. */
  public long snapshotBytesSent() {
    return transfers.sentBytes;
  }

  /** Snapshots installed from a leader. */
  public long snapshotsInstalled() {
    return transfers.installed;
  }

  /** The bytes the published snapshots take. */
  public long snapshotBytes() {
    return snapshots.bytes();
  }
}
