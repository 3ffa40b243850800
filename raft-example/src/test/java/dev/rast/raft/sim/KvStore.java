package dev.rast.raft.sim;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.HashMap;
import java.util.Map;

/**
 * The replicated key-value state machine of the simulation. Client sessions make retries
 * exactly-once: a command whose sequence number was already applied returns the recorded result
 * and changes nothing; an older one (a retry the client gave up on) is ignored.
 */
final class KvStore {
  /** Result of a command older than its client's last: ignored. */
  static final long STALE = -1;

  private final long[] values;
  private final Map<Integer, long[]> sessions = new HashMap<>();

  KvStore(int keys) {
    values = new long[keys];
  }

  long get(int key) {
    return values[key];
  }

  /** Applies the command in {@code payload}'s bytes at {@code at}; returns its result (put 1, cput 1/0). */
  long apply(ByteBuffer payload, int at) {
    ByteBuffer b = payload.order(ByteOrder.LITTLE_ENDIAN);
    int client = Command.client(b, at);
    long seq = Command.seq(b, at);
    long[] session = sessions.computeIfAbsent(client, c -> new long[] {0, 0});
    if (seq == session[0]) {
      return session[1];
    }
    if (seq < session[0]) {
      return STALE;
    }
    int key = Command.key(b, at);
    long result;
    if (Command.op(b, at) == Command.PUT) {
      values[key] = Command.a(b, at);
      result = 1;
    } else {
      result = values[key] == Command.a(b, at) ? 1 : 0;
      if (result == 1) {
        values[key] = Command.b(b, at);
      }
    }
    session[0] = seq;
    session[1] = result;
    return result;
  }
}
