package dev.rast.raft.net;

import java.nio.ByteBuffer;

/**
 * The first bytes on a peer connection: the dialer's hello, the acceptor's challenge, the
 * dialer's proof ({@link PeerAuth} computes and checks the MACs).
 *
 * <pre>
 *   hello     := magic:u32le  version:u32le  clusterId:u64le  from:u32le  to:u32le
 *                nonce:16 bytes                                                   (40 bytes)
 *   challenge := magic:u32le  code:u32le  nonce:16 bytes  mac:32 bytes           (56 bytes)
 *   proof     := mac:32 bytes                                                    (32 bytes)
 *   verdict   := magic:u32le  code:u32le                                          (8 bytes)
 * </pre>
 *
 * <p>The acceptor answers a hello it refuses (another cluster, another node, not a rast peer)
 * with a challenge carrying the refusal code and closes the connection. It answers a proof it
 * refuses with a verdict {@link #AUTH_FAILED} and closes. After an accepted proof it sends
 * nothing more: the dialer's frames follow its proof. All little-endian.
 */
public final class Handshake {
  /** "RAST" in ASCII, little-endian. */
  public static final int MAGIC = 0x54534152;

  /** 2: the challenge-response (1 had a hello and a verdict only). */
  public static final int VERSION = 2;

  public static final int HELLO_BYTES = 24 + PeerAuth.NONCE_BYTES;
  public static final int CHALLENGE_BYTES = 8 + PeerAuth.NONCE_BYTES + PeerAuth.MAC_BYTES;
  public static final int PROOF_BYTES = PeerAuth.MAC_BYTES;
  public static final int VERDICT_BYTES = 8;
  /** Offsets in the hello and the challenge. */
  static final int HELLO_NONCE = 24;

  static final int CHALLENGE_NONCE = 8;
  static final int CHALLENGE_MAC = 8 + PeerAuth.NONCE_BYTES;

  public static final int OK = 0;
  public static final int WRONG_CLUSTER = 1;
  public static final int WRONG_NODE = 2;
  public static final int BAD_HELLO = 3;
  public static final int AUTH_FAILED = 4;

  /** Not on the wire: the dialer's TLS handshake failed (status and logs only). */
  public static final int TLS_FAILED = 5;

  /** The dialer's TLS certificate does not name the host {@code --peers} gives for its node id. */
  public static final int WRONG_CERTIFICATE = 6;

  private Handshake() {}

  /**
   * Writes a hello at {@code dst}'s position, advancing it; its nonce is left zero (a dialer fills
   * it with {@link PeerAuth#nonce}).
   */
  public static void writeHello(ByteBuffer dst, long clusterId, int from, int to) {
    int p = dst.position();
    dst.putInt(p, MAGIC)
        .putInt(p + 4, VERSION)
        .putLong(p + 8, clusterId)
        .putInt(p + 16, from)
        .putInt(p + 20, to);
    for (int i = 0; i < PeerAuth.NONCE_BYTES; i++) {
      dst.put(p + HELLO_NONCE + i, (byte) 0);
    }
    dst.position(p + HELLO_BYTES);
  }

  /** Checks a hello at {@code at}; returns a verdict code. */
  public static int check(ByteBuffer b, int at, long clusterId, int self) {
    if (b.getInt(at) != MAGIC || b.getInt(at + 4) != VERSION) {
      return BAD_HELLO;
    }
    if (b.getLong(at + 8) != clusterId) {
      return WRONG_CLUSTER;
    }
    if (b.getInt(at + 20) != self) {
      return WRONG_NODE;
    }
    return OK;
  }

  /**
   * Whether the first 8 bytes of a hello (at least that many received, at offset 0) already show
   * it will be refused as {@link #BAD_HELLO}: another magic or another version. A version 1 hello
   * is shorter than this version's, so the acceptor must not wait for a whole hello to refuse it.
   */
  public static boolean badStart(ByteBuffer b) {
    return b.getInt(0) != MAGIC || b.getInt(4) != VERSION;
  }

  /** Why a hello starting with {@code b}'s first 8 bytes is {@link #BAD_HELLO}, for the log. */
  public static String describeBadStart(ByteBuffer b) {
    if (b.getInt(0) != MAGIC) {
      return "rejected: not a rast peer (the connection does not start with a rast hello)";
    }
    return "rejected: handshake version " + Integer.toUnsignedString(b.getInt(4))
        + ", this node speaks version " + VERSION
        + " (a node of another rast release: run the same release on every node)";
  }

  /** The sender's node id in a hello at {@code at}. */
  public static int from(ByteBuffer b, int at) {
    return b.getInt(at + 16);
  }

  /** The cluster id in a hello at {@code at}. */
  public static long clusterId(ByteBuffer b, int at) {
    return b.getLong(at + 8);
  }

  /** The code of a challenge or verdict ({@link #BAD_HELLO} when it does not start with the magic). */
  public static int code(ByteBuffer b) {
    return b.getInt(0) == MAGIC ? b.getInt(4) : BAD_HELLO;
  }

  /** A verdict code's name, for logs and status. */
  public static String describe(int code) {
    return switch (code) {
      case OK -> "ok";
      case WRONG_CLUSTER -> "rejected: another cluster id";
      case WRONG_NODE -> "rejected: the peer has another node id";
      case BAD_HELLO -> "rejected: not a rast peer (or another handshake version)";
      case AUTH_FAILED -> "rejected: the cluster secret was not proven (another or no --cluster-secret-file,"
          + " or a forged or replayed handshake)";
      case WRONG_CERTIFICATE -> "rejected: the TLS certificate does not name the host --peers gives"
          + " for the node id in the hello (a certificate of another node?)";
      case TLS_FAILED -> "rejected: the TLS handshake failed (a certificate not signed by the"
          + " cluster's CA, not naming the peer's host, or no TLS on the other side)";
      default -> "rejected: code " + code;
    };
  }
}
