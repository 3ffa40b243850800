package dev.rast.raft.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the nodes of a {@link LocalCluster} running for {@code rast cluster}: a node that dies is
 * reported (exit code, end of its log) and restarted after a backoff (1 s, doubling while it keeps
 * dying within 10 s of starting, up to 8 s). A node is given up when its exit code says a restart
 * cannot help (2 bad flags, 3 data dir unusable, 4 port busy, 70 corrupt log or failed state
 * machine) or after 5 deaths in a row within 10 s of starting; once more nodes are given up than a
 * majority can spare, the quorum is lost for good. Driven by {@link #poll} from one thread.
 */
final class NodeSupervisor {
  static final long FIRST_BACKOFF_MS = 1000;
  static final long MAX_BACKOFF_MS = 8000;
  static final long QUICK_DEATH_MS = 10_000;
  static final int MAX_QUICK_DEATHS = 5;

  private final LocalCluster cluster;
  private final PrintStream out;
  private final long[] startedAt;
  private final long[] restartAt;
  private final int[] quickDeaths;
  private final boolean[] givenUp;

  NodeSupervisor(LocalCluster cluster, PrintStream out) {
    this.cluster = cluster;
    this.out = out;
    int n = cluster.size() + 1;
    startedAt = new long[n];
    restartAt = new long[n];
    quickDeaths = new int[n];
    givenUp = new boolean[n];
    long now = System.nanoTime();
    java.util.Arrays.fill(startedAt, now);
  }

  /** Whether an exit code means a restart cannot help (the node's log says why). */
  static boolean permanent(int exitCode) {
    return exitCode == 2 || exitCode == 3 || exitCode == 4 || exitCode == 70;
  }

  /** How an exit code reads in a report: {@code exit code 137 (killed by signal 9)}. */
  static String describe(int exitCode) {
    return "exit code " + exitCode
        + (exitCode > 128 && exitCode < 160 ? " (killed by signal " + (exitCode - 128) + ")" : "");
  }

  /**
   * One round at time {@code now} (nanoTime): reports deaths, schedules and performs restarts.
   *
   * @return null while the cluster can go on, else why it cannot (the quorum is lost for good)
   */
  String poll(long now) throws IOException {
    if (cluster.closing()) {
      return null;
    }
    for (int id = 1; id <= cluster.size(); id++) {
      if (givenUp[id]) {
        continue;
      }
      if (restartAt[id] != 0) {
        if (now - restartAt[id] >= 0) {
          restartAt[id] = 0;
          startedAt[id] = now;
          cluster.start(id);
          out.println("node " + id + " restarted (restarts: " + cluster.restarts(id) + ")");
        }
        continue;
      }
      if (!cluster.alive(id) && !cluster.closing()) {
        died(id, now);
      }
    }
    return quorumLost();
  }

  private void died(int id, long now) {
    int code = cluster.exitCode(id);
    long livedMs = TimeUnit.NANOSECONDS.toMillis(now - startedAt[id]);
    out.println("node " + id + " died: " + describe(code) + " after " + livedMs / 1000
        + " s; its log ends:");
    out.println(indent(cluster.logTail(id, 5)));
    if (permanent(code)) {
      givenUp[id] = true;
      out.println("node " + id + " is not restarted: " + describe(code)
          + " means a restart cannot help (see its log)");
      return;
    }
    quickDeaths[id] = livedMs < QUICK_DEATH_MS ? quickDeaths[id] + 1 : 1;
    if (quickDeaths[id] >= MAX_QUICK_DEATHS) {
      givenUp[id] = true;
      out.println("node " + id + " is not restarted: it died " + quickDeaths[id]
          + " times in a row within " + QUICK_DEATH_MS / 1000 + " s of starting");
      return;
    }
    long backoff = Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS << (quickDeaths[id] - 1));
    restartAt[id] = now + TimeUnit.MILLISECONDS.toNanos(backoff);
    if (restartAt[id] == 0) {
      restartAt[id] = 1;
    }
    out.println("restarting node " + id + " in " + backoff + " ms");
  }

  private String quorumLost() {
    List<Integer> lost = new ArrayList<>();
    for (int id = 1; id <= cluster.size(); id++) {
      if (givenUp[id]) {
        lost.add(id);
      }
    }
    int majority = cluster.size() / 2 + 1;
    if (cluster.size() - lost.size() >= majority) {
      return null;
    }
    return "the quorum is lost for good: nodes " + lost + " cannot be restarted and a majority of "
        + cluster.size() + " is " + majority;
  }

  private static String indent(String text) {
    return "  | " + text.replace("\n", "\n  | ");
  }
}
