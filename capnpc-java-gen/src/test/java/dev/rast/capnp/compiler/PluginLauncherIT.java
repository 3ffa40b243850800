package dev.rast.capnp.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole path a new user takes: {@code capnp compile -ojava-rast:OUT} finds the launcher on
 * {@code PATH}, runs the packaged jar from another working directory, and the files it writes
 * equal the goldens. Runs after {@code package} (failsafe), when the jar exists.
 */
class PluginLauncherIT {
  @TempDir
  Path out;

  private static Path testdata() {
    String prop = System.getProperty("rast.testdata");
    return prop != null ? Paths.get(prop) : Paths.get("../testdata/capnp-testdata");
  }

  private static boolean capnpAvailable() {
    try {
      return new ProcessBuilder("capnp", "--version")
              .redirectErrorStream(true)
              .start()
              .waitFor()
          == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  private static void requireCapnp() {
    if (System.getenv("CI") != null) {
      assertTrue(capnpAvailable(), "capnp is required on CI (apt-get install capnproto)");
    }
    Assumptions.assumeTrue(capnpAvailable(), "capnp not installed");
  }

  private Process compile(String pkg, String... schemas) throws IOException {
    Path bin = Paths.get("bin").toAbsolutePath();
    List<String> cmd = new ArrayList<>(
        List.of("capnp", "compile", "-I.", "--no-standard-import", "-ojava-rast:" + out));
    cmd.addAll(List.of(schemas));
    ProcessBuilder pb =
        new ProcessBuilder(cmd).directory(testdata().toFile()).redirectErrorStream(true);
    pb.environment().put("PATH", bin + java.io.File.pathSeparator + System.getenv("PATH"));
    if (pkg != null) {
      pb.environment().put(GeneratorOptions.PACKAGE_ENV, pkg);
    } else {
      pb.environment().remove(GeneratorOptions.PACKAGE_ENV);
    }
    return pb.start();
  }

  private void assertMatchesGolden(Path goldenRoot) throws IOException {
    List<Path> written;
    try (Stream<Path> s = Files.walk(out)) {
      written = s.filter(p -> p.toString().endsWith(".java")).toList();
    }
    assertTrue(!written.isEmpty(), "the plugin wrote no files");
    for (Path p : written) {
      Path golden = goldenRoot.resolve(out.relativize(p).toString());
      assertEquals(Files.readString(golden), Files.readString(p), p + " differs from " + golden);
    }
  }

  @Test
  void testCapnpWithItsImports() throws Exception {
    requireCapnp();
    Process p = compile(
        "dev.rast.testschema",
        "capnp/test.capnp",
        "capnp/test-import.capnp",
        "capnp/test-import2.capnp",
        "capnp/schema.capnp",
        "capnp/c++.capnp",
        "capnp/stream.capnp");
    String log = new String(p.getInputStream().readAllBytes());
    assertEquals(0, p.waitFor(), log);
    assertMatchesGolden(Paths.get("src/test/golden/test"));
  }

  @Test
  void benchmarkSchemas() throws Exception {
    requireCapnp();
    Process p = compile(
        "dev.rast.benchmark.capnp",
        "capnp/benchmark/carsales.capnp",
        "capnp/benchmark/catrank.capnp",
        "capnp/benchmark/eval.capnp");
    String log = new String(p.getInputStream().readAllBytes());
    assertEquals(0, p.waitFor(), log);
    assertMatchesGolden(Paths.get("src/test/golden/benchmark"));
  }

  @Test
  void schemaCapnpSelfHosted() throws Exception {
    requireCapnp();
    Process p = compile("dev.rast.capnp.compiler.schema", "capnp/schema.capnp");
    String log = new String(p.getInputStream().readAllBytes());
    assertEquals(0, p.waitFor(), log);
    assertMatchesGolden(Paths.get("src/main/java"));
  }

  @Test
  void missingPackageFailsWithOneClearLine() throws Exception {
    requireCapnp();
    Process p = compile(null, "capnp/schema.capnp");
    String log = new String(p.getInputStream().readAllBytes());
    assertTrue(p.waitFor() != 0, log);
    assertTrue(log.contains("capnpc-java-rast: capnp/schema.capnp: no Java package"), log);
    assertTrue(!log.contains("\tat "), "no stack trace: " + log);
  }
}
