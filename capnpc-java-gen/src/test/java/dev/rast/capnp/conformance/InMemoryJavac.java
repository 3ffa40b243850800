package dev.rast.capnp.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Compiles Java sources (generated ones and tests' own) against the test classpath and loads
 * them, for tests that prove generated code compiles and runs.
 */
final class InMemoryJavac {
  private InMemoryJavac() {}

  /**
   * Writes {@code sources} (path under the source root to content) under {@code dir}, compiles
   * them with javac, and returns a loader of the classes (the caller closes it).
   */
  static URLClassLoader compile(Path dir, Map<String, String> sources) throws IOException {
    Path src = dir.resolve("src");
    Path classes = Files.createDirectories(dir.resolve("classes"));
    List<String> args = new ArrayList<>(List.of(
        "-d",
        classes.toString(),
        "-classpath",
        System.getProperty("java.class.path"),
        "-proc:none"));
    for (Map.Entry<String, String> e : sources.entrySet()) {
      Path file = src.resolve(e.getKey());
      Files.createDirectories(file.getParent());
      Files.writeString(file, e.getValue());
      args.add(file.toString());
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    int status = javac.run(null, log, log, args.toArray(new String[0]));
    assertEquals(0, status, () -> "javac failed:\n" + log.toString(StandardCharsets.UTF_8));
    return new URLClassLoader(
        new URL[] {classes.toUri().toURL()}, InMemoryJavac.class.getClassLoader());
  }

  /** The binary name of the class a generated file at {@code path} declares. */
  static String className(String path) {
    return path.replace('/', '.').replaceAll("\\.java$", "");
  }
}
