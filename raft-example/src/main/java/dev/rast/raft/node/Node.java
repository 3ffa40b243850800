package dev.rast.raft.node;

import dev.rast.capnp.DataReader;
import dev.rast.capnp.DecodeException;
import dev.rast.capnp.Framing;
import dev.rast.capnp.MessageBuilder;
import dev.rast.capnp.MessageReader;
import dev.rast.raft.core.Config;
import dev.rast.raft.core.Outcome;
import dev.rast.raft.core.RaftLog;
import dev.rast.raft.core.RaftNode;
import dev.rast.raft.core.Ready;
import dev.rast.raft.core.Role;
import dev.rast.raft.kv.KvStateMachine;
import dev.rast.raft.kv.RequestCheck;
import dev.rast.raft.log.CorruptLogException;
import dev.rast.raft.log.LogOptions;
import dev.rast.raft.log.SegmentedLog;
import dev.rast.raft.log.StoredEntries;
import dev.rast.raft.log.StoredHardState;
import dev.rast.raft.log.Syncer;
import dev.rast.raft.msg.KvMsg.KvRequest;
import dev.rast.raft.msg.KvMsg.KvResponse;
import dev.rast.raft.msg.KvMsg.Op;
import dev.rast.raft.msg.KvMsg.Status;
import dev.rast.raft.msg.RaftMsg.Entry;
import dev.rast.raft.msg.RaftMsg.EntryKind;
import dev.rast.raft.msg.RaftMsg.Message;
import dev.rast.raft.net.EventLoops;
import dev.rast.raft.net.Handshake;
import dev.rast.raft.net.InboundBudget;
import dev.rast.raft.net.MessageSink;
import dev.rast.raft.net.Transport;
import dev.rast.raft.snapshot.SnapshotPolicy;
import dev.rast.raft.snapshot.SnapshotReader;
import dev.rast.raft.snapshot.SnapshotStore;
import dev.rast.raft.snapshot.Snapshotter;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Selector;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

/**
 * One Raft node serving the key-value service. {@link #start} binds the ports and recovers the
 * log; {@link #run} is the event loop (call it on the thread that will own the node); {@link
 * #shutdown} (any thread) makes {@code run} return after a final sync. See the package
 * documentation for the threading and failure policy.
 */
public final class Node implements MessageSink {
  /**
   * Completion of an in-process proposal ({@link #propose}). Runs on the node's event-loop thread:
   * it must be quick and must not block (it may {@link #propose} the next write).
   */
  @FunctionalInterface
  public interface Callback {
    /**
     * The write's outcome: its result once applied ({@code OK}, {@code NOT_FOUND}, {@code
     * COMPARE_FAILED}), {@code NOT_LEADER} when this node is not (or no longer) the leader (the
     * write may still commit: retry it with the same session and sequence number), or {@code
     * ERROR} for a malformed or oversized request.
     */
    void done(Status status);
  }

  private record Pending(ClientConn conn, long requestId, String key) {}

  private final NodeConfig config;
  private final Selector selector;
  private final SegmentedLog storage;
  private final Syncer syncer;
  private final RaftNode raft;
  private final Transport transport;
  private final KvStateMachine kv = new KvStateMachine();
  private final SnapshotPolicy snapshotPolicy;
  private final SnapshotStore snapshots;
  private final Snapshotter snapshotter;
  /** The index of the newest published snapshot (0: none), and what was applied since it was taken. */
  private volatile long snapshotIndex;

  private long snapshotTerm;
  /** The newest published snapshot file (null: none), which a lagging follower is sent. */
  private Path snapshotFile;

  private final SnapshotTransfers transfers;
  private long entriesSinceSnapshot;
  private long bytesSinceSnapshot;
  private volatile long snapshotsTaken;
  /** Admission control: every client request is checked completely before it is served or proposed. */
  private final RequestCheck check;
  /** Rate limit of the log lines about client frames that do not decode (one per second at most). */
  private final Durable durable = new Durable();

  private final HeldMessages held = new HeldMessages();
  private final InboundBudget inboundBudget;
  private final ClientPort clientPort;
  final List<ClientConn> dirtyClients = new ArrayList<>();
  private final PendingWrites pendingWrites = new PendingWrites();
  /** In-process proposals handed over by other threads ({@link #propose}); guarded by itself. */
  private final Object inboxLock = new Object();

