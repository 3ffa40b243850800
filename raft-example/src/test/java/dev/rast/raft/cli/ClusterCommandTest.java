package dev.rast.raft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second {@code rast cluster} on ports already taken names the busy port and exits 4 (CLUSTER.md)
 * before it starts a node or creates a file: no leader line of the other cluster, no lock file, no
 * preallocated log.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ClusterCommandTest {
  @TempDir
  Path dir;

  @Test
  void aBusyClientPortIsNamedAndNothingIsLeftBehind() throws Exception {
    try (ServerSocket taken = new ServerSocket()) {
      taken.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 1);
      int port = taken.getLocalPort();
      Path data = dir.resolve("cluster");
      // Peers on free ports (0), clients where node 2's port is the taken one.
      CliRun r = CliRun.of(
          "cluster",
          "--peer-base",
          "0",
          "--client-base",
          Integer.toString(port - 2),
          "--data-dir",
          data.toString());
      assertEquals(4, r.code(), r.toString());
      assertTrue(
          r.err().contains("rast cluster: port " + port + " (node 2's client port) is busy"),
          r.toString());
      assertEquals("", r.out(), r.toString());
      assertFalse(Files.exists(data), "created " + data);
    }
  }

  @Test
  void aBusyPeerPortIsNamedToo() throws Exception {
    try (ServerSocket taken = new ServerSocket()) {
      taken.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 1);
      int port = taken.getLocalPort();
      CliRun r = CliRun.of(
          "cluster",
          "--nodes",
          "1",
          "--peer-base",
          Integer.toString(port - 1),
          "--client-base",
          "0",
          "--data-dir",
          dir.resolve("c").toString());
      assertEquals(4, r.code(), r.toString());
      assertTrue(r.err().contains("port " + port + " (node 1's peer port) is busy"), r.toString());
    }
  }

  @Test
  void nodeJavaOptsThatAreNotOptionsAreAUsageError() throws Exception {
    Path data = dir.resolve("bad-opts");
    CliRun r = CliRun.of(
        "cluster",
        "--peer-base",
        "0",
        "--client-base",
        "0",
        "--node-java-opts",
        "-Xmx512m Xlog:gc",
        "--data-dir",
        data.toString());
    assertEquals(2, r.code(), r.toString());
    assertTrue(
        r.err().contains("--node-java-opts takes JVM options that start with '-', not 'Xlog:gc'"),
        r.toString());
    assertFalse(Files.exists(data), "created " + data);
  }

  /** {@code --node-java-opts} reaches each node's JVM, with {id} replaced (a GC log per node). */
  @Test
  void nodeJvmOptionsNameTheNode() throws Exception {
    try (LocalCluster c = new LocalCluster(
        2, dir.resolve("c"), false, 0, 0, java.util.List.of("-Xmx200m", "-Drast.test.node={id}"))) {
      c.startAll();
      for (int id = 1; id <= 2; id++) {
        String[] args =
            ProcessHandle.of(c.pid(id)).orElseThrow().info().arguments().orElseThrow();
        java.util.List<String> list = java.util.Arrays.asList(args);
        assertTrue(list.contains("-Xmx200m"), list.toString());
        assertTrue(list.contains("-Drast.test.node=" + id), list.toString());
      }
    }
  }
}
