package dev.rast.capnp.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DependencySchemasTest {
  @TempDir
  Path dir;

  @Test
  void extractsSchemasOfJarsAndDirectoriesAtTheirImportPath() throws IOException {
    Path runtime = jar("runtime.jar", "capnp/java.capnp", "# java", "dev/rast/X.class", "binary");
    Path classes = dir.resolve("lib/classes");
    Files.createDirectories(classes.resolve("lib"));
    Files.writeString(classes.resolve("lib/point.capnp"), "struct Point {}");

    DependencySchemas deps =
        DependencySchemas.scan(List.of(runtime, classes, dir.resolve("absent.jar")));
    assertEquals(2, deps.size());
    assertTrue(deps.provides(DependencySchemas.JAVA_CAPNP));

    Path imports = dir.resolve("target/capnp-imports");
    Files.createDirectories(imports);
    Files.writeString(imports.resolve("gone.capnp"), "from a dependency that was removed");
    deps.extractTo(imports);
    assertEquals("# java", Files.readString(imports.resolve("capnp/java.capnp")));
    assertEquals("struct Point {}", Files.readString(imports.resolve("lib/point.capnp")));
    assertFalse(Files.exists(imports.resolve("gone.capnp")));
    assertFalse(Files.exists(imports.resolve("dev/rast/X.class")));
  }

  @Test
  void firstOnTheClasspathWinsAndADifferentCopyIsReported() throws IOException {
    Path a = jar("a.jar", "lib/p.capnp", "first");
    Path b = jar("b.jar", "lib/p.capnp", "second");
    Path c = jar("c.jar", "lib/p.capnp", "first");
    DependencySchemas deps = DependencySchemas.scan(List.of(a, b, c));
    assertEquals(1, deps.conflicts().size(), deps.conflicts().toString());
    assertTrue(deps.conflicts().get(0).contains("b.jar"));
    deps.extractTo(dir.resolve("out"));
    assertEquals("first", Files.readString(dir.resolve("out/lib/p.capnp")));
  }

  @Test
  void metaInfIsNotAnImportPath() throws IOException {
    Path a = jar("a.jar", "META-INF/maven/x.capnp", "ignored");
    assertEquals(0, DependencySchemas.scan(List.of(a)).size());
  }

  private Path jar(String name, String... entriesAndContents) throws IOException {
    Path p = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(p);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      for (int i = 0; i < entriesAndContents.length; i += 2) {
        zip.putNextEntry(new ZipEntry(entriesAndContents[i]));
        zip.write(entriesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return p;
  }
}
