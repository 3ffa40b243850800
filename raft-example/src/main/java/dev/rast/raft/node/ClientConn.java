package dev.rast.raft.node;

import dev.rast.capnp.Framing;
import dev.rast.capnp.MessageBuilder;
import dev.rast.raft.net.FrameReader;
import dev.rast.raft.net.IoHandler;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;

/**
 * One client connection of a node: length-framed {@code KvRequest}s in, {@code KvResponse}s out.
 * Requests are read from a reused chunk (the node copies what it keeps: a proposal is copied into
 * its log record). The response buffer grows up to {@link #MAX_OUT_BYTES}; a client that lets
 * more pile up without reading is disconnected. Not thread-safe (the event loop owns it).
 */
final class ClientConn implements IoHandler, FrameReader.Handler {
  static final int MAX_OUT_BYTES = 64 << 20;

  private final Node node;
  final SocketChannel channel;
  SelectionKey key;
  private final FrameReader reader = new FrameReader(256 << 10, 16 << 20);
  private ByteBuffer out = ByteBuffer.allocate(64 << 10).order(ByteOrder.LITTLE_ENDIAN);
  boolean closed;
  /** Queued in the node's list of connections to flush. */
  boolean dirty;

  ClientConn(Node node, SocketChannel channel) {
    this.node = node;
    this.channel = channel;
  }

  @Override
  public void handle(SelectionKey k) throws IOException {
    if (k.isReadable() && !reader.read(channel, this)) {
      close();
      return;
    }
    if (k.isValid() && k.isWritable()) {
      flush();
    }
  }

  @Override
  public boolean onFrame(ByteBuffer buf, int start, int end) {
    node.onClientRequest(this, buf, start, end);
    return false;
  }

  /** Queues a response. */
  void send(MessageBuilder m) {
    if (closed) {
      return;
    }
    int size = (int) Framing.serializedSize(m);
    if (out.remaining() < 4 + size) {
      int need = out.position() + 4 + size;
      if (need > MAX_OUT_BYTES) {
        close();
        return;
      }
      ByteBuffer bigger = ByteBuffer.allocate(
              Math.min(MAX_OUT_BYTES, Math.max(need, out.capacity() * 2)))
          .order(ByteOrder.LITTLE_ENDIAN);
      bigger.put(0, out, 0, out.position()).position(out.position());
      out = bigger;
    }
    out.putInt(size);
    Framing.write(m, out);
    if (!dirty) {
      dirty = true;
      node.dirtyClients.add(this);
    }
  }

  void flush() throws IOException {
    if (closed || out.position() == 0) {
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

  @Override
  public void fail(IOException e) {
    close();
  }

  void close() {
    closed = true;
    try {
      channel.close();
    } catch (IOException ignored) {
      // closing: nothing left to do with it
    }
  }
}
