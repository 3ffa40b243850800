package dev.rast.raft.kv;

import dev.rast.capnp.DataListBuilder;
import dev.rast.capnp.DataListReader;
import dev.rast.capnp.DataReader;
import dev.rast.capnp.DecodeException;
import dev.rast.capnp.EnumListBuilder;
import dev.rast.capnp.EnumListReader;
import dev.rast.capnp.Framing;
import dev.rast.capnp.ListBuilder;
import dev.rast.capnp.ListReader;
import dev.rast.capnp.MessageBuilder;
import dev.rast.capnp.MessageReader;
import dev.rast.capnp.StructListBuilder;
import dev.rast.capnp.StructListReader;
import dev.rast.raft.msg.KvMsg.KvRequest;
import dev.rast.raft.msg.KvMsg.KvSession;
import dev.rast.raft.msg.KvMsg.KvSnapshotChunk;
import dev.rast.raft.msg.KvMsg.Op;
import dev.rast.raft.msg.KvMsg.Status;
import dev.rast.raft.snapshot.ChunkSink;
import dev.rast.raft.snapshot.SnapshotReader;
import dev.rast.raft.snapshot.StateMachine;
import dev.rast.raft.snapshot.StateView;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
 * <p>Snapshots ({@link #snapshot}) are Cap'n Proto {@code KvSnapshotChunk} messages
 * (schema/kv.capnp): the sessions first, then the pairs a bounded number per chunk. Taking one does
 * not stall the event loop for the size of the state: the data is a {@link CowMap}, frozen in
 * O(1) and copied bucket by bucket by the writes that follow; only the sessions (one per client,
 * each holding its outstanding results) are encoded on the spot.
 *
 * <p>Not thread-safe: the node's event loop owns it.
 */
public final class KvStateMachine implements StateMachine {
  /** Pairs per snapshot chunk (a chunk is one message, so both sides hold at most this many at once). */
  static final int PAIRS_PER_CHUNK = 4096;

  /** The result of a write whose client already has it (a late duplicate): nobody waits for it. */
  public static final Status STALE = null;

  /**
   * One client's session: the results of its writes at or above {@code ackedBelow}, in a ring
   * indexed by sequence number (a client numbers its writes consecutively, so the live ones fill a
   * window about as wide as its writes in flight). Recording a result and forgetting the
   * acknowledged ones cost O(1) per write and allocate nothing in steady state; a boxed map
   * iterated on every acknowledgement cost the node about half its CPU under load. Sequence
   * numbers that would need a ring wider than {@link #MAX_RING} (a client skipping far ahead) go
   * to an overflow map.
   */
  private static final class Session {
    static final int MAX_RING = 1 << 16;
    long ackedBelow;
    long[] seqs = new long[16];
    /** Status ordinal + 1 of {@code seqs[i]}'s result; 0: empty slot. */
    byte[] results = new byte[16];

    int count;
    Map<Long, Status> overflow;

    Status get(long seq) {
      int i = (int) (seq & (seqs.length - 1));
      if (results[i] != 0 && seqs[i] == seq) {
        return STATUSES[results[i] - 1];
      }
      return overflow == null ? null : overflow.get(seq);
    }

    void put(long seq, Status st) {
      while (true) {
        int i = (int) (seq & (seqs.length - 1));
        if (results[i] == 0) {
          seqs[i] = seq;
          results[i] = (byte) (st.ordinal() + 1);
          count++;
          return;
        }
        if (seqs.length >= MAX_RING) {
          if (overflow == null) {
            overflow = new HashMap<>();
          }
          overflow.put(seq, st);
          return;
        }
        grow();
      }
    }

    private void grow() {
      long[] os = seqs;
      byte[] or = results;
      seqs = new long[os.length * 2];
      results = new byte[os.length * 2];
      count = 0;
      for (int i = 0; i < os.length; i++) {
        if (or[i] != 0) {
          put(os[i], STATUSES[or[i] - 1]);
        }
      }
    }

    /** Forgets the results below {@code acked}. */
    void ack(long acked) {
      long from = ackedBelow;
      ackedBelow = acked;
      if (count > 0) {
        if (acked - from >= seqs.length) {
          for (int i = 0; i < seqs.length; i++) {
            if (results[i] != 0 && seqs[i] < acked) {
              results[i] = 0;
              count--;
            }
          }
        } else {
          for (long q = from; q < acked; q++) {
            int i = (int) (q & (seqs.length - 1));
            if (results[i] != 0 && seqs[i] == q) {
              results[i] = 0;
              count--;
            }
          }
        }
      }
      if (overflow != null) {
        overflow.keySet().removeIf(q -> q < acked);
        if (overflow.isEmpty()) {
          overflow = null;
        }
      }
    }
  }

  private static final Status[] STATUSES = Status.values();

  private final CowMap data = new CowMap();
  private final LongMap<Session> sessions = new LongMap<>();
  /** The session of the last write applied: consecutive writes mostly come from one client (no boxing to find it). */
  private long lastClient;

  private Session lastSession;
  private final MessageReader message = new MessageReader();
  private final KvRequest.Reader request = new KvRequest.Reader();
  private final DataReader bytes = new DataReader();
  private final DataReader keyBytes = new DataReader();
  private final DataReader valueBytes = new DataReader();
  private long applied;
  /** Structure only: size limits are the leader's admission control, and may differ between replicas. */
  private final RequestCheck check = RequestCheck.structure();

  private String lastError;

  /**
   * Applies the write framed in {@code buf}'s bytes {@code [start, end)} (a {@code KvRequest});
   * returns its status, or {@link #STALE}. The buffer's position and limit are restored.
   *
   * <p>Total: bytes that are not a write this state machine can apply (they do not frame, a field
   * does not decode, the op is unknown or not a write, the session is missing) give {@link
   * Status#ERROR} and change nothing, with the reason in {@link #lastError()}. The outcome depends
   * on the bytes alone, so every replica gets the same result, also when it replays the entry
   * after a restart. (A leader refuses such requests before proposing them; this covers entries
   * that reached a log anyway, e.g. written by an older version.)
   */
  public Status apply(ByteBuffer buf, int start, int end) {
    applied++;
    KvRequest.Reader r;
    String bad;
    try {
      r = read(buf, start, end);
      bad = check.check(r);
    } catch (DecodeException e) {
      lastError = "the entry is not a request: " + e.getMessage();
      return Status.ERROR;
    }
    Op op = bad == null ? r.getOp() : null;
    if (bad == null && op != Op.PUT && op != Op.CPUT && op != Op.DELETE) {
      bad = "not a write: " + r.getOp().schemaName();
    }
    if (bad != null) {
      lastError = bad;
      return Status.ERROR;
    }
    long client = r.getClientId();
    Session s = lastSession;
    if (s == null || client != lastClient) {
      s = sessions.get(client);
      if (s == null) {
        s = new Session();
        sessions.put(client, s);
      }
      lastClient = client;
      lastSession = s;
    }
    long seq = r.getSeq();
    if (seq < s.ackedBelow) {
      return STALE;
    }
    Status previous = s.get(seq);
    if (previous != null) {
      return previous;
    }
    Status result = execute(r);
    s.put(seq, result);
    long acked = r.getAckedBelow();
    if (acked > s.ackedBelow) {
      s.ack(acked);
    }
    return result;
  }

  /** Why the last {@link Status#ERROR} result was given (null before the first). */
  public String lastError() {
    return lastError;
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

  private static final ByteBuffer EMPTY = ByteBuffer.allocate(0);

  /** Stores the request's value under its key, both read straight from the entry's bytes. */
  private void put(DataReader k, KvRequest.Reader r) {
    DataReader v = r.getValue(valueBytes);
    data.put(bufferOf(k), k.offset(), k.size(), bufferOf(v), v.offset(), v.size());
  }

  /** A data field's buffer (an empty one for an absent field, whose size is 0). */
  private static ByteBuffer bufferOf(DataReader d) {
    ByteBuffer b = d.buffer();
    return b == null ? EMPTY : b;
  }

  private Status execute(KvRequest.Reader r) {
    DataReader key = r.getKey(keyBytes);
    Op op = r.getOp();
    switch (op) {
      case PUT -> {
        put(key, r);
        return Status.OK;
      }
      case DELETE -> {
        return data.remove(bufferOf(key), key.offset(), key.size()) ? Status.OK : Status.NOT_FOUND;
      }
      case CPUT -> {
        byte[] current = data.get(bufferOf(key), key.offset(), key.size());
        boolean matches;
        if (r.getExpectAbsent()) {
          matches = current == null;
        } else {
          matches = current != null && r.getExpected(bytes).contentEquals(current);
        }
        if (!matches) {
          return Status.COMPARE_FAILED;
        }
        put(key, r);
        return Status.OK;
      }
      default -> throw new IllegalStateException("not a write: " + op); // apply checked it
    }
  }

  /** The key of a request as a map key. */
  public static String key(KvRequest.Reader r) {
    return new String(r.getKey(), StandardCharsets.UTF_8);
  }

  /**
   * The value of {@code key}, or null. The array is the stored one: do not modify it, and copy it
   * before the next write if it must outlive it (a write of the same length to the key may reuse
   * the array between snapshots).
   */
  public byte[] get(String key) {
    return data.get(key);
  }

  /**
   * The value of the key in bytes {@code [offset, offset + length)} of {@code key}, or null; as
   * {@link #get(String)}, the stored array. Allocates nothing.
   */
  public byte[] get(ByteBuffer key, int offset, int length) {
    return data.get(key, offset, length);
  }

  /**
   * Bytes the map allocated to store keys and values so far (new keys, value arrays, its tables
   * and their copy-on-write copies after a snapshot), as HotSpot lays arrays out: the state's own
   * growth, which a measurement of the write path's allocation can count apart. Loop thread.
   */
  public long storedBytes() {
    return data.storedBytes();
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

  // ---- StateMachine ----

  /** The generic form of {@link #apply(ByteBuffer, int, int)}: the status's ordinal, or -1 for {@link #STALE}. */
  @Override
  public int apply(long index, ByteBuffer buf, int start, int end) {
    Status st = apply(buf, start, end);
    return st == STALE ? -1 : st.ordinal();
  }

  @Override
  public StateView snapshot() {
    CowMap.Bucket[] frozen = data.freeze();
    MessageBuilder sessionChunk = encodeSessions();
    return out -> {
      write(sessionChunk, out);
      MessageBuilder m = new MessageBuilder();
      List<byte[]> keys = new ArrayList<>(PAIRS_PER_CHUNK);
      List<byte[]> values = new ArrayList<>(PAIRS_PER_CHUNK);
      for (CowMap.Bucket bucket : frozen) {
        if (bucket == null) {
          continue;
        }
        for (int i = 0; i < bucket.capacity(); i++) {
          if (bucket.key(i) == null) {
            continue;
          }
          keys.add(bucket.key(i));
          values.add(bucket.value(i));
          if (keys.size() == PAIRS_PER_CHUNK) {
            writePairs(m, keys, values, out);
          }
        }
      }
      if (!keys.isEmpty()) {
        writePairs(m, keys, values, out);
      }
    };
  }

  private MessageBuilder encodeSessions() {
    MessageBuilder m = new MessageBuilder();
    KvSnapshotChunk.Builder c =
        m.initRoot(KvSnapshotChunk._Meta.SIZE, new KvSnapshotChunk.Builder());
    StructListBuilder<KvSession.Builder> list = c.initSessions(sessions.size());
    int i = 0;
    for (int slot = 0; slot < sessions.capacity(); slot++) {
      Session s = sessions.valueAt(slot);
      if (s == null) {
        continue;
      }
      KvSession.Builder b = list.get(i++);
      b.setClientId(sessions.keyAt(slot)).setAckedBelow(s.ackedBelow);
      int n = s.count + (s.overflow == null ? 0 : s.overflow.size());
      ListBuilder seqs = b.initSeqs(n);
      EnumListBuilder<Status> results = b.initResults(n);
      int k = 0;
      for (int j = 0; j < s.seqs.length; j++) {
        if (s.results[j] != 0) {
          seqs.setLong(k, s.seqs[j]);
          results.set(k++, STATUSES[s.results[j] - 1]);
        }
      }
      if (s.overflow != null) {
        for (Map.Entry<Long, Status> o : s.overflow.entrySet()) {
          seqs.setLong(k, o.getKey());
          results.set(k++, o.getValue());
        }
      }
    }
    return m;
  }

  private static void writePairs(
      MessageBuilder m, List<byte[]> keys, List<byte[]> values, ChunkSink out) throws IOException {
    m.clear();
    KvSnapshotChunk.Builder c =
        m.initRoot(KvSnapshotChunk._Meta.SIZE, new KvSnapshotChunk.Builder());
    DataListBuilder ks = c.initKeys(keys.size());
    DataListBuilder vs = c.initValues(keys.size());
    for (int i = 0; i < keys.size(); i++) {
      ks.set(i, keys.get(i));
      vs.set(i, values.get(i));
    }
    write(m, out);
    keys.clear();
    values.clear();
  }

  private static void write(MessageBuilder m, ChunkSink out) throws IOException {
    ByteBuffer b =
        ByteBuffer.allocate((int) Framing.serializedSize(m)).order(ByteOrder.LITTLE_ENDIAN);
    Framing.write(m, b);
    b.flip();
    out.chunk(b);
  }

  @Override
  public void restore(SnapshotReader in) throws IOException {
    data.clear();
    sessions.clear();
    lastSession = null;
    lastClient = 0;
    MessageReader mr = new MessageReader();
    KvSnapshotChunk.Reader c = new KvSnapshotChunk.Reader();
    DataListReader ks = new DataListReader();
    DataListReader vs = new DataListReader();
    ByteBuffer chunk;
    while ((chunk = in.next()) != null) {
      try {
        Framing.read(chunk, mr).getRoot(c);
        StructListReader<KvSession.Reader> ss = c.getSessions();
        for (int i = 0; i < ss.size(); i++) {
          KvSession.Reader r = ss.get(i);
          Session s = new Session();
          s.ackedBelow = r.getAckedBelow();
          ListReader seqs = r.getSeqs();
          EnumListReader<Status> results = r.getResults();
          if (seqs.size() != results.size()) {
            throw new DecodeException("session " + r.getClientId() + " lists " + seqs.size()
                + " sequence numbers and " + results.size() + " results");
          }
          for (int k = 0; k < seqs.size(); k++) {
            Status st = results.get(k);
            if (st == null || st == Status._UNKNOWN) {
              throw new DecodeException(
                  "session " + r.getClientId() + " has an unknown result status");
            }
            s.put(seqs.getLong(k), st);
          }
          sessions.put(r.getClientId(), s);
        }
        c.getKeys(ks);
        c.getValues(vs);
        if (ks.size() != vs.size()) {
          throw new DecodeException(ks.size() + " keys but " + vs.size() + " values");
        }
        for (int i = 0; i < ks.size(); i++) {
          data.put(ks.get(i), vs.get(i));
        }
      } catch (DecodeException e) {
        throw new IOException(
            in.file() + ": snapshot chunk does not decode as a KvSnapshotChunk: " + e.getMessage(),
            e);
      }
    }
  }
}
