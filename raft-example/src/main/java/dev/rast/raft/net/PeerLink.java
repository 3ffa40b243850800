package dev.rast.raft.net;

import dev.rast.capnp.MessageBuilder;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.ByteChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.concurrent.TimeUnit;

/**
 * The outbound connection to one peer: a send queue bounded in bytes (a {@link FrameWriter}, as
 * the client connections have), the handshake (hello, then the acceptor's challenge is checked and
 * the proof sent: {@link PeerAuth}; frames follow the proof), reconnection with exponential
 * backoff. The queue's
 * buffer is taken at its bound with the first message (so a lagging peer makes the loop allocate
 * nothing), and kept across reconnections; a message that does not fit is
 * dropped (counted, and logged rate-limited) — except that an empty queue admits one message of
 * any size, so an entry larger than the bound still gets through; the buffer is let go once it has
 * drained past the bound. With TLS ({@link TlsConfig}) the link is a {@link TlsChannel}: the
 * TLS handshake (the peer's certificate must chain to the cluster's CA and name the dialled host)
 * comes first, then the same bytes as without it. Not thread-safe (the event loop owns it).
 */
final class PeerLink implements IoHandler {
  private static final long MIN_BACKOFF = TimeUnit.MILLISECONDS.toNanos(20);
  private static final long MAX_BACKOFF = TimeUnit.SECONDS.toNanos(1);
  private static final long REJECTED_BACKOFF = TimeUnit.SECONDS.toNanos(5);

  final int peer;
  private final InetSocketAddress address;
  private final long clusterId;
  private final int self;
  private final PeerAuth auth;
  private final Selector selector;
  /** TLS for this link (null: plaintext). */
  private final TlsConfig tls;
  /** Frames waiting to be written. */
  private final FrameWriter out;
  /** The hello, written before any frame. */
  private final ByteBuffer hello =
      ByteBuffer.allocate(Handshake.HELLO_BYTES).order(ByteOrder.LITTLE_ENDIAN);

  /** The acceptor's answer to the hello: its nonce and MAC, or a refusal code. */
  private final ByteBuffer challenge =
      ByteBuffer.allocate(Handshake.CHALLENGE_BYTES).order(ByteOrder.LITTLE_ENDIAN);
  /** This node's proof, sent once the challenge checked out. */
  private final ByteBuffer proof = ByteBuffer.allocate(Handshake.PROOF_BYTES);
  /** A refusal of the proof (after an accepted proof the acceptor sends nothing). */
  private final ByteBuffer verdict =
      ByteBuffer.allocate(Handshake.VERDICT_BYTES).order(ByteOrder.LITTLE_ENDIAN);
  /** Where reads go after a full verdict (a read detects a close). */
  private final ByteBuffer discard = ByteBuffer.allocate(64);

  private SocketChannel channel;
  /** What the link reads and writes: the socket, or {@link #secure} over it. */
  private ByteChannel io;

  private TlsChannel secure;
  private SelectionKey key;
  private boolean connected;
  /** The acceptor proved the secret (and accepted the hello); the proof is on its way. */
  private boolean verified;

  private long nextDial;
  private long backoff = MIN_BACKOFF;
  /** Messages dropped because the buffer was full or the peer unreachable. */
  long drops;

  long sentMessages;
  /** The last handshake verdict other than OK (-1: none). */
  int rejectCode = -1;

  private final RateLimitedLog dropLog;
  private final RateLimitedLog failLog;

  PeerLink(
      int peer,
      InetSocketAddress address,
      long clusterId,
      int self,
      int queueBytes,
      PeerAuth auth,
      TlsConfig tls,
      Selector selector) {
    this.peer = peer;
    this.address = address;
    this.clusterId = clusterId;
    this.self = self;
    this.auth = auth;
    this.selector = selector;
    this.tls = tls;
    // The queue is taken at its bound with the first message, not grown to it: a follower that
    // lags used to make the leader's loop allocate up to twice the bound (16 MiB by default) on
    // the way there, inside whatever it was measuring (CLUSTER.md, "Allocation per write").
    this.out = new FrameWriter(queueBytes, queueBytes, queueBytes);
    this.dropLog = new RateLimitedLog("node " + self + ": peer " + peer + ": ", 5000);
    this.failLog =
        new RateLimitedLog("node " + self + ": peer " + peer + " at " + address + ": ", 5000);
  }

