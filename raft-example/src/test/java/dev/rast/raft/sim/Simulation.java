package dev.rast.raft.sim;

import dev.rast.raft.check.LinearizabilityChecker;
import dev.rast.raft.check.Op;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * One deterministic simulation run: a 3- or 5-node cluster plus two spare nodes the nemesis adds
 * and removes as members, clients, a nemesis during the fault
 * phase, then a final heal after which the cluster must elect a leader within {@link
 * #LEADER_BOUND} and finish every client operation within {@link #COMPLETION_BOUND}. Safety
 * invariants are checked after every event; the history is checked for linearizability at the
 * end. Everything is a function of the seed.
 */
final class Simulation {
  static final long FAULT_PHASE = 4_000_000;
  static final long LEADER_BOUND = 3_000_000;
  static final long COMPLETION_BOUND = 30_000_000;
  static final int MIN_OPERATIONS = 200;
  /** A run that needs more events than this is stuck in a storm (e.g. a planted bug): a failure. */
  static final long MAX_EVENTS = 3_000_000;

  /** What a run produced. */
  record Result(
      long seed,
      int nodes,
      boolean ok,
      String failure,
      Map<FaultKind, Integer> faults,
      int operations,
      int indefinite,
      long events,
      long virtualMillis) {}

  final long seed;
  final SplittableRandom random;
  final EventLoop loop = new EventLoop();
  /** The bootstrap voters: nodes 1..nodeCount. */
  final int nodeCount;
  /** Every simulated node: the bootstrap voters plus {@link #SPARES} spares (not members at first). */
  final int totalNodes;

  static final int SPARES = 2;
  final int keys = 5;
  final int opsAfterHeal = 10;
  final SimNetwork net;
  final Invariants invariants;
  final Nemesis nemesis;
  private final List<SimNode> nodes = new ArrayList<>();
  private final List<SimClient> clients = new ArrayList<>();
  private final List<Op> history = new ArrayList<>();
  long nextReadId = 1;
  /** Snapshot every this many applied entries (0: never, for some seeds), keeping this many records behind it. */
  final int snapshotEvery;

  final int logTail;
  /** Over every run of this JVM (the test prints them). */
  static long snapshotsTaken;

  static long snapshotsInstalled;
  int doneClients;
  private boolean healed;

  Simulation(long seed) {
    this.seed = seed;
    this.random = new SplittableRandom(seed);
    this.nodeCount = random.nextBoolean() ? 3 : 5;
    this.totalNodes = nodeCount + SPARES;
    this.snapshotEvery = random.nextInt(4) == 0 ? 0 : 5 + random.nextInt(60);
    this.logTail = 1 + random.nextInt(20);
    this.net = new SimNetwork(this, random.split(), totalNodes);
    this.invariants = new Invariants(this);
    this.nemesis = new Nemesis(this, random.split());
    for (int i = 1; i <= totalNodes; i++) {
      nodes.add(new SimNode(this, i));
    }
    for (int i = 1; i <= 5; i++) {
      clients.add(new SimClient(this, i));
    }
  }

  /** The bootstrap configuration's voters (every node starts from it; spares are not in it). */
  int[] voters() {
    int[] v = new int[nodeCount];
    for (int i = 0; i < nodeCount; i++) {
      v[i] = i + 1;
    }
    return v;
  }

  SimNode node(int id) {
    return nodes.get(id - 1);
  }

  List<SimNode> nodes() {
    return nodes;
  }

  boolean healed() {
    return healed;
  }

  long healTime() {
    return FAULT_PHASE;
  }

  int historySize() {
    return history.size();
  }

  void record(Op op) {
    history.add(op);
  }

  Result run() {
    String failure = null;
    try {
      runOrThrow();
    } catch (SafetyViolation e) {
      failure = e.getMessage();
    } catch (RuntimeException e) {
      failure = e.toString() + " at " + e.getStackTrace()[0];
    }
    int indefinite = (int) history.stream().filter(Op::indefinite).count();
    return new Result(
        seed,
        nodeCount,
        failure == null,
        failure,
        Collections.unmodifiableMap(nemesis.counts),
        history.size(),
        indefinite,
        loop.executed(),
        loop.now() / 1000);
  }

  private void runOrThrow() {
    for (SimNode n : nodes) {
      n.start();
    }
    for (SimClient c : clients) {
      loop.after(random.nextInt(50_000), c::next);
    }
    nemesis.scheduleNext(FAULT_PHASE);
    loop.after(FAULT_PHASE, () -> {
      healed = true;
      nemesis.healAll();
    });
    long leaderAt = -1;
    while (loop.runOne()) {
      long now = loop.now();
      if (healed && leaderAt < 0 && invariants.hasLeader()) {
        leaderAt = now;
      }
      if (healed && leaderAt < 0 && now > FAULT_PHASE + LEADER_BOUND) {
        throw new SafetyViolation(
            "liveness: no leader within " + LEADER_BOUND / 1000 + " ms after the final heal");
      }
      if (doneClients == clients.size()) {
        break;
      }
      if (loop.executed() > MAX_EVENTS) {
        throw new SafetyViolation(
            "liveness: more than " + MAX_EVENTS + " events without finishing");
      }
      if (now > FAULT_PHASE + COMPLETION_BOUND) {
        if (Invariants.DEBUG) {
          for (SimNode x : nodes) {
            System.out.println("DEBUG node " + x.id + " up=" + x.up + " paused=" + x.paused + " "
                + x.raft + " "
                + (x.raft == null ? "" : x.raft.membership() + " confIdx=" + x.raft.configIndex()));
          }
        }
        throw new SafetyViolation("liveness: client operations still unfinished "
            + COMPLETION_BOUND / 1000 + " ms after the final heal");
      }
    }
    if (!clients.stream().allMatch(c -> c.done)) {
      throw new SafetyViolation(
          "liveness: the simulation ran out of events before clients finished");
    }
    if (history.size() < MIN_OPERATIONS) {
      throw new SafetyViolation(
          "only " + history.size() + " client operations ran (at least 200 expected)");
    }
    if (invariants.committed.isEmpty()) {
      throw new SafetyViolation("liveness: nothing was ever committed");
    }
    LinearizabilityChecker.Result lin = LinearizabilityChecker.check(history);
    if (!lin.ok()) {
      throw new SafetyViolation("linearizability: " + lin);
    }
  }
}
