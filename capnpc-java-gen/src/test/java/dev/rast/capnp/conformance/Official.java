package dev.rast.capnp.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Locates the official Cap'n Proto test material (the repository's {@code testdata/capnp-testdata},
 * or the system property {@code rast.testdata} the parent pom sets) and this module's own fixtures.
 */
final class Official {
  private Official() {}

  /** The capnp-testdata folder (its {@code capnp/} subfolder holds test.capnp). */
  static Path root() {
    String prop = System.getProperty("rast.testdata");
    if (prop != null && Files.isDirectory(Paths.get(prop))) {
      return Paths.get(prop).toAbsolutePath().normalize();
    }
    for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolve("testdata").resolve("capnp-testdata");
      if (Files.isDirectory(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException(
        "testdata/capnp-testdata not found above " + Paths.get("").toAbsolutePath()
            + "; run from inside the repository or set -Drast.testdata=DIR");
  }

  /** {@code capnp/test.capnp}. */
  static Path testSchema() {
    return root().resolve("capnp/test.capnp");
  }

  /** Bytes of {@code capnp/testdata/NAME}. */
  static byte[] bytes(String name) {
    return read(root().resolve("capnp/testdata").resolve(name));
  }

  /** Text of {@code capnp/testdata/NAME}. */
  static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  /** A little-endian heap buffer over {@code bytes}. */
  static ByteBuffer le(byte[] bytes) {
    return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
  }

  /** The runtime module's canonical form of {@code testdata/binary} (made with capnp). */
  static byte[] canonicalTestAllTypes() {
    for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolve("runtime/src/test/resources/testdata/test-all-types.canonical");
      if (Files.isRegularFile(candidate)) {
        return read(candidate);
      }
    }
    throw new IllegalStateException(
        "runtime/src/test/resources/testdata/test-all-types.canonical not found");
  }

  /** This module's test resource directory (for fixtures tests may regenerate). */
  static Path resourceDir() {
    Path p = Paths.get("src/test/resources");
    if (!Files.isDirectory(p)) {
      p = Paths.get("capnpc-java-gen/src/test/resources");
    }
    return p;
  }

  /** A test resource's bytes. */
  static byte[] resource(String name) {
    try (var in = Official.class.getResourceAsStream("/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] read(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
