package dev.rast.raft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rast.raft.node.Peers;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code rast get|put|cput|delete} against 3 nodes in this JVM: stdout carries only the answer, so
 * a missing key (exit 1) cannot be mistaken for a stored value.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ClientCommandsTest {
  @TempDir
  static Path dir;

  static InProcessCluster cluster;
  static String addresses;

  @BeforeAll
  static void start() throws Exception {
    cluster = new InProcessCluster(3, dir, false);
    assertNotNull(cluster.awaitLeader(20_000), "no leader");
    addresses = Peers.format(cluster.clientAddresses());
  }

  @AfterAll
  static void stop() throws Exception {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void aMissingKeyIsReportedOnStderrAndExits1() {
    CliRun r = CliRun.of("get", "--cluster", addresses, "no-such-key");
    assertEquals(1, r.code(), r.toString());
    assertEquals("", r.out(), r.toString());
    assertEquals("rast get: key 'no-such-key' not found\n", r.err(), r.toString());
  }

  @Test
  void aStoredValueThatReadsLikeTheMessageStillGoesToStdout() {
    assertEquals(0, CliRun.of("put", "--cluster", addresses, "k", "(not found)").code());
    CliRun r = CliRun.of("get", "--cluster", addresses, "k");
    assertEquals(0, r.code(), r.toString());
    assertEquals("(not found)\n", r.out(), r.toString());
    assertEquals("", r.err(), r.toString());
  }

  @Test
  void cputWritesOnlyOverTheExpectedValue() {
    assertEquals(
        0, CliRun.of("cput", "--cluster", addresses, "--absent", "c", "one").code());
    CliRun failed = CliRun.of("cput", "--cluster", addresses, "c", "two", "three");
    assertEquals(1, failed.code(), failed.toString());
    assertEquals("", failed.out(), failed.toString());
    assertTrue(
        failed
            .err()
            .contains("rast cput: compare failed: key 'c' does not hold the expected value"),
        failed.toString());
    CliRun ok = CliRun.of("cput", "--cluster", addresses, "c", "one", "two");
    assertEquals(0, ok.code(), ok.toString());
    assertEquals("OK\n", ok.out(), ok.toString());
    assertEquals("two\n", CliRun.of("get", "--cluster", addresses, "c").out());
  }

  @Test
  void deletingAMissingKeyExits1() {
    CliRun r = CliRun.of("delete", "--cluster", addresses, "never-written");
    assertEquals(1, r.code(), r.toString());
    assertEquals("", r.out(), r.toString());
    assertTrue(r.err().contains("rast delete: key 'never-written' not found"), r.toString());
  }
}
