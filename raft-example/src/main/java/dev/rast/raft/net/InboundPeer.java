package dev.rast.raft.net;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;

/**
 * An accepted peer connection: checks the hello, then delivers frames to the sink. Before the
 * hello is accepted it holds only the hello's few bytes; its frame buffer starts small and grows
 * with the bytes received ({@link FrameReader}).
 */
final class InboundPeer implements IoHandler, FrameReader.Handler {
  private final Transport transport;
  final SocketChannel channel;
  private final ByteBuffer hello =
      ByteBuffer.allocate(Handshake.HELLO_BYTES).order(ByteOrder.LITTLE_ENDIAN);
  private final FrameReader reader;
  /** The peer's id once its hello was accepted (0 before). */
  private int from;

  final long openedAt;
  long lastRead;
  private boolean closed;

  InboundPeer(Transport transport, SocketChannel channel, FrameReader reader, long now) {
    this.transport = transport;
    this.channel = channel;
    this.reader = reader;
    this.openedAt = now;
    this.lastRead = now;
  }

  boolean handshaken() {
    return from != 0;
  }

  @Override
  public void handle(SelectionKey key) throws IOException {
    lastRead = System.nanoTime();
    if (from == 0) {
      if (channel.read(hello) < 0) {
        throw new IOException("closed during the handshake");
      }
      if (hello.hasRemaining()) {
        return;
      }
      int code = Handshake.check(hello, 0, transport.clusterId, transport.self);
      if (code == Handshake.OK && !transport.isPeer(Handshake.from(hello, 0))) {
        code = Handshake.WRONG_NODE;
      }
      ByteBuffer verdict =
          ByteBuffer.allocate(Handshake.VERDICT_BYTES).order(ByteOrder.LITTLE_ENDIAN);
      verdict.putInt(0, Handshake.MAGIC).putInt(4, code);
      channel.write(verdict); // 8 bytes on a fresh connection: the socket buffer takes them
      if (code != Handshake.OK) {
        transport.rejected++;
        transport.refusals.log(Handshake.describe(code) + " (hello from node "
            + Handshake.from(hello, 0) + " of cluster "
            + Long.toHexString(Handshake.clusterId(hello, 0)) + " at " + remote() + ")");
        close();
        return;
      }
      from = Handshake.from(hello, 0);
      transport.peerConnected(from);
    }
    if (!reader.read(channel, this)) {
      close();
    }
  }

  @Override
  public boolean onFrame(ByteBuffer buf, int start, int end) {
    return transport.sink.onMessage(from, buf, start, end);
  }

  @Override
  public void fail(IOException e) {
    if (e instanceof ProtocolException) {
      transport.refusals.log("closed the peer connection from " + remote() + ": " + e.getMessage());
    }
    close();
  }

  String remote() {
    try {
      return String.valueOf(channel.getRemoteAddress());
    } catch (IOException e) {
      return "?";
    }
  }

  void close() {
    if (closed) {
      return;
    }
    closed = true;
    transport.inbound.remove(this);
    reader.close();
    try {
      channel.close();
    } catch (IOException ignored) {
      // closing: nothing left to do with it
    }
  }
}
