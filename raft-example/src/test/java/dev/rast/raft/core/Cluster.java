package dev.rast.raft.core;

import dev.rast.capnp.Framing;
import dev.rast.capnp.MessageReader;
import dev.rast.raft.msg.RaftMsg.Message;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;

/**
 * A synchronous test harness for scripted scenarios: nodes whose writes are durable at once, a
 * FIFO network with per-link cuts, and a log of what each Ready carried, so a test reads like a
 * script of inputs and expected outputs.
 */
final class Cluster {
  /** A message in flight, decoded enough to filter and describe it. */
  record Envelope(int from, int to, Message.Which type, long term, byte[] bytes) {
    @Override
    public String toString() {
      return from + "->" + to + " " + type + " t" + term;
    }
  }

  final RaftNode[] nodes;
  final boolean[][] cut;
  final Deque<Envelope> network = new ArrayDeque<>();
  final List<List<Long>> applied = new ArrayList<>();
  final List<List<Long>> reads = new ArrayList<>();
  /** Every message sent, in order, for assertions. */
  final List<Envelope> sent = new ArrayList<>();
  /** Per node: the (term, vote) in the last hard state written. */
  final long[][] hardState;

  final List<String> readyLog = new ArrayList<>();
  /** Per node: its durable log, when the cluster runs with bounded memory (else null). */
  final MemoryStorage[] storage;

  Cluster(int n) {
    this(n, UnaryOperator.identity());
  }

  Cluster(int n, UnaryOperator<Config> tweak) {
    this(n, tweak, false);
  }

  /** With {@code bounded}: every node gets a {@link MemoryStorage}, so its in-memory log is bounded by its cache. */
  Cluster(int n, UnaryOperator<Config> tweak, boolean bounded) {
    this(n, n, tweak, bounded);
  }

  /**
   * Nodes 1..{@code n}, of which 1..{@code bootstrapVoters} form the bootstrap configuration; the
   * others start outside it (spares a membership change may add).
   */
  Cluster(int n, int bootstrapVoters, UnaryOperator<Config> tweak, boolean bounded) {
    storage = new MemoryStorage[n + 1];
    nodes = new RaftNode[n + 1];
    cut = new boolean[n + 1][n + 1];
    hardState = new long[n + 1][2];
    int[] voters = new int[bootstrapVoters];
    for (int i = 0; i < bootstrapVoters; i++) {
      voters[i] = i + 1;
    }
    applied.add(null);
    reads.add(null);
    for (int i = 1; i <= n; i++) {
      storage[i] = bounded ? new MemoryStorage() : null;
      nodes[i] =
          new RaftNode(tweak.apply(Config.of(i, voters, 7, new SplittableRandom(i))), storage[i]);
      applied.add(new ArrayList<>());
      reads.add(new ArrayList<>());
    }
  }

  RaftNode node(int i) {
    return nodes[i];
  }

  /** Handles node {@code i}'s Ready: everything durable at once, messages queued. */
  void process(int i) {
    RaftNode n = nodes[i];
    Ready r = n.ready();
    if (r.hardStateChanged()) {
      hardState[i][0] = r.term();
      hardState[i][1] = r.vote();
      readyLog.add(
          i + ": hardstate term=" + r.term() + " vote=" + r.vote() + " commit=" + r.commit());
    }
    for (int m = 0; m < r.messageCount(); m++) {
      byte[] bytes = new byte[(int) Framing.serializedSize(r.message(m))];
      Framing.write(r.message(m), ByteBuffer.wrap(bytes));
      Message.Reader msg = Framing.read(
              ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN), new MessageReader())
          .getRoot(new Message.Reader());
      Envelope e = new Envelope(i, r.messageTo(m), msg.which(), msg.getTerm(), bytes);
      readyLog.add(i + ": send " + e + (r.afterPersist(m) ? " afterPersist" : ""));
      sent.add(e);
      network.add(e);
    }
    for (long x = r.applyFirst(); x <= r.applyLast(); x++) {
      applied.get(i).add(x);
    }
    for (int k = 0; k < r.readCount(); k++) {
      reads.get(i).add(r.readId(k));
    }
    long last = r.hasRecords() ? r.persistLast() : 0;
    if (last > 0 && storage[i] != null) {
      storage[i].write(n.log(), r.persistFirst(), last);
    }
    n.advance();
    if (last > 0) {
      n.persisted(last, n.log().term(last));
    }
  }

  void processAll() {
    for (int i = 1; i < nodes.length; i++) {
      process(i);
    }
  }

  /** Delivers queued messages (dropping cut links) until the network is quiet. */
  void stabilize() {
    processAll();
    for (int rounds = 0; rounds < 10_000; rounds++) {
      Envelope e = network.poll();
      if (e == null) {
        processAll();
        if (network.isEmpty()) {
          return;
        }
        continue;
      }
      deliver(e);
    }
    throw new IllegalStateException("network did not stabilize");
  }

  void deliver(Envelope e) {
    if (!cut[e.from][e.to]) {
      nodes[e.to].step(ByteBuffer.wrap(e.bytes));
      process(e.to);
    }
  }

  void tick(int i, int times) {
    for (int k = 0; k < times; k++) {
      nodes[i].tick();
      process(i);
    }
  }

  /** Ticks node {@code i} alone until it campaigns, then lets the election run. */
  void elect(int i) {
    for (int k = 0; k < 100 && nodes[i].role() == Role.FOLLOWER; k++) {
      tick(i, 1);
    }
    stabilize();
  }

  void isolate(int i) {
    for (int j = 1; j < nodes.length; j++) {
      if (j != i) {
        cut[i][j] = true;
        cut[j][i] = true;
      }
    }
  }

  void heal() {
    for (boolean[] row : cut) {
      java.util.Arrays.fill(row, false);
    }
  }

  void propose(int i, String command) {
    Outcome o = nodes[i].propose(
        ByteBuffer.wrap(command.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    if (o != Outcome.ACCEPTED) {
      throw new IllegalStateException("proposal at " + i + ": " + o);
    }
  }

  long count(Message.Which type, int from) {
    return sent.stream().filter(e -> e.type == type && e.from == from).count();
  }
}
