package dev.rast.raft.net;

import dev.rast.capnp.MessageBuilder;
import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * The peer-to-peer transport of one node; see the package documentation. Owned by one event-loop
 * thread, which calls {@link #poll} and {@link #flush} once per loop iteration and dispatches the
 * selector's keys through {@link EventLoops}.
 */
public final class Transport implements MessageSender, Closeable {
  /** Default bound of the bytes queued for one peer. */
  public static final int DEFAULT_QUEUE_BYTES = NetLimits.DEFAULT.peerQueueBytes();
  /** First receive chunk of a peer connection (after its handshake) and the working chunk size. */
  private static final int FIRST_CHUNK = 64 << 10;

  private static final int CHUNK = 1 << 20;
  private static final long SWEEP_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

  final int self;
  final long clusterId;
  final MessageSink sink;
  final PeerAuth auth;
  private final TlsConfig tls;
  private final Selector selector;
  private final InetSocketAddress listen;
  private final Map<Integer, PeerLink> links = new TreeMap<>();
  /** Every node's peer address, as {@code --peers} gives it. */
  private final Map<Integer, InetSocketAddress> addresses;

  final Set<InboundPeer> inbound = new HashSet<>();
  private final NetLimits limits;
  private final InboundBudget budget;
  private final List<InboundPeer> sweep = new ArrayList<>();
  private long nextSweep;
  private ServerSocketChannel server;
  /** Inbound connections refused at the handshake. */
  int rejected;
  /** Refused and closed inbound connections (limits, timeouts, bad handshakes, bad frames). */
  final RateLimitedLog refusals;

  /**
   * @param self this node's id
   * @param clusterId peers must present the same
   * @param listen where peers connect to this node
   * @param peers every other node's id and address
   * @param queueBytes the bound of bytes queued per peer
   */
  public Transport(
      int self,
      long clusterId,
      InetSocketAddress listen,
      Map<Integer, InetSocketAddress> peers,
      int queueBytes,
      MessageSink sink,
      Selector selector) {
    this(
        self,
        clusterId,
        listen,
        peers,
        NetLimits.DEFAULT.withPeerQueueBytes(queueBytes),
        new InboundBudget(NetLimits.DEFAULT.inboundBufferBytes()),
        ClusterSecret.NONE,
        null,
        sink,
        selector);
  }

  /**
   * @param self this node's id
   * @param clusterId peers must present the same
   * @param listen where peers connect to this node
   * @param peers every other node's id and address
   * @param limits queue bound, frame size, connection limits and timeouts
   * @param budget the node's bound on inbound buffer memory (shared with its client port)
   * @param secret peers must prove it in the handshake ({@link ClusterSecret#NONE}: no check)
   */
  public Transport(
      int self,
      long clusterId,
      InetSocketAddress listen,
      Map<Integer, InetSocketAddress> peers,
      NetLimits limits,
      InboundBudget budget,
      ClusterSecret secret,
      MessageSink sink,
      Selector selector) {
    this(self, clusterId, listen, peers, limits, budget, secret, null, sink, selector);
  }

  /**
   * @param self this node's id
   * @param clusterId peers must present the same
   * @param listen where peers connect to this node
   * @param peers every other node's id and address
   * @param limits queue bound, frame size, connection limits and timeouts
   * @param budget the node's bound on inbound buffer memory (shared with its client port)
   * @param secret peers must prove it in the handshake ({@link ClusterSecret#NONE}: no check)
   * @param tls mutual TLS between peers (null: plaintext); its client-certificate policy should be
   *     {@link TlsConfig.ClientAuth#NEED}
   */
  public Transport(
      int self,
      long clusterId,
      InetSocketAddress listen,
      Map<Integer, InetSocketAddress> peers,
      NetLimits limits,
      InboundBudget budget,
      ClusterSecret secret,
      TlsConfig tls,
      MessageSink sink,
      Selector selector) {
    this.self = self;
    this.clusterId = clusterId;
    this.listen = listen;
    this.sink = sink;
    this.selector = selector;
    this.limits = limits;
    this.budget = budget;
    this.auth = new PeerAuth(secret);
    this.tls = tls;
    this.addresses = Map.copyOf(peers);
    this.refusals = new RateLimitedLog("node " + self + ": peer port: ", 1000);
    for (Map.Entry<Integer, InetSocketAddress> e : peers.entrySet()) {
      if (e.getKey() != self) {
        links.put(
            e.getKey(),
            new PeerLink(
                e.getKey(),
                e.getValue(),
                clusterId,
                self,
                limits.peerQueueBytes(),
                auth,
                tls,
                selector));
      }
    }
  }

  /** Binds the listening socket; throws a {@link java.net.BindException} when the port is busy. */
  public void start() throws IOException {
    server = Listener.open(
        listen, selector, this::acceptPeer, "node " + self + ": accepting peer connections");
  }

  private void acceptPeer(SocketChannel ch) throws IOException {
    if (inbound.size() >= limits.maxPeerConnections()) {
      refusals.log("refused a connection from " + ch.getRemoteAddress() + ": " + inbound.size()
          + " peer connections open, the limit (--max-peer-connections)");
      ch.close();
      return;
    }
    ch.configureBlocking(false);
    ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
    FrameReader reader = new FrameReader(FIRST_CHUNK, CHUNK, limits.maxPeerFrameBytes(), budget);
    TlsChannel secure = tls == null ? null : new TlsChannel(ch, tls.acceptorEngine());
    InboundPeer p = new InboundPeer(this, ch, secure, reader, System.nanoTime());
    inbound.add(p);
    ch.register(selector, SelectionKey.OP_READ, p);
  }

  /** The bound address (the port is known after {@link #start}, also when 0 was asked for). */
  public InetSocketAddress localAddress() throws IOException {
    return (InetSocketAddress) server.getLocalAddress();
  }

  Selector selector() {
    return selector;
  }

  boolean isPeer(int id) {
    return links.containsKey(id);
  }

  /** The host {@code --peers} gives for node {@code id}. */
  String host(int id) {
    return addresses.get(id).getHostString();
  }

  /** Peer {@code id} connected to us and passed the handshake: our link to it redials now if down. */
  void peerConnected(int id) {
    PeerLink l = links.get(id);
    if (l != null) {
      l.peerIsUp();
    }
  }

  /** Queues a message for {@code to}; false when it was dropped (unknown peer, full queue, no connection). */
  @Override
  public boolean send(int to, MessageBuilder m) {
    PeerLink l = links.get(to);
    return l != null && l.send(m);
  }

  /** Queues a framed message given as bytes {@code [offset, offset + length)} of {@code src}. */
  @Override
  public boolean send(int to, ByteBuffer src, int offset, int length) {
    PeerLink l = links.get(to);
    return l != null && l.send(src, offset, length);
  }

  /**
   * Dials the peers that are disconnected and due for a retry; every 200 ms closes the inbound
   * connections that did not finish their handshake, or received nothing, in time.
   */
  public void poll(long nowNanos) {
    for (PeerLink l : links.values()) {
      l.poll(nowNanos);
    }
    if (nowNanos - nextSweep >= 0) {
      nextSweep = nowNanos + SWEEP_NANOS;
      closeStale(nowNanos);
    }
  }

  private void closeStale(long now) {
    long handshake = TimeUnit.MILLISECONDS.toNanos(limits.handshakeTimeoutMillis());
    long idle = TimeUnit.MILLISECONDS.toNanos(limits.idleTimeoutMillis());
    sweep.addAll(inbound);
    for (InboundPeer p : sweep) {
      if (!p.handshaken() && now - p.openedAt > handshake) {
        refusals.log("closed the connection from " + p.remote() + ": no handshake within "
            + limits.handshakeTimeoutMillis() + " ms (--handshake-timeout-ms)");
        p.close();
      } else if (now - p.lastRead > idle) {
        refusals.log("closed the connection from " + p.remote() + ": nothing received for "
            + limits.idleTimeoutMillis() + " ms (--idle-timeout-ms)");
        p.close();
      }
    }
    sweep.clear();
  }

  /** Inbound peer connections open now. */
  public int inboundConnections() {
    return inbound.size();
  }

  /** Inbound connections refused or closed for a limit, a timeout or a protocol error so far. */
  public long refusals() {
    return refusals.total();
  }

  /** Writes every peer's queued messages (one write per peer: the batch since the last flush). */
  public void flush() {
    for (PeerLink l : links.values()) {
      try {
        l.flush();
      } catch (IOException e) {
        l.fail(e);
      }
    }
  }

  /** Bytes queued for {@code peer} (bounded by the queue size). */
  public int queuedBytes(int peer) {
    PeerLink l = links.get(peer);
    return l == null ? 0 : l.queuedBytes();
  }

  /** Messages to {@code peer} dropped so far (queue full or no connection). */
  public long drops(int peer) {
    PeerLink l = links.get(peer);
    return l == null ? 0 : l.drops;
  }

  /** Whether the connection to {@code peer} is up and its handshake accepted. */
  public boolean connected(int peer) {
    PeerLink l = links.get(peer);
    return l != null && l.connected();
  }

  /** The last handshake rejection {@code peer} answered ({@code -1}: none). */
  public int rejectCode(int peer) {
    PeerLink l = links.get(peer);
    return l == null ? -1 : l.rejectCode;
  }

  /** Whether peers must prove the cluster secret. */
  public boolean authenticatesPeers() {
    return auth.enabled();
  }

  /** Whether peer connections use mutual TLS. */
  public boolean tls() {
    return tls != null;
  }

  /** Inbound connections this node refused at the handshake. */
  public int rejectedHandshakes() {
    return rejected;
  }

  /** The peers' ids, ascending. */
  public Set<Integer> peers() {
    return links.keySet();
  }

  @Override
  public void close() throws IOException {
    for (PeerLink l : links.values()) {
      l.close();
    }
    for (InboundPeer p : Set.copyOf(inbound)) {
      p.close();
    }
    if (server != null) {
      server.close();
    }
  }
}
