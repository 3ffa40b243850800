package dev.rast.raft.node;

import dev.rast.capnp.MessageBuilder;
import dev.rast.raft.net.FrameReader;
import dev.rast.raft.net.FrameWriter;
import dev.rast.raft.net.IoHandler;
import dev.rast.raft.net.ProtocolException;
import dev.rast.raft.net.TlsChannel;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ByteChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;

/**
 * One client connection of a node: length-framed {@code KvRequest}s in, {@code KvResponse}s out.
 * Requests are read from a reused chunk that starts small and grows with the bytes received (the
 * node copies what it keeps: a proposal is copied into its log record); a request above the
 * maximum size is answered with an error and its bytes skipped. Responses go through a {@link
 * FrameWriter} (the peer links' too), whose buffer exists once there is something to send and grows
 * up to {@link #MAX_OUT_BYTES}; a client that lets more pile up without reading is disconnected. Not thread-safe (the event loop owns it).
 */
final class ClientConn implements IoHandler, FrameReader.Handler {
  static final int MAX_OUT_BYTES = 64 << 20;
  /** A response buffer grown past this is dropped once drained. */
  private static final int KEEP_OUT_BYTES = 1 << 20;

  private final ClientPort port;
  final SocketChannel channel;
  /** TLS over {@link #channel} (null: plaintext, read and written directly). */
  private final TlsChannel secure;
  /** The socket, or {@link #secure}: where responses are written. */
  private final ByteChannel io;

  SelectionKey key;
  private final FrameReader reader;
  private final FrameWriter out = new FrameWriter(4096, MAX_OUT_BYTES, KEEP_OUT_BYTES);
  boolean closed;
  /** Queued in the node's list of connections to flush. */
  boolean dirty;

  final long openedAt;
  long lastRead;

  ClientConn(
      ClientPort port, SocketChannel channel, TlsChannel secure, FrameReader reader, long now) {
    this.port = port;
    this.channel = channel;
    this.secure = secure;
    this.io = secure == null ? channel : secure;
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
    boolean read = k.isReadable();
    if (secure != null && !secure.handshaken()) {
      lastRead = System.nanoTime();
      if (!secure.handshake(k)) {
        return;
      }
      read = true; // a request may have come with the handshake's last flight, already received
    }
    if (read) {
      lastRead = System.nanoTime();
      if (!(secure == null ? reader.read(channel, this) : secure.readFrames(reader, this))) {
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
    if (!out.write(m)) {
      port.refusals.log("closed the connection of " + port.remote(this) + ": "
          + out.queuedBytes() + " bytes of responses unread and more to come (at most "
          + MAX_OUT_BYTES + ")");
      close();
      return;
    }
    if (!dirty) {
      dirty = true;
      port.node.dirtyClients.add(this);
    }
  }

  void flush() throws IOException {
    if (!closed) {
      out.flush(io, key);
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
      io.close();
    } catch (IOException ignored) {
      // closing: nothing left to do with it
    }
  }
}
