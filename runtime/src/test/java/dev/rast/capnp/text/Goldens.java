package dev.rast.capnp.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Golden files of this package: test resources whose expected text was produced by the real
 * {@code capnp} tool, so that most tests run without it.
 *
 * <p>Run the tool-oracle tests with {@code -Drast.golden.update=true} (capnp on the PATH) to
 * rewrite them under {@code src/test/resources/dev/rast/capnp/text/}; review the diff like code.
 */
final class Goldens {
  private static final String RESOURCE_DIR = "dev/rast/capnp/text/";

  private Goldens() {}

  /** True when the build asked to rewrite golden files instead of checking them. */
  static boolean updating() {
    return Boolean.getBoolean("rast.golden.update");
  }

  /** The content of a resource of this package, as UTF-8. */
  static String read(String name) {
    try (InputStream in = Goldens.class.getClassLoader().getResourceAsStream(RESOURCE_DIR + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + RESOURCE_DIR + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The resource's path in the source tree (for the tool, and for rewriting). */
  static Path sourcePath(String name) {
    String basedir = System.getProperty("basedir", System.getProperty("user.dir"));
    return Paths.get(basedir, "src", "test", "resources", RESOURCE_DIR + name);
  }

  /** Rewrites a golden file in the source tree. */
  static void write(String name, String content) {
    try {
      Files.writeString(sourcePath(name), content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
