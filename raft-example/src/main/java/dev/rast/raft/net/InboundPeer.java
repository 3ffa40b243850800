package dev.rast.raft.net;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.ByteChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;

/**
 * An accepted peer connection: checks the hello, challenges the dialer to prove the cluster
 * secret ({@link PeerAuth}), then delivers frames to the sink. Before the proof is accepted it
 * holds only the handshake's few bytes; its frame buffer starts small and grows with the bytes
 * received ({@link FrameReader}). With TLS ({@link TlsChannel}) the TLS handshake, which requires
 * the dialer's certificate, comes first; a dialer without a trusted certificate is refused there.
 */
final class InboundPeer implements IoHandler, FrameReader.Handler {
  private final Transport transport;
  final SocketChannel channel;
  /** The socket, or {@link #secure} over it. */
  private final ByteChannel io;
  /** TLS (null: plaintext). */
  private final TlsChannel secure;

  private final ByteBuffer hello =
      ByteBuffer.allocate(Handshake.HELLO_BYTES).order(ByteOrder.LITTLE_ENDIAN);
  /** Sent once the hello is accepted: this node's nonce and MAC. */
  private final ByteBuffer challenge =
      ByteBuffer.allocate(Handshake.CHALLENGE_BYTES).order(ByteOrder.LITTLE_ENDIAN);

  private final ByteBuffer proof = ByteBuffer.allocate(Handshake.PROOF_BYTES);
  private boolean challenged;
  private final FrameReader reader;
  /** The peer's id once its hello was accepted (0 before). */
  private int from;

  final long openedAt;
  long lastRead;
  private boolean closed;

  InboundPeer(
      Transport transport, SocketChannel channel, TlsChannel secure, FrameReader reader, long now) {
    this.transport = transport;
    this.channel = channel;
    this.secure = secure;
    this.io = secure == null ? channel : secure;
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
    if (secure != null && !secure.handshake(key)) {
      return;
    }
    if (from == 0) {
      if (!challenged) {
        if (io.read(hello) < 0) {
          throw new IOException("closed during the handshake");
        }
        if (hello.position() >= 8 && Handshake.badStart(hello)) {
          refuseBadStart();
          return;
        }
        if (hello.hasRemaining()) {
          return;
        }
        int code = Handshake.check(hello, 0, transport.clusterId, transport.self);
        if (code == Handshake.OK && !transport.isPeer(Handshake.from(hello, 0))) {
          code = Handshake.WRONG_NODE;
        }
        String detail = "";
        if (code == Handshake.OK && secure != null) {
          String host = transport.host(Handshake.from(hello, 0));
          java.security.cert.X509Certificate cert = secure.peerCertificate();
          if (cert == null || !PeerIdentity.names(cert, host)) {
            code = Handshake.WRONG_CERTIFICATE;
            detail = ": it is " + (cert == null ? "missing" : PeerIdentity.describe(cert))
                + ", --peers gives host " + host;
          }
        }
        challenge.putInt(0, Handshake.MAGIC).putInt(4, code);
        if (code == Handshake.OK) {
          byte[] c = challenge.array();
          transport.auth.nonce(c, Handshake.CHALLENGE_NONCE);
          transport.auth.acceptorMac(
              hello.array(), c, Handshake.CHALLENGE_NONCE, c, Handshake.CHALLENGE_MAC);
        }
        io.write(challenge); // 56 bytes on a fresh connection: the socket buffer takes them
        if (code != Handshake.OK) {
          refuse(code, detail);
          return;
        }
        challenged = true;
      }
      if (io.read(proof) < 0) {
        throw new IOException("closed during the handshake");
      }
      if (proof.hasRemaining()) {
        return;
      }
      if (!transport.auth.dialerProved(
          hello.array(), challenge.array(), Handshake.CHALLENGE_NONCE, proof.array(), 0)) {
        ByteBuffer verdict =
            ByteBuffer.allocate(Handshake.VERDICT_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        io.write(verdict.putInt(0, Handshake.MAGIC).putInt(4, Handshake.AUTH_FAILED));
        refuse(Handshake.AUTH_FAILED, "");
        return;
      }
      from = Handshake.from(hello, 0);
      transport.peerConnected(from);
    }
    if (!(secure == null ? reader.read(channel, this) : secure.readFrames(reader, this))) {
      close();
    }
  }

  /**
   * Refuses a hello whose first 8 bytes show another magic or version (a version 1 dialer sends a
   * shorter hello and waits for an 8-byte verdict: it gets one, with {@link Handshake#BAD_HELLO}).
   */
  private void refuseBadStart() throws IOException {
    ByteBuffer verdict =
        ByteBuffer.allocate(Handshake.VERDICT_BYTES).order(ByteOrder.LITTLE_ENDIAN);
    io.write(verdict.putInt(0, Handshake.MAGIC).putInt(4, Handshake.BAD_HELLO));
    transport.rejected++;
    transport.refusals.log(Handshake.describeBadStart(hello) + " (from " + remote() + ")");
    close();
  }

  /** Counts and logs (rate-limited) a refused handshake and closes the connection. */
  private void refuse(int code, String detail) {
    transport.rejected++;
    transport.refusals.log(Handshake.describe(code) + detail + " (hello from node "
        + Handshake.from(hello, 0) + " of cluster "
        + Long.toHexString(Handshake.clusterId(hello, 0)) + " at " + remote() + ")");
    close();
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
      io.close();
    } catch (IOException ignored) {
      // closing: nothing left to do with it
    }
  }
}
