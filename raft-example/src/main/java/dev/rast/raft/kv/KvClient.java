package dev.rast.raft.kv;

import dev.rast.capnp.DataReader;
import dev.rast.capnp.Framing;
import dev.rast.capnp.MessageBuilder;
import dev.rast.capnp.MessageReader;
import dev.rast.raft.msg.KvMsg.KvRequest;
import dev.rast.raft.msg.KvMsg.KvResponse;
import dev.rast.raft.msg.KvMsg.Op;
import dev.rast.raft.msg.KvMsg.Status;
import dev.rast.raft.net.TlsConfig;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.ByteChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLSocket;

/**
 * The Java client of the key-value service: one connection (to the node it believes is the
 * leader), many outstanding requests on it (pipelining; responses are matched by id).
 *
 * <ul>
 *   <li>Finding the leader: a node that is not the leader answers {@code notLeader} with the
 *       leader it knows; the client reconnects there. With no hint it waits briefly and retries;
 *       when its node stops answering (dead, paused, partitioned) for an attempt timeout it moves
 *       to the next node.
 *   <li>Retrying safely: every write carries this client's id and a sequence number that stays the
 *       same across retries, so the state machine applies it once however often it is sent (see
 *       {@link KvStateMachine}). Reads are retried freely.
 *   <li>An operation that has not completed by its deadline fails with a {@link TimeoutException}:
 *       a write's outcome is then unknown (it may still take effect).
 * </ul>
 *
 * <p>TLS ({@link TlsConfig}, optional): each connection is then a blocking {@link SSLSocket} that
 * checks the node's certificate against the configured CA and the host it dials, and presents the
 * client's certificate when the configuration has one. A TLS failure is kept and shown by {@link
 * #lastConnectionError} (a timeout then says why no node answered).
 *
 * <p>Thread-safe: any thread may submit; futures complete on the client's reader or timer thread
 * (keep callbacks short).
 */
public final class KvClient implements Closeable {
  /**
   * A completed operation: its status and, for a get, the value; for an administration request the
   * node's message (why it was refused; null: none) and the configuration (empty: none sent).
   */
  public record Result(Status status, byte[] value, String message, List<MemberStatus> members) {
    /** A result without message or configuration. */
    public Result(Status status, byte[] value) {
      this(status, value, null, List.of());
    }

    /** The value as UTF-8 text (null when absent). */
    public String text() {
      return value == null ? null : new String(value, StandardCharsets.UTF_8);
    }
  }

  /** One member of the configuration as the leader reported it. */
  public record MemberStatus(int id, String host, int peerPort, int clientPort, boolean learner) {
    /** {@code 4=127.0.0.1:7004:8004 (learner)}. */
    @Override
    public String toString() {
      return id
          + "="
          + (host == null ? "?" : host + ":" + peerPort + ":" + clientPort)
          + (learner ? " (learner)" : " (voter)");
    }
  }

  /**
   * Completion of a {@link Request} submitted with {@link #submit(Request, Callback)}, on the
   * client's reader or timer thread (keep it short; it may submit the request again).
   */
  @FunctionalInterface
  public interface Callback {
    /**
     * The request finished: {@code status} is the node's answer (a get's value is in the request,
     * {@link Request#value()}), or {@code status} is null and {@code failure} says why it did not
     * finish (a {@link TimeoutException}: outcome unknown; a {@link RequestTooLargeException}; an
     * {@link IOException} when the client was closed).
     */
    void done(Request request, Status status, Exception failure);
  }

  /**
   * One operation, reusable: the allocation-free way to use the client. Set it up ({@link #put},
   * {@link #get}, {@link #cput}, {@link #delete}: the arrays are referenced, not copied, and must
   * not change until it is done), {@link #submit(Request, Callback) submit} it, and reuse it once
   * its callback ran. A get's value is copied into the request's own buffer, which grows to the
   * largest value seen. Nothing is allocated per operation in steady state.
   */
  public static final class Request {
    Op op = Op.GET;
    byte[] key;
    byte[] value;
    byte[] expected;
    boolean expectAbsent;
    /** Administration: the node concerned, its address (addMember), as a learner (addMember). */
    int node;

