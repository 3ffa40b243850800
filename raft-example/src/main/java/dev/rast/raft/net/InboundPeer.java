package dev.rast.raft.net;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;

/** An accepted peer connection: checks the hello, then delivers frames to the sink. */
final class InboundPeer implements IoHandler, FrameReader.Handler {
  private final Transport transport;
  private final SocketChannel channel;
  private final ByteBuffer hello =
      ByteBuffer.allocate(Handshake.HELLO_BYTES).order(ByteOrder.LITTLE_ENDIAN);
  private final FrameReader reader;
  /** The peer's id once its hello was accepted (0 before). */
  private int from;

  InboundPeer(Transport transport, SocketChannel channel, int chunkBytes, int maxFrameBytes) {
    this.transport = transport;
    this.channel = channel;
    this.reader = new FrameReader(chunkBytes, maxFrameBytes);
  }

  @Override
  public void handle(SelectionKey key) throws IOException {
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
        System.err.println("node " + transport.self + ": " + Handshake.describe(code)
            + " (hello from node " + Handshake.from(hello, 0) + " of cluster "
            + Long.toHexString(Handshake.clusterId(hello, 0)) + ")");
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
    close();
  }

  void close() {
    transport.inbound.remove(this);
    try {
      channel.close();
    } catch (IOException ignored) {
      // closing: nothing left to do with it
    }
  }
}
