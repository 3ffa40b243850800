package dev.rast.capnp.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plugin's command line: help, bad input and errors are one clear line and an exit code. */
class CapnpcJavaRastTest {
  @TempDir
  Path out;

  private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

  private int run(byte[] stdin, String... args) {
    return CapnpcJavaRast.run(
        args,
        new ByteArrayInputStream(stdin),
        out,
        new PrintStream(stdout, true, StandardCharsets.UTF_8),
        new PrintStream(stderr, true, StandardCharsets.UTF_8));
  }

  private String err() {
    return stderr.toString(StandardCharsets.UTF_8);
  }

  @Test
  void helpPrintsUsageAndExitsZero() {
    assertEquals(0, run(new byte[0], "--help"));
    assertTrue(stdout.toString(StandardCharsets.UTF_8).contains("capnp compile -ojava-rast:"));
    assertTrue(stdout.toString(StandardCharsets.UTF_8).contains(GeneratorOptions.PACKAGE_ENV));
  }

  @Test
  void versionPrintsTheVersion() {
    assertEquals(0, run(new byte[0], "--version"));
    assertEquals(
        "capnpc-java-rast " + Generator.VERSION + "\n", stdout.toString(StandardCharsets.UTF_8));
  }

  @Test
  void unexpectedArgumentIsOneLineAndExitTwo() {
    assertEquals(2, run(new byte[0], "--frobnicate"));
    assertEquals(1, err().lines().count(), err());
    assertTrue(err().contains("'--frobnicate'"), err());
  }

  @Test
  void emptyInputSaysHowToRunThePlugin() {
    assertEquals(1, run(new byte[0]));
    assertEquals(1, err().lines().count(), err());
    assertTrue(err().contains("capnp compile -ojava-rast:"), err());
  }

  @Test
  void garbageInputIsOneLineNamingTheRequest() {
    byte[] garbage = "this is not a capnp message at all".getBytes(StandardCharsets.US_ASCII);
    assertEquals(1, run(garbage));
    assertEquals(1, err().lines().count(), err());
    assertTrue(err().startsWith("capnpc-java-rast: malformed CodeGeneratorRequest: "), err());
  }

  @Test
  void truncatedRequestIsOneLine() throws IOException {
    byte[] request = GoldenTest.request("schema");
    byte[] cut = java.util.Arrays.copyOf(request, request.length / 2);
    assertEquals(1, run(cut));
    assertEquals(1, err().lines().count(), err());
    assertTrue(err().contains("malformed CodeGeneratorRequest"), err());
  }

  @Test
  void missingPackageSaysHowToSetOne() throws IOException {
    // The environment has no CAPNP_JAVA_PACKAGE in tests run by Maven; schema.capnp has no
    // $Java.package.
    if (System.getenv(GeneratorOptions.PACKAGE_ENV) != null) {
      return;
    }
    assertEquals(1, run(GoldenTest.request("schema")));
    assertEquals(1, err().lines().count(), err());
    assertTrue(err().contains("capnp/schema.capnp: no Java package"), err());
    assertTrue(err().contains("$Java.package"), err());
    assertTrue(err().contains(GeneratorOptions.PACKAGE_ENV), err());
  }

  @Test
  void writesFilesUnderTheirPackageDirectory() throws IOException {
    byte[] request = GoldenTest.request("benchmark");
    var files = Generator.generate(
        java.nio.ByteBuffer.wrap(request), new GeneratorOptions("org.example.bench"));
    assertEquals(3, files.size());
    for (GeneratedFile f : files) {
      assertTrue(f.path().startsWith("org/example/bench/"), f.path());
      Files.createDirectories(out.resolve(f.path()).getParent());
    }
  }
}
