package dev.rast.raft.kv;

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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
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
  /** A completed operation: its status and, for a get, the value. */
  public record Result(Status status, byte[] value) {
    /** The value as UTF-8 text (null when absent). */
    public String text() {
      return value == null ? null : new String(value, StandardCharsets.UTF_8);
    }
  }

  private final class Call {
    final long id;
    final Op op;
    final byte[] key;
    final byte[] value;
    final byte[] expected;
    final boolean expectAbsent;
    final long seq;
    final long deadline;
    final CompletableFuture<Result> future = new CompletableFuture<>();
    volatile long attemptDeadline;
    volatile long notBefore;
    /** The encoded request's size (set when first encoded). */
    volatile int requestBytes;

    Call(
        long id,
        Op op,
        byte[] key,
        byte[] value,
        byte[] expected,
        boolean expectAbsent,
        long seq,
        long deadline) {
      this.id = id;
      this.op = op;
      this.key = key;
      this.value = value;
      this.expected = expected;
      this.expectAbsent = expectAbsent;
      this.seq = seq;
      this.deadline = deadline;
    }
  }

  private final Map<Integer, InetSocketAddress> nodes;
  /** TLS for every connection (null: plaintext). */
  private final TlsConfig tls;

  private volatile String lastConnectionError;
  private final int[] ids;
  private final long clientId;
  private final long opTimeoutNanos;
  private final long attemptTimeoutNanos;
  private final AtomicLong nextId = new AtomicLong();
  private final AtomicLong nextSeq = new AtomicLong();
  private final ConcurrentSkipListSet<Long> outstandingSeqs = new ConcurrentSkipListSet<>();
  private final ConcurrentHashMap<Long, Call> calls = new ConcurrentHashMap<>();
  private final ScheduledExecutorService timer;
  private final Object lock = new Object();
  // guarded by lock
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
    long seq = 0;
    if (op != Op.GET && op != Op.STATUS) {
      seq = nextSeq.incrementAndGet();
      outstandingSeqs.add(seq);
    }
    Call c = new Call(
        nextId.incrementAndGet(),
        op,
        key,
        value,
        expected,
        expectAbsent,
        seq,
        System.nanoTime() + opTimeoutNanos);
    calls.put(c.id, c);
    send(c);
    return c.future;
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

  private void send(Call c) {
    c.attemptDeadline = System.nanoTime() + attemptTimeoutNanos;
    synchronized (lock) {
      if (closed || c.future.isDone()) {
        return;
      }
      try {
        if (channel == null) {
          connect();
        }
        encode(c);
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
  private void encode(Call c) {
    builder.clear();
    KvRequest.Builder r = builder.initRoot(KvRequest._Meta.SIZE, reqBuilder);
    r.setId(c.id).setOp(c.op).setKey(c.key);
    if (c.seq != 0) {
      r.setClientId(clientId).setSeq(c.seq);
      Long low = outstandingSeqs.isEmpty() ? null : outstandingSeqs.first();
      r.setAckedBelow(low == null ? c.seq : Math.min(low, c.seq));
    }
    if (c.value != null) {
      r.setValue(c.value);
    }
    if (c.expected != null) {
      r.setExpected(c.expected);
    }
    r.setExpectAbsent(c.expectAbsent);
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
      for (Call c : calls.values()) {
        c.attemptDeadline = soon; // resend on the next timer pass
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
    Call c = calls.get(r.getId());
    if (c == null) {
      return;
    }
    Status st = r.getStatus();
    if (st == Status.NOT_LEADER) {
      redirects.incrementAndGet();
      int hint = r.getLeader();
      synchronized (lock) {
        if (hint != 0 && hint != target && nodes.containsKey(hint) && generation == gen) {
          // Reconnect to the leader; every call outstanding here is resent there.
          target = hint;
          disconnect(false);
          return;
        }
      }
      // No leader known yet (an election is on): try again shortly.
      c.notBefore = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(hint == 0 ? 30 : 5);
      c.attemptDeadline = c.notBefore;
      return;
    }
    if (calls.remove(c.id) == null) {
      return;
    }
    if (c.seq != 0) {
      outstandingSeqs.remove(c.seq);
    }
    c.future.complete(new Result(st, r.hasValue() ? r.getValue() : null));
  }

  /** The node skipped a request above {@code max} bytes unread: fails every such call (not retried). */
  private void failTooLarge(long max, String why) {
    for (Call c : calls.values()) {
      if (c.requestBytes > max && calls.remove(c.id) != null) {
        if (c.seq != 0) {
          outstandingSeqs.remove(c.seq);
        }
        c.future.completeExceptionally(new RequestTooLargeException(c.op + " refused: " + why));
      }
    }
  }

  private void onTimer() {
    try {
      long now = System.nanoTime();
      boolean stale;
      synchronized (lock) {
        stale = channel != null && !calls.isEmpty() && now - lastHeard > attemptTimeoutNanos;
      }
      if (stale) {
        disconnect(true); // the node stopped answering: try the next one
        synchronized (lock) {
          lastHeard = now;
        }
      }
      List<Call> due = new ArrayList<>();
      for (Call c : calls.values()) {
        if (now - c.deadline > 0) {
          if (calls.remove(c.id) != null) {
            if (c.seq != 0) {
              outstandingSeqs.remove(c.seq);
            }
            c.future.completeExceptionally(
                new TimeoutException(c.op + " timed out (outcome unknown)"
                    + (lastConnectionError == null ? "" : "; " + lastConnectionError)));
          }
        } else if (now - c.attemptDeadline > 0 && now - c.notBefore >= 0) {
          due.add(c);
        }
      }
      for (Call c : due) {
        send(c);
      }
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
    for (Call c : calls.values()) {
      c.future.completeExceptionally(new IOException("client closed"));
    }
    calls.clear();
  }
}
