package dev.rast.raft.loop;

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
 * The Ready contract is driven in one place, {@link RaftLoop}: the applications on it (the
 * key-value server, the Maelstrom node, the CLI) never touch a {@code Ready}, never advance the
 * core, report durability or step a message themselves.
 */
class OneReadyLoopTest {
  private static final List<String> DRIVING = List.of(
      "dev.rast.raft.core.Ready",
      ".ready()",
      ".hasReady()",
      ".advance()",
      ".persisted(",
      ".stepMessage(",
      ".step(",
      ".restoreRecord(",
      ".restoreSnapshot(",
      ".restoreHardState(",
      ".installSnapshot(",
      "new RaftNode(");

  @Test
  void applicationsLeaveTheRaftDrivingToTheLoop() throws IOException {
    List<String> violations = new ArrayList<>();
    for (String pkg : List.of("node", "maelstrom", "cli")) {
      Path dir = Paths.get("src/main/java/dev/rast/raft", pkg);
      try (Stream<Path> files = Files.list(dir)) {
        for (Path f : (Iterable<Path>) files::iterator) {
          List<String> lines = Files.readAllLines(f);
          for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.startsWith("*") || line.startsWith("//") || line.startsWith("/*")) {
              continue;
            }
            for (String bad : DRIVING) {
              if (line.contains(bad)) {
                violations.add(pkg + "/" + f.getFileName() + ":" + (i + 1) + ": " + line);
              }
            }
          }
        }
      }
    }
    assertTrue(
        violations.isEmpty(),
        () -> "Raft driving outside RaftLoop:\n" + String.join("\n", violations));
  }
}