  /** Dials when disconnected and the backoff has passed. */
  void poll(long now) {
    if (channel != null || now - nextDial < 0) {
      return;
    }
    try {
      channel = SocketChannel.open();
      channel.configureBlocking(false);
      channel.setOption(StandardSocketOptions.TCP_NODELAY, true);
      secure = tls == null ? null : new TlsChannel(channel, tls.dialerEngine(address));
      io = secure == null ? channel : secure;
      out.clear();
      hello.clear();
      Handshake.writeHello(hello, clusterId, self, peer);
      auth.nonce(hello.array(), Handshake.HELLO_NONCE);
      hello.flip();
      challenge.clear();
      proof.clear();
      verdict.clear();
      verified = false;
      connected = false;
      key = channel.register(selector, SelectionKey.OP_CONNECT, this);
      if (channel.connect(address)) {
        tcpConnected();
      }
    } catch (IOException e) {
      fail(e);
    }
  }

  /** TCP is up: without TLS the link is connected; with it, the TLS handshake starts (OP_WRITE). */
  private void tcpConnected() {
    if (secure == null) {
      connected = true;
      key.interestOps(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
    } else {
      key.interestOps(SelectionKey.OP_WRITE);
    }
  }

  @Override
  public void handle(SelectionKey k) throws IOException {
    if (k.isConnectable()) {
      if (!channel.finishConnect()) {
        return;
      }
      tcpConnected();
    }
    if (!connected) { // the TLS handshake is under way (without TLS a link is connected at once)
      if (secure == null || !secure.handshake(k)) {
        return;
      }
      connected = true;
      k.interestOps(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
    }
    if (k.isValid() && k.isReadable()) {
      do {
        if (!readHandshake()) {
          return;
        }
      } while (secure != null && channel != null && secure.hasBufferedInput());
    }
    if (k.isValid() && k.isWritable()) {
      flush();
    }
  }

  /** Reads the acceptor's challenge, then its verdict (or nothing); false once the link is closed. */
  private boolean readHandshake() throws IOException {
    ByteBuffer into =
        challenge.hasRemaining() ? challenge : verdict.hasRemaining() ? verdict : discard;
    int n = io.read(into);
    discard.clear();
    if (n < 0) {
      throw new IOException("peer " + peer + " closed the connection");
    }
    if (into == challenge && !challenge.hasRemaining()) {
      int code = Handshake.code(challenge);
      if (code == Handshake.OK
          && !auth.acceptorProved(
              hello.array(),
              challenge.array(),
              Handshake.CHALLENGE_NONCE,
              challenge.array(),
              Handshake.CHALLENGE_MAC)) {
        code = Handshake.AUTH_FAILED;
      }
      if (code != Handshake.OK) {
        refused(code);
        return false;
      }
      auth.dialerMac(hello.array(), challenge.array(), Handshake.CHALLENGE_NONCE, proof.array(), 0);
      backoff = MIN_BACKOFF;
      rejectCode = -1;
      verified = true;
      key.interestOps(key.interestOps() | SelectionKey.OP_WRITE);
    } else if (into == verdict && !verdict.hasRemaining()) {
      refused(Handshake.code(verdict)); // the acceptor refused our proof
      return false;
    }
    return true;
  }

  /** Logs a refused handshake, closes, and dials again only after a longer backoff. */
  private void refused(int code) {
    rejectCode = code;
    System.err.println(
        "node " + self + ": peer " + peer + " at " + address + " " + Handshake.describe(code));
    close();
    nextDial = System.nanoTime() + REJECTED_BACKOFF;
  }

  /** Queues one framed message given as bytes; returns false (dropping it) when it does not fit. */
  boolean send(ByteBuffer src, int offset, int length) {
    if (channel == null) {
      return drop(4L + length, "not connected");
    }
    if (!out.write(src, offset, length)) {
      return drop(4L + length, "queue full");
    }
    sentMessages++;
    return true;
  }

  /** Queues one message, serialized straight into the send buffer; false when it does not fit. */
  boolean send(MessageBuilder m) {
    if (channel == null) {
      return drop(-1, "not connected");
    }
    if (!out.write(m)) {
      return drop(-1, "queue full");
    }
    sentMessages++;
    return true;
  }

  /**
   * The peer just connected to us, so it is up: a link waiting out its backoff dials at the next
   * {@link #poll} instead. Without this a leader whose backoff grew to a second while the peer was
   * down keeps it waiting that long after it is back, longer than an election timeout.
   */
  void peerIsUp() {
    if (channel == null) {
      nextDial = System.nanoTime();
      backoff = MIN_BACKOFF;
    }
  }

  /** Counts and logs (rate-limited) a dropped message of {@code bytes} ({@code -1}: not measured). */
  private boolean drop(long bytes, String why) {
    drops++;
    dropLog.log("dropped a message" + (bytes < 0 ? "" : " of " + bytes + " bytes") + " (" + why
        + ": " + out.queuedBytes() + " bytes queued, bound " + out.boundBytes() + "); " + drops
        + " dropped so far, Raft resends");
    return false;
  }

  /**
   * Writes what the socket takes; asks for OP_WRITE while bytes remain. Until the acceptor's
   * challenge checked out only the hello goes out (queued frames wait), then the proof, then the
   * frames.
   */
  void flush() throws IOException {
    if (!connected) {
      return;
    }
    if (!verified) {
      if (hello.hasRemaining()) {
        io.write(hello);
      }
      setWriteInterest(hello.hasRemaining()); // then wait (OP_READ) for the challenge
      return;
    }
    if (proof.hasRemaining()) {
      io.write(proof);
      if (proof.hasRemaining()) {
        setWriteInterest(true);
        return;
      }
    } else if (out.queuedBytes() == 0) {
      return;
    }
    out.flush(io, key);
  }

  private void setWriteInterest(boolean on) {
    int ops = key.interestOps();
    int want = on ? ops | SelectionKey.OP_WRITE : ops & ~SelectionKey.OP_WRITE;
    if (want != ops) {
      key.interestOps(want);
    }
  }

  /** Where this link dials. */
  InetSocketAddress address() {
    return address;
  }

  /** Bytes waiting in the send buffer. */
  int queuedBytes() {
    return out.queuedBytes();
  }

  boolean connected() {
    return connected && rejectCode < 0 && verified;
  }

  @Override
  public void fail(IOException e) {
    boolean tlsLink = secure != null;
    close();
    if (e instanceof ProtocolException && tlsLink) {
      // A TLS failure (untrusted certificate, wrong host name, no TLS on the other side) is a
      // configuration problem, as a refused hello is: log it and wait longer before the next dial.
      rejectCode = Handshake.TLS_FAILED;
      failLog.log(e.getMessage());
      nextDial = System.nanoTime() + REJECTED_BACKOFF;
      return;
    }
    if (e instanceof ProtocolException) {
      failLog.log(e.getMessage());
    }
    nextDial = System.nanoTime() + backoff;
    backoff = Math.min(backoff * 2, MAX_BACKOFF);
  }

  void close() {
    if (channel != null) {
      try {
        io.close();
      } catch (IOException ignored) {
        // closing: nothing left to do with it
      }
    }
    channel = null;
    io = null;
    secure = null;
    key = null;
    connected = false;
    verified = false;
    out.clear();
  }
}