  private byte[][] inbox = new byte[64][];
  private Callback[] inboxCallbacks = new Callback[64];
  private int inboxCount;
  private byte[][] draining = new byte[64][];
  private Callback[] drainingCallbacks = new Callback[64];
  private volatile int leaderSeen;
  private final Map<Long, Pending> pendingReads = new HashMap<>();
  private long nextReadId;
  /** Write sequence number (see {@link SegmentedLog#flush}) of the newest write handed to the log, and of the newest durable one. */
  private long issuedTag;

  private long syncedTag;
  private final long[] syncDone = new long[3];
  /** Records handed to the log by this process (for entries per fsync in the status); written by the loop only. */
  private volatile long recordsWritten;

  private volatile int restarts;
  private volatile boolean stopping;
  private long leaderChanges;
  private int lastLeader;

  // reusable flyweights
  private final MessageReader reqMessage = new MessageReader();
  private final KvRequest.Reader request = new KvRequest.Reader();
  private final MessageBuilder response = new MessageBuilder();
  private final KvResponse.Builder responseBuilder = new KvResponse.Builder();
  private final DataReader payload = new DataReader();

  /**
   * Creates the node: opens its {@link SegmentedLog} in {@code config.dataDir()} (recovering it:
   * a torn tail is truncated with a log line) and restores the core from it; binds nothing yet.
   *
   * @throws CorruptLogException when the log holds damage a crash cannot explain (the message
   *     names the file and byte offset); the node must not start
   */
  public Node(NodeConfig config) throws IOException {
    this(config, defaultLogOptions(config));
  }

  /** The log settings a node uses unless told otherwise: the defaults, with the config's fsync. */
  public static LogOptions defaultLogOptions(NodeConfig config) {
    return LogOptions.DEFAULT.withFsync(config.fsync()).withInitialIndexCapacity(1 << 16);
  }

  /** Same, with explicit log settings (tests use small segments). */
  public Node(NodeConfig config, LogOptions logOptions) throws IOException {
    this(config, logOptions, SnapshotPolicy.DEFAULT);
  }

  /**
   * Same, with explicit log and snapshot settings. Snapshots live in {@code dataDir/snapshots};
   * at start the newest one is loaded, then the log after it is replayed.
   *
   * @throws dev.rast.raft.snapshot.CorruptSnapshotException when the newest snapshot is damaged
   *     (the message names the file and offset); the node must not start
   */
  public Node(NodeConfig config, LogOptions logOptions, SnapshotPolicy snapshotPolicy)
      throws IOException {
    this.config = config;
    this.snapshotPolicy = snapshotPolicy;
    this.snapshots = new SnapshotStore(config.dataDir().resolve("snapshots"));
    this.check = new RequestCheck(config.kv());
    if (Files.exists(config.dataDir()) && !Files.isWritable(config.dataDir())) {
      throw new AccessDeniedException(
          config.dataDir().toString(), null, "data directory is not writable");
    }
    this.storage = SegmentedLog.open(config.dataDir(), logOptions);
    boolean ok = false;
    try {
      int[] voters =
          config.peers().keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
      Config rc = Config.of(
              config.id(),
              voters,
              config.clusterId(),
              new SplittableRandom(System.nanoTime() ^ config.id()))
          .withElection(config.electionTicks(), config.heartbeatTicks(), true, true)
          .withInitialLogCapacity(1 << 16);
      this.raft = new RaftNode(rc, new StoredEntries(storage));
      restore();
      this.selector = Selector.open();
      this.inboundBudget = new InboundBudget(config.net().inboundBufferBytes());
      this.transport = new Transport(
          config.id(),
          config.clusterId(),
          config.peers().get(config.id()),
          config.peers(),
          config.net(),
          inboundBudget,
          config.secret(),
          this,
          selector);
      this.clientPort = new ClientPort(this, config.id(), config.net(), inboundBudget);
      this.syncer = new Syncer(storage, durable);
      this.snapshotter = new Snapshotter(snapshots.dir(), selector::wakeup);
      this.transfers = new SnapshotTransfers(
          config.id(), config.clusterId(), raft, transport, snapshots.dir(), this::installSnapshot);
      ok = true;
    } finally {
      if (!ok) {
        storage.close();
      }
    }
  }

