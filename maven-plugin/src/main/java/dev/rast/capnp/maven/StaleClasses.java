package dev.rast.capnp.maven;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Deletes what the classes directory still holds for a schema that was deleted: the compiled
 * classes of the Java files generated from it, and its packaged copy. Neither the compiler nor the
 * resources plugin removes the outputs of a deleted input, so without this {@code target/classes}
 * would keep, and the jar would package, a schema that no longer exists. A generated file holds one
 * top-level class named after the file, so {@code org/ex/B.java} compiled to {@code
 * org/ex/B.class} and {@code org/ex/B$*.class}.
 */
final class StaleClasses {
  private StaleClasses() {}

  /**
   * @param classesDirectory where the generated sources are compiled to ({@code target/classes})
   * @param previousOutputs the previous run's generated files, relative to the output directory
   * @param currentOutputs this run's generated files, relative to the output directory
   * @return the number of class files deleted
   */
  static int delete(
      Path classesDirectory, Collection<String> previousOutputs, Collection<String> currentOutputs)
      throws IOException {
    Path root = classesDirectory.toAbsolutePath().normalize();
    Set<String> current = new HashSet<>(currentOutputs);
    int deleted = 0;
    for (String old : previousOutputs) {
      if (current.contains(old) || !old.endsWith(".java")) {
        continue;
      }
      Path source = OutputSync.inside(root, old);
      Path dir = source.getParent();
      if (!Files.isDirectory(dir)) {
        continue;
      }
      String name = source.getFileName().toString();
      String base = name.substring(0, name.length() - ".java".length());
      for (Path c : classesOf(dir, base)) {
        if (Files.deleteIfExists(c)) {
          deleted++;
        }
      }
    }
    return deleted;
  }

  /**
   * Deletes the packaged copies ({@code classesDirectory/<schema>}) of schemas compiled last time
   * but not this time.
   *
   * @return the number of copies deleted
   */
  static int deleteSchemaCopies(
      Path classesDirectory, Collection<String> previousSchemas, Collection<String> currentSchemas)
      throws IOException {
    Path root = classesDirectory.toAbsolutePath().normalize();
    Set<String> current = new HashSet<>(currentSchemas);
    int deleted = 0;
    for (String old : previousSchemas) {
      if (!current.contains(old) && Files.deleteIfExists(OutputSync.inside(root, old))) {
        deleted++;
      }
    }
    return deleted;
  }

  private static List<Path> classesOf(Path dir, String base) throws IOException {
    List<Path> result = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path p : entries) {
        String n = p.getFileName().toString();
        if (n.equals(base + ".class") || (n.startsWith(base + "$") && n.endsWith(".class"))) {
          result.add(p);
        }
      }
    }
    return result;
  }
}
