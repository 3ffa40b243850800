package dev.rast.capnp.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

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

class FingerprintTest {
  @TempDir
  Path dir;

  private String hashOf(Path schema, String option) throws IOException {
    return new Fingerprint()
        .add("defaultPackage", option)
        .addFile("schema", "a.capnp", schema)
        .hex();
  }

  @Test
  void sameInputsSameHash() throws IOException {
    Path a = write("a.capnp", "struct A {}");
    assertEquals(hashOf(a, "org.example"), hashOf(a, "org.example"));
    assertEquals(64, hashOf(a, "x").length());
  }

  @Test
  void schemaContentChangesTheHash() throws IOException {
    Path a = write("a.capnp", "struct A {}");
    String before = hashOf(a, "org.example");
    write("a.capnp", "struct A { x @0 :Int32; }");
    assertNotEquals(before, hashOf(a, "org.example"));
  }

  @Test
  void optionChangesTheHash() throws IOException {
    Path a = write("a.capnp", "struct A {}");
    assertNotEquals(hashOf(a, "org.example"), hashOf(a, "org.other"));
    assertNotEquals(hashOf(a, null), hashOf(a, ""));
  }

  @Test
  void itemBoundariesAreUnambiguous() {
    String ab = new Fingerprint().add("k", "ab").add("k", "c").hex();
    String bc = new Fingerprint().add("k", "a").add("k", "bc").hex();
    assertNotEquals(ab, bc);
    assertNotEquals(
        new Fingerprint().add("ka", "b").hex(), new Fingerprint().add("k", "ab").hex());
  }

  @Test
  void renamingASchemaChangesTheHash() throws IOException {
    Path a = write("a.capnp", "struct A {}");
    assertNotEquals(
        new Fingerprint().addFile("schema", "a.capnp", a).hex(),
        new Fingerprint().addFile("schema", "b.capnp", a).hex());
  }

  @Test
  void dependencyJarEntriesCountByContentNotByJarLocation() throws IOException {
    Path jar1 = jar("one/lib.jar", "lib/point.capnp", "struct Point {}");
    Path jar2 = jar("two/lib-copy.jar", "lib/point.capnp", "struct Point {}");
    Path jar3 = jar("three/lib.jar", "lib/point.capnp", "struct Point { x @0 :Int32; }");
    assertEquals(depsHash(jar1), depsHash(jar2));
    assertNotEquals(depsHash(jar1), depsHash(jar3));
  }

  @Test
  void aDependencyDirectoryHashesLikeItsContent() throws IOException {
    Path classes = dir.resolve("classes");
    Files.createDirectories(classes.resolve("lib"));
    Files.writeString(classes.resolve("lib/point.capnp"), "struct Point {}");
    String before = depsHash(classes);
    Files.writeString(classes.resolve("lib/point.capnp"), "struct Point { y @0 :Int32; }");
    assertNotEquals(before, depsHash(classes));
  }

  @Test
  void jarsWithoutSchemasDoNotChangeTheHash() throws IOException {
    Path withSchema = jar("a/lib.jar", "lib/point.capnp", "struct Point {}");
    Path other = jar("b/other.jar", "org/example/Foo.class", "not a schema");
    assertEquals(depsHash(withSchema), depsHash(withSchema, other));
  }

  private String depsHash(Path... classpath) throws IOException {
    Fingerprint f = new Fingerprint();
    DependencySchemas.scan(List.of(classpath)).addTo(f);
    return f.hex();
  }

  private Path write(String name, String content) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, content);
    return p;
  }

  private Path jar(String path, String entry, String content) throws IOException {
    Path p = dir.resolve(path);
    Files.createDirectories(p.getParent());
    try (OutputStream out = Files.newOutputStream(p);
        ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.putNextEntry(new ZipEntry(entry));
      zip.write(content.getBytes(StandardCharsets.UTF_8));
      zip.closeEntry();
    }
    return p;
  }
}
