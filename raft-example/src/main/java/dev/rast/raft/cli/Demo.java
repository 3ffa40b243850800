package dev.rast.raft.cli;

import dev.rast.raft.check.LinearizabilityChecker;
import dev.rast.raft.check.Op;
import dev.rast.raft.kv.KvClient;
import dev.rast.raft.msg.KvMsg.Status;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * The demo: a local 3-process cluster, clients mixing get/put/cput over a few keys, a nemesis
 * (kill -9 the leader and restart it, SIGSTOP a follower past the election timeout), then the
 * checks: the recorded history must be linearizable and every acknowledged write must be there
 * when each key is read back through the cluster (a ReadIndex read at the leader).
 */
public final class Demo {
  /** What to run. */
  public record Settings(
      int clients,
      int keys,
      long durationMillis,
      boolean nemesis,
      boolean fsync,
      boolean progress,
      String scenario) {
    /** The default scenario (kill -9 the leader, SIGSTOP a follower). */
    public Settings(
        int clients,
        int keys,
        long durationMillis,
        boolean nemesis,
        boolean fsync,
        boolean progress) {
      this(clients, keys, durationMillis, nemesis, fsync, progress, DEFAULT);
    }

    boolean membership() {
      return MEMBERSHIP.equals(scenario);
    }
  }

  /** The scenarios: faults, or membership changes ({@link MembershipScenario}). */
  public static final String DEFAULT = "default";

  public static final String MEMBERSHIP = "membership";

  /** Sleeps until a percentage of the run has passed. */
  interface Clock {
    void sleepUntil(int percent);
  }

  /** What happened. */
  public record Summary(
      long ops,
      double opsPerSecond,
      double p50Ms,
      double p99Ms,
      double maxMs,
      int leaderChanges,
      long acknowledgedWrites,
      long lost,
      long indefinite,
      boolean linearizable,
      String detail,
      String members) {
    public boolean ok() {
      return lost == 0 && linearizable && ops > 0;
    }
  }

  private final Settings settings;
  private final PrintStream out;
  private final List<Op> history = Collections.synchronizedList(new ArrayList<>());
  private final Recorder recorder = new Recorder(3);
  private final Histogram total = new Histogram(3);
  private final AtomicBoolean running = new AtomicBoolean(true);
  private final AtomicInteger leaderChanges = new AtomicInteger();
  private long start;

  public Demo(Settings settings, PrintStream out) {
    this.settings = settings;
    this.out = out;
  }

  /** Runs the whole demo on a fresh cluster with data under {@code dir}. */
  public Summary run(Path dir) throws Exception {
    int slots = settings.membership() ? 5 : 3;
    try (LocalCluster cluster = new LocalCluster(
        slots, dir, settings.fsync(), 0, 0, List.of("-Xms256m", "-Xmx512m", "-XX:+UseSerialGC"))) {
      cluster.bootstrap(3);
      out.println("starting a 3-node cluster (3 processes, data under " + dir + ")"
          + (settings.membership() ? "; scenario: membership changes" : ""));
      cluster.startAll();
      int leader = cluster.awaitLeader(20_000);
      if (leader == 0) {
        throw new IllegalStateException(
            "no leader after 20 s; node 1 log:\n" + cluster.logTail(1, 20));
      }
      out.println("leader: node " + leader + "; running " + settings.clients() + " clients over "
          + settings.keys() + " keys for " + settings.durationMillis() / 1000.0 + " s");
      start = System.nanoTime();
      List<Thread> workers = new ArrayList<>();
      for (int c = 0; c < settings.clients(); c++) {
        int client = c;
        Thread t = new Thread(() -> work(cluster, client), "demo-client-" + c);
        t.start();
        workers.add(t);
      }
      Thread monitor = new Thread(() -> monitor(cluster, leader), "demo-monitor");
      monitor.setDaemon(true);
      monitor.start();
      String members = null;
      if (settings.membership()) {
        members = membership(cluster);
      } else {
        nemesis(cluster);
      }
      running.set(false);
      for (Thread t : workers) {
        t.join(30_000);
      }
      long elapsed = System.nanoTime() - start;
      if (settings.progress()) {
        out.println();
      }
      if (!settings.membership()) {
        for (int i = 1; i <= 3; i++) {
          if (!cluster.alive(i)) {
            cluster.start(i);
          }
        }
      }
      return check(cluster, elapsed, members);
    }
  }

