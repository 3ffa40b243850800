package dev.rast.raft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code rast node} refuses to start on a corrupt log: exit 70, the file and offset named (CLUSTER.md). */
class NodeCommandTest {
  @TempDir
  Path dir;

  @Test
  void aCorruptLogExits70NamingTheFileAndOffset() throws Exception {
    Path hardState = dir.resolve("hardstate");
    Files.write(
        hardState, "not a hard state file at all, just text".getBytes(StandardCharsets.UTF_8));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream saved = System.err;
    int code;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      code = new CommandLine(new Main())
          .execute(
              "node",
              "--id",
              "1",
              "--peers",
              "1=127.0.0.1:7001",
              "--client-port",
              "8001",
              "--data-dir",
              dir.toString());
    } finally {
      System.setErr(saved);
    }
    String text = err.toString(StandardCharsets.UTF_8);
    assertEquals(70, code, text);
    assertTrue(
        text.contains("node 1 FAILED: the log is corrupt: " + hardState + " at offset 0"), text);
  }
}