  private void restore() throws IOException {
    Path dir = storage.dir();
    Path snap = snapshots.newest();
    long snapIndex = 0;
    long snapTerm = 0;
    if (snap != null) {
      try (SnapshotReader in = SnapshotReader.open(snap)) {
        kv.restore(in);
        snapIndex = in.index();
        snapTerm = in.term();
        raft.restoreSnapshot(in.index(), in.term());
      }
      snapshotIndex = snapIndex;
      snapshotTerm = snapTerm;
      snapshotFile = snap;
      snapshots.deleteOlderThan(
          snap); // e.g. one published just before a shutdown, not yet cleaned up
    }
    if (storage.firstIndex() > snapIndex + 1) {
      throw new CorruptLogException(
          dir,
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
          dir, 0, "record " + refused[0] + " passes its checksum but the core refuses it");
    }
    StoredHardState hs = storage.hardState();
    raft.restoreHardState(hs.term(), hs.vote(), Math.min(hs.commit(), raft.log().lastIndex()));
    syncedTag = issuedTag = storage.durableSeq();
  }

  /**
   * Receives the {@link Syncer}'s reports on the sync thread and hands them to the event loop
   * (which it wakes); the loop picks them up in {@code collectSyncs}.
   */
  private final class Durable implements Syncer.Listener {
    private long seq;
    private long index;
    private long term;
    private IOException error;

    @Override
    public void durable(long s, long i, long t) {
      synchronized (this) {
        seq = s;
        index = i;
        term = t;
      }
      selector.wakeup();
    }

    @Override
    public void failed(IOException e) {
      synchronized (this) {
        error = e;
      }
      selector.wakeup();
    }

    synchronized void copyTo(long[] out) throws IOException {
      if (error != null) {
        throw new IOException(
            "node " + config.id() + ": syncing the log in " + config.dataDir()
                + " failed; stopping",
            error);
      }
      out[0] = seq;
      out[1] = index;
      out[2] = term;
    }
  }

  /** Binds the peer and client ports; throws {@link java.net.BindException} when one is busy. */
  public void start() throws IOException {
    transport.start();
    clientPort.start(config.clientAddress(), selector);
    syncer.start();
  }

  /** The client address actually bound. */
  public InetSocketAddress clientAddress() throws IOException {
    return clientPort.localAddress();
  }

  /** Asks {@link #run} to stop (thread-safe). */
  public void shutdown() {
    stopping = true;
    selector.wakeup();
  }

