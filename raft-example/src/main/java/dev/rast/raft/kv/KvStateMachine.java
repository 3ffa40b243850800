package dev.rast.raft.kv;

import dev.rast.capnp.DataReader;
import dev.rast.capnp.DecodeException;
import dev.rast.capnp.Framing;
import dev.rast.capnp.MessageReader;
import dev.rast.raft.msg.KvMsg.KvRequest;
import dev.rast.raft.msg.KvMsg.Op;
import dev.rast.raft.msg.KvMsg.Status;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;

/**
 * The replicated key-value state machine. Every node applies the same committed writes in the same
 * order, so every node's map and sessions evolve identically.
 *
 * <p>Sessions: a write carries (client id, sequence number, acked-below). The first time a
 * sequence number is applied its result is recorded; a retry of it returns the recorded result
 * and changes nothing. Results below the client's acked-below mark are forgotten (the client has
 * them), so a session holds at most the client's outstanding writes. Sessions never expire in
 * this version: one per client id ever seen.
 *
 * <p>Not thread-safe: the node's event loop owns it.
 */
public final class KvStateMachine {
  /** The result of a write whose client already has it (a late duplicate): nobody waits for it. */
  public static final Status STALE = null;

  private static final class Session {
    long ackedBelow;
    final Map<Long, Status> results = new HashMap<>();
  }

  private final Map<String, byte[]> data = new HashMap<>();
  private final Map<Long, Session> sessions = new HashMap<>();
  private final MessageReader message = new MessageReader();
  private final KvRequest.Reader request = new KvRequest.Reader();
  private final DataReader bytes = new DataReader();
  private long applied;

  /**
   * Applies the write framed in {@code buf}'s bytes {@code [start, end)} (a {@code KvRequest});
   * returns its status, or {@link #STALE}. The buffer's position and limit are restored.
   *
   * @throws DecodeException when the bytes are not a valid request (a bug or corruption: the
   *     caller stops the node)
   */
  public Status apply(ByteBuffer buf, int start, int end) {
    KvRequest.Reader r = read(buf, start, end);
    applied++;
    Session s = sessions.computeIfAbsent(r.getClientId(), c -> new Session());
    long seq = r.getSeq();
    if (seq < s.ackedBelow) {
      return STALE;
    }
    Status previous = s.results.get(seq);
    if (previous != null) {
      return previous;
    }
    Status result = execute(r);
    s.results.put(seq, result);
    long acked = r.getAckedBelow();
    if (acked > s.ackedBelow) {
      s.ackedBelow = acked;
      for (Iterator<Long> it = s.results.keySet().iterator(); it.hasNext(); ) {
        if (it.next() < acked) {
          it.remove();
        }
      }
    }
    return result;
  }

  private KvRequest.Reader read(ByteBuffer buf, int start, int end) {
    buf.order(ByteOrder.LITTLE_ENDIAN);
    int p = buf.position();
    int l = buf.limit();
    try {
      buf.limit(end).position(start);
      Framing.read(buf, message);
    } finally {
      buf.limit(l).position(p);
    }
    return message.getRoot(request);
  }

  private Status execute(KvRequest.Reader r) {
    String key = key(r);
    Op op = r.getOp();
    switch (op) {
      case PUT -> {
        data.put(key, r.getValue());
        return Status.OK;
      }
      case DELETE -> {
        return data.remove(key) != null ? Status.OK : Status.NOT_FOUND;
      }
      case CPUT -> {
        byte[] current = data.get(key);
        boolean matches;
        if (r.getExpectAbsent()) {
          matches = current == null;
        } else {
          matches = current != null && r.getExpected(bytes).contentEquals(current);
        }
        if (!matches) {
          return Status.COMPARE_FAILED;
        }
        data.put(key, r.getValue());
        return Status.OK;
      }
      default -> throw new IllegalStateException("not a write: " + op);
    }
  }

  /** The key of a request as a map key. */
  public static String key(KvRequest.Reader r) {
    return new String(r.getKey(), StandardCharsets.UTF_8);
  }

  /** The value of {@code key}, or null. The array is the stored one: do not modify it. */
  public byte[] get(String key) {
    return data.get(key);
  }

  /** Number of keys. */
  public int size() {
    return data.size();
  }

  /** Writes applied (duplicates included). */
  public long applied() {
    return applied;
  }

  /** Number of client sessions. */
  public int sessions() {
    return sessions.size();
  }
}
