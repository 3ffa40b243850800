package dev.rast.capnp.text;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs the reference {@code capnp} tool, the oracle of the text format tests.
 *
 * <p>The executable is {@code capnp} from the PATH, or the property {@code rast.capnp}. Policy when
 * the tool is missing: tests that need it are skipped, unless the environment
 * variable {@code CI} is set, in which case they fail (CI installs capnp, so a missing tool there
 * is a broken setup, not a reason to skip).
 */
final class CapnpTool {
  /** The tool to run: property {@code rast.capnp}, else {@code capnp} from the PATH. */
  private static final String EXECUTABLE = System.getProperty("rast.capnp", "capnp");

  private static Boolean available;

  private CapnpTool() {}

  /** True if {@code capnp --version} runs. */
  static synchronized boolean isAvailable() {
    if (available == null) {
      boolean ok;
      try {
        Process process = new ProcessBuilder(EXECUTABLE, "--version")
            .redirectErrorStream(true)
            .start();
        process.getInputStream().readAllBytes();
        ok = process.waitFor() == 0;
      } catch (IOException e) {
        ok = false;
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        ok = false;
      }
      available = ok;
    }
    return available;
  }

  /** True if tests that need the tool must fail rather than skip when it is missing. */
  static boolean required() {
    return System.getenv("CI") != null;
  }

  /** Skips the calling JUnit test when the tool is missing (fails instead under CI). */
  static void assumeAvailable() {
    if (isAvailable()) {
      return;
    }
    if (required()) {
      fail(EXECUTABLE
          + " does not run, but CI is set: install capnproto (apt-get install capnproto)");
    }
    Assumptions.assumeTrue(false, EXECUTABLE + " does not run; skipping tool-oracle test");
  }

  /**
   * {@code capnp encode}: text value of {@code type} to a binary message.
   *
   * @param importDir directory passed as {@code -I}, or null
   */
  static byte[] encode(Path importDir, Path schema, String type, String text) {
    return run(
        command(importDir, "encode", schema, type, false), text.getBytes(StandardCharsets.UTF_8));
  }

  /** {@code capnp decode} (pretty) or {@code capnp decode --short}, stdout decoded as UTF-8. */
  static String decode(
      Path importDir, Path schema, String type, byte[] message, boolean shortForm) {
    byte[] out = run(command(importDir, "decode", schema, type, shortForm), message);
    return new String(out, StandardCharsets.UTF_8);
  }

  private static List<String> command(
      Path importDir, String verb, Path schema, String type, boolean shortForm) {
    List<String> command = new ArrayList<>();
    command.add(EXECUTABLE);
    command.add(verb);
    if (verb.equals("decode")) {
      // The tool guesses the input's format and refuses some valid messages (an empty root
      // struct "looks flat"); the messages here are always framed binary.
      command.add("--quiet");
    }
    if (shortForm) {
      command.add("--short");
    }
    if (importDir != null) {
      command.add("-I" + importDir);
    }
    command.add(schema.toString());
    command.add(type);
    return command;
  }

  /** Runs a command with {@code stdin}, returns stdout; a non-zero exit fails with stderr. */
  static byte[] run(List<String> command, byte[] stdin) {
    try {
      Path err = Files.createTempFile("capnp-stderr", ".txt");
      try {
        Process process =
            new ProcessBuilder(command).redirectError(err.toFile()).start();
        Thread feeder = new Thread(() -> {
          try (OutputStream in = process.getOutputStream()) {
            in.write(stdin);
          } catch (IOException ignored) {
            // The tool exited early; its exit status and stderr tell why.
          }
        });
        feeder.start();
        byte[] out;
        try (InputStream stdout = process.getInputStream()) {
          ByteArrayOutputStream buffer = new ByteArrayOutputStream();
          stdout.transferTo(buffer);
          out = buffer.toByteArray();
        }
        int status = process.waitFor();
        feeder.join();
        if (status != 0) {
          throw new AssertionError(
              command + " exited " + status + ": " + Files.readString(err, StandardCharsets.UTF_8));
        }
        return out;
      } finally {
        Files.deleteIfExists(err);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while running " + command, e);
    }
  }

  /** The official test material (property {@code rast.testdata}, set by the build). */
  static Path testdata() {
    String dir = System.getProperty("rast.testdata");
    return dir == null ? null : Paths.get(dir);
  }
}
