package dev.rast.raft.net;

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
 * The outbound connection to one peer: a send queue bounded in bytes (a {@link FrameWriter}, as
 * the client connections have), the handshake, reconnection with exponential backoff. The queue's
 * buffer starts small and grows up to the bound as messages wait; a message that does not fit is
 * dropped (counted, and logged rate-limited) — except that an empty queue admits one message of
 * any size, so an entry larger than the bound still gets through; the buffer is let go once it has
 * drained past the bound. Not thread-safe (the event loop owns it).
 */
final class PeerLink implements IoHandler {
  private static final long MIN_BACKOFF = TimeUnit.MILLISECONDS.toNanos(20);
  private static final long MAX_BACKOFF = TimeUnit.SECONDS.toNanos(1);
  private static final long REJECTED_BACKOFF = TimeUnit.SECONDS.toNanos(5);
  private static final int FIRST_QUEUE_BYTES = 64 << 10;

  final int peer;
  private final InetSocketAddress address;
  private final long clusterId;
  private final int self;
  private final Selector selector;
  /** Frames waiting to be written. */
  private final FrameWriter out;
  /** The hello, written before any frame. */
  private final ByteBuffer hello =
      ByteBuffer.allocate(Handshake.HELLO_BYTES).order(ByteOrder.LITTLE_ENDIAN);

  private final ByteBuffer verdict =
      ByteBuffer.allocate(Handshake.VERDICT_BYTES).order(ByteOrder.LITTLE_ENDIAN);
  /** Where reads go after the verdict (the acceptor sends nothing more: a read detects a close). */
  private final ByteBuffer discard = ByteBuffer.allocate(64);

  private SocketChannel channel;
  private SelectionKey key;
  private boolean connected;
  /** The acceptor's verdict was OK. */
  private boolean verified;

  private long nextDial;
  private long backoff = MIN_BACKOFF;
  /** Messages dropped because the buffer was full or the peer unreachable. */
  long drops;

  long sentMessages;
  /** The last handshake verdict other than OK (-1: none). */
  int rejectCode = -1;

  private final RateLimitedLog dropLog;

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
    this.out = new FrameWriter(Math.min(FIRST_QUEUE_BYTES, queueBytes), queueBytes, queueBytes);
    this.dropLog = new RateLimitedLog("node " + self + ": peer " + peer + ": ", 5000);
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
      hello.clear();
      Handshake.writeHello(hello, clusterId, self, peer);
      hello.flip();
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
    key.interestOps(SelectionKey.OP_READ | SelectionKey.OP_WRITE);
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
      // Reads the verdict; afterwards the acceptor sends nothing, so a read only sees it close.
      int n = channel.read(verdict.hasRemaining() ? verdict : discard);
      discard.clear();
      if (n < 0) {
        throw new IOException("peer " + peer + " closed the connection");
      }
      if (!verdict.hasRemaining() && !verified) {
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
        verified = true;
      }
    }
    if (k.isValid() && k.isWritable()) {
      flush();
    }
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

  /** Writes the hello, then what the socket takes; asks for OP_WRITE while bytes remain. */
  void flush() throws IOException {
    if (!connected || (out.queuedBytes() == 0 && !hello.hasRemaining())) {
      return;
    }
    if (hello.hasRemaining()) {
      channel.write(hello);
      if (hello.hasRemaining()) {
        key.interestOps(key.interestOps() | SelectionKey.OP_WRITE);
        return;
      }
    }
    out.flush(channel, key);
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
    verified = false;
    out.clear();
  }
}
