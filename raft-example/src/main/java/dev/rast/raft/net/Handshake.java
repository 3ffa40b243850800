package dev.rast.raft.net;

import java.nio.ByteBuffer;

/**
 * The first bytes on a peer connection. The dialer sends a hello, the acceptor answers with a
 * verdict and, unless it is {@link #OK}, closes the connection.
 *
 * <pre>
 *   hello   := magic:u32le  version:u32le  clusterId:u64le  from:u32le  to:u32le     (24 bytes)
 *   verdict := magic:u32le  code:u32le                                               (8 bytes)
 * </pre>
 * All little-endian, written with absolute puts.
 */
public final class Handshake {
  /** "RAST" in ASCII, little-endian. */
  public static final int MAGIC = 0x54534152;

  public static final int VERSION = 1;
  public static final int HELLO_BYTES = 24;
  public static final int VERDICT_BYTES = 8;

  public static final int OK = 0;
  public static final int WRONG_CLUSTER = 1;
  public static final int WRONG_NODE = 2;
  public static final int BAD_HELLO = 3;

  private Handshake() {}

  /** Writes a hello at {@code dst}'s position, advancing it. */
  public static void writeHello(ByteBuffer dst, long clusterId, int from, int to) {
    int p = dst.position();
    dst.putInt(p, MAGIC)
        .putInt(p + 4, VERSION)
        .putLong(p + 8, clusterId)
        .putInt(p + 16, from)
        .putInt(p + 20, to);
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

  /** The sender's node id in a hello at {@code at}. */
  public static int from(ByteBuffer b, int at) {
    return b.getInt(at + 16);
  }

  /** The cluster id in a hello at {@code at}. */
  public static long clusterId(ByteBuffer b, int at) {
    return b.getLong(at + 8);
  }

  /** A verdict code's name, for logs and status. */
  public static String describe(int code) {
    return switch (code) {
      case OK -> "ok";
      case WRONG_CLUSTER -> "rejected: another cluster id";
      case WRONG_NODE -> "rejected: the peer has another node id";
      case BAD_HELLO -> "rejected: not a rast peer";
      default -> "rejected: code " + code;
    };
  }
}
