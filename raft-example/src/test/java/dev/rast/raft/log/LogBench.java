package dev.rast.raft.log;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Locale;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.Stream;

/**
 * A quick throughput measurement of the log (no JMH): appends/s, fsyncs/s and entries per fsync
 * with group commit, for records of 128-byte payloads. One thread plays the node (append one
 * record, flush, request a sync — the worst case of one entry per Ready), a {@link Syncer} runs
 * the fsyncs. {@code window} bounds the records appended but not yet durable, as a number of
 * concurrent clients would; "sync-each" syncs inline after every append (no group commit).
 *
 * <p>Run: {@code java -cp ... dev.rast.raft.log.LogBench [seconds-per-case] [rounds] [dir]} (see
 * raft-example/LOG.md); {@code LogBenchTest} runs a short version and prints it.
 */
public final class LogBench {
  static final int PAYLOAD = 128;

  /** One measured case. */
  record Result(String name, long appends, long fsyncs, double seconds, int recordBytes) {
    String row() {
      return String.format(
          Locale.ROOT,
          "%-30s %12.0f %10.0f %14.1f %8.1f",
          name,
          appends / seconds,
          fsyncs / seconds,
          fsyncs == 0 ? 0.0 : (double) appends / fsyncs,
          appends * (double) recordBytes / seconds / (1 << 20));
    }
  }

  static final String HEADER = String.format(
      Locale.ROOT,
      "%-30s %12s %10s %14s %8s",
      "case",
      "appends/s",
      "fsyncs/s",
      "entries/fsync",
      "MiB/s");

  /** Args: seconds per case (3), rounds (3), directory (a new temporary one). Prints every round, then the medians. */
  public static void main(String[] args) throws Exception {
    double seconds = args.length > 0 ? Double.parseDouble(args[0]) : 3;
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
    Path base = args.length > 2 ? Path.of(args[2]) : Files.createTempDirectory("rast-log-bench");
    System.out.println("record: " + TestLogs.record(1, 1, PAYLOAD).length + " bytes (" + PAYLOAD
        + "-byte payload)");
    Result[][] all = new Result[rounds][];
    for (int round = 0; round < rounds; round++) {
      System.out.println("round " + (round + 1));
      System.out.println(HEADER);
      all[round] = runAll(base, seconds);
      for (Result r : all[round]) {
        System.out.println(r.row());
      }
    }
    System.out.println("median of " + rounds + " rounds (by appends/s)");
    System.out.println(HEADER);
    for (int c = 0; c < all[0].length; c++) {
      Result[] runs = new Result[rounds];
      for (int round = 0; round < rounds; round++) {
        runs[round] = all[round][c];
      }
      java.util.Arrays.sort(runs, Comparator.comparingDouble(r -> r.appends() / r.seconds()));
      System.out.println(runs[rounds / 2].row());
    }
  }

  static Result[] runAll(Path base, double seconds) throws Exception {
    return new Result[] {
      syncEach(base.resolve("sync-each"), seconds),
      group(base.resolve("w1"), "group, window 1", 1, seconds, false, LogOptions.DEFAULT),
      group(base.resolve("w64"), "group, window 64", 64, seconds, false, LogOptions.DEFAULT),
      group(base.resolve("w1024"), "group, window 1024", 1024, seconds, false, LogOptions.DEFAULT),
      group(
          base.resolve("wmax"),
          "group, unbounded",
          Integer.MAX_VALUE,
          seconds,
          false,
          LogOptions.DEFAULT),
      group(
          base.resolve("w64-noprealloc"),
          "group, window 64, no prealloc",
          64,
          seconds,
          false,
          LogOptions.DEFAULT.withPreallocateBytes(0)),
      group(
          base.resolve("w64-hs"),
          "group, window 64, +commit HS",
          64,
          seconds,
          true,
          LogOptions.DEFAULT.withSyncCommitOnly(true)),
      group(
          base.resolve("w64-hs-lazy"),
          "group, window 64, +commit lazy",
          64,
          seconds,
          true,
          LogOptions.DEFAULT.withSyncCommitOnly(false)),
    };
  }

  /** Records 1..n, pre-encoded in one buffer (the log copies them, like an AppendEntries run). */
  private static final class Source {
    final ByteBuffer run;
    final int recordBytes;
    final int count;

    Source(int count) {
      byte[] one = TestLogs.record(1, 1, PAYLOAD);
      this.recordBytes = one.length;
      this.count = count;
      // The same record bytes at every index: the log does not decode them, so the index inside
      // does not matter for the measurement (recovery would refuse such a log; the bench never
      // reopens).
      run = ByteBuffer.allocateDirect(one.length * 1024).order(ByteOrder.LITTLE_ENDIAN);
      for (int i = 0; i < 1024; i++) {
        run.put(one);
      }
    }

    int offset(long index) {
      return (int) (index & 1023) * recordBytes;
    }
  }

  static Result syncEach(Path dir, double seconds) throws IOException {
    Source src = new Source(0);
    try (SegmentedLog log = SegmentedLog.open(dir, LogOptions.DEFAULT)) {
      long fsyncs0 = log.fsyncs();
      long start = System.nanoTime();
      long end = start + (long) (seconds * 1e9);
      long i = 0;
      while (System.nanoTime() < end) {
        i++;
        log.append(i, 1, src.run, src.offset(i), src.recordBytes);
        log.sync();
      }
      double s = (System.nanoTime() - start) / 1e9;
      return new Result("sync each append", i, log.fsyncs() - fsyncs0, s, src.recordBytes);
    } finally {
      delete(dir);
    }
  }

  static Result group(
      Path dir, String name, int window, double seconds, boolean hardState, LogOptions options)
      throws Exception {
    Source src = new Source(0);
    Thread producer = Thread.currentThread();
    long[] durable = new long[1];
    Object lock = new Object();
    try (SegmentedLog log = SegmentedLog.open(dir, options)) {
      Syncer syncer = new Syncer(log, new Syncer.Listener() {
        @Override
        public void durable(long seq, long index, long term) {
          synchronized (lock) {
            durable[0] = index;
          }
          LockSupport.unpark(producer);
        }

        @Override
        public void failed(IOException e) {
          e.printStackTrace();
        }
      });
      syncer.start();
      long fsyncs0 = log.fsyncs();
      long start = System.nanoTime();
      long end = start + (long) (seconds * 1e9);
      long i = 0;
      while (System.nanoTime() < end) {
        long d;
        synchronized (lock) {
          d = durable[0];
        }
        if (i - d >= window) {
          LockSupport.parkNanos(100_000);
          continue;
        }
        i++;
        log.append(i, 1, src.run, src.offset(i), src.recordBytes);
        if (hardState) {
          log.setHardState(1, 1, Math.max(0, d)); // a leader's commit index moves on every Ready
        }
        log.flush();
        syncer.request();
      }
      long seq = log.flush();
      syncer.request();
      while (syncer.reportedSeq() < seq) {
        LockSupport.parkNanos(100_000);
      }
      double s = (System.nanoTime() - start) / 1e9;
      syncer.close();
      return new Result(name, i, log.fsyncs() - fsyncs0, s, src.recordBytes);
    } finally {
      delete(dir);
    }
  }

  private static void delete(Path dir) throws IOException {
    if (Files.exists(dir)) {
      try (Stream<Path> files = Files.walk(dir)) {
        for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
          Files.delete(p);
        }
      }
    }
  }
}
