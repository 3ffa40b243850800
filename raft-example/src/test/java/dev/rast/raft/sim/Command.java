package dev.rast.raft.sim;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The key-value commands carried in entry payloads: op (1 put, 2 cput), client id, sequence
 * number, key and two operands, little-endian, 40 bytes.
 */
final class Command {
  static final int PUT = 1;
  static final int CPUT = 2;
  static final int BYTES = 40;

  private Command() {}

  static ByteBuffer encode(int op, int client, long seq, int key, long a, long b) {
    ByteBuffer buf = ByteBuffer.allocate(BYTES).order(ByteOrder.LITTLE_ENDIAN);
    buf.putInt(0, op)
        .putInt(4, client)
        .putLong(8, seq)
        .putInt(16, key)
        .putLong(24, a)
        .putLong(32, b);
    return buf;
  }

  static int op(ByteBuffer b, int at) {
    return b.getInt(at);
  }

  static int client(ByteBuffer b, int at) {
    return b.getInt(at + 4);
  }

  static long seq(ByteBuffer b, int at) {
    return b.getLong(at + 8);
  }

  static int key(ByteBuffer b, int at) {
    return b.getInt(at + 16);
  }

  static long a(ByteBuffer b, int at) {
    return b.getLong(at + 24);
  }

  static long b(ByteBuffer b, int at) {
    return b.getLong(at + 32);
  }
}
