package dev.rast.capnp.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SchemaFilesTest {
  @TempDir
  Path dir;

  @ParameterizedTest(name = "{0} ~ {1} = {2}")
  @CsvSource({
    "**/*.capnp, a.capnp, true",
    "**/*.capnp, net/rpc/a.capnp, true",
    "**/*.capnp, a.capnp.bak, false",
    "*.capnp, a.capnp, true",
    "*.capnp, net/a.capnp, false",
    "net/**, net/a.capnp, true",
    "net/, net/deep/a.capnp, true",
    "net/*.capnp, other/a.capnp, false",
    "a?.capnp, ab.capnp, true",
    "a?.capnp, a/.capnp, false",
    "./raft.capnp, raft.capnp, true",
    "a.b.capnp, aXb.capnp, false",
  })
  void antPatterns(String pattern, String path, boolean matches) {
    assertEquals(matches, AntPattern.compile(pattern).matches(path));
  }

  @Test
  void findsSortedSchemasWithDefaultIncludes() throws IOException {
    touch("z.capnp");
    touch("net/b.capnp");
    touch("net/a.capnp");
    touch("README.md");
    assertEquals(
        List.of("net/a.capnp", "net/b.capnp", "z.capnp"),
        SchemaFiles.find(dir, List.of(), List.of()));
  }

  @Test
  void excludesWinOverIncludes() throws IOException {
    touch("a.capnp");
    touch("capnp/java.capnp");
    assertEquals(
        List.of("a.capnp"), SchemaFiles.find(dir, List.of("**/*.capnp"), List.of("capnp/**")));
  }

  @Test
  void aMissingDirectoryHasNoSchemas() throws IOException {
    assertTrue(SchemaFiles.find(dir.resolve("nope"), List.of(), List.of()).isEmpty());
    assertFalse(Files.exists(dir.resolve("nope")));
  }

  private void touch(String rel) throws IOException {
    Path p = dir.resolve(rel);
    Files.createDirectories(p.getParent());
    Files.writeString(p, "");
  }
}
