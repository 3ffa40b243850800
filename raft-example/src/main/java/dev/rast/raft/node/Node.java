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
import dev.rast.raft.log.CorruptLogException;
import dev.rast.raft.log.LogOptions;
import dev.rast.raft.log.SegmentedLog;
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
import dev.rast.raft.net.InboundBudget;
import dev.rast.raft.net.MessageSink;
import dev.rast.raft.net.Transport;
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
  private volatile boolean stopping;
  private long leaderChanges;
  private int lastLeader;

  // reusable flyweights
  private final MessageReader peek = new MessageReader();
  private final Message.Reader peekMsg = new Message.Reader();
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
    this(config, LogOptions.DEFAULT.withFsync(config.fsync()).withInitialIndexCapacity(1 << 16));
  }

  /** Same, with explicit log settings (tests use small segments). */
  public Node(NodeConfig config, LogOptions logOptions) throws IOException {
    this.config = config;
    if (Files.exists(config.dataDir()) && !Files.isWritable(config.dataDir())) {
      throw new AccessDeniedException(config.dataDir().toString(), null, "data directory is not writable");
    }
    this.storage = SegmentedLog.open(config.dataDir(), logOptions);
    boolean ok = false;
    try {
      int[] voters = config.peers().keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
      Config rc = Config.of(config.id(), voters, config.clusterId(), new SplittableRandom(System.nanoTime() ^ config.id()))
          .withElection(config.electionTicks(), config.heartbeatTicks(), true, true)
          .withInitialLogCapacity((int) Math.max(1 << 16, storage.lastIndex() + 1024));
      this.raft = new RaftNode(rc);
      restore();
      this.selector = Selector.open();
      this.inboundBudget = new InboundBudget(config.net().inboundBufferBytes());
      this.transport = new Transport(config.id(), config.clusterId(), config.peers().get(config.id()), config.peers(),
          config.net(), inboundBudget, this, selector);
      this.clientPort = new ClientPort(this, config.id(), config.net(), inboundBudget);
      this.syncer = new Syncer(storage, durable);
      ok = true;
    } finally {
      if (!ok) {
        storage.close();
      }
    }
  }

  private void restore() throws IOException {
    Path dir = storage.dir();
    long[] refused = {0};
    storage.replay((index, term, buf, offset, length) -> {
      if (refused[0] == 0 && !raft.restoreRecord(buf, offset, offset + length)) {
        refused[0] = index;
      }
    });
    if (refused[0] != 0) {
      // The log checked every record's length and CRC; the core refusing one means it does not decode.
      throw new CorruptLogException(dir, 0, "record " + refused[0] + " passes its checksum but the core refuses it");
    }
    StoredHardState hs = storage.hardState();
    raft.restoreHardState(hs.term(), hs.vote(), hs.commit());
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
        throw new IOException("node " + config.id() + ": syncing the log in " + config.dataDir() + " failed; stopping", error);
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
        transport.flush();
        flushClients();
      }
    } finally {
      try {
        syncer.close();
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
    boolean retained = false;
    int p = buf.position();
    int l = buf.limit();
    try {
      buf.limit(end).position(start);
      try {
        Framing.read(buf, peek);
        retained = peek.getRoot(peekMsg).which() == Message.Which.APPEND_ENTRIES;
      } catch (DecodeException e) {
        return false;
      }
      buf.position(start);
      raft.step(buf);
    } finally {
      buf.limit(l).position(p);
    }
    return retained;
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
    if (e.getKind() != EntryKind.NORMAL) {
      return;
    }
    e.getPayload(payload);
    ByteBuffer b = payload.buffer();
    int at = payload.offset();
    Status status;
    try {
      status = kv.apply(b, at, at + payload.size());
    } catch (RuntimeException ex) {
      throw new StateMachineException("node " + config.id() + ": the state machine failed on entry " + index
          + " (term " + e.getTerm() + "); stopping", ex);
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
      respond(c, pendingWrites.takenRequestId, status, null, null);
    } else if (cb != null) {
      cb.done(status);
    }
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
      req.getOp();
    } catch (DecodeException e) {
      conn.close();
      return;
    }
    long id = req.getId();
    Op op = req.getOp();
    if (op == null) {
      respond(conn, id, Status.ERROR, null, "unknown operation");
      return;
    }
    switch (op) {
      case STATUS -> respond(conn, id, Status.OK, statusJson().getBytes(StandardCharsets.UTF_8), null);
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
      default -> proposeWrite(req, buf, start, end, conn, id, null);
    }
  }

  /** Proposes the write request framed in {@code buf[start, end)}; answers on {@code conn} or through {@code cb}. */
  private void proposeWrite(KvRequest.Reader req, ByteBuffer buf, int start, int end, ClientConn conn, long id, Callback cb) {
    if (req.getClientId() <= 0 || req.getSeq() <= 0) {
      answer(conn, id, cb, Status.ERROR, "writes need a client id and a sequence number > 0");
      return;
    }
    if (raft.role() != Role.LEADER) {
      answer(conn, id, cb, Status.NOT_LEADER, null);
      return;
    }
    if (end - start > config.net().maxRequestBytes()) {
      answer(conn, id, cb, Status.ERROR, "request of " + (end - start) + " bytes is above the maximum request size of "
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
      KvRequest.Reader req;
      try {
        req = readRequest(b, 0, cmd.length);
        Op op = req.getOp();
        if (op == null || op == Op.GET || op == Op.STATUS) {
          cb.done(Status.ERROR);
          continue;
        }
      } catch (DecodeException e) {
        cb.done(Status.ERROR);
        continue;
      }
      proposeWrite(req, b, 0, cmd.length, null, 0, cb);
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

  /** The node's status as JSON (leader, term, commit/applied index, per-peer queue bytes). */
  public String statusJson() {
    RaftLog log = raft.log();
    StringBuilder sb = new StringBuilder();
    sb.append("{\"id\":").append(config.id())
        .append(",\"role\":\"").append(raft.role()).append('"')
        .append(",\"leader\":").append(raft.leader())
        .append(",\"term\":").append(raft.term())
        .append(",\"lastIndex\":").append(log.lastIndex())
        .append(",\"commit\":").append(log.committed())
        .append(",\"applied\":").append(log.applied())
        .append(",\"stable\":").append(log.stable())
        .append(",\"keys\":").append(kv.size())
        .append(",\"sessions\":").append(kv.sessions())
        .append(",\"leaderChanges\":").append(leaderChanges)
        .append(",\"recordsWritten\":").append(recordsWritten)
        .append(",\"fsyncs\":").append(storage.fsyncs())
        .append(",\"pid\":").append(ProcessHandle.current().pid())
        .append(",\"clientConnections\":").append(clientPort.connections())
        .append(",\"peerConnections\":").append(transport.inboundConnections())
        .append(",\"inboundBufferBytes\":").append(inboundBudget.used())
        .append(",\"refusals\":").append(clientPort.refusals() + transport.refusals())
        .append(",\"peers\":{");
    boolean first = true;
    for (int p : transport.peers()) {
      if (!first) {
        sb.append(',');
      }
      first = false;
      sb.append('"').append(p).append("\":{\"connected\":").append(transport.connected(p))
          .append(",\"queueBytes\":").append(transport.queuedBytes(p))
          .append(",\"drops\":").append(transport.drops(p))
          .append(",\"match\":").append(raft.matchOf(p)).append('}');
    }
    sb.append("}}");
    return sb.toString();
  }
}
