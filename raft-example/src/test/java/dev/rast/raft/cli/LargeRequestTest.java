package dev.rast.raft.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rast.raft.kv.KvClient;
import dev.rast.raft.kv.RequestTooLargeException;
import dev.rast.raft.msg.KvMsg.Status;
import dev.rast.raft.node.Peers;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Issue 11 item 8: a value larger than the per-peer queue (8 MiB) used to be dropped on every
 * send, silently, and every later write timed out. Now an empty queue admits one larger message,
 * a request above the node's maximum request size gets a clear error, and writes go on.
 */
class LargeRequestTest {
  @TempDir
  Path dir;

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void aValueLargerThanThePeerQueueCommitsAndOneAboveTheMaximumGetsAClearError() throws Exception {
    byte[] big = new byte[9 << 20];
    new SplittableRandom(11).nextBytes(big);
    try (InProcessCluster cluster = new InProcessCluster(3, dir, false);
        KvClient client = new KvClient(cluster.clientAddresses(), 30_000, 5_000)) {
      assertNotNull(cluster.awaitLeader(10_000), "no leader");
      assertEquals(
          Status.OK, client.put("small", "a".getBytes(StandardCharsets.UTF_8)).status());

      assertEquals(Status.OK, client.put("big", big).status(), "a 9 MiB value must commit");
      assertArrayEquals(big, client.get("big").value());

      byte[] tooBig = new byte[(16 << 20) + 1];
      RequestTooLargeException e =
          assertThrows(RequestTooLargeException.class, () -> client.put("huge", tooBig));
      assertTrue(
          e.getMessage().contains("above the maximum request size of " + (16 << 20) + " bytes"),
          e.getMessage());

      assertEquals(
          Status.OK, client.put("after", "b".getBytes(StandardCharsets.UTF_8)).status());
      assertEquals("b", client.get("after").text());
      assertEquals(Status.NOT_FOUND, client.get("huge").status());

      // The CLI takes a value from a file, and from standard input.
      Path file = dir.resolve("value.bin");
      Files.write(file, big);
      String nodes = Peers.format(cluster.clientAddresses());
      assertEquals(0, cli("put", "--cluster", nodes, "fromfile", "--value-file", file.toString()));
      assertArrayEquals(big, client.get("fromfile").value());
      java.io.InputStream savedIn = System.in;
      System.setIn(
          new java.io.ByteArrayInputStream("piped value".getBytes(StandardCharsets.UTF_8)));
      try {
        assertEquals(0, cli("put", "--cluster", nodes, "fromstdin", "--value-file", "-"));
      } finally {
        System.setIn(savedIn);
      }
      assertEquals("piped value", client.get("fromstdin").text());
      assertEquals(2, cli("put", "--cluster", nodes, "both", "v", "--value-file", file.toString()));
      Files.write(file, tooBig);
      assertEquals(2, cli("put", "--cluster", nodes, "huge", "--value-file", file.toString()));
    }
  }

  private static int cli(String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream saved = System.err;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      return new CommandLine(new Main()).execute(args);
    } finally {
      System.setErr(saved);
      System.out.println(
          "rast " + String.join(" ", args) + ": " + err.toString(StandardCharsets.UTF_8));
    }
  }
}
