package dev.rast.raft.cli;

import dev.rast.capnp.Framing;
import dev.rast.capnp.MessageBuilder;
import dev.rast.raft.kv.KvClient;
import dev.rast.raft.msg.KvMsg.KvRequest;
import dev.rast.raft.msg.KvMsg.Op;
import dev.rast.raft.msg.KvMsg.Status;
import dev.rast.raft.net.TlsConfig;
import dev.rast.raft.node.Node;
import dev.rast.raft.node.Peers;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code rast bench}: closed-loop load with a fixed number of outstanding requests, against 3 local
 * processes (default), an existing cluster, or 3 nodes in this JVM ({@code --in-process}, to
 * compare with the SOFAJRaft and Ratis benchmarks, which run that way). Ends with one {@code
 * RESULT} line for scripts (format in CLUSTER.md).
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    header = "Closed-loop benchmark: throughput and latency percentiles.",
    description =
        "Keeps --outstanding requests in flight over --clients connections and reports throughput and HdrHistogram "
            + "latency percentiles. Without --cluster it starts a local 3-node cluster (3 processes; --in-process: 3 nodes in this "
            + "JVM). Ends with a RESULT line (see raft-example/CLUSTER.md).")
final class BenchCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(
      names = "--cluster",
      converter = ClusterSpec.Converter.class,
      paramLabel = "ID=HOST:PORT,...",
      description = "Client addresses of an existing cluster. Default: start a local one.")
  ClusterSpec cluster;

  @Option(
      names = "--clients",
      defaultValue = "4",
      description = "Client connections. Default: ${DEFAULT-VALUE}.")
  int clients;

  @Option(
      names = {"--outstanding", "-c"},
      defaultValue = "64",
      description = "Requests in flight in total. Default: ${DEFAULT-VALUE}.")
  int outstanding;

  @Option(
      names = "--value-size",
      defaultValue = "128",
      description = "Bytes per value. Default: ${DEFAULT-VALUE}.")
  int valueSize;

  @Option(
      names = "--reads",
      defaultValue = "0",
      description = "Fraction of reads, 0..1. Default: ${DEFAULT-VALUE}.")
  double reads;

  @Option(
      names = "--keys",
      defaultValue = "10000",
      description = "Key space. Default: ${DEFAULT-VALUE}.")
  int keys;

  @Option(
      names = "--duration",
      defaultValue = "10",
      description = "Measured seconds. Default: ${DEFAULT-VALUE}.")
  double duration;

  @Option(
      names = "--warmup",
      defaultValue = "3",
      description = "Unmeasured seconds first. Default: ${DEFAULT-VALUE}.")
  double warmup;

  @Option(names = "--no-fsync", description = "Local cluster without fsync (unsafe).")
  boolean noFsync;

  @Option(
      names = "--in-process",
      description =
          "Run the 3 nodes in this JVM (loopback TCP between them, fsync on, data in a temp dir) "
              + "instead of 3 processes: the load shape of the SOFAJRaft and Ratis benchmarks.")
  boolean inProcess;

  @Option(
      names = "--client",
      defaultValue = "tcp",
      description =
          "With --in-process: tcp (KvClient over TCP to the leader) or inproc "
              + "(proposals handed to the leader Node in this JVM, answered by callback). Default: ${DEFAULT-VALUE}.")
  String clientMode;

  @Option(
      names = "--result-line",
      negatable = true,
      defaultValue = "true",
      fallbackValue = "true",
      description =
          "Print the machine-readable RESULT line at the end (on by default; --no-result-line drops it).")
  boolean resultLine;

  @Mixin
  TlsOptions tls = new TlsOptions();

  /** TLS to an existing cluster's client ports (null: plaintext). */
  private TlsConfig clientTls;

  /** What the bench reads from the leader before and after the measured seconds: {fsyncs, records written}. */
  private interface LeaderCounters {
    long[] read() throws Exception;
  }

  /**
   * Per-thread allocation over the measured seconds; {@code measure} starts and stops it. For an
   * in-process cluster the nodes' threads are in this JVM; otherwise only the client's are.
   */
  private final ThreadAllocations allocations = new ThreadAllocations();

  /**
   * What the allocation line covers, which node leads (0: not known / not in this JVM), and, for
   * nodes in this JVM ({@code nodes} of them; null: none), each node's stored-state bytes so far:
   * {KV map storage, log index growth}, which the loop threads allocate and the line counts apart.
   */
  private record AllocScope(
      String scope,
      java.util.function.IntSupplier leader,
      int nodes,
      java.util.function.IntFunction<long[]> state) {
    static final AllocScope CLIENT_ONLY = new AllocScope(
        "this JVM: the client only; the nodes are other processes, not measured", () -> 0, 0, null);
  }

  @Override
  public Integer call() throws Exception {
    String bad = badOption();
    if (bad != null) {
      throw new ParameterException(spec.commandLine(), bad);
    }
    if (!clientMode.equals("tcp") && !clientMode.equals("inproc")) {
      throw new ParameterException(spec.commandLine(), "--client must be tcp or inproc");
    }
    if (clientMode.equals("inproc") && (!inProcess || cluster != null)) {
      throw new ParameterException(
          spec.commandLine(), "--client inproc needs --in-process (and no --cluster)");
    }
    if (clientMode.equals("inproc") && reads > 0) {
      throw new ParameterException(
          spec.commandLine(), "--client inproc issues writes only (--reads 0)");
    }
    if (inProcess && cluster != null) {
      throw new ParameterException(
          spec.commandLine(), "--in-process starts its own cluster; drop --cluster");
    }
    if (tls.any()) {
      if (cluster == null) {
        throw new ParameterException(
            spec.commandLine(),
            "the TLS flags go with --cluster (the cluster the bench starts itself runs without TLS)");
      }
      try {
        clientTls = tls.clientConfig();
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
    }
    clients = Math.min(clients, outstanding);
    if (inProcess) {
      return inProcess();
    }
    LocalCluster local = null;
    Path dir = null;
    Map<Integer, InetSocketAddress> nodes;
    try {
      if (cluster == null) {
        dir = Files.createTempDirectory("rast-bench-");
        local = new LocalCluster(3, dir, !noFsync, 0, 0, List.of("-Xms1g", "-Xmx2g"));
        local.startAll();
        if (local.awaitLeader(20_000) == 0) {
          System.err.println("rast bench: no leader after 20 s");
          return 3;
        }
        nodes = local.clientAddresses();
        System.out.println("local 3-node cluster (fsync " + (noFsync ? "off" : "on") + ") at "
            + Peers.format(nodes));
      } else {
        nodes = cluster.nodes();
        String unreachable = awaitLeader(nodes, CONNECT_TIMEOUT_MS, clientTls);
        if (unreachable != null) {
          System.err.println("rast bench: " + unreachable);
          return 3;
        }
      }
      Map<Integer, InetSocketAddress> n = nodes;
      return runTcp(
          nodes,
          cluster == null ? "3proc" : "cluster",
          () -> statusCounters(n, clientTls),
          local == null ? NodeHealth.UNKNOWN : local::failure,
          AllocScope.CLIENT_ONLY);
    } finally {
      if (local != null) {
        local.close();
        DemoCommand.deleteTree(dir);
      }
    }
  }

  private int inProcess() throws Exception {
    Path dir = Files.createTempDirectory("rast-bench-inproc-");
    try (InProcessCluster c = new InProcessCluster(3, dir, !noFsync)) {
      Node leader = c.awaitLeader(20_000);
      if (leader == null) {
        System.err.println("rast bench: no leader after 20 s");
        return 3;
      }
      System.out.println("in-process 3-node cluster (fsync " + (noFsync ? "off" : "on")
          + ", loopback TCP between nodes), client " + clientMode + ", data in " + dir);
      LeaderCounters counters = () -> {
        Node l = c.leader();
        return l == null ? null : new long[] {l.fsyncs(), l.recordsWritten()};
      };
      AllocScope scope =
          new AllocScope("this JVM: all 3 nodes and the client", c::leaderId, c.size(), id ->
              new long[] {c.node(id).kvStoredBytes(), c.node(id).logIndexGrowthBytes()});
      if (clientMode.equals("tcp")) {
        return runTcp(c.clientAddresses(), "tcp", counters, c::failure, scope);
      }
      return runInproc(c, counters, scope);
    } finally {
      DemoCommand.deleteTree(dir);
    }
  }

  /** How long {@code --cluster} may take to show a leader before the bench gives up. */
  static final int CONNECT_TIMEOUT_MS = 5000;

  /**
   * Waits up to {@code millis} for a node of an existing cluster to say it leads; null when one
   * does, else what went wrong: no node accepts a connection (each address with its error), or
   * nodes answer but none leads.
   */
  static String awaitLeader(Map<Integer, InetSocketAddress> nodes, int millis, TlsConfig tls)
      throws InterruptedException {
    long end = System.nanoTime() + millis * 1_000_000L;
    StringBuilder errors = new StringBuilder();
    while (true) {
      errors.setLength(0);
      boolean answered = false;
      for (Map.Entry<Integer, InetSocketAddress> e : nodes.entrySet()) {
        try {
          if (KvClient.status(e.getValue(), 1000, tls).contains("\"role\":\"LEADER\"")) {
            return null;
          }
          answered = true;
        } catch (IOException ex) {
          errors
              .append(errors.length() == 0 ? "" : ", ")
              .append(e.getKey())
              .append('=')
              .append(e.getValue().getHostString())
              .append(':')
              .append(e.getValue().getPort())
              .append(" (")
              .append(ex.getMessage())
              .append(')');
        }
      }
      if (System.nanoTime() - end >= 0) {
        return answered
            ? "no leader in the cluster after " + millis / 1000 + " s"
                + (errors.length() == 0 ? "" : "; unreachable: " + errors)
            : "cannot connect to the cluster: " + errors;
      }
      Thread.sleep(200);
    }
  }

  /** {fsyncs, records written} of the node that says it leads, from the status JSON; null when none does. */
  private static long[] statusCounters(Map<Integer, InetSocketAddress> nodes, TlsConfig tls) {
    for (InetSocketAddress a : nodes.values()) {
      try {
        String s = KvClient.status(a, 2000, tls);
        if (s.contains("\"role\":\"LEADER\"")) {
          return new long[] {jsonLong(s, "fsyncs"), jsonLong(s, "recordsWritten")};
        }
      } catch (IOException e) {
        // down: try the next
      }
    }
    return null;
  }

  private static long jsonLong(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
    return m.find() ? Long.parseLong(m.group(1)) : -1;
  }

  private int runTcp(
      Map<Integer, InetSocketAddress> nodes,
      String mode,
      LeaderCounters counters,
      NodeHealth health,
      AllocScope scope)
      throws Exception {
    Recorder recorder = newRecorder();
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicBoolean measuring = new AtomicBoolean(false);
    AtomicLong errors = new AtomicLong();
    AtomicLong done = new AtomicLong();
    byte[] value = new byte[valueSize];
    new SplittableRandom(1).nextBytes(value);
    List<KvClient> cs = new ArrayList<>();
    System.out.printf(
        "bench: %d clients, %d outstanding, %d-byte values, %.0f%% reads, %d keys, %.0f s warm-up + %.0f s%n",
        clients, outstanding, valueSize, reads * 100, keys, warmup, duration);
    byte[][] keyBytes = keyBytes();
    for (int i = 0; i < clients; i++) {
      KvClient c = new KvClient(nodes, 10_000, 1000, clientTls);
      cs.add(c);
      int window = outstanding / clients + (i < outstanding % clients ? 1 : 0);
      SplittableRandom rnd = new SplittableRandom(i);
      for (int w = 0; w < window; w++) {
        new TcpSlot(c, rnd.split(), keyBytes, value, running, measuring, recorder, errors, done)
            .issue();
      }
    }
    long ops = measure(recorder, measuring, done, errors, mode, counters, health, scope);
    running.set(false);
    Thread.sleep(200);
    for (KvClient c : cs) {
      c.close();
    }
    return exitCode(ops);
  }

  /** 0 when operations were measured, 1 when none were, 4 when a node failed ({@link #NODE_FAILED}). */
  private static int exitCode(long ops) {
    return ops == NODE_FAILED ? 4 : ops > 0 ? 0 : 1;
  }

  /** What {@link #measure} returns when a node failed: the bench stopped without a result. */
  static final long NODE_FAILED = -1;

  /**
   * Sleeps up to {@code millis} in steps of at most a second, checking {@code health} at each;
   * returns the failure seen (after printing it), or null.
   */
  private static String sleepWatching(long millis, NodeHealth health) throws InterruptedException {
    long end = System.nanoTime() + millis * 1_000_000;
    while (true) {
      String f = health.failure();
      if (f != null) {
        System.out.println();
        System.err.println("rast bench: " + f);
        System.err.println(
            "rast bench: stopped; no result (a bench of a failed cluster measures nothing)");
        return f;
      }
      long left = (end - System.nanoTime()) / 1_000_000;
      if (left <= 0) {
        return null;
      }
      Thread.sleep(Math.min(1000, left));
    }
  }

  /**
   * Warm-up, then the measured seconds with a progress line, then the table, the GC line and the
   * RESULT line; returns the ops measured, or {@link #NODE_FAILED} (no table, no RESULT) as soon
   * as {@code health} reports a failed node.
   */
  private long measure(
      Recorder recorder,
      AtomicBoolean measuring,
      AtomicLong done,
      AtomicLong errors,
      String mode,
      LeaderCounters counters,
      NodeHealth health,
      AllocScope scope)
      throws Exception {
    if (sleepWatching((long) (warmup * 1000), health) != null) {
      return NODE_FAILED;
    }
    recorder.reset();
    long[] c0 = counters.read();
    long d0 = done.get();
    GcPauses gc = new GcPauses();
    gc.start();
    int leader0 = scope.leader().getAsInt();
    long[][] state0 = stateBytes(scope);
    allocations.start();
    measuring.set(true);
    long t0 = System.nanoTime();
    Histogram total = new Histogram(3);
    Histogram interval = null;
    long end = t0 + (long) (duration * 1e9);
    long last = t0;
    long lastDone = d0;
    while (System.nanoTime() < end) {
      if (sleepWatching(Math.min(1000, Math.max(1, (end - System.nanoTime()) / 1_000_000)), health)
          != null) {
        measuring.set(false);
        gc.close();
        return NODE_FAILED;
      }
      interval = recorder.getIntervalHistogram(interval);
      total.add(interval);
      long now = System.nanoTime();
      long dn = done.get();
      System.out.printf(
          "\r  %5.1fs  %8.0f ops/s  p50 %6.2f ms  p99 %6.2f ms   ",
          (now - t0) / 1e9,
          (dn - lastDone) / ((now - last) / 1e9),
          interval.getValueAtPercentile(50) / 1000.0,
          interval.getValueAtPercentile(99) / 1000.0);
      last = now;
      lastDone = dn;
    }
    long elapsed = System.nanoTime() - t0;
    measuring.set(false);
    String leaderRole =
        leader0 > 0 && scope.leader().getAsInt() == leader0 ? "node " + leader0 + " loop" : null;
    Map<String, Long> allocated = allocations.stop(leaderRole);
    long[][] state = stateBytes(scope);
    gc.close();
    if (sleepWatching(0, health) != null) {
      return NODE_FAILED;
    }
    long[] c1 = counters.read();
    total.add(recorder.getIntervalHistogram());
    long ops = total.getTotalCount();
    double secs = elapsed / 1e9;
    double opsPerSec = ops / secs;
    System.out.println();
    System.out.println();
    System.out.printf(
        "| mode | outstanding | clients | value | reads | ops/s | p50 ms | p90 ms | p99 ms | p99.9 ms | max ms | errors |%n");
    System.out.printf("|---|---|---|---|---|---|---|---|---|---|---|---|%n");
    System.out.printf(
        Locale.ROOT,
        "| %s | %d | %d | %d B | %.0f%% | %.0f | %.2f | %.2f | %.2f | %.2f | %.2f | %d |%n",
        mode,
        outstanding,
        mode.equals("inproc") ? 0 : clients,
        valueSize,
        reads * 100,
        opsPerSec,
        total.getValueAtPercentile(50) / 1000.0,
        total.getValueAtPercentile(90) / 1000.0,
        total.getValueAtPercentile(99) / 1000.0,
        total.getValueAtPercentile(99.9) / 1000.0,
        total.getMaxValue() / 1000.0,
        errors.get());
    if (c0 != null && c1 != null && c1[0] > c0[0]) {
      long fsyncs = c1[0] - c0[0];
      System.out.printf(
          Locale.ROOT,
          "leader log: %.0f fsyncs/s, %.1f entries/fsync%n",
          fsyncs / secs,
          (double) (c1[1] - c0[1]) / fsyncs);
    } else {
      System.out.println("leader log: counters unavailable (leader changed during the run?)");
    }
    System.out.println(gc.summary());
    String stateLine = null;
    if (state != null) {
      for (int id = 1; id <= scope.nodes(); id++) {
        state[id][0] -= state0[id][0];
        state[id][1] -= state0[id][1];
        allocated.merge("node " + id + " loop", -(state[id][0] + state[id][1]), Long::sum);
      }
      stateLine = ThreadAllocations.stateLine(state, ops, reads > 0 ? "op" : "write");
    }
    System.out.println(ThreadAllocations.line(
        allocated,
        ops,
        leaderRole,
        scope.scope() + (state != null ? "; stored state counted apart, below" : ""),
        reads > 0 ? "op" : "write"));
    if (stateLine != null) {
      System.out.println(stateLine);
    }
    if (resultLine) {
      System.out.printf(
          Locale.ROOT,
          "RESULT impl=rast mode=%s c=%d ops_per_s=%.1f p50_ms=%.3f p99_ms=%.3f p999_ms=%.3f ops=%d%n",
          mode,
          outstanding,
          opsPerSec,
          total.getValueAtPercentile(50) / 1000.0,
          total.getValueAtPercentile(99) / 1000.0,
          total.getValueAtPercentile(99.9) / 1000.0,
          ops);
    }
    return ops;
  }

  /** The longest latency recorded as itself; longer ones are recorded as this (60 s, in µs). */
  private static final long MAX_LATENCY_MICROS = 60_000_000L;

  /**
   * A recorder of latencies in µs over a fixed range: an auto-resizing one allocated on the
   * recording thread (the client's, or the leader's loop with the in-process client) whenever a
   * latency beat the interval histogram's largest so far.
   */
  private static Recorder newRecorder() {
    return new Recorder(1, MAX_LATENCY_MICROS, 3);
  }

  /** Microseconds since {@code t0} (nanoTime), within the recorders' range. */
  private static long latencyMicros(long t0) {
    return Math.min(MAX_LATENCY_MICROS, Math.max(1, (System.nanoTime() - t0) / 1000));
  }

  /** Each in-JVM node's {KV map storage, log index growth} bytes so far (by id), or null. */
  private static long[][] stateBytes(AllocScope scope) {
    if (scope.state() == null) {
      return null;
    }
    long[][] s = new long[scope.nodes() + 1][];
    s[0] = new long[2];
    for (int id = 1; id <= scope.nodes(); id++) {
      s[id] = scope.state().apply(id);
    }
    return s;
  }

  /** Every key's bytes, encoded once: a request allocates nothing. */
  private byte[][] keyBytes() {
    byte[][] k = new byte[keys][];
    for (int i = 0; i < keys; i++) {
      k[i] = ("key" + i).getBytes(StandardCharsets.UTF_8);
    }
    return k;
  }

  /**
   * One request in flight on a {@link KvClient}, reused for every request of its slot ({@link
   * KvClient.Request} with a callback: no allocation per request).
   */
  private final class TcpSlot implements KvClient.Callback {
    private final KvClient client;
    private final SplittableRandom rnd;
    private final byte[][] keyBytes;
    private final byte[] value;
    private final AtomicBoolean running;
    private final AtomicBoolean measuring;
    private final Recorder recorder;
    private final AtomicLong errors;
    private final AtomicLong done;
    private final KvClient.Request request = new KvClient.Request();
    private long t0;

    TcpSlot(
        KvClient client,
        SplittableRandom rnd,
        byte[][] keyBytes,
        byte[] value,
        AtomicBoolean running,
        AtomicBoolean measuring,
        Recorder recorder,
        AtomicLong errors,
        AtomicLong done) {
      this.client = client;
      this.rnd = rnd;
      this.keyBytes = keyBytes;
      this.value = value;
      this.running = running;
      this.measuring = measuring;
      this.recorder = recorder;
      this.errors = errors;
      this.done = done;
    }

    void issue() {
      if (!running.get()) {
        return;
      }
      byte[] key = keyBytes[rnd.nextInt(keys)];
      if (rnd.nextDouble() < reads) {
        request.get(key);
      } else {
        request.put(key, value);
      }
      t0 = System.nanoTime();
      client.submit(request, this);
    }

    @Override
    public void done(KvClient.Request r, Status status, Exception failure) {
      if (failure != null) {
        errors.incrementAndGet();
      } else if (measuring.get()) {
        recorder.recordValue(latencyMicros(t0));
        done.incrementAndGet();
      } else {
        done.incrementAndGet();
      }
      issue();
    }
  }

  // ---- inproc: proposals handed straight to the leader Node ----

  private int runInproc(InProcessCluster cluster, LeaderCounters counters, AllocScope scope)
      throws Exception {
    System.out.printf(
        "bench: inproc, %d outstanding, %d-byte values, %d keys, %.0f s warm-up + %.0f s%n",
        outstanding, valueSize, keys, warmup, duration);
    InprocLoad load = new InprocLoad(cluster);
    ScheduledExecutorService retries = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "rast-bench-retry");
      t.setDaemon(true);
      return t;
    });
    load.retries = retries;
    for (int i = 0; i < outstanding; i++) {
      load.start(new InprocLoad.Slot(load, new SplittableRandom(i)));
    }
    long ops = measure(
        load.recorder,
        load.measuring,
        load.done,
        load.errors,
        "inproc",
        counters,
        cluster::failure,
        scope);
    load.running.set(false);
    Thread.sleep(200);
    retries.shutdownNow();
    return exitCode(ops);
  }

  /**
   * A closed loop of in-process writes: each of the outstanding slots proposes a put to the
   * leader and, from the completion callback (on the leader's event loop), records the latency and
   * proposes the next. One client session for all slots; acked-below follows the oldest write not
   * yet answered.
   */
  private final class InprocLoad {
    final InProcessCluster cluster;
    final Recorder recorder = newRecorder();
    final AtomicBoolean running = new AtomicBoolean(true);
    final AtomicBoolean measuring = new AtomicBoolean(false);
    final AtomicLong errors = new AtomicLong();
    final AtomicLong done = new AtomicLong();
    ScheduledExecutorService retries;
    private final long clientId = new SplittableRandom().nextLong(1, Long.MAX_VALUE);
    private final byte[] value;
    /** The keys' bytes, encoded once: a write allocates nothing. */
    private final byte[][] keyBytes;

    private final MessageBuilder builder = new MessageBuilder();
    private final KvRequest.Builder req = new KvRequest.Builder();
    private long nextSeq;
    /** The lowest sequence number not yet answered; answered ones above it are marked in {@link #answered}. */
    private long low = 1;

    private final boolean[] answered = new boolean[1 << 20];

    InprocLoad(InProcessCluster cluster) {
      this.cluster = cluster;
      this.value = new byte[valueSize];
      new SplittableRandom(1).nextBytes(value);
      this.keyBytes = keyBytes();
    }

    /**
     * One outstanding write at a time; reused for every write of its slot, request buffer included
     * ({@link Node.Proposal}: no allocation per write).
     */
    static final class Slot implements Node.Proposal {
      final InprocLoad load;
      final SplittableRandom rnd;
      long seq;
      ByteBuffer request = ByteBuffer.allocate(256).order(ByteOrder.LITTLE_ENDIAN);
      long t0;

      Slot(InprocLoad load, SplittableRandom rnd) {
        this.load = load;
        this.rnd = rnd;
      }

      @Override
      public void done(Status status) {
        load.completed(this, status);
      }

      @Override
      public ByteBuffer request() {
        return request;
      }
    }

    void start(Slot s) {
      if (prepare(s)) {
        send(s);
      }
    }

    /** Builds the next write of {@code s}; false once the load has stopped. */
    private boolean prepare(Slot s) {
      if (!running.get()) {
        return false;
      }
      synchronized (this) {
        s.seq = ++nextSeq;
        builder.clear();
        KvRequest.Builder r = builder.initRoot(KvRequest._Meta.SIZE, req);
        r.setId(s.seq)
            .setOp(Op.PUT)
            .setKey(keyBytes[s.rnd.nextInt(keys)])
            .setValue(value)
            .setClientId(clientId)
            .setSeq(s.seq)
            .setAckedBelow(low);
        int size = (int) Framing.serializedSize(builder);
        if (s.request.capacity() < size) {
          s.request = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
        }
        s.request.clear();
        Framing.write(builder, s.request);
        s.request.flip();
      }
      s.t0 = System.nanoTime();
      return true;
    }

    private void send(Slot s) {
      Node leader = cluster.leader();
      if (leader == null) {
        retries.schedule(() -> send(s), 10, TimeUnit.MILLISECONDS);
        return;
      }
      leader.propose(s);
    }

    /**
     * On the leader's loop: records the answer and builds the next request; what that allocates is
     * the client's, so it is moved from the loop's figure to the client's ({@link
     * ThreadAllocations#moveToClient}) while measuring.
     */
    void completed(Slot s, Status status) {
      boolean counting = measuring.get();
      long a0 = counting ? allocations.currentThreadBytes() : 0;
      boolean next = answer(s, status);
      if (counting) {
        allocations.moveToClient(allocations.currentThreadBytes() - a0);
      }
      if (next) {
        send(s);
      }
    }

    /** Records the answer to {@code s} and prepares its next write; false when it is retried instead or the load stopped. */
    private boolean answer(Slot s, Status status) {
      if (status == Status.NOT_LEADER) {
        errors.incrementAndGet(); // counted, then retried with the same sequence number (exactly
        // once)
        retries.schedule(() -> send(s), 5, TimeUnit.MILLISECONDS);
        return false;
      }
      if (status != Status.OK) {
        errors.incrementAndGet();
      } else {
        if (measuring.get()) {
          recorder.recordValue(latencyMicros(s.t0));
        }
        done.incrementAndGet();
      }
      synchronized (this) {
        answered[(int) (s.seq & (answered.length - 1))] = true;
        while (answered[(int) (low & (answered.length - 1))] && low < nextSeq + 1) {
          answered[(int) (low & (answered.length - 1))] = false;
          low++;
        }
      }
      return prepare(s);
    }
  }

  /** The first option value out of range, described for the user, or null when all are fine. */
  private String badOption() {
    if (outstanding < 1) {
      return "--outstanding must be at least 1, got " + outstanding;
    }
    if (clients < 1) {
      return "--clients must be at least 1, got " + clients;
    }
    if (valueSize < 0) {
      return "--value-size must not be negative, got " + valueSize;
    }
    if (reads < 0 || reads > 1) {
      return "--reads is a fraction from 0 to 1, got " + reads;
    }
    if (duration <= 0) {
      return "--duration must be positive, got " + duration;
    }
    if (warmup < 0) {
      return "--warmup must not be negative, got " + warmup;
    }
    if (keys < 1) {
      return "--keys must be at least 1, got " + keys;
    }
    return null;
  }
}
