package dev.rast.raft.maelstrom;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * One single-node cluster over piped stdin/stdout on the wall clock: every stdout line is a
 * protocol message, malformed input lines are skipped (and counted), the node elects itself and
 * serves, and the runner returns when stdin ends.
 */
class StdioRunnerTest {
  @TempDir
  Path dir;

  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void servesOverLinesAndStopsAtEndOfInput() throws Exception {
    PipedOutputStream stdin = new PipedOutputStream();
    PipedInputStream nodeIn = new PipedInputStream(stdin, 1 << 16);
    PipedInputStream stdout = new PipedInputStream(1 << 16);
    PipedOutputStream nodeOut = new PipedOutputStream(stdout);
    StdioRunner runner = new StdioRunner(
        new LinKvNode.Settings(5, 10, 2, 500), new SplittableRandom(1), VirtualCluster.QUIET, dir);
    CompletableFuture<Long> done = CompletableFuture.supplyAsync(() -> {
      try (nodeOut) {
        return runner.run(nodeIn, nodeOut);
      } catch (IOException | InterruptedException e) {
        throw new IllegalStateException(e);
      }
    });
    BufferedReader out = new BufferedReader(new InputStreamReader(stdout, StandardCharsets.UTF_8));

    send(
        stdin,
        "{\"src\":\"c0\",\"dest\":\"n1\",\"body\":{\"type\":\"init\",\"msg_id\":1,\"node_id\":\"n1\",\"node_ids\":[\"n1\"]}}");
    assertEquals("init_ok", Message.parse(out.readLine()).type());
    send(stdin, "not json at all");
    send(stdin, "");
    Message answer;
    long msgId = 1;
    do { // until the node has elected itself
      Thread.sleep(20);
      send(
          stdin,
          "{\"src\":\"c1\",\"dest\":\"n1\",\"body\":{\"type\":\"write\",\"msg_id\":" + ++msgId
              + ",\"key\":1,\"value\":\"v\"}}");
      answer = Message.parse(out.readLine());
      assertEquals(msgId, answer.inReplyTo());
    } while (answer.type().equals("error") && answer.body().get("code").equals(11L));
    assertEquals("write_ok", answer.type(), answer.toString());
    send(
        stdin,
        "{\"src\":\"c1\",\"dest\":\"n1\",\"body\":{\"type\":\"read\",\"msg_id\":100,\"key\":1}}");
    Message read = Message.parse(out.readLine());
    assertEquals(
        List.of("n1", "c1", "read_ok", "v", 100L),
        List.of(read.src(), read.dest(), read.type(), read.body().get("value"), read.inReplyTo()));
    stdin.close();
    assertEquals(1L, done.get(10, TimeUnit.SECONDS), "one malformed line skipped");
  }

  private static void send(OutputStream stdin, String line) throws IOException {
    stdin.write((line + "\n").getBytes(StandardCharsets.UTF_8));
    stdin.flush();
  }
}
