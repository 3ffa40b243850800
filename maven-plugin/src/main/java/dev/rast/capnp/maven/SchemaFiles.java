package dev.rast.capnp.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The schema files of one source directory that pass the include and exclude patterns, as
 * {@code /}-separated paths relative to the directory, sorted so that every run sees them (and
 * hashes them) in the same order.
 */
final class SchemaFiles {
  /** The include pattern used when none is configured. */
  static final String DEFAULT_INCLUDE = "**/*.capnp";

  private SchemaFiles() {}

  /**
   * Lists the matching files under {@code root}; an absent directory has none.
   *
   * @param includes patterns a file must match one of; empty means {@value #DEFAULT_INCLUDE}
   * @param excludes patterns no file may match
   */
  static List<String> find(Path root, List<String> includes, List<String> excludes)
      throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    List<AntPattern> in = compile(includes.isEmpty() ? List.of(DEFAULT_INCLUDE) : includes);
    List<AntPattern> out = compile(excludes);
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      files.filter(Files::isRegularFile).forEach(f -> {
        String rel = relative(root, f);
        if (AntPattern.any(in, rel) && !AntPattern.any(out, rel)) {
          found.add(rel);
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    found.sort(null);
    return found;
  }

  /** {@code file} relative to {@code root}, with {@code /} separators on every platform. */
  static String relative(Path root, Path file) {
    return root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
  }

  private static List<AntPattern> compile(List<String> patterns) {
    List<AntPattern> result = new ArrayList<>(patterns.size());
    for (String p : patterns) {
      result.add(AntPattern.compile(p));
    }
    return result;
  }
}
