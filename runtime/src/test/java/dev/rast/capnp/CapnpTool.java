package dev.rast.capnp;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
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
 * Runs the real {@code capnp} tool (0.9.2) as an oracle. When it is absent the calling test is
 * skipped, unless the environment variable {@code CI} is set: then its absence is a failure.
 *
 * <p>Note that {@code capnp decode}/{@code convert} lift the traversal and nesting limits and report
 * malformed input as {@code *** ERROR CONVERTING PREVIOUS MESSAGE ***} on stderr while still
 * printing what they could read with defaults substituted, so {@link Result#rejected()} looks at
 * stderr, not the exit code.
 */
final class CapnpTool {
  private CapnpTool() {}

  /** What one run produced. */
  record Result(int exit, byte[] stdout, String stderr) {
    String out() {
      return new String(stdout, StandardCharsets.UTF_8);
    }

    /** Whether the tool reported the input as invalid. */
    boolean rejected() {
      return exit != 0
          || stderr.contains("ERROR")
          || stderr.contains("exception")
          || stderr.contains("failed");
    }
  }

  private static Path executable() {
    for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
      Path p = Paths.get(dir, "capnp");
      if (Files.isExecutable(p)) {
        return p;
      }
    }
    return null;
  }

  /** Skips (or, under CI, fails) the current test when capnp is not installed. */
  static Path require() {
    Path exe = executable();
    if (exe == null) {
      if (System.getenv("CI") != null) {
        fail("capnp is not installed but CI is set: the real-tool checks must run in CI");
      }
      Assumptions.abort("capnp is not installed; skipping the real-tool check");
    }
    return exe;
  }

  /** Runs {@code capnp args...} with {@code stdin}. */
  static Result run(byte[] stdin, String... args) {
    Path exe = require();
    List<String> cmd = new ArrayList<>();
    cmd.add(exe.toString());
    cmd.addAll(List.of(args));
    try {
      Process p = new ProcessBuilder(cmd).start();
      CompletableFuture<byte[]> out =
          CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
      CompletableFuture<byte[]> err =
          CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
      try (var in = p.getOutputStream()) {
        in.write(stdin);
      } catch (IOException ignored) {
        // the tool may stop reading early on bad input
      }
      if (!p.waitFor(60, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        fail("capnp " + String.join(" ", args) + " timed out");
      }
      return new Result(p.exitValue(), out.join(), new String(err.join(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static byte[] readAll(InputStream in) {
    try (in) {
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      in.transferTo(b);
      return b.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** {@code capnp convert binary:canonical} of a framed message; fails the test if capnp rejects it. */
  static byte[] canonical(byte[] framed) {
    Result r = run(framed, "convert", "binary:canonical");
    if (r.rejected()) {
      fail("capnp rejected the message: " + r.stderr());
    }
    return r.stdout();
  }

  /** The wire-test schema (a test resource) as a file path. */
  static Path schema() {
    try {
      return Paths.get(CapnpTool.class.getResource("/wire-test.capnp").toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** {@code capnp decode --short} of a framed message as {@code type} of the wire-test schema. */
  static Result decode(byte[] framed, String type) {
    Path s = schema();
    return run(
        framed,
        "decode",
        "--short",
        "--quiet",
        "-I" + s.getParent(),
        "--no-standard-import",
        s.toString(),
        type);
  }
}
