package dev.rast.raft.maelstrom;

import dev.rast.capnp.Framing;
import dev.rast.capnp.MessageBuilder;
import dev.rast.raft.core.Config;
import dev.rast.raft.core.Outcome;
import dev.rast.raft.core.Role;
import dev.rast.raft.loop.MemoryStorage;
import dev.rast.raft.loop.RaftLoop;
import dev.rast.raft.net.MessageSender;
import dev.rast.raft.snapshot.SnapshotPolicy;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * One Maelstrom {@code lin-kv} node: a {@link RaftLoop} (the same driver as the key-value node's)
 * over a {@link MemoryStorage} log, with {@link LinKvStore} as its state machine and Maelstrom
 * messages as its transport. It reads no clock: the caller feeds it messages ({@link
 * #onMessage}), time ({@link #tick}) and turns ({@link #process}), and it emits messages through
 * the {@link Outbox} — which is what lets a test drive three of them in virtual time, and {@link
 * StdioRunner} drive one over stdin/stdout. Its only IO is its snapshots, written in {@code
 * dataDir/<node id>/snapshots} by the loop's snapshot thread.
 *
 * <p>The protocol:
 *
 * <ul>
 *   <li>{@code init} {node_id, node_ids} creates the Raft node and answers {@code init_ok}. Raft
 *       ids are positions in the sorted {@code node_ids}, from 1. Before init every request gets
 *       error 11 (temporarily unavailable).
 *   <li>{@code raft} {data}: a Raft message between nodes, the framed Cap'n Proto bytes in
 *       base64. Raft traffic goes through Maelstrom's network like everything else, so Maelstrom
 *       partitions and drops it.
 *   <li>{@code read} {key}, {@code write} {key, value}, {@code cas} {key, from, to,
 *       create_if_not_exists?}. The leader serves them: reads by ReadIndex (no log entry), writes
 *       and cas by a log entry answered when this node applies it. A follower that knows a leader
 *       forwards the request to it once (marked {@value #FORWARDED}) and relays the answer; with
 *       no leader known, or when a forwarded request reaches a non-leader, the answer is error 11.
 *   <li>Answers: {@code read_ok} {value}, {@code write_ok}, {@code cas_ok}, or an error: 20 key
 *       does not exist, 22 precondition failed, 11 not performed now, 12 malformed, 10 unknown
 *       type or value too large, 0 timeout.
 * </ul>
 *
 * <p>Definite versus indefinite. A write or cas that was proposed is never failed definitely: it
 * waits for its entry to apply (also after this node lost leadership, since followers apply the
 * same log) and, after {@code requestTimeoutMillis}, gets error 0 (timeout), which tells the
 * client it may or may not take effect. The same holds for a forwarded write whose answer does
 * not come back. A read has no effect, so any read that cannot be answered fails definitely with
 * 11. Error 11 for a write means it was never proposed.
 *
 * <p>Storage is in memory: the Raft log and hard state live only as long as the process, so a
 * restarted node would come back with an empty log and no vote, which is unsafe. Maelstrom's
 * lin-kv nemeses partition the network but do not restart nodes, so this is acceptable here. The
 * log is bounded all the same: the loop snapshots the store by {@link Settings#snapshots} and
 * drops the records behind the snapshot but its tail; a follower behind the tail gets the
 * snapshot by InstallSnapshot, in chunks through Maelstrom's network like every Raft message.
 *
 * <p>Not thread-safe: one thread drives a node.
 */
public final class LinKvNode {
  /** The body field marking a request forwarded from a follower to the leader. */
  public static final String FORWARDED = "rast_forwarded";
  /** The Raft cluster id of every Maelstrom cluster ("maelstrm"). */
  static final long CLUSTER_ID = 0x6d61656c7374726dL;
  /** The core's cache of recent records (see {@code Config.logCacheBytes}). */
  static final long CORE_CACHE_BYTES = 16 << 10;

  /**
   * Timing.
   *
   * @param tickMillis wall-clock milliseconds per Raft tick
   * @param electionTicks election timeout base in ticks (each round picks one in [e, 2e))
   * @param heartbeatTicks leader heartbeat interval in ticks (< electionTicks)
   * @param requestTimeoutMillis how long a client request may wait before an error answers it
   *     (Maelstrom's lin-kv client gives up after 1 s)
   * @param snapshots when to snapshot the store and how many log records to keep behind a
   *     snapshot (the in-memory log holds at most about {@code entries + tailEntries} records)
   */
  public record Settings(
      int tickMillis,
      int electionTicks,
      int heartbeatTicks,
      int requestTimeoutMillis,
      SnapshotPolicy snapshots) {
    /** Snapshots every 10,000 entries (or 16 MiB of commands), keeping a tail of 1,000 records. */
    public static final SnapshotPolicy DEFAULT_SNAPSHOTS =
        new SnapshotPolicy(10_000, 16 << 20, 1_000);

    /** The given timing with {@link #DEFAULT_SNAPSHOTS}. */
    public Settings(
        int tickMillis, int electionTicks, int heartbeatTicks, int requestTimeoutMillis) {
      this(tickMillis, electionTicks, heartbeatTicks, requestTimeoutMillis, DEFAULT_SNAPSHOTS);
    }

    public Settings {
      if (tickMillis <= 0 || requestTimeoutMillis <= 0) {
        throw new IllegalArgumentException("tickMillis and requestTimeoutMillis must be > 0");
      }
      if (heartbeatTicks <= 0 || electionTicks <= heartbeatTicks) {
        throw new IllegalArgumentException(
            "need 0 < heartbeatTicks < electionTicks: " + heartbeatTicks + ", " + electionTicks);
      }
    }

    /** 20 ms ticks, elections after 10-20 ticks, heartbeats every 2, requests time out after 700 ms. */
    public static Settings defaults() {
      return new Settings(20, 10, 2, 700);
    }
  }

  /** Where a node's outgoing messages go. */
  @FunctionalInterface
  public interface Outbox {
    void send(Message m);
  }

  /** A client request waiting here: for its entry to apply, or for its read index. */
  private record Waiting(String client, long msgId, Object key, long deadline) {}

  /** A request forwarded to the leader, waiting for the answer to relay. */
  private record Proxy(String client, long msgId, boolean read, long deadline) {}

  /** A parsed client request. */
  private record Request(String type, Object key, Object value, Object from, boolean create) {}

  private final Settings settings;
  private final Outbox out;
  private final RandomGenerator random;
  private final PrintStream log;
  private final Path dataDir;
  private final LinKvStore store = new LinKvStore();
  private final Map<Long, Waiting> writes = new HashMap<>();
  private final Map<Long, Waiting> reads = new HashMap<>();
  private final Map<Long, Proxy> proxies = new HashMap<>();
  private String self;
  private List<String> nodes = List.of();
  private RaftLoop raft;
  /** The time of the latest input (ms), for the loop's snapshot transfers. */
  private long now;

  private long nextMsgId;
  private long nextProposal;
  private long nextRead;
  private Role lastRole = Role.FOLLOWER;
  private long lastTerm;

  /**
   * @param random the election jitter's only source (seed it for reproducible runs)
   * @param log where diagnostics go (stderr; never the protocol stream)
   * @param dataDir where the node keeps its snapshots (in {@code <node id>/snapshots})
   */
  public LinKvNode(
      Settings settings, Outbox out, RandomGenerator random, PrintStream log, Path dataDir) {
    this.settings = settings;
    this.out = out;
    this.random = random;
    this.log = log;
    this.dataDir = dataDir;
  }

  // ---- inputs ----

  /** Handles one incoming message at time {@code nowMillis}. */
  public void onMessage(Message m, long nowMillis) {
    now = nowMillis;
    Long inReplyTo = m.inReplyTo();
    if (inReplyTo != null) {
      onReply(m, inReplyTo);
      return;
    }
    switch (m.type()) {
      case "init" -> onInit(m);
      case "raft" -> onRaft(m);
      case "read", "write", "cas" -> onRequest(m, nowMillis);
      default -> {
        if (m.msgId() != null) {
          reply(
              m.src(),
              m.msgId(),
              Message.error(ErrorCode.NOT_SUPPORTED, "unsupported message type " + m.type()),
              m.dest());
        }
      }
    }
  }

  /** One Raft tick; also answers requests whose deadline passed. */
  public void tick(long nowMillis) {
    if (raft == null) {
      return;
    }
    now = nowMillis;
    raft.tick();
    expire(nowMillis);
  }

  /** Handles everything the core has ready: sends, applies, answers. Call after inputs. */
  public void process() {
    if (raft == null) {
      return;
    }
    try {
      raft.process(now * 1_000_000);
    } catch (IOException e) {
      throw new UncheckedIOException(self + ": the Raft loop failed; stopping", e);
    }
    Role role = raft.role();
    long term = raft.raft().term();
    if (role != lastRole || term != lastTerm) {
      if (role == Role.LEADER || lastRole == Role.LEADER) {
        log.println(self + ": " + role + " in term " + term);
      }
      lastRole = role;
      lastTerm = term;
    }
  }

  // ---- state ----

  /** This node's Maelstrom id (null before init). */
  public String nodeId() {
    return self;
  }

  /** The Raft role (follower before init). */
  public Role role() {
    return raft == null ? Role.FOLLOWER : raft.role();
  }

  /** The Raft loop (null before init), for tests. */
  RaftLoop loop() {
    return raft;
  }

  /** The key-value state as applied here. */
  public LinKvStore store() {
    return store;
  }

  /** A one-line summary for the log. */
  public String summary() {
    return self + ": " + (raft == null ? "not initialised" : raft.raft().toString()) + ", keys "
        + store.size() + ", waiting writes " + writes.size() + ", reads " + reads.size()
        + ", forwarded " + proxies.size();
  }

  // ---- messages ----

  private void onInit(Message m) {
    Long msgId = m.msgId();
    Object id = m.body().get("node_id");
    Object ids = m.body().get("node_ids");
    if (!(id instanceof String nodeId)
        || !(ids instanceof List<?> list)
        || !list.contains(nodeId)
        || list.stream().anyMatch(x -> !(x instanceof String))) {
      if (msgId != null) {
        reply(
            m.src(),
            msgId,
            Message.error(
                ErrorCode.MALFORMED_REQUEST,
                "init needs a string node_id listed in the string array node_ids"),
            m.dest());
      }
      return;
    }
    if (raft != null && !nodeId.equals(self)) {
      if (msgId != null) {
        reply(
            m.src(),
            msgId,
            Message.error(ErrorCode.MALFORMED_REQUEST, "already initialised as " + self),
            m.dest());
      }
      return;
    }
    if (raft == null) {
      List<String> sorted = new ArrayList<>();
      for (Object o : list) {
        if (!sorted.contains(o)) {
          sorted.add((String) o);
        }
      }
      sorted.sort(null);
      int[] voters = new int[sorted.size()];
      for (int i = 0; i < voters.length; i++) {
        voters[i] = i + 1;
      }
      self = nodeId;
      nodes = List.copyOf(sorted);
      Config config = Config.of(sorted.indexOf(nodeId) + 1, voters, CLUSTER_ID, random)
          .withElection(settings.electionTicks(), settings.heartbeatTicks(), true, true)
          // The storage is in memory already: a core cache of its own would only hold the same
          // records twice. A small one still serves the followers that are just behind.
          .withLogCacheBytes(CORE_CACHE_BYTES);
      try {
        raft = new RaftLoop(
            self,
            config,
            0, // ticks come from tick()
            new MemoryStorage(),
            store,
            new RaftOut(),
            new Events(),
            dataDir.resolve(nodeId).resolve("snapshots"),
            settings.snapshots(),
            () -> {}); // the runner's loop turns at least once per tick: no wakeup needed
      } catch (IOException e) {
        throw new UncheckedIOException(self + ": starting the Raft loop failed", e);
      }
      log.println(self + ": initialised, Raft id " + raft.raft().id() + " of " + nodes);
    }
    if (msgId != null) {
      reply(m.src(), msgId, Message.body("type", "init_ok"), self);
    }
  }

  private void onRaft(Message m) {
    if (raft == null) {
      return;
    }
    if (!(m.body().get("data") instanceof String data)) {
      log.println(self + ": dropped a raft message without string data from " + m.src());
      return;
    }
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(data);
    } catch (IllegalArgumentException e) {
      log.println(self + ": dropped a raft message with bad base64 from " + m.src());
      return;
    }
    int from = nodes.indexOf(m.src()) + 1;
    long refused = raft.refusedMessages();
    if (from != 0) {
      // A fresh array per message: the core logs AppendEntries records in place.
      raft.onMessage(from, ByteBuffer.wrap(bytes), 0, bytes.length, now * 1_000_000);
    }
    if (from == 0 || raft.refusedMessages() > refused) {
      log.println(self + ": dropped a malformed or misaddressed raft message from " + m.src());
    }
  }

  private void onReply(Message m, long inReplyTo) {
    Proxy p = proxies.remove(inReplyTo);
    if (p == null) {
      return; // a late answer to a forward that already timed out, or not ours
    }
    Map<String, Object> body = Message.with(m.body(), FORWARDED, null);
    body.remove("msg_id");
    reply(p.client(), p.msgId(), body, self);
  }

  private void onRequest(Message m, long now) {
    Long msgId = m.msgId();
    if (msgId == null) {
      log.println("dropped a " + m.type() + " without msg_id from " + m.src());
      return;
    }
    if (raft == null) {
      reply(
          m.src(),
          msgId,
          Message.error(ErrorCode.TEMPORARILY_UNAVAILABLE, "not initialised yet"),
          m.dest());
      return;
    }
    Request req;
    try {
      req = parseRequest(m.body());
    } catch (IllegalArgumentException e) {
      reply(m.src(), msgId, Message.error(ErrorCode.MALFORMED_REQUEST, e.getMessage()), self);
      return;
    }
    if (raft.role() == Role.LEADER) {
      long deadline = now + settings.requestTimeoutMillis();
      if (req.type().equals("read")) {
        long readId = ++nextRead;
        if (raft.read(readId) == Outcome.ACCEPTED) {
          reads.put(readId, new Waiting(m.src(), msgId, req.key(), deadline));
          return;
        }
      } else {
        long id = ((long) raft.raft().id() << 48) | ++nextProposal;
        KvCommand c = req.type().equals("write")
            ? KvCommand.write(id, req.key(), req.value())
            : KvCommand.cas(id, req.key(), req.from(), req.value(), req.create());
        Outcome o = raft.propose(ByteBuffer.wrap(c.encode()));
        switch (o) {
          case ACCEPTED -> {
            writes.put(id, new Waiting(m.src(), msgId, req.key(), deadline));
            return;
          }
          case TOO_LARGE -> {
            reply(
                m.src(),
                msgId,
                Message.error(ErrorCode.NOT_SUPPORTED, "request too large for one log entry"),
                self);
            return;
          }
          case TRANSFERRING -> {
            reply(
                m.src(),
                msgId,
                Message.error(ErrorCode.TEMPORARILY_UNAVAILABLE, "leadership transfer in progress"),
                self);
            return;
          }
          default -> {} // not leader after all: below
        }
      }
    }
    int leader = raft.leader();
    int me = raft.raft().id();
    if (m.body().containsKey(FORWARDED) || leader == 0 || leader == me) {
      String known = leader == 0 || leader == me
          ? "no leader known"
          : "the leader is " + nodes.get(leader - 1);
      reply(
          m.src(),
          msgId,
          Message.error(ErrorCode.TEMPORARILY_UNAVAILABLE, "not the leader; " + known),
          self);
      return;
    }
    long forwardId = ++nextMsgId;
    Map<String, Object> body =
        Message.with(Message.with(m.body(), "msg_id", forwardId), FORWARDED, true);
    out.send(new Message(self, nodes.get(leader - 1), body));
    long wait =
        settings.requestTimeoutMillis() + Math.max(100, settings.requestTimeoutMillis() / 4);
    proxies.put(forwardId, new Proxy(m.src(), msgId, req.type().equals("read"), now + wait));
  }

  /** Checks a client request's fields; throws IllegalArgumentException naming what is wrong. */
  static Request parseRequest(Map<String, Object> body) {
    String type = (String) body.get("type");
    if (!body.containsKey("key")) {
      throw new IllegalArgumentException(type + " needs a key");
    }
    Object key = body.get("key");
    switch (type) {
      case "read" -> {
        return new Request(type, key, null, null, false);
      }
      case "write" -> {
        if (!body.containsKey("value")) {
          throw new IllegalArgumentException("write needs a value");
        }
        return new Request(type, key, body.get("value"), null, false);
      }
      case "cas" -> {
        if (!body.containsKey("from") || !body.containsKey("to")) {
          throw new IllegalArgumentException("cas needs from and to");
        }
        Object create = body.getOrDefault("create_if_not_exists", Boolean.FALSE);
        if (!(create instanceof Boolean b)) {
          throw new IllegalArgumentException("create_if_not_exists must be a boolean");
        }
        return new Request(type, key, body.get("to"), body.get("from"), b);
      }
      default -> throw new IllegalArgumentException("not a request: " + type);
    }
  }

  // ---- the loop's outputs ----

  /** Raft messages to peers, as Maelstrom messages of type {@code raft} with the framed bytes in base64. */
  private final class RaftOut implements MessageSender {
    @Override
    public boolean send(int to, MessageBuilder m) {
      byte[] bytes = new byte[(int) Framing.serializedSize(m)];
      Framing.write(m, ByteBuffer.wrap(bytes));
      return emit(to, bytes);
    }

    @Override
    public boolean send(int to, ByteBuffer src, int offset, int length) {
      byte[] bytes = new byte[length];
      src.get(offset, bytes);
      return emit(to, bytes);
    }

    private boolean emit(int to, byte[] framed) {
      if (to < 1 || to > nodes.size()) {
        return false;
      }
      out.send(new Message(
          self,
          nodes.get(to - 1),
          Message.body("type", "raft", "data", Base64.getEncoder().encodeToString(framed))));
      return true;
    }
  }

  /** Answers the clients as the loop applies their writes, confirms their reads, or loses leadership. */
  private final class Events implements RaftLoop.Listener {
    @Override
    public void applied(long index, int result) {
      KvCommand c = store.lastCommand();
      LinKvStore.Result r = store.lastResult();
      Waiting w = writes.remove(c.id());
      if (w != null) {
        reply(
            w.client(),
            w.msgId(),
            r.ok()
                ? Message.body("type", c.cas() ? "cas_ok" : "write_ok")
                : Message.error(r.error(), r.text()),
            self);
      }
    }

    @Override
    public void readable(long readId) {
      Waiting w = reads.remove(readId);
      if (w != null) {
        reply(
            w.client(),
            w.msgId(),
            store.contains(w.key())
                ? Message.body("type", "read_ok", "value", store.get(w.key()))
                : Message.error(
                    ErrorCode.KEY_DOES_NOT_EXIST,
                    "key " + JsonWriter.write(w.key()) + " does not exist"),
            self);
      }
    }

    @Override
    public void leadershipLost() {
      // A deposed leader forgets its pending reads; a read has no effect, so failing it is
      // definite. Writes wait on: followers apply the same log.
      for (Waiting w : reads.values()) {
        reply(
            w.client(),
            w.msgId(),
            Message.error(ErrorCode.TEMPORARILY_UNAVAILABLE, "lost leadership before the read"),
            self);
      }
      reads.clear();
    }
  }

  // ---- deadlines ----

  private void expire(long now) {
    for (Iterator<Waiting> it = writes.values().iterator(); it.hasNext(); ) {
      Waiting w = it.next();
      if (now >= w.deadline()) {
        it.remove();
        reply(
            w.client(),
            w.msgId(),
            Message.error(
                ErrorCode.TIMEOUT,
                "not applied within " + settings.requestTimeoutMillis()
                    + " ms; it may or may not take effect"),
            self);
      }
    }
    for (Iterator<Waiting> it = reads.values().iterator(); it.hasNext(); ) {
      Waiting w = it.next();
      if (now >= w.deadline()) {
        it.remove();
        reply(
            w.client(),
            w.msgId(),
            Message.error(ErrorCode.TEMPORARILY_UNAVAILABLE, "read not confirmed in time"),
            self);
      }
    }
    for (Iterator<Proxy> it = proxies.values().iterator(); it.hasNext(); ) {
      Proxy p = it.next();
      if (now >= p.deadline()) {
        it.remove();
        reply(
            p.client(),
            p.msgId(),
            p.read()
                ? Message.error(
                    ErrorCode.TEMPORARILY_UNAVAILABLE, "the leader did not answer the read in time")
                : Message.error(
                    ErrorCode.TIMEOUT,
                    "the leader did not answer in time; it may or may not take effect"),
            self);
      }
    }
  }

  private void reply(String dest, long inReplyTo, Map<String, Object> body, String from) {
    Map<String, Object> b =
        Message.with(Message.with(body, "msg_id", ++nextMsgId), "in_reply_to", inReplyTo);
    out.send(new Message(from, dest, b));
  }
}
