package dev.rast.raft.node;

import dev.rast.capnp.DataReader;
import dev.rast.capnp.DecodeException;
import dev.rast.capnp.Framing;
import dev.rast.capnp.MessageBuilder;
import dev.rast.capnp.MessageReader;
import dev.rast.raft.core.ChunkPool;
import dev.rast.raft.core.Config;
import dev.rast.raft.core.Member;
import dev.rast.raft.core.Membership;
import dev.rast.raft.core.Outcome;
import dev.rast.raft.core.RaftLog;
import dev.rast.raft.core.RaftNode;
import dev.rast.raft.core.Role;
import dev.rast.raft.kv.KvStateMachine;
import dev.rast.raft.kv.RequestCheck;
import dev.rast.raft.log.CorruptLogException;
import dev.rast.raft.log.LogOptions;
import dev.rast.raft.log.SegmentedLog;
import dev.rast.raft.loop.RaftLoop;
import dev.rast.raft.loop.SegmentedStorage;
import dev.rast.raft.msg.KvMsg.KvRequest;
import dev.rast.raft.msg.KvMsg.KvResponse;
import dev.rast.raft.msg.KvMsg.Op;
import dev.rast.raft.msg.KvMsg.Status;
import dev.rast.raft.net.EventLoops;
import dev.rast.raft.net.Handshake;
import dev.rast.raft.net.InboundBudget;
import dev.rast.raft.net.MessageSink;
import dev.rast.raft.net.Transport;
import dev.rast.raft.snapshot.SnapshotPolicy;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Selector;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The key-value server: client connections, admission control, sessions and the key-value state
 * machine, on a {@link RaftLoop} that drives Raft (recovery, the Ready contract, snapshots,
 * InstallSnapshot) over the node's {@link SegmentedLog} and NIO {@link Transport}. The constructor
 * recovers the log; {@link #start} binds the ports; {@link #run} is the event loop (call it on the
 * thread that will own the node); {@link #shutdown} (any thread) makes {@code run} return after a
 * final sync. See the package documentation for the threading and failure policy.
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

  /**
   * A reusable in-process write ({@link #propose(Proposal)}): the caller keeps one per write in
   * flight, fills its request, proposes it and, once {@link #done} was called, reuses it for the
   * next write. Nothing is allocated per write on either side.
   */
  public interface Proposal extends Callback {
    /**
     * One framed {@code KvRequest} (a put, delete or cput with a client id and a sequence number),
     * from the buffer's position to its limit; the node reads it on its loop without changing the
     * position or limit, and copies it into the log record. Not to be changed until {@link #done}.
     */
    ByteBuffer request();
  }

  /** The convenient form's request: an array and a callback, wrapped once per write. */
  private record ArrayProposal(ByteBuffer request, Callback callback) implements Proposal {
    @Override
    public void done(Status status) {
      callback.done(status);
    }
  }

  private final NodeConfig config;
  private final Selector selector;
  private final SegmentedLog storage;
  private final RaftLoop loop;
  private final Transport transport;
  private final KvStateMachine kv = new KvStateMachine();
  /** Admission control: every client request is checked completely before it is served or proposed. */
  private final RequestCheck check;

  private final InboundBudget inboundBudget;
  private final ClientPort clientPort;
  final List<ClientConn> dirtyClients = new ArrayList<>();
  private final PendingWrites pendingWrites = new PendingWrites();
  private final AdminRequests admin;
  /** In-process proposals handed over by other threads ({@link #propose}); guarded by itself. */
  private final Object inboxLock = new Object();

  private Proposal[] inbox = new Proposal[64];
  private int inboxCount;
  private Proposal[] draining = new Proposal[64];
  private final PendingReads pendingReads = new PendingReads();
  /** The key of a read request being registered (loop thread). */
  private final DataReader readKey = new DataReader();

  private long nextReadId;
  private volatile int restarts;
  private volatile boolean stopping;
  // reusable flyweights
  private final MessageReader reqMessage = new MessageReader();
  private final KvRequest.Reader request = new KvRequest.Reader();
  private final MessageBuilder response = new MessageBuilder();
  private final KvResponse.Builder responseBuilder = new KvResponse.Builder();
  /** Statuses by ordinal (the state machine's generic result), without {@code values()}'s copy. */
  private static final Status[] STATUSES = Status.values();

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
    this.check = new RequestCheck(config.kv());
    if (Files.exists(config.dataDir()) && !Files.isWritable(config.dataDir())) {
      throw new AccessDeniedException(
          config.dataDir().toString(), null, "data directory is not writable");
    }
    this.storage = SegmentedLog.open(config.dataDir(), logOptions);
    Selector sel = null;
    boolean ok = false;
    try {
      Membership bootstrap = config.bootstrap();
      int[] voters = bootstrap.voters();
      if (voters.length == 0) {
        throw new IllegalArgumentException(
            "--join needs the cluster's nodes (at least one) in --peers besides this node");
      }
      Config rc = Config.of(
              config.id(),
              voters,
              config.clusterId(),
              new SplittableRandom(System.nanoTime() ^ config.id()))
          .withElection(config.electionTicks(), config.heartbeatTicks(), true, true)
          .withInitialLogCapacity(1 << 16);
      sel = Selector.open();
      this.selector = sel;
      this.inboundBudget = new InboundBudget(config.net().inboundBufferBytes());
      this.transport = new Transport(
          config.id(),
          config.clusterId(),
          config.peers().get(config.id()),
          config.peers(),
          config.net(),
          inboundBudget,
          config.secret(),
          config.peerTls(),
          this,
          selector);
      this.clientPort =
          new ClientPort(this, config.id(), config.net(), inboundBudget, config.clientTls());
      String name = "node " + config.id();
      this.loop = new RaftLoop(
          name,
          rc,
          bootstrap,
          config.tickMillis(),
          new SegmentedStorage(storage, name, selector::wakeup),
          kv,
          transport,
          new Events(),
          config.dataDir().resolve("snapshots"),
          snapshotPolicy,
          selector::wakeup);
      // One pool of direct chunks for the leader's records and the received ones: steady state
      // allocates no record buffer, and the log writes them to its file straight from there.
      ChunkPool chunks = new ChunkPool(Transport.RECEIVE_CHUNK_BYTES, true);
      loop.useChunkPool(chunks);
      transport.useChunkPool(chunks);
      this.admin = new AdminRequests(loop, this::respondMembers);
      ok = true;
    } finally {
      if (!ok) {
        storage.close();
        if (sel != null) {
          sel.close();
        }
      }
    }
  }

  /** What the loop reports: applied writes and servable reads are answered, a lost leadership fails the waiting ones. */
  private final class Events implements RaftLoop.Listener {
    @Override
    public void applied(long index, int result) {
      // Only this node's own proposals wait here, keyed by the index they were proposed at; a
      // leader's entries keep their index until it is deposed, which answers them all NOT_LEADER.
      if (pendingWrites.take(index)) {
        if (result < 0) { // KvStateMachine.STALE: a late duplicate, the client has its answer
          pendingWrites.takenConn = null;
          pendingWrites.takenCallback = null;
        } else {
          answerTaken(STATUSES[result]);
        }
      }
    }

    @Override
    public void readable(long readId) {
      if (pendingReads.take(readId)) {
        byte[] v = kv.get(pendingReads.takenKey, 0, pendingReads.takenKeyLength);
        respond(
            pendingReads.takenConn,
            pendingReads.takenRequestId,
            v == null ? Status.NOT_FOUND : Status.OK,
            v,
            null);
        pendingReads.takenConn = null;
      }
    }

    @Override
    public void membershipChanged(Membership now, Membership committed) {
      Map<Integer, InetSocketAddress> talk = peerAddresses(committed);
      talk.putAll(peerAddresses(now));
      transport.setPeers(talk);
    }

    @Override
    public void leadershipLost() {
      // Tell the waiting clients to retry at the new leader. A write may still commit; its session
      // makes the retry harmless.
      while (pendingWrites.takeAny()) {
        answerTaken(Status.NOT_LEADER);
      }
      while (pendingReads.takeAny()) {
        respond(pendingReads.takenConn, pendingReads.takenRequestId, Status.NOT_LEADER, null, null);
      }
      pendingReads.takenConn = null;
      admin.leadershipLost(System.nanoTime());
    }
  }

  /**
   * The peer address of every member of {@code m} but this node (a fresh map): the one the configuration carries,
   * else the one this node was started with ({@code --peers}); a member with neither cannot be
   * reached (logged).
   */
  private Map<Integer, InetSocketAddress> peerAddresses(Membership m) {
    Map<Integer, InetSocketAddress> out = new HashMap<>();
    int n = m.voterCount() + m.learnerCount();
    for (int i = 0; i < n; i++) {
      int id = i < m.voterCount() ? m.voter(i) : m.learner(i - m.voterCount());
      if (id == config.id()) {
        continue;
      }
      Member a = m.address(id);
      InetSocketAddress addr = a != null
          ? new InetSocketAddress(a.host(), a.peerPort())
          : config.peers().get(id);
      if (addr == null) {
        System.err.println("node " + config.id() + ": member " + id
            + " has no known address (the configuration carries none, --peers lists none)");
      } else {
        out.put(id, addr);
      }
    }
    return out;
  }

  /** Binds the peer and client ports; throws {@link java.net.BindException} when one is busy. */
  public void start() throws IOException {
    transport.start();
    clientPort.start(config.clientAddress(), selector);
    loop.start();
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
    try {
      while (!stopping) {
        long now = System.nanoTime();
        EventLoops.selectOnce(selector, loop.millisToTick(now));
        now = System.nanoTime();
        loop.tickIfDue(now);
        transport.poll(now);
        clientPort.poll(now);
        drainInbox();
        loop.process(now);
        admin.poll(now);
        transport.flush();
        flushClients();
        long took = System.nanoTime() - now;
        if (loop.isStall(took)) {
          loop.reportStall("one loop iteration took", took, now);
        }
      }
    } finally {
      try {
        loop.close();
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
    return loop.onMessage(fromPeer, buf, start, end, System.nanoTime());
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
        if (loop.role() != Role.LEADER) {
          respond(conn, id, Status.NOT_LEADER, null, null);
          return;
        }
        long readId = ++nextReadId;
        if (loop.read(readId) == Outcome.ACCEPTED) {
          pendingReads.add(readId, conn, id, req.getKey(readKey));
        } else {
          respond(conn, id, Status.NOT_LEADER, null, null);
        }
      }
      case MEMBERS, ADD_MEMBER, PROMOTE_MEMBER, REMOVE_MEMBER, TRANSFER_LEADER -> admin.handle(
          conn, id, req, System.nanoTime());
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
    if (loop.role() != Role.LEADER) {
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
      o = loop.propose(buf);
    } finally {
      buf.limit(l).position(p);
    }
    switch (o) {
      case ACCEPTED -> pendingWrites.add(loop.lastIndex(), conn, id, cb);
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
   * afterwards. Allocates a little per call; {@link #propose(Proposal)} allocates nothing.
   */
  public void propose(byte[] request, Callback callback) {
    propose(new ArrayProposal(ByteBuffer.wrap(request), callback));
  }

  /**
   * Proposes a write from another thread of this JVM, like {@link #propose(byte[], Callback)},
   * with a reusable request: {@code p.done} is called on the loop thread once the write is applied
   * or refused, after which the caller may reuse {@code p}. Thread-safe; allocates nothing (once
   * the queue has grown to the writes in flight).
   */
  public void propose(Proposal p) {
    boolean wake;
    synchronized (inboxLock) {
      if (inboxCount == inbox.length) {
        inbox = java.util.Arrays.copyOf(inbox, inboxCount * 2);
      }
      inbox[inboxCount] = p;
      wake = inboxCount++ == 0;
    }
    if (wake) {
      selector.wakeup();
    }
  }

  /** Log records written by this process so far (any thread; with {@link #fsyncs}: entries per fsync). */
  public long recordsWritten() {
    return loop.recordsWritten();
  }

  /**
   * Bytes the key-value map allocated to store data so far (any thread): new keys and values, and
   * its copy-on-write copies after a snapshot ({@link KvStateMachine#storedBytes}).
   */
  public long kvStoredBytes() {
    return kv.storedBytes();
  }

  /** Bytes the log's in-memory index allocated to grow so far (any thread; it stops at compaction). */
  public long logIndexGrowthBytes() {
    return storage.indexGrowthBytes();
  }

  /**
   * The record bytes this node's log wrote so far (any thread): {copied into its write buffer,
   * written straight from heap buffers, written straight from direct buffers} ({@link
   * SegmentedLog#recordBytes}). A node writes every record from the buffer it was encoded or
   * received in, a direct chunk: {0, 0, all}.
   */
  public long[] logRecordBytes() {
    return storage.recordBytes();
  }

  /** Syncs that forced the log so far (any thread). */
  public long fsyncs() {
    return storage.fsyncs();
  }

  /** The leader this node knows of (itself when it leads; 0: none known). Any thread. */
  public int knownLeader() {
    return loop.knownLeader();
  }

  private void drainInbox() {
    Proposal[] ps;
    int n;
    synchronized (inboxLock) {
      n = inboxCount;
      if (n == 0) {
        return;
      }
      ps = inbox;
      if (draining.length < ps.length) {
        draining = new Proposal[ps.length];
      }
      inbox = draining;
      inboxCount = 0;
    }
    for (int i = 0; i < n; i++) {
      Proposal p = ps[i];
      ps[i] = null;
      ByteBuffer b = p.request();
      int start = b.position();
      int end = b.limit();
      try {
        KvRequest.Reader req = readRequest(b, start, end);
        Op op = req.getOp();
        if (op == Op.GET || op == Op.STATUS || check.check(req) != null) {
          p.done(Status.ERROR);
          continue;
        }
      } catch (DecodeException e) {
        p.done(Status.ERROR);
        continue;
      }
      proposeWrite(b, start, end, null, 0, p);
    }
    draining = ps;
  }

  private void respond(ClientConn conn, long id, Status status, byte[] value, String message) {
    respond(
        conn, id, status, value, message, status == Status.NOT_LEADER ? loop.membership() : null);
  }

  /** An administration answer: {@code members} is the configuration to send (null: none). */
  private void respondMembers(
      ClientConn conn, long id, Status status, Membership members, String message) {
    respond(conn, id, status, null, message, members);
  }

  private void respond(
      ClientConn conn, long id, Status status, byte[] value, String message, Membership members) {
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
      b.setLeader(loop.leader());
    }
    if (message != null) {
      b.setMessage(message);
    }
    if (members != null) {
      MemberInfos.write(members, b);
    }
    conn.send(response);
  }

  private void flushClients() {
    for (int i = 0, n = dirtyClients.size(); i < n; i++) {
      ClientConn c = dirtyClients.get(i);
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
    RaftNode raft = loop.raft();
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
        .append(",\"voters\":")
        .append(java.util.Arrays.toString(raft.membership().voters()).replace(" ", ""))
        .append(",\"learners\":")
        .append(java.util.Arrays.toString(raft.membership().learners()).replace(" ", ""))
        .append(",\"snapshotIndex\":")
        .append(loop.snapshotIndex())
        .append(",\"snapshots\":")
        .append(loop.snapshotsTaken())
        .append(",\"snapshotsSent\":")
        .append(loop.snapshotsSent())
        .append(",\"snapshotBytesSent\":")
        .append(loop.snapshotBytesSent())
        .append(",\"snapshotsInstalled\":")
        .append(loop.snapshotsInstalled())
        .append(",\"firstIndex\":")
        .append(storage.firstIndex())
        .append(",\"lastIndex\":")
        .append(log.lastIndex())
        .append(",\"diskBytes\":")
        .append(storage.diskBytes() + loop.snapshotBytes())
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
        .append(loop.leaderChanges())
        .append(",\"recordsWritten\":")
        .append(loop.recordsWritten())
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
        .append(",\"peerTls\":")
        .append(transport.tls())
        .append(",\"clientTls\":\"")
        .append(clientPort.tlsMode())
        .append('"')
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
