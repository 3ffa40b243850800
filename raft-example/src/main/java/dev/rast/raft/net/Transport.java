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
import java.util.function.Consumer;

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

  /** The working size of a peer connection's receive chunks: the size of a {@link #useChunkPool} pool's chunks. */
  public static final int RECEIVE_CHUNK_BYTES = CHUNK;

  private static final long SWEEP_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

  final int self;
  final long clusterId;
  final MessageSink sink;
  final PeerAuth auth;
  private final TlsConfig tls;
  private final Selector selector;
  private final InetSocketAddress listen;
  private final Map<Integer, PeerLink> links = new TreeMap<>();
  /**
   * The links in id order, for the per-iteration loops (no iterator per {@link #poll}/{@link
   * #flush}); replaced by {@link #setPeers}, on the loop thread like every use.
   */
  private PeerLink[] linkArray;
  /** Every peer's address as last set ({@link #setPeers}): its host names it in a TLS handshake. */
  private final Map<Integer, InetSocketAddress> addresses = new java.util.HashMap<>();

  final Set<InboundPeer> inbound = new HashSet<>();
  private final NetLimits limits;
  private final InboundBudget budget;
  private final List<InboundPeer> sweep = new ArrayList<>();
  /** Adds to {@link #sweep}: {@code inbound.forEach} walks the set without an iterator or array. */
  private final Consumer<InboundPeer> addToSweep = sweep::add;

  private long nextSweep;
  private ServerSocketChannel server;
  /** Where the peer connections' receive chunks come from (null: allocated). */
  private dev.rast.raft.core.ChunkPool chunkPool;
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
   * @param peers every other node's id and address (changed later by {@link #setPeers})
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
    this.refusals = new RateLimitedLog("node " + self + ": peer port: ", 1000);
    setPeers(peers);
  }

  /**
   * Makes {@code peers} (id to address; this node's own id is skipped) the set this node talks to,
   * at runtime, when the configuration changes: a new member is dialed and its handshake accepted
   * from now on; a member that left has its link closed (queued messages dropped) and its inbound
   * connections closed, and its handshakes are refused from now on; a member whose address changed
   * is dialed at the new one. Links of members that stay are untouched.
   */
  public void setPeers(Map<Integer, InetSocketAddress> peers) {
    addresses.clear();
    addresses.putAll(peers);
    for (var it = links.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<Integer, PeerLink> e = it.next();
      InetSocketAddress now = peers.get(e.getKey());
      if (now == null || !now.equals(e.getValue().address())) {
        e.getValue().close();
        it.remove();
      }
    }
    for (InboundPeer p : Set.copyOf(inbound)) {
      if (p.handshaken() && !peers.containsKey(p.from())) {
        p.close();
      }
    }
    for (Map.Entry<Integer, InetSocketAddress> e : peers.entrySet()) {
      if (e.getKey() != self && !links.containsKey(e.getKey())) {
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
    this.linkArray = links.values().toArray(new PeerLink[0]);
  }

  /**
   * Receives peer messages into {@code pool}'s chunks (of {@link #RECEIVE_CHUNK_BYTES}), which the
   * Raft core's log references and gives back: the same pool as the core's ({@code
   * RaftLoop.useChunkPool}). Call before {@link #start}.
   */
  public void useChunkPool(dev.rast.raft.core.ChunkPool pool) {
    this.chunkPool = pool;
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
    reader.useChunkPool(chunkPool);
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
    InetSocketAddress a = addresses.get(id);
    return a == null ? "?" : a.getHostString();
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
    for (PeerLink l : linkArray) {
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
    inbound.forEach(addToSweep); // not addAll: that copies the set into a new array
    for (int i = 0, n = sweep.size(); i < n; i++) {
      InboundPeer p = sweep.get(i);
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
    for (PeerLink l : linkArray) {
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