    String address;
    boolean learner;
    // per submission, guarded by the client's lock
    long id;
    long seq;
    long deadline;
    Callback callback;
    CompletableFuture<Result> future;
    volatile long attemptDeadline;
    volatile long notBefore;
    /** The encoded request's size (set when first encoded). */
    volatile int requestBytes;
    /** Sent, and neither answered nor known to be lost (guarded by the client's lock). */
    boolean inFlight;
    /**
     * Sent again while a copy was in flight: that copy may have been applied (guarded by the
     * client's lock). A membership change then refused because its outcome already holds counts
     * as done.
     */
    boolean maybeApplied;

    private byte[] result = new byte[0];
    private int resultLength = -1;

    Request set(Op op, byte[] key, byte[] value, byte[] expected, boolean expectAbsent) {
      this.op = op;
      this.key = key;
      this.value = value;
      this.expected = expected;
      this.expectAbsent = expectAbsent;
      this.node = 0;
      this.address = null;
      this.learner = false;
      return this;
    }

    /** A put of {@code value} under {@code key}. */
    public Request put(byte[] key, byte[] value) {
      return set(Op.PUT, key, value, null, false);
    }

    /** A linearizable get of {@code key}. */
    public Request get(byte[] key) {
      return set(Op.GET, key, null, null, false);
    }

    /** A delete of {@code key}. */
    public Request delete(byte[] key) {
      return set(Op.DELETE, key, null, null, false);
    }

    /** Compare-and-put: {@code expected == null} means "expect the key to be absent". */
    public Request cput(byte[] key, byte[] expected, byte[] value) {
      return set(Op.CPUT, key, value, expected, expected == null);
    }

    /** The operation. */
    public Op op() {
      return op;
    }

    /** After a get answered {@code OK}: the array holding the value ({@link #valueLength} bytes). */
    public byte[] value() {
      return result;
    }

    /** The length of the value in {@link #value()}, or -1 when the answer carried none. */
    public int valueLength() {
      return resultLength;
    }

    void takeValue(KvResponse.Reader r, DataReader scratch) {
      if (!r.hasValue()) {
        resultLength = -1;
        return;
      }
      DataReader d = r.getValue(scratch);
      int n = d.size();
      if (result.length < n) {
        result = new byte[Math.max(n, result.length * 2)];
      }
      if (n > 0) {
        d.buffer().get(d.offset(), result, 0, n);
      }
      resultLength = n;
    }
  }

  /** The nodes' client addresses: those given, then as the cluster reports them (guarded by lock). */
  private final Map<Integer, InetSocketAddress> nodes;
  /** TLS for every connection (null: plaintext). */
  private final TlsConfig tls;

  private volatile String lastConnectionError;
  private int[] ids;
  /** notLeader answers without a leader in a row from the node connected to (guarded by lock). */
  private int noLeaderAnswers;

  private final long clientId;
  private final long opTimeoutNanos;
  private final long attemptTimeoutNanos;
  private final ScheduledExecutorService timer;
  private final Object lock = new Object();
  // guarded by lock
  private long nextId;
  private long nextSeq;
  /**
   * The calls outstanding, by id in a ring ({@code id & (length - 1)}): ids are consecutive, so the
   * live ones fill a window about as wide as the calls in flight; the ring doubles when two
   * collide. No boxing, no node per call.
   */
  private Request[] calls = new Request[64];

  private int callCount;
  /** The lowest write sequence number not yet finished; finished ones above it are marked. */
  private long lowSeq = 1;

  private boolean[] finishedSeqs = new boolean[64];
  /** The timer's list of calls to resend (timer thread only). */
  private final List<Request> due = new ArrayList<>();
  /** Scratch reader for a get's value (reader thread: one at a time under the connection). */
  private final DataReader valueScratch = new DataReader();

  private ByteChannel channel;
  private int target;
  private int generation;
  private long lastHeard;
  private final MessageBuilder builder = new MessageBuilder();
  private final KvRequest.Builder reqBuilder = new KvRequest.Builder();
  /** Requests encoded but not yet written; written at once unless the reader thread is answering a chunk (corked). */
  private ByteBuffer sendBuf = ByteBuffer.allocate(64 << 10).order(ByteOrder.LITTLE_ENDIAN);
  /** The reader thread while it answers a chunk of responses: its submissions are written after the chunk. */
  private Thread corkedBy;

