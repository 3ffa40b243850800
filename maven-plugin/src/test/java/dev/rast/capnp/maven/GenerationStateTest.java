package dev.rast.capnp.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerationStateTest {
  @TempDir
  Path dir;

  @Test
  void roundTrips() throws IOException {
    Path file = dir.resolve("capnp-state/generate-default.state");
    GenerationState s = new GenerationState("ab12", List.of("org/ex/A.java", "org/ex/B.java"));
    s.write(file);
    assertEquals(s, GenerationState.read(file));
  }

  @Test
  void missingOrGarbledStateMeansRegenerate() throws IOException {
    assertNull(GenerationState.read(dir.resolve("none")));
    Path garbled = dir.resolve("garbled");
    Files.writeString(garbled, "something else entirely\n");
    assertNull(GenerationState.read(garbled));
  }

  @Test
  void knowsWhenAnOutputWasDeletedByHand() throws IOException {
    Files.createDirectories(dir.resolve("org"));
    Files.writeString(dir.resolve("org/A.java"), "a");
    GenerationState s = new GenerationState("h", List.of("org/A.java"));
    assertTrue(s.outputsExist(dir));
    Files.delete(dir.resolve("org/A.java"));
    assertFalse(s.outputsExist(dir));
  }
}
