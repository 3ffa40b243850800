package dev.rast.raft.net;

import java.io.DataInputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * A blocking peer handshake from a test: a hello, the acceptor's challenge, a proof computed with
 * the given secret (a forger passes {@link ClusterSecret#NONE} and sends zeros). Keeps the bytes it
 * sent so that a test can replay them.
 */
public final class PeerDialer {
  public final Socket socket;
  public final DataInputStream in;
  /** The hello and the proof as sent. */
  public final byte[] hello;

  public final byte[] proof = new byte[Handshake.PROOF_BYTES];
  /** The acceptor's challenge (its code at offset 4). */
  public final byte[] challenge = new byte[Handshake.CHALLENGE_BYTES];

  private PeerDialer(Socket socket, byte[] hello) throws IOException {
    this.socket = socket;
    this.in = new DataInputStream(socket.getInputStream());
    this.hello = hello;
  }

  /** A fresh hello with a random nonce. */
  public static byte[] hello(long clusterId, int from, int to) {
    ByteBuffer b = ByteBuffer.allocate(Handshake.HELLO_BYTES).order(ByteOrder.LITTLE_ENDIAN);
    Handshake.writeHello(b, clusterId, from, to);
    new PeerAuth(ClusterSecret.NONE).nonce(b.array(), Handshake.HELLO_NONCE);
    return b.array();
  }

  /** Connects, sends {@code hello} and reads the acceptor's challenge. */
  private static PeerDialer open(InetSocketAddress to, byte[] hello) throws IOException {
    Socket s = new Socket();
    s.connect(to, 5_000);
    s.setSoTimeout(5_000);
    PeerDialer d = new PeerDialer(s, hello);
    s.getOutputStream().write(hello);
    d.in.readFully(d.challenge);
    return d;
  }

  /**
   * Connects, sends {@code hello}, reads the challenge and, if it is OK, sends the proof computed
   * with {@code secret}.
   */
  public static PeerDialer dial(InetSocketAddress to, byte[] hello, ClusterSecret secret)
      throws IOException {
    PeerDialer d = open(to, hello);
    if (d.code() == Handshake.OK) {
      new PeerAuth(secret).dialerMac(hello, d.challenge, Handshake.CHALLENGE_NONCE, d.proof, 0);
      d.write(d.proof);
    }
    return d;
  }

  /**
   * Replays a recorded handshake: connects, sends {@code hello}, reads the (new) challenge and
   * sends the recorded {@code proof} unchanged.
   */
  public static PeerDialer replay(InetSocketAddress to, byte[] hello, byte[] proof)
      throws IOException {
    PeerDialer d = open(to, hello);
    System.arraycopy(proof, 0, d.proof, 0, proof.length);
    d.write(d.proof);
    return d;
  }

  /** The challenge's code. */
  public int code() {
    return ByteBuffer.wrap(challenge).order(ByteOrder.LITTLE_ENDIAN).getInt(4);
  }

  /** Writes raw bytes after the handshake. */
  public void write(byte[] bytes) throws IOException {
    socket.getOutputStream().write(bytes);
    socket.getOutputStream().flush();
  }

  /**
   * The verdict the acceptor sent before closing ({@code -1}: it closed without one, or sent
   * nothing within the timeout).
   */
  public int verdict() {
    try {
      byte[] v = new byte[Handshake.VERDICT_BYTES];
      in.readFully(v);
      return Handshake.code(ByteBuffer.wrap(v).order(ByteOrder.LITTLE_ENDIAN));
    } catch (IOException e) {
      return -1;
    }
  }
}
