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
 * {@code ./rast demo --scenario membership} under load, as processes: node 4 joins as a learner
 * and is promoted, node 1 is removed, node 2 is killed -9, wiped, removed and comes back as node 5.
 * No acknowledged write may be lost, the history must be linearizable, and the final voters are 3,
 * 4 and 5.
 */
class MembershipDemoIT {
  @Test
  @Timeout(value = 180, unit = TimeUnit.SECONDS)
  void membersChangeUnderLoadAndNothingIsLost() throws Exception {
    Path dir = Files.createTempDirectory("rast-it-members-");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    Demo.Summary s;
    try {
      s = new Demo(new Demo.Settings(4, 5, 20_000, true, true, false, Demo.MEMBERSHIP), out)
          .run(dir);
      Demo.print(s, out);
    } finally {
      System.out.println(bytes.toString(StandardCharsets.UTF_8));
    }
    String printed = bytes.toString(StandardCharsets.UTF_8);
    assertTrue(s.ops() > 300, "too few operations: " + s.ops());
    assertEquals(0, s.lost(), "acknowledged writes lost");
    assertTrue(s.linearizable(), s.detail());
    assertTrue(printed.contains("acknowledged writes lost:   0"), printed);
    assertTrue(printed.contains("linearizable:               yes"), printed);
    assertTrue(printed.contains("members:                    voters [3, 4, 5]"), printed);
    DemoCommand.deleteTree(dir);
  }
}
