package dev.rast.raft.node;

import dev.rast.capnp.Framing;
import dev.rast.capnp.MessageBuilder;
import dev.rast.raft.net.FrameReader;
import dev.rast.raft.net.IoHandler;
import dev.rast.raft.net.ProtocolException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;

/**
 * One client connection of a node: length-framed {@code KvRequest}s in, {@code KvResponse}s out.
 * Requests are read from a reused chunk that starts small and grows with the bytes received (the
 * node copies what it keeps: a proposal is copied into its log record); a request above the
 * maximum size is answered with an error and its bytes skipped. The response buffer exists once
 * there is something to send and grows up to {@link #MAX_OUT_BYTES}; a client that lets more pile
 * up without reading is disconnected. Not thread-safe (the event loop owns it).
 */
final class ClientConn implements IoHandler, FrameReader.Handler {
  static final int MAX_OUT_BYTES = 64 << 20;
  /** A response buffer grown past this is dropped once drained. */
  private static final int KEEP_OUT_BYTES = 1 << 20;

  private final ClientPort port;
  final SocketChannel channel;
  SelectionKey key;
  private final FrameReader reader;
  private ByteBuffer out;
  boolean closed;
  /** Queued in the node's list of connections to flush. */
  boolean dirty;

  final long openedAt;
  long lastRead;

  ClientConn(ClientPort port, SocketChannel channel, FrameReader reader, long now) {
    this.port = port;
    this.channel = channel;
    this.reader = reader;
    this.openedAt = now;
    this.lastRead = now;
  }

  /** Whether a complete request has arrived (a client's "handshake"). */
  boolean greeted() {
    return reader.frames() > 0;
  }

  @Override
  public void handle(SelectionKey k) throws IOException {
    if (k.isReadable()) {
      lastRead = System.nanoTime();
      if (!reader.read(channel, this)) {
        close();
        return;
      }
    }
    if (k.isValid() && k.isWritable()) {
      flush();
    }
  }

  @Override
  public boolean onFrame(ByteBuffer buf, int start, int end) {
    port.node.onClientRequest(this, buf, start, end);
    return false;
  }

  @Override
  public boolean onOversized(int length) {
    port.oversized(this, length);
    return true;
  }

  /** Queues a response. */
  void send(MessageBuilder m) {
    if (closed) {
      return;
    }
    int size = (int) Framing.serializedSize(m);
    if (out == null || out.remaining() < 4 + size) {
      int used = out == null ? 0 : out.position();
      int need = used + 4 + size;
      if (need > MAX_OUT_BYTES) {
        port.refusals.log("closed the connection of " + port.remote(this) + ": " + need
            + " bytes of responses unread (at most " + MAX_OUT_BYTES + ")");
        close();
        return;
      }
      int cap = out == null ? 4096 : out.capacity() * 2;
      ByteBuffer bigger = ByteBuffer.allocate(Math.min(MAX_OUT_BYTES, Math.max(need, cap)))
          .order(ByteOrder.LITTLE_ENDIAN);
      if (out != null) {
        bigger.put(0, out, 0, used).position(used);
      }
      out = bigger;
    }
    out.putInt(size);
    Framing.write(m, out);
    if (!dirty) {
      dirty = true;
      port.node.dirtyClients.add(this);
    }
  }

  void flush() throws IOException {
    if (closed || out == null || out.position() == 0) {
      return;
    }
    out.flip();
    try {
      channel.write(out);
    } finally {
      out.compact();
    }
    if (out.position() == 0 && out.capacity() > KEEP_OUT_BYTES) {
      out = null; // a large response went out: do not keep its buffer
    }
    int ops = key.interestOps();
    int want = out != null && out.position() > 0
        ? ops | SelectionKey.OP_WRITE
        : ops & ~SelectionKey.OP_WRITE;
    if (want != ops) {
      key.interestOps(want);
    }
  }

  @Override
  public void fail(IOException e) {
    if (e instanceof ProtocolException) {
      port.refusals.log("closed the connection of " + port.remote(this) + ": " + e.getMessage());
    }
    close();
  }

  void close() {
    if (closed) {
      return;
    }
    closed = true;
    port.closed(this);
    reader.close();
    try {
      channel.close();
    } catch (IOException ignored) {
      // closing: nothing left to do with it
    }
  }
}
