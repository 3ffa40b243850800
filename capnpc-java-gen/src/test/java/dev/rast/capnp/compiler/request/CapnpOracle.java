package dev.rast.capnp.compiler.request;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The real {@code capnp compile -o-} (0.9.2) as the oracle of the Java schema compiler. Without the
 * tool the tests that need it are skipped, unless {@code CI} is set, then they fail.
 */
final class CapnpOracle {
  /** What one capnp run produced. */
  record Output(int exitCode, byte[] stdout, String stderr) {}

  private CapnpOracle() {}

  /** Whether a {@code capnp} executable is on the {@code PATH}. */
  static boolean onPath() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Paths.get(dir, "capnp"))) {
        return true;
      }
    }
    return false;
  }

  /** Whether the oracle tests must be skipped: no capnp, and not on CI (where they must run). */
  static boolean skipped() {
    return !onPath() && System.getenv("CI") == null;
  }

  static void require() {
    if (onPath()) {
      return;
    }
    if (System.getenv("CI") != null) {
      fail("capnp is not on the PATH, and CI is set: the capnp oracle tests must run in CI");
    }
    Assumptions.abort("capnp is not on the PATH");
  }

  /** Runs {@code capnp compile --no-standard-import -o- ARGS} in {@code dir}. */
  static Output compile(Path dir, List<String> args) {
    List<String> cmd = new ArrayList<>(List.of("capnp", "compile", "--no-standard-import", "-o-"));
    cmd.addAll(args);
    try {
      Process p = new ProcessBuilder(cmd).directory(dir.toFile()).start();
      p.getOutputStream().close();
      CompletableFuture<byte[]> out =
          CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
      CompletableFuture<byte[]> err =
          CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        fail("capnp " + args + " timed out");
      }
      return new Output(p.exitValue(), out.join(), new String(err.join(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static byte[] readAll(InputStream in) {
    try (in) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The repository's testdata/capnp-testdata (or -Drast.testdata). */
  static Path testdata() {
    String prop = System.getProperty("rast.testdata");
    if (prop != null && Files.isDirectory(Paths.get(prop))) {
      return Paths.get(prop).toAbsolutePath().normalize();
    }
    return repo().resolve("testdata/capnp-testdata");
  }

  /** The repository root (the directory holding testdata/). */
  static Path repo() {
    for (Path p = Paths.get("").toAbsolutePath(); p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("testdata").resolve("capnp-testdata"))) {
        return p;
      }
    }
    throw new IllegalStateException(
        "testdata/capnp-testdata not found above " + Paths.get("").toAbsolutePath());
  }
}
