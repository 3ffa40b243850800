package dev.rast.raft.cli;

import dev.rast.raft.kv.KvClient;
import dev.rast.raft.msg.KvMsg.Op;
import dev.rast.raft.node.Peers;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rast bench}: closed-loop load with a fixed number of outstanding requests. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Closed-loop benchmark: keeps --outstanding requests in flight over --clients connections and",
        "reports throughput and HdrHistogram latency percentiles. Without --cluster it starts a local 3-node cluster."})
final class BenchCommand implements Callable<Integer> {
  @Option(names = "--cluster", description = "Client addresses of an existing cluster (id=host:port,...). Default: start a local one.")
  String cluster;

  @Option(names = "--clients", defaultValue = "4", description = "Client connections. Default: ${DEFAULT-VALUE}.")
  int clients;

  @Option(names = {"--outstanding", "-c"}, defaultValue = "64", description = "Requests in flight in total. Default: ${DEFAULT-VALUE}.")
  int outstanding;

  @Option(names = "--value-size", defaultValue = "128", description = "Bytes per value. Default: ${DEFAULT-VALUE}.")
  int valueSize;

  @Option(names = "--reads", defaultValue = "0", description = "Fraction of reads, 0..1. Default: ${DEFAULT-VALUE}.")
  double reads;

  @Option(names = "--keys", defaultValue = "10000", description = "Key space. Default: ${DEFAULT-VALUE}.")
  int keys;

  @Option(names = "--duration", defaultValue = "10", description = "Measured seconds. Default: ${DEFAULT-VALUE}.")
  double duration;

  @Option(names = "--warmup", defaultValue = "3", description = "Unmeasured seconds first. Default: ${DEFAULT-VALUE}.")
  double warmup;

  @Option(names = "--no-fsync", description = "Local cluster without fsync (unsafe).")
  boolean noFsync;

  @Override
  public Integer call() throws Exception {
    if (outstanding < 1 || clients < 1 || valueSize < 0 || reads < 0 || reads > 1 || duration <= 0 || warmup < 0 || keys < 1) {
      System.err.println("rast bench: bad option values");
      return 2;
    }
    clients = Math.min(clients, outstanding);
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
        System.out.println("local 3-node cluster (fsync " + (noFsync ? "off" : "on") + ") at " + Peers.format(nodes));
      } else {
        nodes = Peers.parse(cluster);
      }
      return run(nodes);
    } finally {
      if (local != null) {
        local.close();
        DemoCommand.deleteTree(dir);
      }
    }
  }

  private int run(Map<Integer, InetSocketAddress> nodes) throws Exception {
    Recorder recorder = new Recorder(3);
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicBoolean measuring = new AtomicBoolean(false);
    AtomicLong errors = new AtomicLong();
    AtomicLong done = new AtomicLong();
    byte[] value = new byte[valueSize];
    new SplittableRandom(1).nextBytes(value);
    List<KvClient> cs = new ArrayList<>();
    System.out.printf("bench: %d clients, %d outstanding, %d-byte values, %.0f%% reads, %d keys, %.0f s warm-up + %.0f s%n",
        clients, outstanding, valueSize, reads * 100, keys, warmup, duration);
    for (int i = 0; i < clients; i++) {
      KvClient c = new KvClient(nodes, 10_000, 1000);
      cs.add(c);
      int window = outstanding / clients + (i < outstanding % clients ? 1 : 0);
      SplittableRandom rnd = new SplittableRandom(i);
      for (int w = 0; w < window; w++) {
        issue(c, rnd.split(), value, running, measuring, recorder, errors, done);
      }
    }
    Thread.sleep((long) (warmup * 1000));
    recorder.reset();
    long d0 = done.get();
    measuring.set(true);
    long t0 = System.nanoTime();
    Histogram total = new Histogram(3);
    Histogram interval = null;
    long end = t0 + (long) (duration * 1e9);
    long last = t0;
    long lastDone = d0;
    while (System.nanoTime() < end) {
      Thread.sleep(Math.min(1000, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
      interval = recorder.getIntervalHistogram(interval);
      total.add(interval);
      long now = System.nanoTime();
      long dn = done.get();
      System.out.printf("\r  %5.1fs  %8.0f ops/s  p50 %6.2f ms  p99 %6.2f ms   ", (now - t0) / 1e9, (dn - lastDone) / ((now - last) / 1e9),
          interval.getValueAtPercentile(50) / 1000.0, interval.getValueAtPercentile(99) / 1000.0);
      last = now;
      lastDone = dn;
    }
    long elapsed = System.nanoTime() - t0;
    measuring.set(false);
    running.set(false);
    total.add(recorder.getIntervalHistogram());
    long ops = total.getTotalCount();
    System.out.println();
    System.out.println();
    System.out.printf("| outstanding | clients | value | reads | ops/s | p50 ms | p90 ms | p99 ms | p99.9 ms | max ms | errors |%n");
    System.out.printf("|---|---|---|---|---|---|---|---|---|---|---|%n");
    System.out.printf("| %d | %d | %d B | %.0f%% | %.0f | %.2f | %.2f | %.2f | %.2f | %.2f | %d |%n", outstanding, clients, valueSize,
        reads * 100, ops / (elapsed / 1e9), total.getValueAtPercentile(50) / 1000.0, total.getValueAtPercentile(90) / 1000.0,
        total.getValueAtPercentile(99) / 1000.0, total.getValueAtPercentile(99.9) / 1000.0, total.getMaxValue() / 1000.0,
        errors.get());
    Thread.sleep(200);
    for (KvClient c : cs) {
      c.close();
    }
    return ops > 0 ? 0 : 1;
  }

  private void issue(KvClient c, SplittableRandom rnd, byte[] value, AtomicBoolean running, AtomicBoolean measuring,
      Recorder recorder, AtomicLong errors, AtomicLong done) {
    if (!running.get()) {
      return;
    }
    String key = "key" + rnd.nextInt(keys);
    boolean read = rnd.nextDouble() < reads;
    long t0 = System.nanoTime();
    c.submit(read ? Op.GET : Op.PUT, key.getBytes(StandardCharsets.UTF_8), read ? null : value, null, false)
        .whenComplete((r, e) -> {
          if (e != null) {
            errors.incrementAndGet();
          } else if (measuring.get()) {
            recorder.recordValue(Math.max(1, (System.nanoTime() - t0) / 1000));
            done.incrementAndGet();
          } else {
            done.incrementAndGet();
          }
          issue(c, rnd, value, running, measuring, recorder, errors, done);
        });
  }
}