  /**
   * The event loop; returns after {@link #shutdown}. Throws the error that stopped the node: a
   * storage failure or a state-machine failure (the node does not keep serving after either).
   */
  public void run() throws IOException {
    long tickNanos = TimeUnit.MILLISECONDS.toNanos(config.tickMillis());
    long nextTick = System.nanoTime() + tickNanos;
    try {
      while (!stopping) {
        long now = System.nanoTime();
        long waitMs = Math.max(1, TimeUnit.NANOSECONDS.toMillis(nextTick - now));
        EventLoops.selectOnce(selector, waitMs);
        now = System.nanoTime();
        if (now - nextTick >= 0) {
          raft.tick();
          // After a stall (GC, SIGSTOP) take one tick, not a burst: a burst would fire timeouts
          // the cluster has not really seen.
          nextTick = now - nextTick > 5 * tickNanos ? now + tickNanos : nextTick + tickNanos;
        }
        transport.poll(now);
        clientPort.poll(now);
        drainInbox();
        collectSyncs();
        for (int i = 0; i < 4 && raft.hasReady(); i++) {
          handleReady();
        }
        collectSnapshot();
        maybeSnapshot();
        transfers.drive(now, snapshotFile, snapshotIndex, snapshotTerm);
        transport.flush();
        flushClients();
      }
    } finally {
      try {
        syncer.close();
        snapshotter.close();
        transfers.close();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      try {
        storage.close();
      } finally {
        transport.close();
        clientPort.close();
        selector.close();
      }
    }
  }

  // ---- peers ----

  @Override
  public boolean onMessage(int fromPeer, ByteBuffer buf, int start, int end) {
    int p = buf.position();
    int l = buf.limit();
    try {
      buf.limit(end).position(start);
      // Decoded once, by the core; its reader tells the type and carries what the node handles.
      Message.Reader m = raft.stepMessage(buf);
      if (m == null) {
        return false;
      }
      Message.Which which = m.which();
      // InstallSnapshot: the core checked the term and sender; the chunks are the node's.
      if (which == Message.Which.INSTALL_SNAPSHOT) {
        transfers.onChunk(fromPeer, m);
      } else if (which == Message.Which.INSTALL_SNAPSHOT_RESPONSE) {
        transfers.onAnswer(fromPeer, m, System.nanoTime());
      }
      // AppendEntries records are logged where they arrived: the transport must keep the buffer.
      return which == Message.Which.APPEND_ENTRIES;
    } catch (DecodeException e) {
      return false;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(
          "node " + config.id() + ": installing a snapshot from node " + fromPeer
              + " failed; stopping",
          e);
    } finally {
      buf.limit(l).position(p);
    }
  }

  // ---- Ready ----

  private void handleReady() throws IOException {
    Ready r = raft.ready();
    if (r.hasRecords() || r.hardStateChanged()) {
      if (r.hasRecords()) {
        recordsWritten += r.persistLast() - r.persistFirst() + 1;
      }
      // Appends the records' bytes exactly as the core holds them (for a follower: as received).
      long seq = storage.persist(r, raft.log());
      if (seq != issuedTag) {
        issuedTag = seq;
        syncer.request();
      }
    }
    for (int i = 0; i < r.messageCount(); i++) {
      if (r.afterPersist(i) && issuedTag > syncedTag) {
        held.hold(issuedTag, r.messageTo(i), r.message(i));
      } else if (!transport.send(r.messageTo(i), r.message(i))) {
        raft.reportDropped(r.messageTo(i)); // flow control: stop building messages it cannot take
      }
    }
    for (long i = r.applyFirst(); i <= r.applyLast(); i++) {
      apply(i);
    }
    for (int i = 0; i < r.readCount(); i++) {
      Pending p = pendingReads.remove(r.readId(i));
      if (p != null) {
        byte[] v = kv.get(p.key());
        respond(p.conn(), p.requestId(), v == null ? Status.NOT_FOUND : Status.OK, v, null);
      }
    }
    raft.advance();
    int leader = raft.leader();
    if (leader != 0 && leader != lastLeader) {
      leaderChanges++;
      lastLeader = leader;
    }
    int seen = raft.role() == Role.LEADER ? config.id() : leader;
    if (seen != leaderSeen) {
      leaderSeen = seen;
    }
    if (raft.role() != Role.LEADER && (!pendingWrites.isEmpty() || !pendingReads.isEmpty())) {
      // Deposed: tell the waiting clients to retry at the new leader. A write may still commit;
      // its session makes the retry harmless.
      while (pendingWrites.takeAny()) {
        answerTaken(Status.NOT_LEADER);
      }
      for (Pending p : pendingReads.values()) {
        respond(p.conn(), p.requestId(), Status.NOT_LEADER, null, null);
      }
      pendingReads.clear();
    }
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
    Status status;
    try {
      status = kv.apply(b, at, at + payload.size());
    } catch (RuntimeException ex) {
      throw new StateMachineException(
          "node " + config.id() + ": the state machine failed on entry " + index + " (term "
              + e.getTerm() + "); stopping",
          ex);
    }
    // Only this node's own proposals wait here, keyed by the index they were proposed at; a
    // leader's entries keep their index until it is deposed, which answers them all NOT_LEADER.
    if (pendingWrites.take(index)) {
      if (status == KvStateMachine.STALE) {
        pendingWrites.takenConn = null; // a late duplicate: the client already has its answer
        pendingWrites.takenCallback = null;
      } else {
        answerTaken(status);
      }
    }
  }

  private void answerTaken(Status status) {
    ClientConn c = pendingWrites.takenConn;
    Callback cb = pendingWrites.takenCallback;
    pendingWrites.takenConn = null;
    pendingWrites.takenCallback = null;
    if (c != null) {
      respond(
          c,
          pendingWrites.takenRequestId,
          status,
          null,
          status == Status.ERROR ? kv.lastError() : null);
    } else if (cb != null) {
      cb.done(status);
    }
  }

  // ---- snapshots and compaction ----

  /** Starts a snapshot of the state as of the applied index when the policy says one is due. */
  private void maybeSnapshot() {
    if (snapshotter.busy() || !snapshotPolicy.due(entriesSinceSnapshot, bytesSinceSnapshot)) {
      return;
    }
    long index = raft.log().applied();
    if (index <= snapshotIndex) {
      return;
    }
    // kv holds exactly the entries up to the applied index (every Ready is applied before advance).
    snapshotter.start(kv.snapshot(), index, raft.log().term(index));
    entriesSinceSnapshot = 0;
    bytesSinceSnapshot = 0;
  }

  /** Takes a finished snapshot: older snapshots and the log segments it covers (minus the tail) go. */
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
      System.err.println("node " + config.id() + ": writing the snapshot at index " + d.index()
          + " failed: " + d.error());
      return;
    }
    snapshotIndex = d.index();
    snapshotTerm = d.term();
    snapshotFile = d.file();
    snapshotsTaken++;
    snapshots.deleteOlderThan(d.file());
    long keepFrom = d.index() + 1 - snapshotPolicy.tailEntries();
    if (keepFrom > storage.firstIndex()) {
      storage.compactBefore(keepFrom);
    }
  }

  /**
   * Installs a snapshot received from the leader (published and checked by the receiver): the
   * state machine is replaced, the log emptied to continue after it, and the core told.
   */
  private void installSnapshot(int leader, Path file, long index, long term) throws IOException {
    try (SnapshotReader in = SnapshotReader.open(file)) {
      kv.restore(in);
    }
    storage.restartAt(index + 1);
    if (!raft.installSnapshot(leader, index, term)) {
      throw new IllegalStateException(
          "node " + config.id() + ": the core refused snapshot " + index + " it asked for");
    }
    snapshotIndex = index;
    snapshotTerm = term;
    snapshotFile = file;
    snapshots.deleteOlderThan(file);
    entriesSinceSnapshot = 0;
    bytesSinceSnapshot = 0;
  }

  private void collectSyncs() throws IOException {
    durable.copyTo(syncDone);
    if (syncDone[0] > syncedTag) {
      syncedTag = syncDone[0];
      raft.persisted(syncDone[1], syncDone[2]);
      held.release(syncedTag, transport);
    }
  }

  // ---- clients ----

  private KvRequest.Reader readRequest(ByteBuffer buf, int start, int end) {
    buf.order(ByteOrder.LITTLE_ENDIAN);
    int p = buf.position();
    int l = buf.limit();
    try {
      buf.limit(end).position(start);
      Framing.read(buf, reqMessage);
    } finally {
      buf.limit(l).position(p);
    }
    return reqMessage.getRoot(request);
  }

  void onClientRequest(ClientConn conn, ByteBuffer buf, int start, int end) {
    KvRequest.Reader req;
    try {
      req = readRequest(buf, start, end);
    } catch (DecodeException e) {
      // Without a decodable envelope there is no request id to answer: drop this client only.
      badFrame(conn, e);
      return;
    }
    long id = req.getId();
    String problem = check.check(req);
    if (problem != null) {
      respond(conn, id, Status.ERROR, null, problem);
      return;
    }
    switch (req.getOp()) {
      case STATUS -> respond(
          conn, id, Status.OK, statusJson().getBytes(StandardCharsets.UTF_8), null);
      case GET -> {
        if (raft.role() != Role.LEADER) {
          respond(conn, id, Status.NOT_LEADER, null, null);
          return;
        }
        long readId = ++nextReadId;
        if (raft.read(readId) == Outcome.ACCEPTED) {
          pendingReads.put(readId, new Pending(conn, id, KvStateMachine.key(req)));
        } else {
          respond(conn, id, Status.NOT_LEADER, null, null);
        }
      }
      default -> proposeWrite(buf, start, end, conn, id, null);
    }
  }

  /** Closes a client connection whose frame does not decode, with a log line (rate-limited). */
  private void badFrame(ClientConn conn, DecodeException e) {
    clientPort.refusals.log("closing client " + clientPort.remote(conn)
        + ": its request does not decode: " + e.getMessage());
    conn.close();
  }

  /** Proposes the checked write request framed in {@code buf[start, end)}; answers on {@code conn} or through {@code cb}. */
  private void proposeWrite(
      ByteBuffer buf, int start, int end, ClientConn conn, long id, Callback cb) {
    if (raft.role() != Role.LEADER) {
      answer(conn, id, cb, Status.NOT_LEADER, null);
      return;
    }
    if (end - start > config.net().maxRequestBytes()) {
      answer(
          conn,
          id,
          cb,
          Status.ERROR,
          "request of " + (end - start) + " bytes is above the maximum request size of "
              + config.net().maxRequestBytes() + " bytes (rast node --max-request-bytes)");
      return;
    }
    int p = buf.position();
    int l = buf.limit();
    Outcome o;
    try {
      buf.limit(end).position(start);
      o = raft.propose(buf);
    } finally {
      buf.limit(l).position(p);
    }
    switch (o) {
      case ACCEPTED -> pendingWrites.add(raft.log().lastIndex(), conn, id, cb);
      case TOO_LARGE -> answer(conn, id, cb, Status.ERROR, "request too large");
      default -> answer(conn, id, cb, Status.NOT_LEADER, null);
    }
  }

  private void answer(ClientConn conn, long id, Callback cb, Status status, String message) {
    if (cb != null) {
      cb.done(status);
    } else {
      respond(conn, id, status, null, message);
    }
  }

  // ---- in-process proposals ----

  /**
   * Proposes a write from another thread of this JVM, without a socket: {@code request} is one
   * framed {@code KvRequest} (a put, delete or cput with a client id and a sequence number, the
   * same bytes a client sends without the length prefix), logged as is. The node's event loop picks
   * it up (this call only queues it and wakes the loop) and calls {@code callback} on the loop
   * thread once the write is applied or refused. Thread-safe; the array must not change
   * afterwards.
   */
  public void propose(byte[] request, Callback callback) {
    boolean wake;
    synchronized (inboxLock) {
      if (inboxCount == inbox.length) {
        inbox = java.util.Arrays.copyOf(inbox, inboxCount * 2);
        inboxCallbacks = java.util.Arrays.copyOf(inboxCallbacks, inboxCount * 2);
      }
      inbox[inboxCount] = request;
      inboxCallbacks[inboxCount] = callback;
      wake = inboxCount++ == 0;
    }
    if (wake) {
      selector.wakeup();
    }
  }

  /** Log records written by this process so far (any thread; with {@link #fsyncs}: entries per fsync). */
  public long recordsWritten() {
    return recordsWritten;
  }

  /** Syncs that forced the log so far (any thread). */
  public long fsyncs() {
    return storage.fsyncs();
  }

  /** The leader this node knows of (itself when it leads; 0: none known). Any thread. */
  public int knownLeader() {
    return leaderSeen;
  }

  private void drainInbox() {
    byte[][] cmds;
    Callback[] cbs;
    int n;
    synchronized (inboxLock) {
      n = inboxCount;
      if (n == 0) {
        return;
      }
      cmds = inbox;
      cbs = inboxCallbacks;
      if (draining.length < cmds.length) {
        draining = new byte[cmds.length][];
        drainingCallbacks = new Callback[cmds.length];
      }
      inbox = draining;
      inboxCallbacks = drainingCallbacks;
      inboxCount = 0;
    }
    for (int i = 0; i < n; i++) {
      byte[] cmd = cmds[i];
      Callback cb = cbs[i];
      cmds[i] = null;
      cbs[i] = null;
      ByteBuffer b = ByteBuffer.wrap(cmd).order(ByteOrder.LITTLE_ENDIAN);
      try {
        KvRequest.Reader req = readRequest(b, 0, cmd.length);
        Op op = req.getOp();
        if (op == Op.GET || op == Op.STATUS || check.check(req) != null) {
          cb.done(Status.ERROR);
          continue;
        }
      } catch (DecodeException e) {
        cb.done(Status.ERROR);
        continue;
      }
      proposeWrite(b, 0, cmd.length, null, 0, cb);
    }
    draining = cmds;
    drainingCallbacks = cbs;
  }

  private void respond(ClientConn conn, long id, Status status, byte[] value, String message) {
    if (conn.closed) {
      return;
    }
    response.clear();
    KvResponse.Builder b = response.initRoot(KvResponse._Meta.SIZE, responseBuilder);
    b.setId(id);
    b.setStatus(status);
    if (value != null) {
      b.setValue(value);
    }
    if (status == Status.NOT_LEADER) {
      b.setLeader(raft.leader());
    }
    if (message != null) {
      b.setMessage(message);
    }
    conn.send(response);
  }

  private void flushClients() {
    for (ClientConn c : dirtyClients) {
      c.dirty = false;
      try {
        c.flush();
      } catch (IOException e) {
        c.close();
      }
    }
    dirtyClients.clear();
  }

  /**
   * Records how often a supervisor ({@code rast cluster}) restarted this node's process, so that
   * {@code rast status} can show it; the node itself does not count its starts.
   */
  public void restarts(int count) {
    restarts = count;
  }

  /**
   * The node's status as JSON: leader, term, commit/applied index, the log's extent (snapshot
   * index, first and last index, bytes on disk) and the entries and record bytes the core holds in
   * memory, counters, per-peer queue bytes.
   */
  public String statusJson() {
    RaftLog log = raft.log();
    StringBuilder sb = new StringBuilder();
    sb.append("{\"id\":")
        .append(config.id())
        .append(",\"role\":\"")
        .append(raft.role())
        .append('"')
        .append(",\"leader\":")
        .append(raft.leader())
        .append(",\"term\":")
        .append(raft.term())
        .append(",\"snapshotIndex\":")
        .append(snapshotIndex)
        .append(",\"snapshots\":")
        .append(snapshotsTaken)
        .append(",\"snapshotsSent\":")
        .append(transfers.sentTransfers)
        .append(",\"snapshotBytesSent\":")
        .append(transfers.sentBytes)
        .append(",\"snapshotsInstalled\":")
        .append(transfers.installed)
        .append(",\"firstIndex\":")
        .append(storage.firstIndex())
        .append(",\"lastIndex\":")
        .append(log.lastIndex())
        .append(",\"diskBytes\":")
        .append(storage.diskBytes() + snapshots.bytes())
        .append(",\"memFirst\":")
        .append(log.memFirst())
        .append(",\"memEntries\":")
        .append(log.memEntries())
        .append(",\"memBytes\":")
        .append(log.memBytes())
        .append(",\"commit\":")
        .append(log.committed())
        .append(",\"applied\":")
        .append(log.applied())
        .append(",\"stable\":")
        .append(log.stable())
        .append(",\"keys\":")
        .append(kv.size())
        .append(",\"sessions\":")
        .append(kv.sessions())
        .append(",\"leaderChanges\":")
        .append(leaderChanges)
        .append(",\"recordsWritten\":")
        .append(recordsWritten)
        .append(",\"fsyncs\":")
        .append(storage.fsyncs())
        .append(",\"restarts\":")
        .append(restarts)
        .append(",\"pid\":")
        .append(ProcessHandle.current().pid())
        .append(",\"clientConnections\":")
        .append(clientPort.connections())
        .append(",\"peerConnections\":")
        .append(transport.inboundConnections())
        .append(",\"inboundBufferBytes\":")
        .append(inboundBudget.used())
        .append(",\"refusals\":")
        .append(clientPort.refusals() + transport.refusals())
        .append(",\"peerAuth\":")
        .append(transport.authenticatesPeers() ? "\"secret\"" : "\"none\"")
        .append(",\"rejectedHandshakes\":")
        .append(transport.rejectedHandshakes())
        .append(",\"peers\":{");
    boolean first = true;
    for (int p : transport.peers()) {
      if (!first) {
        sb.append(',');
      }
      first = false;
      sb.append('"')
          .append(p)
          .append("\":{\"connected\":")
          .append(transport.connected(p))
          .append(",\"queueBytes\":")
          .append(transport.queuedBytes(p))
          .append(",\"drops\":")
          .append(transport.drops(p))
          .append(",\"match\":")
          .append(raft.matchOf(p));
      int refused = transport.rejectCode(p);
      if (refused >= 0) {
        sb.append(",\"handshake\":\"").append(Handshake.describe(refused)).append('"');
      }
      sb.append('}');
    }
    sb.append("}}");
    return sb.toString();
  }
}
