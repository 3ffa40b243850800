package dev.rast.raft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rast.raft.kv.KvClient;
import dev.rast.raft.msg.KvMsg.Status;
import dev.rast.raft.net.LoopbackPorts;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A real {@code rast node} process: how it ends (CLUSTER.md). */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class NodeProcessTest {
  @TempDir
  Path dir;

  /** Issue 11, item 12: SIGTERM stops the node cleanly (final sync) and the process exits 0, not 143. */
  @Test
  void sigtermStopsCleanlyWithExitZero() throws Exception {
    int peerPort = LoopbackPorts.next();
    int clientPort = LoopbackPorts.next();
    Path log = dir.resolve("node.log");
    Process p = new ProcessBuilder(
            ProcessHandle.current().info().command().orElse("java"),
            "-cp",
            System.getProperty("java.class.path"),
            Main.class.getName(),
            "node",
            "--id=1",
            "--peers=1=127.0.0.1:" + peerPort,
            "--client-port=" + clientPort,
            "--data-dir=" + dir.resolve("data"))
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
    try {
      try (KvClient c =
          new KvClient(Map.of(1, new InetSocketAddress("127.0.0.1", clientPort)), 20_000, 500)) {
        assertEquals(Status.OK, c.put("k", "v".getBytes(StandardCharsets.UTF_8)).status());
      }
      p.destroy(); // SIGTERM
      assertTrue(p.waitFor(20, TimeUnit.SECONDS), "the node did not stop within 20 s of SIGTERM");
      List<String> lines = Files.readAllLines(log);
      assertEquals(0, p.exitValue(), String.join("\n", lines));
      assertTrue(
          lines.stream().anyMatch(l -> l.equals("node 1 stopped")), String.join("\n", lines));
    } finally {
      p.destroyForcibly();
    }
  }
}
