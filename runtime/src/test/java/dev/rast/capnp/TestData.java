package dev.rast.capnp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Locates the official Cap'n Proto test material (the repository's testdata/capnp-testdata). */
final class TestData {
  private TestData() {}

  /** The capnp-testdata folder: system property {@code rast.testdata}, else found upwards. */
  static Path root() {
    String prop = System.getProperty("rast.testdata");
    if (prop != null && Files.isDirectory(Paths.get(prop))) {
      return Paths.get(prop);
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

  /** Bytes of {@code capnp/testdata/NAME}. */
  static byte[] bytes(String name) {
    try {
      return Files.readAllBytes(root().resolve("capnp/testdata").resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A little-endian heap buffer over {@code bytes}. */
  static ByteBuffer le(byte[] bytes) {
    return ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
  }

  /** A test resource's bytes. */
  static byte[] resource(String name) {
    try (var in = TestData.class.getResourceAsStream("/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
