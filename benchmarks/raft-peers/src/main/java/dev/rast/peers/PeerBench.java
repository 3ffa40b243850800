package dev.rast.peers;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * One closed-loop run against a 3-node cluster of SOFAJRaft or Ratis in this JVM; prints one
 * {@code RESULT impl=.. mode=.. c=.. ops_per_s=.. p50_ms=.. p99_ms=.. p999_ms=.. ops=..} line at the end.
 *
 * <p>Usage: {@code java -jar rast-raft-peers-bench.jar --impl sofajraft|ratis --mode rpc|inproc -c 64
 * [--seconds 10] [--warmup 3] [--payload 128] [--dir DIR] [--keep]}.
 */
public final class PeerBench {
  private PeerBench() {}

  /** Run options, parsed from the command line. */
  static final class Options {
    String impl;
    String mode = "rpc";
    int c = 64;
    double seconds = 10;
    double warmup = 3;
    int payload = 128;
    Path dir;
    boolean keep;
    boolean verbose;
    /** SOFAJRaft's Raft options: throughput (default) or defaults; see SofaJRaftCluster.raftOptions. */
    String profile = "throughput";
  }

  /** What one run measured. */
  record Result(
      String impl,
      String mode,
      int c,
      double opsPerSec,
      double p50Ms,
      double p99Ms,
      double p999Ms,
      long ops,
      long errors,
      long applied) {
    /** The one-line machine-readable form shared with {@code rast bench}. */
    String line() {
      return String.format(
          Locale.ROOT,
          "RESULT impl=%s mode=%s c=%d ops_per_s=%.1f p50_ms=%.3f p99_ms=%.3f p999_ms=%.3f ops=%d",
          impl,
          mode,
          c,
          opsPerSec,
          p50Ms,
          p99Ms,
          p999Ms,
          ops);
    }
  }

