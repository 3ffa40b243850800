package dev.rast.raft.node;

import dev.rast.capnp.MessageBuilder;
import dev.rast.raft.msg.KvMsg.KvResponse;
import dev.rast.raft.msg.KvMsg.Status;
import dev.rast.raft.net.FrameReader;
import dev.rast.raft.net.InboundBudget;
import dev.rast.raft.net.Listener;
import dev.rast.raft.net.NetLimits;
import dev.rast.raft.net.RateLimitedLog;
import dev.rast.raft.net.TlsChannel;
import dev.rast.raft.net.TlsConfig;
import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A node's client port: accepts client connections up to a limit, closes those that send no
 * complete request within the handshake timeout or nothing at all for the idle timeout, answers
 * an oversized request with an error, and logs every refusal (rate-limited). Owned by the node's
 * event loop (not thread-safe). With TLS every connection is a {@link TlsChannel}; a client that
 * does not speak TLS, or lacks a required certificate, fails the TLS handshake and is closed.
 */
final class ClientPort implements Closeable {
  private static final int FIRST_CHUNK = 4 << 10;
  private static final int CHUNK = 64 << 10;
  private static final long SWEEP_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

  final Node node;
  private final NetLimits limits;
  private final InboundBudget budget;
  /** TLS for clients (null: plaintext). */
  private final TlsConfig tls;

  final RateLimitedLog refusals;
  private final Set<ClientConn> conns = new HashSet<>();
  private final List<ClientConn> sweep = new ArrayList<>();
  /** Adds to {@link #sweep}: {@code conns.forEach} walks the set without an iterator or array. */
  private final Consumer<ClientConn> addToSweep = sweep::add;

  private final MessageBuilder response = new MessageBuilder();
  private final KvResponse.Builder responseBuilder = new KvResponse.Builder();
  private ServerSocketChannel server;
  private long nextSweep;
  private long oversized;

  ClientPort(Node node, int nodeId, NetLimits limits, InboundBudget budget, TlsConfig tls) {
    this.node = node;
    this.tls = tls;
    this.limits = limits;
    this.budget = budget;
    this.refusals = new RateLimitedLog("node " + nodeId + ": client port: ", 1000);
  }

  /** Binds {@code address}; throws {@link java.net.BindException} when it is busy. */
  void start(InetSocketAddress address, Selector selector) throws IOException {
    server =
        Listener.open(address, selector, ch -> accept(ch, selector), "node: accepting clients");
  }

  private void accept(SocketChannel ch, Selector selector) throws IOException {
    if (conns.size() >= limits.maxClientConnections()) {
      refusals.log("refused a connection from " + ch.getRemoteAddress() + ": " + conns.size()
          + " client connections open, the limit (--max-client-connections)");
      ch.close();
      return;
    }
    ch.configureBlocking(false);
    ch.setOption(StandardSocketOptions.TCP_NODELAY, true);
    FrameReader reader = new FrameReader(FIRST_CHUNK, CHUNK, limits.maxRequestBytes(), budget);
    TlsChannel secure = tls == null ? null : new TlsChannel(ch, tls.acceptorEngine());
    ClientConn c = new ClientConn(this, ch, secure, reader, System.nanoTime());
    conns.add(c);
    c.key = ch.register(selector, SelectionKey.OP_READ, c);
  }

  InetSocketAddress localAddress() throws IOException {
    return (InetSocketAddress) server.getLocalAddress();
  }

  /** Every 200 ms: closes connections past their handshake or idle timeout. */
  void poll(long now) {
    if (now - nextSweep < 0) {
      return;
    }
    nextSweep = now + SWEEP_NANOS;
    long handshake = TimeUnit.MILLISECONDS.toNanos(limits.handshakeTimeoutMillis());
    long idle = TimeUnit.MILLISECONDS.toNanos(limits.idleTimeoutMillis());
    conns.forEach(addToSweep); // not addAll: that copies the set into a new array
    for (int i = 0, n = sweep.size(); i < n; i++) {
      ClientConn c = sweep.get(i);
      if (!c.greeted() && now - c.openedAt > handshake) {
        refusals.log("closed the connection of " + remote(c) + ": no complete request within "
            + limits.handshakeTimeoutMillis() + " ms (--handshake-timeout-ms)");
        c.close();
      } else if (now - c.lastRead > idle) {
        refusals.log("closed the connection of " + remote(c) + ": nothing received for "
            + limits.idleTimeoutMillis() + " ms (--idle-timeout-ms)");
        c.close();
      }
    }
    sweep.clear();
  }

  /** Answers a request above the maximum size (its bytes are skipped, unread): id 0, the limit, why. */
  void oversized(ClientConn c, int length) {
    oversized++;
    String why = "request of " + Integer.toUnsignedString(length)
        + " bytes is above the maximum request size of " + limits.maxRequestBytes()
        + " bytes (rast node --max-request-bytes)";
    refusals.log("refused a request from " + remote(c) + ": " + why);
    response.clear();
    KvResponse.Builder b = response.initRoot(KvResponse._Meta.SIZE, responseBuilder);
    b.setId(0).setStatus(Status.ERROR).setMaxRequestBytes(limits.maxRequestBytes());
    b.setMessage(why);
    c.send(response);
  }

  void closed(ClientConn c) {
    conns.remove(c);
  }

  String remote(ClientConn c) {
    try {
      return String.valueOf(c.channel.getRemoteAddress());
    } catch (IOException e) {
      return "?";
    }
  }

  /** The client-certificate policy with TLS, {@code "off"} without TLS. */
  String tlsMode() {
    return tls == null ? "off" : tls.clientAuth().name().toLowerCase(java.util.Locale.ROOT);
  }

  /** Client connections open now. */
  int connections() {
    return conns.size();
  }

  /** Connections refused or closed, and requests refused for their size, so far. */
  long refusals() {
    return refusals.total();
  }

  long oversizedRequests() {
    return oversized;
  }

  @Override
  public void close() throws IOException {
    for (ClientConn c : List.copyOf(conns)) {
      c.close();
    }
    if (server != null) {
      server.close();
    }
  }
}