  private volatile boolean closed;
  private final AtomicLong redirects = new AtomicLong();

  /** A client of the cluster whose client addresses are {@code nodes} (id to address); 10 s per operation. */
  public KvClient(Map<Integer, InetSocketAddress> nodes) {
    this(nodes, 10_000, 1_000);
  }

  /**
   * @param nodes every node's id and client address
   * @param opTimeoutMillis an operation fails when not done by then
   * @param attemptTimeoutMillis a node that answers nothing for this long is given up for the next
   */
  public KvClient(
      Map<Integer, InetSocketAddress> nodes, long opTimeoutMillis, long attemptTimeoutMillis) {
    this(nodes, opTimeoutMillis, attemptTimeoutMillis, null);
  }

  /**
   * @param nodes every node's id and client address
   * @param opTimeoutMillis an operation fails when not done by then
   * @param attemptTimeoutMillis a node that answers nothing for this long is given up for the next
   * @param tls TLS to the nodes' client ports (null: plaintext)
   */
  public KvClient(
      Map<Integer, InetSocketAddress> nodes,
      long opTimeoutMillis,
      long attemptTimeoutMillis,
      TlsConfig tls) {
    this.tls = tls;
    this.nodes = new TreeMap<>(nodes);
    this.ids = this.nodes.keySet().stream().mapToInt(Integer::intValue).toArray();
    this.clientId = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE);
    this.opTimeoutNanos = TimeUnit.MILLISECONDS.toNanos(opTimeoutMillis);
    this.attemptTimeoutNanos = TimeUnit.MILLISECONDS.toNanos(attemptTimeoutMillis);
    this.target = ids[ThreadLocalRandom.current().nextInt(ids.length)];
    this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "rast-client-timer");
      t.setDaemon(true);
      return t;
    });
    timer.scheduleWithFixedDelay(this::onTimer, 20, 20, TimeUnit.MILLISECONDS);
  }

  // ---- operations ----

  public CompletableFuture<Result> getAsync(String key) {
    return submit(Op.GET, bytes(key), null, null, false);
  }

  public CompletableFuture<Result> putAsync(String key, byte[] value) {
    return submit(Op.PUT, bytes(key), value, null, false);
  }

  /** Compare-and-put: {@code expected == null} means "expect the key to be absent". */
  public CompletableFuture<Result> cputAsync(String key, byte[] expected, byte[] value) {
    return submit(Op.CPUT, bytes(key), value, expected, expected == null);
  }

  public CompletableFuture<Result> deleteAsync(String key) {
    return submit(Op.DELETE, bytes(key), null, null, false);
  }

  public Result get(String key) throws IOException, TimeoutException {
    return await(getAsync(key));
  }

  public Result put(String key, byte[] value) throws IOException, TimeoutException {
    return await(putAsync(key, value));
  }

  public Result cput(String key, byte[] expected, byte[] value)
      throws IOException, TimeoutException {
    return await(cputAsync(key, expected, value));
  }

  public Result delete(String key) throws IOException, TimeoutException {
    return await(deleteAsync(key));
  }

  // ---- administration (each goes to the leader; a change is answered once committed) ----

  /** The configuration in effect on the leader. */
  public Result members() throws IOException, TimeoutException {
    return await(admin(Op.MEMBERS, 0, null, false));
  }

  /** Adds {@code node} at {@code address} ({@code HOST:PEERPORT:CLIENTPORT}), as a learner or a voter. */
  public Result addMember(int node, String address, boolean learner)
      throws IOException, TimeoutException {
    return await(admin(Op.ADD_MEMBER, node, address, learner));
  }

  /** Promotes learner {@code node} to voter (refused until it has caught up). */
  public Result promoteMember(int node) throws IOException, TimeoutException {
    return await(admin(Op.PROMOTE_MEMBER, node, null, false));
  }

  /** Removes voter or learner {@code node}. */
  public Result removeMember(int node) throws IOException, TimeoutException {
    return await(admin(Op.REMOVE_MEMBER, node, null, false));
  }

  /** Hands leadership to voter {@code node}; answered once it leads. */
  public Result transferLeader(int node) throws IOException, TimeoutException {
    return await(admin(Op.TRANSFER_LEADER, node, null, false));
  }

  /** Submits one administration request (retried at the leader like a read). */
  public CompletableFuture<Result> admin(Op op, int node, String address, boolean learner) {
    if (closed) {
      return CompletableFuture.failedFuture(new IOException("client closed"));
    }
    Request c = new Request().set(op, new byte[0], null, null, false);
    c.node = node;
    c.address = address;
    c.learner = learner;
    c.future = new CompletableFuture<>();
    c.callback = null;
    start(c);
    return c.future;
  }

  /** The nodes' client addresses this client knows now (those given, then as the cluster reported them). */
  public Map<Integer, InetSocketAddress> knownNodes() {
    synchronized (lock) {
      return new TreeMap<>(nodes);
    }
  }

  /**
   * Takes the configuration a node sent (a member list, or the one in a notLeader answer): members
   * with a client address replace the nodes known, so new members are found and removed ones are
   * no longer tried. Guarded by lock.
   */
  private void learnMembers(KvResponse.Reader r) {
    var list = r.getMembers();
    Map<Integer, InetSocketAddress> learned = new TreeMap<>();
    for (int i = 0; i < list.size(); i++) {
      dev.rast.raft.msg.KvMsg.MemberInfo.Reader m = list.get(i);
      int port = Short.toUnsignedInt(m.getClientPort());
      InetSocketAddress known = nodes.get(m.getId());
      if (port > 0 && m.hasHost()) {
        learned.put(m.getId(), new InetSocketAddress(m.getHost().toString(), port));
      } else if (known != null) {
        learned.put(m.getId(), known); // the configuration does not say: keep what was given
      }
    }
    if (learned.isEmpty() || learned.equals(nodes)) {
      return;
    }
    nodes.clear();
    nodes.putAll(learned);
    ids = nodes.keySet().stream().mapToInt(Integer::intValue).toArray();
    if (!nodes.containsKey(target)) {
      disconnect(true); // connected to a node that is no longer a member
    }
  }

  private static List<MemberStatus> members(KvResponse.Reader r) {
    var list = r.getMembers();
    List<MemberStatus> out = new ArrayList<>(list.size());
    for (int i = 0; i < list.size(); i++) {
      dev.rast.raft.msg.KvMsg.MemberInfo.Reader m = list.get(i);
      out.add(new MemberStatus(
          m.getId(),
          m.hasHost() ? m.getHost().toString() : null,
          Short.toUnsignedInt(m.getPeerPort()),
          Short.toUnsignedInt(m.getClientPort()),
          m.getLearner()));
    }
    return out;
  }

  /** Waits for a future of this client, unwrapping its failure. */
  public static Result await(CompletableFuture<Result> f) throws IOException, TimeoutException {
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof TimeoutException t) {
        throw t;
      }
      if (e.getCause() instanceof RequestTooLargeException t) {
        throw new RequestTooLargeException(t.getMessage());
      }
      throw new IOException(e.getCause());
    }
  }

  /** Redirects followed so far (notLeader answers). */
  public long redirects() {
    return redirects.get();
  }

  /** Submits one operation; see the class documentation for retries and failure. */
  public CompletableFuture<Result> submit(
      Op op, byte[] key, byte[] value, byte[] expected, boolean expectAbsent) {
    if (closed) {
      return CompletableFuture.failedFuture(new IOException("client closed"));
    }
    Request c = new Request().set(op, key, value, expected, expectAbsent);
    c.future = new CompletableFuture<>();
    c.callback = null;
    start(c);
    return c.future;
  }

  /**
   * Submits a reusable request; {@code callback} hears how it finished. Retries and failures as
   * for the other operations (see the class documentation). Allocates nothing in steady state.
   */
  public void submit(Request request, Callback callback) {
    if (closed) {
      callback.done(request, null, new IOException("client closed"));
      return;
    }
    request.future = null;
    request.callback = callback;
    start(request);
  }

  private void start(Request c) {
    synchronized (lock) {
      c.id = ++nextId;
      c.seq = 0;
      if (c.op == Op.PUT || c.op == Op.CPUT || c.op == Op.DELETE) {
        c.seq = ++nextSeq;
        while (c.seq - lowSeq >= finishedSeqs.length) {
          growSeqs();
        }
      }
      c.deadline = System.nanoTime() + opTimeoutNanos;
      c.notBefore = 0;
      c.inFlight = false;
      c.maybeApplied = false;
      addCall(c);
    }
    send(c);
  }

  // ---- the calls outstanding (guarded by lock) ----

  private void addCall(Request c) {
    while (calls[(int) (c.id & (calls.length - 1))] != null) {
      growCalls();
    }
    calls[(int) (c.id & (calls.length - 1))] = c;
    callCount++;
  }

  private void growCalls() {
    Request[] old = calls;
    int cap = old.length * 2;
    while (true) {
      Request[] t = new Request[cap];
      boolean fits = true;
      for (Request c : old) {
        if (c != null) {
          int i = (int) (c.id & (cap - 1));
          if (t[i] != null) {
            fits = false;
            break;
          }
          t[i] = c;
        }
      }
      if (fits) {
        calls = t;
        return;
      }
      cap *= 2;
    }
  }

  private Request findCall(long id) {
    Request c = calls[(int) (id & (calls.length - 1))];
    return c != null && c.id == id ? c : null;
  }

  /** Removes {@code c} when it is outstanding, and finishes its sequence number; false when it was not. */
  private boolean removeCall(Request c) {
    int i = (int) (c.id & (calls.length - 1));
    if (calls[i] != c) {
      return false;
    }
    calls[i] = null;
    callCount--;
    if (c.seq != 0) {
      finishSeq(c.seq);
    }
    return true;
  }

  private void finishSeq(long seq) {
    int mask = finishedSeqs.length - 1;
    finishedSeqs[(int) (seq & mask)] = true;
    while (lowSeq <= nextSeq && finishedSeqs[(int) (lowSeq & mask)]) {
      finishedSeqs[(int) (lowSeq & mask)] = false;
      lowSeq++;
    }
  }

  private void growSeqs() {
    boolean[] old = finishedSeqs;
    boolean[] t = new boolean[old.length * 2];
    for (long q = lowSeq; q <= nextSeq; q++) {
      t[(int) (q & (t.length - 1))] = old[(int) (q & (old.length - 1))];
    }
    finishedSeqs = t;
  }

  // ---- completion (outside the lock) ----

  private void complete(Request c, Status st, KvResponse.Reader r) {
    if (st == Status.REFUSED
        && r.hasMessage()
        && alreadyApplied(c, r.getMessage().toString())) {
      st = Status.OK;
    }
    if (c.future != null) {
      if (r.hasMembers()) {
        synchronized (lock) {
          learnMembers(r);
        }
        c.future.complete(
            new Result(st, null, r.hasMessage() ? r.getMessage().toString() : null, members(r)));
        return;
      }
      c.future.complete(new Result(
          st,
          r.hasValue() ? r.getValue() : null,
          r.hasMessage() ? r.getMessage().toString() : null,
          List.of()));
    } else {
      c.takeValue(r, valueScratch);
      c.callback.done(c, st, null);
    }
  }

  /**
   * Whether a refused membership change was refused only because an earlier copy of the same
   * request, resent after its answer was lost (a dropped connection, a timeout), was applied: the
   * outcome the caller asked for holds, so the change is done, not refused.
   */
  private boolean alreadyApplied(Request c, String why) {
    synchronized (lock) {
      if (!c.maybeApplied) {
        return false;
      }
    }
    String node = "node " + c.node + " ";
    return switch (c.op) {
      case PROMOTE_MEMBER -> why.startsWith(node + "is already a voter");
      case ADD_MEMBER -> why.startsWith(node + "is already a " + (c.learner ? "learner" : "voter"));
      case REMOVE_MEMBER -> why.startsWith(node + "is not a member");
      default -> false;
    };
  }

  private static void fail(Request c, Exception e) {
    if (c.future != null) {
      c.future.completeExceptionally(e);
    } else {
      c.callback.done(c, null, e);
    }
  }

  /**
   * Asks one node (not necessarily the leader) for its status JSON, on a connection of its own.
   */
  public static String status(InetSocketAddress node, int timeoutMillis) throws IOException {
    return status(node, timeoutMillis, null);
  }

  /** {@link #status(InetSocketAddress, int)} over TLS ({@code tls} null: plaintext). */
  public static String status(InetSocketAddress node, int timeoutMillis, TlsConfig tls)
      throws IOException {
    try (Socket s = tls == null ? new Socket() : tls.socketFactory().createSocket()) {
      s.connect(node, timeoutMillis);
      s.setSoTimeout(timeoutMillis);
      if (s instanceof SSLSocket ssl) {
        ssl.setSSLParameters(tls.dialerParameters());
        ssl.startHandshake();
      }
      MessageBuilder b = new MessageBuilder();
      b.initRoot(KvRequest._Meta.SIZE, new KvRequest.Builder()).setId(1).setOp(Op.STATUS);
      ByteBuffer out =
          ByteBuffer.allocate(4 + (int) Framing.serializedSize(b)).order(ByteOrder.LITTLE_ENDIAN);
      out.putInt(out.capacity() - 4);
      Framing.write(b, out);
      s.getOutputStream().write(out.array());
      byte[] len = s.getInputStream().readNBytes(4);
      if (len.length < 4) {
        throw new EOFException("node " + node + " closed the connection");
      }
      int n = ByteBuffer.wrap(len).order(ByteOrder.LITTLE_ENDIAN).getInt();
      byte[] body = s.getInputStream().readNBytes(n);
      KvResponse.Reader r = Framing.read(
              ByteBuffer.wrap(body).order(ByteOrder.LITTLE_ENDIAN), new MessageReader())
          .getRoot(new KvResponse.Reader());
      return new String(r.getValue(), StandardCharsets.UTF_8);
    }
  }

  // ---- sending ----

  private void send(Request c) {
    c.attemptDeadline = System.nanoTime() + attemptTimeoutNanos;
    synchronized (lock) {
      if (closed || findCall(c.id) != c) {
        return; // finished meanwhile (a resend from the timer)
      }
      try {
        if (channel == null) {
          connect();
        }
        if (c.inFlight) {
          c.maybeApplied = true; // the copy sent before may yet be (or have been) applied
        }
        encode(c);
        c.inFlight = true;
        if (corkedBy != Thread.currentThread()) {
          flushLocked();
        }
      } catch (IOException e) {
        disconnect(true);
        c.notBefore = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(50);
        c.attemptDeadline = c.notBefore; // the timer resends it
      }
    }
  }

  /** Writes every queued request (guarded by lock). */
  private void flushLocked() throws IOException {
    if (sendBuf.position() == 0 || channel == null) {
      return;
    }
    sendBuf.flip();
    try {
      while (sendBuf.hasRemaining()) {
        channel.write(sendBuf);
      }
    } finally {
      sendBuf.clear();
    }
  }

  /** Appends one framed request to the send buffer (guarded by lock). */
  private void encode(Request c) {
    builder.clear();
    KvRequest.Builder r = builder.initRoot(KvRequest._Meta.SIZE, reqBuilder);
    r.setId(c.id).setOp(c.op).setKey(c.key);
    if (c.seq != 0) {
      r.setClientId(clientId).setSeq(c.seq).setAckedBelow(Math.min(lowSeq, c.seq));
    }
    if (c.value != null) {
      r.setValue(c.value);
    }
    if (c.expected != null) {
      r.setExpected(c.expected);
    }
    r.setExpectAbsent(c.expectAbsent);
    if (c.node != 0) {
      r.setNode(c.node).setLearner(c.learner);
    }
    if (c.address != null) {
      r.setAddress(c.address);
    }
    int size = 4 + (int) Framing.serializedSize(builder);
    c.requestBytes = size - 4;
    if (sendBuf.remaining() < size) {
      ByteBuffer bigger = ByteBuffer.allocate(
              Math.max(sendBuf.position() + size, sendBuf.capacity() * 2))
          .order(ByteOrder.LITTLE_ENDIAN);
      bigger.put(0, sendBuf, 0, sendBuf.position()).position(sendBuf.position());
      sendBuf = bigger;
    }
    sendBuf.putInt(size - 4);
    Framing.write(builder, sendBuf);
  }

  private void connect() throws IOException {
    ByteChannel ch = tls == null ? plain(nodes.get(target)) : secure(nodes.get(target));
    channel = ch;
    sendBuf.clear(); // requests queued for the old connection are resent by the timer
    corkedBy = null; // the old connection's reader must not hold back this one's writes
    generation++;
    lastHeard = System.nanoTime();
    int gen = generation;
    InetSocketAddress to = nodes.get(target);
    Thread t = new Thread(() -> readLoop(ch, gen, to), "rast-client-reader");
    t.setDaemon(true);
    t.start();
  }

  private static SocketChannel plain(InetSocketAddress to) throws IOException {
    SocketChannel ch = SocketChannel.open();
    try {
      ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
      ch.socket().connect(to, 1000);
      return ch;
    } catch (IOException e) {
      ch.close();
      throw e;
    }
  }

  /** A TLS connection to {@code to}, handshaken (within a second). */
  private ByteChannel secure(InetSocketAddress to) throws IOException {
    SSLSocket s = (SSLSocket) tls.socketFactory().createSocket();
    try {
      s.setTcpNoDelay(true);
      s.connect(to, 1000);
      s.setSSLParameters(tls.dialerParameters());
      s.setSoTimeout(1000);
      s.startHandshake();
      s.setSoTimeout(0);
      return new SocketStreams(s);
    } catch (SSLException e) {
      lastConnectionError = "TLS with " + to + ": " + e.getMessage();
      s.close();
      throw e;
    } catch (IOException e) {
      s.close();
      throw e;
    }
  }

  /**
   * What last made a connection fail for a reason other than an unreachable node, e.g. {@code
   * "TLS with /127.0.0.1:8001: Received fatal alert: bad_certificate"}, or a plaintext connection
   * closed without an answer; null when none, or once a node answered since.
   */
  public String lastConnectionError() {
    return lastConnectionError;
  }

  /** Drops the connection (resending its calls via the timer); optionally moves to the next node. */
  private void disconnect(boolean nextNode) {
    synchronized (lock) {
      if (channel != null) {
        try {
          channel.close();
        } catch (IOException ignored) {
          // closing
        }
        channel = null;
        generation++;
      }
      if (nextNode) {
        target = ids[(indexOf(target) + 1) % ids.length];
      }
      long soon = System.nanoTime();
      for (Request c : calls) {
        if (c != null) {
          c.attemptDeadline = soon; // resend on the next timer pass
        }
      }
    }
  }

  private int indexOf(int id) {
    for (int i = 0; i < ids.length; i++) {
      if (ids[i] == id) {
        return i;
      }
    }
    return 0;
  }

  // ---- receiving ----

  /**
   * Reads responses in chunks (one read call for as many responses as have arrived) and answers
   * them; requests submitted from the callbacks meanwhile are queued and written together after
   * the chunk, so a pipelining caller costs one read and one write per batch, not per request.
   */
  private void readLoop(ByteChannel ch, int gen, InetSocketAddress to) {
    boolean answered = false;
    ByteBuffer in = ByteBuffer.allocate(256 << 10).order(ByteOrder.LITTLE_ENDIAN);
    MessageReader message = new MessageReader();
    KvResponse.Reader r = new KvResponse.Reader();
    Thread self = Thread.currentThread();
    try {
      while (true) {
        if (ch.read(in) < 0) {
          if (!answered && tls == null && !closed) {
            lastConnectionError = "the node at " + to + " closed the connection without an answer"
                + " (a TLS client port? the client then needs a TLS configuration: --tls-ca)";
          }
          throw new EOFException();
        }
        in.flip();
        synchronized (lock) {
          if (generation == gen) {
            corkedBy = self;
          }
        }
        try {
          while (in.remaining() >= 4) {
            int n = in.getInt(in.position());
            if (n < 8 || n > (64 << 20)) {
              throw new IOException("bad response frame of " + n + " bytes");
            }
            if (in.remaining() < 4 + n) {
              break;
            }
            int end = in.position() + 4 + n;
            int limit = in.limit();
            in.position(in.position() + 4).limit(end);
            Framing.read(in, message).getRoot(r);
            in.limit(limit).position(end);
            if (!answered) {
              answered = true;
              lastConnectionError = null; // a node answers: an earlier failure is history
            }
            onResponse(r, gen);
          }
        } finally {
          synchronized (lock) {
            if (corkedBy == self) {
              corkedBy = null;
              if (generation == gen) {
                try {
                  flushLocked();
                } catch (IOException e) {
                  disconnect(true);
                }
              }
            }
          }
        }
        in.compact();
        if (!in.hasRemaining()) {
          int n = in.getInt(0);
          ByteBuffer bigger = ByteBuffer.allocate(Math.max(in.capacity() * 2, n + 4))
              .order(ByteOrder.LITTLE_ENDIAN);
          in.flip();
          bigger.put(in);
          in = bigger;
        }
      }
    } catch (IOException | RuntimeException e) {
      if (e instanceof SSLException && !closed) {
        lastConnectionError = "TLS: " + e.getMessage();
      }
      synchronized (lock) {
        if (generation == gen && !closed) {
          disconnect(true);
        }
      }
    }
  }

  private void onResponse(KvResponse.Reader r, int gen) {
    synchronized (lock) {
      lastHeard = System.nanoTime();
    }
    if (r.getId() == 0 && r.getStatus() == Status.ERROR && r.getMaxRequestBytes() > 0) {
      failTooLarge(r.getMaxRequestBytes() & 0xFFFFFFFFL, r.getMessage());
      return;
    }
    Request c;
    synchronized (lock) {
      c = findCall(r.getId());
    }
    if (c == null) {
      return;
    }
    Status st = r.getStatus();
    if (st == Status.NOT_LEADER) {
      redirects.incrementAndGet();
      int hint = r.getLeader();
      synchronized (lock) {
        c.inFlight = false; // answered: this copy was not applied
        if (r.hasMembers() && generation == gen) {
          learnMembers(r);
        }
        if (hint != 0 && hint != target && nodes.containsKey(hint) && generation == gen) {
          // Reconnect to the leader; every call outstanding here is resent there.
          target = hint;
          disconnect(false);
          return;
        }
      }
      // No leader known yet (an election is on), or one this client has no address for: try again
      // shortly; after a few such answers in a row, at the next node (this one may be cut off, or
      // removed from the cluster).
      synchronized (lock) {
        if (++noLeaderAnswers >= 10 && generation == gen) {
          noLeaderAnswers = 0;
          disconnect(true);
          return;
        }
      }
      c.notBefore = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(hint == 0 ? 30 : 5);
      c.attemptDeadline = c.notBefore;
      return;
    }
    synchronized (lock) {
      noLeaderAnswers = 0;
      if (!removeCall(c)) {
        return;
      }
    }
    complete(c, st, r);
  }

  /** The node skipped a request above {@code max} bytes unread: fails every such call (not retried). */
  private void failTooLarge(long max, String why) {
    List<Request> refused = new ArrayList<>();
    synchronized (lock) {
      for (Request c : calls) {
        if (c != null && c.requestBytes > max && removeCall(c)) {
          refused.add(c);
        }
      }
    }
    for (Request c : refused) {
      fail(c, new RequestTooLargeException(c.op + " refused: " + why));
    }
  }

  private void onTimer() {
    try {
      long now = System.nanoTime();
      boolean stale;
      synchronized (lock) {
        stale = channel != null && callCount > 0 && now - lastHeard > attemptTimeoutNanos;
      }
      if (stale) {
        disconnect(true); // the node stopped answering: try the next one
        synchronized (lock) {
          lastHeard = now;
        }
      }
      List<Request> expired = null;
      synchronized (lock) {
        for (Request c : calls) {
          if (c == null) {
            continue;
          }
          if (now - c.deadline > 0) {
            removeCall(c);
            if (expired == null) {
              expired = new ArrayList<>();
            }
            expired.add(c);
          } else if (now - c.attemptDeadline > 0 && now - c.notBefore >= 0) {
            due.add(c);
          }
        }
      }
      if (expired != null) {
        for (Request c : expired) {
          fail(
              c,
              new TimeoutException(c.op + " timed out (outcome unknown)"
                  + (lastConnectionError == null ? "" : "; " + lastConnectionError)));
        }
      }
      for (int i = 0; i < due.size(); i++) {
        send(due.get(i));
      }
      due.clear();
    } catch (RuntimeException e) {
      e.printStackTrace();
    }
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    closed = true;
    timer.shutdownNow();
    synchronized (lock) {
      if (channel != null) {
        try {
          channel.close();
        } catch (IOException ignored) {
          // closing
        }
        channel = null;
      }
    }
    List<Request> open = new ArrayList<>();
    synchronized (lock) {
      for (Request c : calls) {
        if (c != null && removeCall(c)) {
          open.add(c);
        }
      }
    }
    for (Request c : open) {
      fail(c, new IOException("client closed"));
    }
  }
}
