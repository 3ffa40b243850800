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

  /** The whole state (values and sessions) as bytes: a snapshot. */
  byte[] encode() {
    ByteBuffer b = ByteBuffer.allocate(4 + values.length * 8 + 4 + sessions.size() * 20)
        .order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(values.length);
    for (long v : values) {
      b.putLong(v);
    }
    b.putInt(sessions.size());
    sessions.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      b.putInt(e.getKey()).putLong(e.getValue()[0]).putLong(e.getValue()[1]);
    });
    return b.array();
  }

  /** The state a snapshot holds. */
  static KvStore decode(byte[] bytes) {
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    KvStore kv = new KvStore(b.getInt());
    for (int i = 0; i < kv.values.length; i++) {
      kv.values[i] = b.getLong();
    }
    int n = b.getInt();
    for (int i = 0; i < n; i++) {
      kv.sessions.put(b.getInt(), new long[] {b.getLong(), b.getLong()});
    }
    return kv;
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