  /**
   * Runs one benchmark and exits.
   *
   * @param args see the class comment
   */
  public static void main(String[] args) throws Exception {
    if (System.getProperty("org.slf4j.simpleLogger.defaultLogLevel") == null) {
      // Both libraries log connection churn at WARN when nodes start and stop; keep the output to
      // the run.
      System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "error");
    }
    Options o;
    try {
      o = parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("peer-bench: " + e.getMessage());
      System.err.println(usage());
      System.exit(2);
      return;
    }
    if (o == null) {
      System.out.println(usage());
      return;
    }
    int rc = 1;
    try {
      Result r = run(o);
      rc = r.ops() > 0 ? 0 : 1;
    } catch (Exception e) {
      e.printStackTrace();
    }
    // Some client/server threads of both libraries are not daemons; do not wait for them.
    System.exit(rc);
  }

  static String usage() {
    return "usage: peer-bench --impl sofajraft|ratis --mode rpc|inproc [-c N] [--seconds S] [--warmup S]"
        + " [--payload BYTES] [--profile throughput|defaults] [--dir DIR] [--keep] [--verbose]\n"
        + "  Starts 3 nodes in this JVM (fsync on), keeps C commands in flight from one client for warm-up plus\n"
        + "  measured seconds, and prints a RESULT line. --verbose keeps the libraries' shutdown logging.\n"
        + "  --profile: the peer's batching settings, throughput (default; SOFAJRaft's RaftOptions and Ratis's server\n"
        + "             properties raised, see raft-peers/README.md) or the library defaults.";
  }

  static Options parse(String[] args) {
    Options o = new Options();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      switch (a) {
        case "-h", "--help" -> {
          return null;
        }
        case "--keep" -> o.keep = true;
        case "--verbose" -> o.verbose = true;
        default -> {
          if (i + 1 >= args.length) {
            throw new IllegalArgumentException("missing value after " + a);
          }
          String v = args[++i];
          switch (a) {
            case "--impl" -> o.impl = v;
            case "--mode" -> o.mode = v;
            case "-c", "--c" -> o.c = Integer.parseInt(v);
            case "--seconds", "--duration" -> o.seconds = Double.parseDouble(v);
            case "--warmup" -> o.warmup = Double.parseDouble(v);
            case "--payload" -> o.payload = Integer.parseInt(v);
            case "--profile" -> o.profile = v;
            case "--dir" -> o.dir = Path.of(v);
            default -> throw new IllegalArgumentException("unknown option " + a);
          }
        }
      }
    }
    if (o.impl == null || !(o.impl.equals("sofajraft") || o.impl.equals("ratis"))) {
      throw new IllegalArgumentException("--impl must be sofajraft or ratis");
    }
    if (!(o.profile.equals("throughput") || o.profile.equals("defaults"))) {
      throw new IllegalArgumentException("--profile must be throughput or defaults");
    }
    if (!(o.mode.equals("rpc") || o.mode.equals("inproc"))) {
      throw new IllegalArgumentException("--mode must be rpc or inproc");
    }
    if (o.c < 1 || o.seconds <= 0 || o.warmup < 0 || o.payload < 0) {
      throw new IllegalArgumentException("bad option values");
    }
    return o;
  }

  /**
   * Starts the cluster, drives it, prints the RESULT line, then stops the cluster (the libraries' shutdown
   * chatter on stderr is muted unless {@code --verbose}); the directory is deleted unless {@code --keep}.
   */
  static Result run(Options o) throws Exception {
    Path dir = o.dir != null
        ? Files.createDirectories(o.dir)
        : Files.createTempDirectory("peer-bench-" + o.impl + "-");
    Target t = null;
    boolean resultPrinted = false;
    try {
      t = o.impl.equals("sofajraft")
          ? SofaJRaftCluster.start(dir, o.mode, o.c, o.profile)
          : RatisCluster.start(dir, o.mode, o.c, o.profile);
      System.out.println("peer-bench: " + o.impl + " " + o.mode + ", " + t.describe());
      System.out.printf(
          Locale.ROOT,
          "peer-bench: c=%d, %d-byte commands, %.0f s warm-up + %.0f s, data in %s%n",
          o.c,
          o.payload,
          o.warmup,
          o.seconds,
          dir);
      Result r = drive(t, o);
      System.out.println(r.line());
      System.out.flush();
      resultPrinted = r.ops() > 0;
      return r;
    } finally {
      // Ratis's server close can wait for its gRPC proxies for a long time; the result is out by
      // then.
      Path doomed = o.keep ? null : dir;
      boolean printed = resultPrinted;
      Thread watchdog = new Thread(
          () -> {
            try {
              Thread.sleep(15_000);
              deleteTree(doomed);
              Runtime.getRuntime().halt(printed ? 0 : 1);
            } catch (InterruptedException e) {
              // closed in time
            }
          },
          "peer-bench-watchdog");
      watchdog.setDaemon(true);
      watchdog.start();
      PrintStream err = System.err;
      if (!o.verbose) {
        System.setErr(new PrintStream(OutputStream.nullOutputStream()));
      }
      try {
        if (t != null) {
          t.close();
        }
      } catch (Exception e) {
        err.println("peer-bench: close: " + e);
      } finally {
        System.setErr(err);
        watchdog.interrupt();
      }
      if (!o.keep) {
        deleteTree(dir);
      }
    }
  }

  /** Keeps {@code o.c} commands in flight for warm-up plus measured seconds; latencies in microseconds. */
  static Result drive(Target t, Options o) throws InterruptedException {
    byte[] payload = new byte[o.payload];
    new SplittableRandom(1).nextBytes(payload);
    Recorder recorder = new Recorder(3);
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicBoolean measuring = new AtomicBoolean(false);
    AtomicLong measured = new AtomicLong();
    AtomicLong errors = new AtomicLong();
    AtomicLong inFlight = new AtomicLong();
    ScheduledExecutorService retry = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread th = new Thread(r, "peer-bench-retry");
      th.setDaemon(true);
      return th;
    });
    Loop loop =
        new Loop(t, payload, recorder, running, measuring, measured, errors, inFlight, retry);
    for (int i = 0; i < o.c; i++) {
      loop.issue();
    }
    Thread.sleep((long) (o.warmup * 1000));
    recorder.reset();
    measuring.set(true);
    long t0 = System.nanoTime();
    long end = t0 + (long) (o.seconds * 1e9);
    Histogram total = new Histogram(3);
    Histogram interval = null;
    long last = t0;
    long lastOps = 0;
    while (System.nanoTime() < end) {
      Thread.sleep(Math.min(1000, Math.max(1, (end - System.nanoTime()) / 1_000_000)));
      interval = recorder.getIntervalHistogram(interval);
      total.add(interval);
      long now = System.nanoTime();
      long ops = measured.get();
      System.out.printf(
          Locale.ROOT,
          "  %5.1fs %9.0f ops/s  p50 %7.3f ms  p99 %7.3f ms%n",
          (now - t0) / 1e9,
          (ops - lastOps) / ((now - last) / 1e9),
          interval.getValueAtPercentile(50) / 1000.0,
          interval.getValueAtPercentile(99) / 1000.0);
      last = now;
      lastOps = ops;
    }
    measuring.set(false);
    long elapsed = System.nanoTime() - t0;
    long ops = measured.get();
    total.add(recorder.getIntervalHistogram());
    running.set(false);
    long drainEnd = System.nanoTime() + 10_000_000_000L;
    while (inFlight.get() > 0 && System.nanoTime() < drainEnd) {
      Thread.sleep(5);
    }
    retry.shutdownNow();
    long applied = t.applied();
    Result r = new Result(
        o.impl,
        o.mode,
        o.c,
        ops / (elapsed / 1e9),
        total.getValueAtPercentile(50) / 1000.0,
        total.getValueAtPercentile(99) / 1000.0,
        total.getValueAtPercentile(99.9) / 1000.0,
        ops,
        errors.get(),
        applied);
    System.out.printf(
        Locale.ROOT,
        "peer-bench: %d ops in %.2f s, max %.3f ms, %d errors, %d entries applied on the leader"
            + " (warm-up included)%n",
        ops,
        elapsed / 1e9,
        total.getMaxValue() / 1000.0,
        errors.get(),
        applied);
    return r;
  }

  /** The closed loop: each completion issues the next command. */
  private static final class Loop {
    private final Target t;
    private final byte[] payload;
    private final Recorder recorder;
    private final AtomicBoolean running;
    private final AtomicBoolean measuring;
    private final AtomicLong measured;
    private final AtomicLong errors;
    private final AtomicLong inFlight;
    private final ScheduledExecutorService retry;

    Loop(
        Target t,
        byte[] payload,
        Recorder recorder,
        AtomicBoolean running,
        AtomicBoolean measuring,
        AtomicLong measured,
        AtomicLong errors,
        AtomicLong inFlight,
        ScheduledExecutorService retry) {
      this.t = t;
      this.payload = payload;
      this.recorder = recorder;
      this.running = running;
      this.measuring = measuring;
      this.measured = measured;
      this.errors = errors;
      this.inFlight = inFlight;
      this.retry = retry;
    }

    void issue() {
      if (!running.get()) {
        return;
      }
      inFlight.incrementAndGet();
      long t0 = System.nanoTime();
      try {
        t.submit(payload, err -> complete(t0, err));
      } catch (RuntimeException e) {
        complete(t0, e);
      }
    }

    private void complete(long t0, Throwable err) {
      long now = System.nanoTime();
      inFlight.decrementAndGet();
      if (err != null) {
        if (errors.incrementAndGet() <= 5) {
          System.err.println("peer-bench: request failed: " + err);
        }
        // Back off a little so that a lost leader does not turn into a busy loop.
        retry.schedule(this::issue, 10, TimeUnit.MILLISECONDS);
        return;
      }
      if (measuring.get()) {
        recorder.recordValue(Math.max(1, (now - t0) / 1000));
        measured.incrementAndGet();
      }
      issue();
    }
  }

  static void deleteTree(Path dir) {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.deleteIfExists(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
          Files.deleteIfExists(d);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      System.err.println("peer-bench: could not delete " + dir + ": " + e);
    }
  }
}
