package dev.rast.raft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A real 3-process cluster on loopback under concurrent load: the leader is killed with -9 and
 * restarted, a follower is paused with SIGSTOP past the election timeout; the history must be
 * linearizable and no acknowledged write may be lost (the whole {@code ./rast demo}).
 */
class ClusterIT {
  @Test
  @Timeout(value = 150, unit = TimeUnit.SECONDS)
  void killPauseRestartUnderLoadLosesNothingAndStaysLinearizable() throws Exception {
    Path dir = Files.createTempDirectory("rast-it-");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    Demo.Summary s;
    try {
      s = new Demo(new Demo.Settings(4, 5, 20_000, true, true, false), out).run(dir);
      Demo.print(s, out);
    } finally {
      System.out.println(bytes.toString(StandardCharsets.UTF_8));
    }
    assertTrue(s.ops() > 500, "too few operations: " + s.ops());
    assertEquals(0, s.lost(), "acknowledged writes lost");
    assertTrue(s.linearizable(), s.detail());
    assertTrue(s.leaderChanges() >= 1, "killing the leader must elect another");
    DemoCommand.deleteTree(dir);
  }
}
