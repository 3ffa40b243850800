package dev.rast.capnp.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rast.capnp.compiler.GeneratedFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputSyncTest {
  @TempDir
  Path out;

  @Test
  void writesNewFilesAndKeepsUnchangedOnesUntouched() throws IOException {
    OutputSync.Result first = OutputSync.apply(
        out,
        List.of(
            new GeneratedFile("org/ex/A.java", "class A {}"),
            new GeneratedFile("org/ex/B.java", "class B {}")),
        List.of());
    assertEquals(new OutputSync.Result(2, 0, 0), first);
    FileTime old = FileTime.fromMillis(1_000_000);
    Files.setLastModifiedTime(out.resolve("org/ex/A.java"), old);

    OutputSync.Result second = OutputSync.apply(
        out,
        List.of(
            new GeneratedFile("org/ex/A.java", "class A {}"),
            new GeneratedFile("org/ex/B.java", "class B { int x; }")),
        List.of("org/ex/A.java", "org/ex/B.java"));
    assertEquals(new OutputSync.Result(1, 1, 0), second);
    assertEquals(old, Files.getLastModifiedTime(out.resolve("org/ex/A.java")));
    assertEquals("class B { int x; }", Files.readString(out.resolve("org/ex/B.java")));
  }

  @Test
  void deletesOutputsOfDeletedSchemasAndTheirEmptyDirectories() throws IOException {
    OutputSync.apply(
        out,
        List.of(new GeneratedFile("org/a/A.java", "a"), new GeneratedFile("org/b/B.java", "b")),
        List.of());
    Files.writeString(out.resolve("Mine.java"), "not generated");

    OutputSync.Result r = OutputSync.apply(
        out,
        List.of(new GeneratedFile("org/a/A.java", "a")),
        List.of("org/a/A.java", "org/b/B.java"));
    assertEquals(new OutputSync.Result(0, 1, 1), r);
    assertFalse(Files.exists(out.resolve("org/b")));
    assertTrue(Files.exists(out.resolve("org/a/A.java")));
    assertTrue(Files.exists(out.resolve("Mine.java")), "files the plugin did not generate stay");
  }

  @Test
  void refusesPathsOutsideTheOutputDirectory() {
    assertThrows(
        IllegalArgumentException.class,
        () -> OutputSync.apply(out, List.of(new GeneratedFile("../evil.java", "x")), List.of()));
  }
}
