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

/** The classes directory loses what belonged to a deleted schema, and nothing else. */
class StaleClassesTest {
  @TempDir
  Path classes;

  private Path touch(String relative) throws IOException {
    Path p = classes.resolve(relative);
    Files.createDirectories(p.getParent());
    return Files.writeString(p, "x");
  }

  @Test
  void theClassesOfAFileNoLongerGeneratedAreDeleted() throws IOException {
    touch("org/ex/A.class");
    touch("org/ex/A$Reader.class");
    touch("org/ex/B.class");
    touch("org/ex/B$Person$Builder.class");
    touch("org/ex/B$1.class");
    touch("org/ex/Bx.class");
    touch("org/ex/Mine.class");

    int deleted = StaleClasses.delete(
        classes, List.of("org/ex/A.java", "org/ex/B.java"), List.of("org/ex/A.java"));

    assertEquals(3, deleted);
    assertFalse(Files.exists(classes.resolve("org/ex/B.class")));
    assertFalse(Files.exists(classes.resolve("org/ex/B$Person$Builder.class")));
    assertFalse(Files.exists(classes.resolve("org/ex/B$1.class")));
    assertTrue(Files.exists(classes.resolve("org/ex/A.class")), "still generated");
    assertTrue(Files.exists(classes.resolve("org/ex/A$Reader.class")), "still generated");
    assertTrue(
        Files.exists(classes.resolve("org/ex/Bx.class")),
        "another class whose name starts the same");
    assertTrue(Files.exists(classes.resolve("org/ex/Mine.class")), "not generated");
  }

  @Test
  void aMissingClassesDirectoryIsNoError() throws IOException {
    assertEquals(
        0, StaleClasses.delete(classes.resolve("none"), List.of("org/ex/B.java"), List.of()));
  }

  @Test
  void theCopyOfADeletedSchemaIsDeleted() throws IOException {
    touch("geo/point.capnp");
    touch("geo/line.capnp");
    assertEquals(
        1,
        StaleClasses.deleteSchemaCopies(
            classes, List.of("geo/point.capnp", "geo/line.capnp"), List.of("geo/line.capnp")));
    assertFalse(Files.exists(classes.resolve("geo/point.capnp")));
    assertTrue(Files.exists(classes.resolve("geo/line.capnp")));
  }
}
