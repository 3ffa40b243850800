package dev.rast.raft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.rast.raft.kv.KvClient;
import dev.rast.raft.msg.KvMsg.Status;
import dev.rast.raft.node.Peers;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code rast cluster} as a real process with 3 node processes: kill -9 of a follower, then of the
 * leader, is reported, the others keep serving, and the dead node comes back (restarts counted in
 * the status); the cluster itself keeps running until it is told to stop.
 */
class ClusterSupervisionIT {
  private static final Pattern CLIENTS = Pattern.compile("clients: --cluster (\\S+)");

  private final StringBuffer output = new StringBuffer();

  @Test
  @Timeout(value = 150, unit = TimeUnit.SECONDS)
  void aKilledNodeIsReportedAndRestartedWhileTheOthersServe() throws Exception {
    Path dir = Files.createTempDirectory("rast-supervision-it-");
    Process cluster = new ProcessBuilder(
            ProcessHandle.current().info().command().orElse("java"),
            "-cp",
            System.getProperty("java.class.path"),
            Main.class.getName(),
            "cluster",
            "--peer-base",
            "0",
            "--client-base",
            "0",
            "--no-fsync",
            "--data-dir",
            dir.resolve("data").toString())
        .redirectErrorStream(true)
        .start();
    Thread pump = new Thread(() -> pump(cluster), "cluster-output");
    pump.setDaemon(true);
    pump.start();
    try {
      awaitOutput("Ctrl-C stops the cluster", 60);
      Matcher m = CLIENTS.matcher(output);
      assertTrue(m.find(), output.toString());
      Map<Integer, InetSocketAddress> nodes = Peers.parse(m.group(1));
      try (KvClient client = new KvClient(nodes, 15_000, 1000)) {
        assertEquals(Status.OK, client.put("before", ClientCommands.utf8("1")).status());

        int follower = leader(nodes) % 3 + 1;
        long followerPid = pid(nodes.get(follower));
        ProcessHandle.of(followerPid).orElseThrow().destroyForcibly();
        awaitOutput("node " + follower + " died: exit code 137 (killed by signal 9)", 10);
        assertEquals(
            Status.OK,
            client.put("follower-down", ClientCommands.utf8("2")).status(),
            output::toString);
        awaitOutput("node " + follower + " restarted (restarts: 1)", 20);
        awaitRestarts(nodes.get(follower), 1);

        int leader = leader(nodes);
        ProcessHandle.of(pid(nodes.get(leader))).orElseThrow().destroyForcibly();
        awaitOutput("node " + leader + " died: exit code 137 (killed by signal 9)", 10);
        assertEquals(
            Status.OK,
            client.put("leader-down", ClientCommands.utf8("3")).status(),
            output::toString);
        awaitOutput("node " + leader + " restarted (restarts: 1)", 20);
        awaitRestarts(nodes.get(leader), 1);

        for (String key : List.of("before", "follower-down", "leader-down")) {
          assertEquals(Status.OK, client.get(key).status(), key);
        }
        assertTrue(cluster.isAlive(), "rast cluster ended:\n" + output);
      }
    } finally {
      List<Long> pids = new ArrayList<>();
      cluster.descendants().forEach(p -> pids.add(p.pid()));
      cluster.destroy(); // SIGTERM, as Ctrl-C: the cluster stops its nodes
      if (!cluster.waitFor(30, TimeUnit.SECONDS)) {
        cluster.destroyForcibly();
        fail("rast cluster did not stop on SIGTERM:\n" + output);
      }
      for (long pid : pids) {
        ProcessHandle.of(pid).ifPresent(p -> {
          p.destroyForcibly();
          fail("node process " + pid + " outlived the cluster");
        });
      }
      System.out.println(output);
      DemoCommand.deleteTree(dir);
    }
  }

  private void pump(Process p) {
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line; (line = r.readLine()) != null; ) {
        output.append(line).append('\n');
      }
    } catch (IOException e) {
      output.append("(output lost: ").append(e).append(")\n");
    }
  }

  private void awaitOutput(String text, int seconds) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    while (output.indexOf(text) < 0) {
      if (System.nanoTime() - end > 0) {
        fail("no '" + text + "' within " + seconds + " s:\n" + output);
      }
      Thread.sleep(50);
    }
  }

  private static int leader(Map<Integer, InetSocketAddress> nodes) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() - end < 0) {
      for (Map.Entry<Integer, InetSocketAddress> e : nodes.entrySet()) {
        String s = status(e.getValue());
        if (s != null && s.contains("\"role\":\"LEADER\"")) {
          return e.getKey();
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no leader");
  }

  private static long pid(InetSocketAddress node) {
    return Long.parseLong(field(status(node), "pid"));
  }

  private static void awaitRestarts(InetSocketAddress node, int restarts)
      throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    String s = null;
    while (System.nanoTime() - end < 0) {
      s = status(node);
      if (s != null && field(s, "restarts").equals(Integer.toString(restarts))) {
        return;
      }
      Thread.sleep(100);
    }
    fail(node + " does not report restarts " + restarts + ": " + s);
  }

  private static String status(InetSocketAddress node) {
    try {
      return KvClient.status(node, 1000);
    } catch (IOException e) {
      return null;
    }
  }

  private static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
    if (!m.find()) {
      throw new AssertionError(name + " missing in " + json);
    }
    return m.group(1);
  }
}
