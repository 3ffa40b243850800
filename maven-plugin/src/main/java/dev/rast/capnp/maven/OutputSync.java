package dev.rast.capnp.maven;

import dev.rast.capnp.compiler.GeneratedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * Brings an output directory in line with one generation result: writes each generated file whose
 * content changed (an unchanged file keeps its timestamp, so the compiler's own staleness check
 * does not recompile it), deletes files the previous run generated that this one did not (the
 * outputs of deleted schemas), and removes directories that became empty. Files this plugin did
 * not generate are never touched.
 */
final class OutputSync {
  private OutputSync() {}

  /** Counts of what {@link #apply} did. */
  record Result(int written, int unchanged, int deleted) {}

  /**
   * @param outputDirectory the generated-sources root
   * @param files this run's files, paths relative to {@code outputDirectory}
   * @param previousOutputs the previous run's files (relative), possibly empty
   */
  static Result apply(
      Path outputDirectory, Collection<GeneratedFile> files, Collection<String> previousOutputs)
      throws IOException {
    Path root = outputDirectory.toAbsolutePath().normalize();
    int written = 0;
    int unchanged = 0;
    Set<String> current = new HashSet<>();
    for (GeneratedFile f : files) {
      Path target = inside(root, f.path());
      current.add(f.path());
      byte[] content = f.content().getBytes(StandardCharsets.UTF_8);
      if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), content)) {
        unchanged++;
        continue;
      }
      Files.createDirectories(target.getParent());
      Files.write(target, content);
      written++;
    }
    int deleted = 0;
    for (String old : previousOutputs) {
      if (current.contains(old)) {
        continue;
      }
      Path stale = inside(root, old);
      if (Files.deleteIfExists(stale)) {
        deleted++;
        pruneEmptyParents(root, stale.getParent());
      }
    }
    return new Result(written, unchanged, deleted);
  }

  /** Resolves {@code relative} under {@code root}, refusing paths that would leave it. */
  static Path inside(Path root, String relative) {
    Path p = root.resolve(relative).normalize();
    if (!p.startsWith(root) || p.equals(root)) {
      throw new IllegalArgumentException(
          "generated path escapes the output directory: " + relative);
    }
    return p;
  }

  private static void pruneEmptyParents(Path root, Path dir) throws IOException {
    for (Path d = dir; d != null && d.startsWith(root) && !d.equals(root); d = d.getParent()) {
      try {
        Files.deleteIfExists(d);
      } catch (DirectoryNotEmptyException e) {
        return;
      }
    }
  }
}
