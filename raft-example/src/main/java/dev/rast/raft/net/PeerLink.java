package dev.rast.raft.net;

import dev.rast.capnp.Framing;
import dev.rast.capnp.MessageBuilder;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.StandardSocketOptions;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.util.concurrent.TimeUnit;

/**
 * The outbound connection to one peer: a bounded send buffer, the handshake, reconnection with
 * exponential backoff. Not thread-safe (the event loop owns it).
 */
final class PeerLink implements IoHandler {
  private static final long MIN_BACKOFF = TimeUnit.MILLISECONDS.toNanos(20);
  private static final long MAX_BACKOFF = TimeUnit.SECONDS.toNanos(1);
  private static final long REJECTED_BACKOFF = TimeUnit.SECONDS.toNanos(5);

  final int peer;
  private final InetSocketAddress address;
  private final long clusterId;
  private final int self;
  private final Selector selector;
  /** Frames waiting to be written, in write mode; its capacity bounds what the peer can hold up. */
  private final ByteBuffer out;

  private final ByteBuffer verdict =
      ByteBuffer.allocate(Handshake.VERDICT_BYTES).order(ByteOrder.LITTLE_ENDIAN);
  private SocketChannel channel;
  private SelectionKey key;
  private boolean connected;
  private long nextDial;
  private long backoff = MIN_BACKOFF;
  /** Messages dropped because the buffer was full or the peer unreachable. */
  long drops;

  long sentMessages;
  /** The last handshake verdict other than OK (-1: none). */
  int rejectCode = -1;

  PeerLink(
      int peer,
      InetSocketAddress address,
      long clusterId,
      int self,
      int queueBytes,
      Selector selector) {
    this.peer = peer;
    this.address = address;
    this.clusterId = clusterId;
    this.self = self;
    this.selector = selector;
    this.out = ByteBuffer.allocate(queueBytes).order(ByteOrder.LITTLE_ENDIAN);
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
      out.clear();
      Handshake.writeHello(out, clusterId, self, peer);
      verdict.clear();
      connected = false;
      key = channel.register(selector, SelectionKey.OP_CONNECT, this);
      if (channel.connect(address)) {
        onConnected();
      }
    } catch (IOException e) {
      fail(e);
    }
  }

  private void onConnected() throws IOException {
    connected = true;
    key.interestOps(SelectionKey.OP_READ | (out.position() > 0 ? SelectionKey.OP_WRITE : 0));
  }

  @Override
  public void handle(SelectionKey k) throws IOException {
    if (k.isConnectable()) {
      if (!channel.finishConnect()) {
        return;
      }
      onConnected();
    }
    if (k.isValid() && k.isReadable()) {
      int n = channel.read(verdict);
      if (n < 0) {
        throw new IOException("peer " + peer + " closed the connection");
      }
      if (!verdict.hasRemaining()) {
        int code = verdict.getInt(0) == Handshake.MAGIC ? verdict.getInt(4) : Handshake.BAD_HELLO;
        if (code != Handshake.OK) {
          rejectCode = code;
          System.err.println("node " + self + ": peer " + peer + " at " + address + " "
              + Handshake.describe(code));
          close();
          nextDial = System.nanoTime() + REJECTED_BACKOFF;
          return;
        }
        backoff = MIN_BACKOFF;
        rejectCode = -1;
        verdict.clear().limit(0); // read nothing more (the acceptor sends nothing more)
        k.interestOps(k.interestOps() & ~SelectionKey.OP_READ);
      }
    }
    if (k.isValid() && k.isWritable()) {
      flush();
    }
  }

  /** Queues one framed message given as bytes; returns false (dropping it) when it does not fit. */
  boolean send(ByteBuffer src, int offset, int length) {
    if (channel == null || out.remaining() < 4 + length) {
      drops++;
      return false;
    }
    int p = out.position();
    out.putInt(p, length);
    out.put(p + 4, src, offset, length);
    out.position(p + 4 + length);
    sentMessages++;
    return true;
  }

  /** Queues one message, serialized straight into the send buffer; false when it does not fit. */
  boolean send(MessageBuilder m) {
    long size = Framing.serializedSize(m);
    if (channel == null || out.remaining() < 4 + size) {
      drops++;
      return false;
    }
    int p = out.position();
    out.putInt(p, (int) size);
    out.position(p + 4);
    Framing.write(m, out);
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

  /** Writes what the socket takes; asks for OP_WRITE when bytes remain. */
  void flush() throws IOException {
    if (!connected || out.position() == 0) {
      return;
    }
    out.flip();
    try {
      channel.write(out);
    } finally {
      out.compact();
    }
    int ops = key.interestOps();
    int want = out.position() > 0 ? ops | SelectionKey.OP_WRITE : ops & ~SelectionKey.OP_WRITE;
    if (want != ops) {
      key.interestOps(want);
    }
  }

  /** Bytes waiting in the send buffer. */
  int queuedBytes() {
    return out.position();
  }

  boolean connected() {
    return connected && rejectCode < 0 && verdict.limit() == 0;
  }

  @Override
  public void fail(IOException e) {
    close();
    nextDial = System.nanoTime() + backoff;
    backoff = Math.min(backoff * 2, MAX_BACKOFF);
  }

  void close() {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException ignored) {
        // closing: nothing left to do with it
      }
    }
    channel = null;
    key = null;
    connected = false;
    out.clear();
  }
}
