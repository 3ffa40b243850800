package dev.rast.raft.core;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The core stays pure: no IO, threads, clocks or global randomness, and nothing of the log, the
 * transport, the loop or the node packages (they implement what the core defines, never the reverse).
 */
class CoreIsPureTest {
  private static final List<String> FORBIDDEN = List.of(
      "java.io.",
      "java.nio.channels",
      "java.nio.file",
      "java.net.",
      "java.util.concurrent",
      "java.time",
      "Thread",
      "System.currentTimeMillis",
      "System.nanoTime",
      "Math.random",
      "new Random(",
      "ThreadLocalRandom",
      "dev.rast.raft.log",
      "dev.rast.raft.net",
      "dev.rast.raft.node",
      "dev.rast.raft.loop",
      "synchronized");

  @Test
  void coreImportsNoIoThreadsOrClocks() throws IOException {
    Path dir = Paths.get("src/main/java/dev/rast/raft/core");
    List<String> violations = new ArrayList<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        List<String> lines = Files.readAllLines(f);
        for (int i = 0; i < lines.size(); i++) {
          String line = lines.get(i).strip();
          if (line.startsWith("*") || line.startsWith("//") || line.startsWith("/*")) {
            continue;
          }
          for (String bad : FORBIDDEN) {
            if (line.contains(bad)) {
              violations.add(f.getFileName() + ":" + (i + 1) + ": " + line);
            }
          }
        }
      }
    }
    assertTrue(
        violations.isEmpty(), () -> "the core must stay pure:\n" + String.join("\n", violations));
  }
}
