package dev.rast.raft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import picocli.CommandLine;

/**
 * An honest bench: when a node of the cluster it started dies, {@code rast bench} stops at once,
 * names the node and its exit, prints no RESULT line and exits 4; a healthy run prints the bench
 * JVM's GC pauses and the RESULT line.
 */
class BenchIT {
  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void aNodeKilledMidRunStopsTheBenchWithoutAResult() throws Exception {
    Thread killer = new Thread(() -> {
      try {
        // Wait for the three node JVMs, let the measured seconds begin, then kill one from outside.
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        List<ProcessHandle> nodes = List.of();
        while (nodes.size() < 3 && System.nanoTime() < deadline) {
          Thread.sleep(200);
          nodes = ProcessHandle.current().children().toList();
        }
        Thread.sleep(6_000);
        nodes.get(nodes.size() - 1).destroyForcibly();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
    killer.setDaemon(true);
    Run r = run(killer, "bench", "--no-fsync", "-c", "8", "--warmup", "1", "--duration", "60");
    assertEquals(4, r.code, r.out + r.err);
    assertTrue(
        r.err.matches("(?s).*rast bench: node \\d \\(pid \\d+\\) exited with code \\d+.*"), r.err);
    assertTrue(r.err.contains("stopped; no result"), r.err);
    assertFalse(r.out.contains("RESULT"), r.out);
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void aHealthyRunPrintsGcPausesAndTheResult() throws Exception {
    Run r = run(
        null, "bench", "--in-process", "--no-fsync", "-c", "8", "--warmup", "1", "--duration", "2");
    assertEquals(0, r.code, r.out + r.err);
    assertTrue(
        r.out.matches("(?s).*bench JVM GC: \\d+ pauses, total \\d+ ms, max \\d+ ms \\(.*"), r.out);
    assertTrue(r.out.contains("RESULT impl=rast mode=tcp c=8"), r.out);
    assertAllocationLine(r.out);
  }

  /**
   * The allocation line names each node's loop and sync thread and the client, marks the leader,
   * and gives plausible figures (no role allocates more than 1 MB per write; a 2 s run includes
   * JIT warm-up, so no exact figure), and the loops' stored state is on the line after it.
   */
  private static void assertAllocationLine(String out) {
    Matcher line = Pattern.compile(
            "alloc per write \\(this JVM: all 3 nodes and the client; stored state counted apart,"
                + " below\\): (.*)")
        .matcher(out);
    assertTrue(line.find(), out);
    Map<String, Double> perWrite = new HashMap<>();
    Matcher role = Pattern.compile("([a-z0-9 ]+?) (\\d+(?:\\.\\d)?) B( \\(leader\\))?(, |$)")
        .matcher(line.group(1));
    String leader = null;
    while (role.find()) {
      perWrite.put(role.group(1), Double.parseDouble(role.group(2)));
      if (role.group(3) != null) {
        leader = role.group(1);
      }
    }
    for (String r : List.of("node 1 loop", "node 2 loop", "node 3 loop", "node 1 sync", "client")) {
      assertTrue(perWrite.containsKey(r), r + " missing in: " + line.group());
    }
    assertTrue(leader != null && leader.endsWith(" loop"), line.group());
    // The loops' stored state (KV map, log index growth) is on its own line, node by node.
    assertTrue(
        out.matches(
            "(?s).*stored state per write \\(allocated by the loops, counted apart above\\):"
                + " node 1 KV map storage \\d+ B \\+ log index growth \\d+ B, node 2 .*"),
        out);
    for (Map.Entry<String, Double> e : perWrite.entrySet()) {
      assertTrue(e.getValue() < 1_000_000, e + " in: " + line.group());
    }
  }

  private record Run(int code, String out, String err) {}

  private static Run run(Thread alongside, String... args) throws InterruptedException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream savedOut = System.out;
    PrintStream savedErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    int code;
    try {
      if (alongside != null) {
        alongside.start();
      }
      code = new CommandLine(new Main()).execute(args);
    } finally {
      System.setOut(savedOut);
      System.setErr(savedErr);
    }
    if (alongside != null) {
      alongside.interrupt();
      alongside.join(5_000);
    }
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}