  private void work(LocalCluster cluster, int client) {
    SplittableRandom rnd = new SplittableRandom(client * 7919L + System.nanoTime());
    long[] seen = new long[settings.keys()];
    long counter = 0;
    try (KvClient kv = new KvClient(MembershipScenario.bootstrapClients(cluster), 10_000, 700)) {
      while (running.get()) {
        int key = rnd.nextInt(settings.keys());
        String k = "k" + key;
        int dice = rnd.nextInt(10);
        long t0 = System.nanoTime();
        try {
          if (dice < 4) {
            KvClient.Result r = kv.get(k);
            long v = r.status() == Status.OK ? Long.parseLong(r.text()) : 0;
            long t1 = System.nanoTime();
            seen[key] = v;
            history.add(Op.get(client, key, v, t0 - start, t1 - start));
            record(t1 - t0);
          } else {
            long v = (client + 1) * 1_000_000_000L + ++counter;
            byte[] value = Long.toString(v).getBytes(StandardCharsets.US_ASCII);
            if (dice < 7) {
              try {
                kv.put(k, value);
                long t1 = System.nanoTime();
                history.add(Op.put(client, key, v, t0 - start, t1 - start));
                seen[key] = v;
                record(t1 - t0);
              } catch (TimeoutException e) {
                history.add(Op.put(client, key, v, t0 - start, Op.INDEFINITE));
              }
            } else {
              long expected = seen[key];
              byte[] exp = expected == 0
                  ? null
                  : Long.toString(expected).getBytes(StandardCharsets.US_ASCII);
              try {
                KvClient.Result r = kv.cput(k, exp, value);
                long t1 = System.nanoTime();
                boolean ok = r.status() == Status.OK;
                history.add(Op.cput(client, key, expected, v, ok, t0 - start, t1 - start));
                if (ok) {
                  seen[key] = v;
                }
                record(t1 - t0);
              } catch (TimeoutException e) {
                history.add(Op.cput(client, key, expected, v, false, t0 - start, Op.INDEFINITE));
              }
            }
          }
        } catch (TimeoutException | IOException e) {
          // a get that failed has no effect: it is left out of the history
        }
      }
    }
  }

  private void record(long nanos) {
    recorder.recordValue(Math.max(1, nanos / 1000));
  }

  private void monitor(LocalCluster cluster, int firstLeader) {
    int last = firstLeader;
    long nextPrint = System.nanoTime();
    long lastPrint = start;
    Histogram interval = null;
    while (running.get()) {
      int l = cluster.leader();
      if (l != 0 && l != last) {
        leaderChanges.incrementAndGet();
        event("new leader: node " + l);
        last = l;
      }
      long now = System.nanoTime();
      if (now >= nextPrint) {
        interval = recorder.getIntervalHistogram(interval);
        synchronized (total) {
          total.add(interval);
        }
        double secs = Math.max(1e-3, (now - lastPrint) / 1e9);
        lastPrint = now;
        if (settings.progress()) {
          out.printf(
              "\r  t=%5.1fs  %7.0f ops/s  p50 %6.2f ms  p99 %7.2f ms  leader %s   ",
              (now - start) / 1e9,
              interval.getTotalCount() / secs,
              interval.getValueAtPercentile(50) / 1000.0,
              interval.getValueAtPercentile(99) / 1000.0,
              last == 0 ? "-" : "node " + last);
          out.flush();
        }
        nextPrint = now + 500_000_000L;
      }
      sleep(100);
    }
    interval = recorder.getIntervalHistogram(interval);
    synchronized (total) {
      total.add(interval);
    }
  }

  private synchronized void event(String what) {
    if (settings.progress()) {
      out.printf(
          "\r%-90s%n", String.format("  t=%5.1fs  %s", (System.nanoTime() - start) / 1e9, what));
    } else {
      out.printf("  t=%5.1fs  %s%n", (System.nanoTime() - start) / 1e9, what);
    }
  }

  /** Runs the membership scenario; returns the final voters, e.g. {@code [3, 4, 5]}. */
  private String membership(LocalCluster cluster) throws Exception {
    long d = settings.durationMillis();
    try (KvClient admin =
        new KvClient(MembershipScenario.bootstrapClients(cluster), 10_000, 1000)) {
      new MembershipScenario(cluster, this::event).run(admin, p -> sleepUntil(d * p / 100));
      sleepUntil(d);
      return MembershipScenario.voters(admin.members().members());
    }
  }

  private void nemesis(LocalCluster cluster) throws Exception {
    long d = settings.durationMillis();
    if (!settings.nemesis()) {
      sleepUntil(d);
      return;
    }
    sleepUntil(d * 25 / 100);
    int leader = cluster.leader();
    if (leader != 0) {
      event("kill -9 leader node " + leader);
      cluster.kill(leader);
      sleepUntil(d * 45 / 100);
      event("restart node " + leader);
      cluster.start(leader);
    }
    sleepUntil(d * 60 / 100);
    awaitWholeCluster(cluster, d * 80 / 100);
    int now = cluster.leader();
    int follower = 0;
    for (int i = 1; i <= 3; i++) {
      if (i != now && cluster.alive(i) && follower == 0) {
        follower = i;
      }
    }
    if (follower != 0) {
      event("SIGSTOP follower node " + follower + " for 1.5 s (election timeout 300-600 ms)");
      cluster.signal(follower, true);
      sleep(1500);
      cluster.signal(follower, false);
      event("SIGCONT node " + follower);
    }
    sleepUntil(d);
  }

  /**
   * Waits (until {@code untilMillis} into the run at most) for every node to follow the current
   * leader: on a busy machine the node restarted at 45% may still be starting its JVM at 60%, and
   * pausing the other follower then leaves the leader without a quorum, so check-quorum rightly
   * deposes it and the run shows an election the pause did not cause (CLUSTER.md).
   */
  private void awaitWholeCluster(LocalCluster cluster, long untilMillis) {
    long t0 = System.nanoTime();
    while (!wholeCluster(cluster)) {
      if (System.nanoTime() - start >= TimeUnit.MILLISECONDS.toNanos(untilMillis)) {
        event("a node still does not follow the leader; pausing a follower anyway");
        return;
      }
      sleep(50);
    }
    long waited = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0);
    if (waited >= 100) {
      event("waited " + waited + " ms for the restarted node to follow the leader");
    }
  }

  private static final java.util.regex.Pattern LEADER =
      java.util.regex.Pattern.compile("\"leader\":(\\d+)");

  /** Whether every node answers and names the same leader, which says it is the leader. */
  private static boolean wholeCluster(LocalCluster cluster) {
    int leader = cluster.leader();
    if (leader == 0) {
      return false;
    }
    for (int i = 1; i <= cluster.size(); i++) {
      String s = cluster.alive(i) ? cluster.status(i) : null;
      java.util.regex.Matcher m = s == null ? null : LEADER.matcher(s);
      if (m == null || !m.find() || Integer.parseInt(m.group(1)) != leader) {
        return false;
      }
    }
    return true;
  }

  private void sleepUntil(long millisSinceStart) {
    long end = start + TimeUnit.MILLISECONDS.toNanos(millisSinceStart);
    long left;
    while ((left = end - System.nanoTime()) > 0) {
      sleep(Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private Summary check(LocalCluster cluster, long elapsed, String members) throws Exception {
    out.println(
        "reading every key back through the cluster (linearizable ReadIndex reads at the leader)");
    long[] finals = new long[settings.keys()];
    try (KvClient kv = new KvClient(MembershipScenario.bootstrapClients(cluster), 20_000, 1000)) {
      if (members != null) {
        kv.members(); // learns the members now (nodes 1 and 2 left)
      }
      for (int key = 0; key < settings.keys(); key++) {
        long t0 = System.nanoTime() - start;
        KvClient.Result r = kv.get("k" + key);
        finals[key] = r.status() == Status.OK ? Long.parseLong(r.text()) : 0;
        history.add(Op.get(1000, key, finals[key], t0, System.nanoTime() - start));
      }
    }
    List<Op> ops = new ArrayList<>(history);
    // Lost: an acknowledged write whose key ends with a value that was written strictly before it
    // was called (or with no value at all): its effect is gone.
    Map<Long, Op> writerOf = new HashMap<>();
    for (Op op : ops) {
      if (op.kind() == Op.Kind.PUT) {
        writerOf.put(op.a(), op);
      } else if (op.kind() == Op.Kind.CPUT) {
        writerOf.put(op.b(), op);
      }
    }
    long acked = 0;
    long lost = 0;
    long indefinite = 0;
    for (Op op : ops) {
      if (op.kind() == Op.Kind.GET) {
        continue;
      }
      if (op.indefinite()) {
        indefinite++;
        continue;
      }
      if (op.kind() == Op.Kind.CPUT && op.output() != 1) {
        continue;
      }
      acked++;
      long f = finals[op.key()];
      Op writer = writerOf.get(f);
      if (f == 0 || writer == null || (!writer.indefinite() && writer.ret() < op.call())) {
        lost++;
      }
    }
    long t0 = System.nanoTime();
    LinearizabilityChecker.Result result = LinearizabilityChecker.check(ops);
    long checkMs = (System.nanoTime() - t0) / 1_000_000;
    Histogram h;
    synchronized (total) {
      h = total.copy();
    }
    long count = ops.size() - settings.keys();
    return new Summary(
        count,
        count / (elapsed / 1e9),
        h.getValueAtPercentile(50) / 1000.0,
        h.getValueAtPercentile(99) / 1000.0,
        h.getMaxValue() / 1000.0,
        leaderChanges.get(),
        acked,
        lost,
        indefinite,
        result.ok(),
        result.ok()
            ? "checked " + ops.size() + " operations in " + checkMs + " ms"
            : result.toString(),
        members);
  }

  /** Prints the summary. */
  public static void print(Summary s, PrintStream out) {
    out.println();
    out.println("---- summary ----");
    out.printf(
        "operations:                 %d (%d writes acknowledged, %d with unknown outcome)%n",
        s.ops(), s.acknowledgedWrites(), s.indefinite());
    out.printf("throughput:                 %.0f ops/s%n", s.opsPerSecond());
    out.printf(
        "latency:                    p50 %.2f ms, p99 %.2f ms, max %.2f ms%n",
        s.p50Ms(), s.p99Ms(), s.maxMs());
    out.printf("leader changes:             %d%n", s.leaderChanges());
    out.printf("acknowledged writes lost:   %d%n", s.lost());
    out.printf("linearizable:               %s%n", s.linearizable() ? "yes" : "NO");
    out.printf(
        "                            (%s)%n",
        s.detail().length() > 2000 ? s.detail().substring(0, 2000) + "..." : s.detail());
    if (s.members() != null) {
      out.printf("members:                    voters %s%n", s.members());
    }
  }
}
