package dev.rast.capnp.maven;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Runs the capnp executable and turns each way it can fail into a {@link MojoFailureException}
 * whose message tells the user what to do: install capnp, upgrade it, or fix the schema lines
 * that {@link #compile} returns as {@link Diagnostic}s. Stateless apart from its configuration;
 * each call starts its own process, so one instance may be used from several threads.
 */
final class CapnpTool {
  /** How to get capnp, appended to every "missing" or "too old" message. */
  static final String INSTALL_HINT = String.join(
      "\n",
      "Install Cap'n Proto 0.8 or newer:",
      "  Debian/Ubuntu:     sudo apt-get install capnproto",
      "  macOS (Homebrew):  brew install capnp",
      "  other systems:     https://capnproto.org/install.html",
      "or point the plugin at an installed one: <capnpExecutable>/path/to/capnp</capnpExecutable>"
          + " in the plugin's <configuration>, or -Dcapnp.executable=/path/to/capnp.");

  private final String executable;
  private final Path workingDirectory;

  /**
   * @param executable a command name looked up on PATH, or a path to the executable
   * @param workingDirectory the directory capnp runs in (the project's base directory)
   */
  CapnpTool(String executable, Path workingDirectory) {
    this.executable = executable;
    this.workingDirectory = workingDirectory;
  }

  /**
   * Runs {@code capnp --version} and checks the version is {@link CapnpVersion#MINIMUM} or newer.
   *
   * @return the version, or null if capnp printed none the plugin recognizes (the caller warns)
   * @throws MojoFailureException when capnp cannot be run or is too old
   */
  CapnpVersion checkVersion(List<String> versionArgs) throws MojoFailureException {
    Result r = run(versionArgs);
    String out = (new String(r.stdout, StandardCharsets.UTF_8) + " " + r.stderr).strip();
    CapnpVersion v = CapnpVersion.parse(out);
    if (v != null && !v.isSupported()) {
      throw new MojoFailureException("capnp '" + executable + "' is version " + v
          + ", too old for rast-maven-plugin, which needs " + CapnpVersion.MINIMUM + " or newer.\n"
          + INSTALL_HINT);
    }
    if (v == null && r.exitCode != 0) {
      throw new MojoFailureException(
          "'" + executable + " --version' failed (exit code " + r.exitCode + "): " + out + "\nIs '"
              + executable + "' the Cap'n Proto tool? " + INSTALL_HINT);
    }
    return v;
  }

  /**
   * Runs {@code capnp compile -o-}.
   *
   * @return the {@code CodeGeneratorRequest} capnp wrote to standard output, and its warnings
   * @throws SchemaErrors when capnp rejects the schemas, carrying capnp's diagnostics
   * @throws MojoFailureException when capnp cannot be run
   */
  Compiled compile(List<String> compileArgs) throws MojoFailureException, SchemaErrors {
    Result r = run(compileArgs);
    List<Diagnostic> diagnostics = Diagnostic.parse(r.stderr, workingDirectory);
    if (r.exitCode != 0) {
      throw new SchemaErrors(r.exitCode, diagnostics);
    }
    return new Compiled(r.stdout, diagnostics);
  }

  /** What a successful {@link #compile} returns. */
  record Compiled(byte[] request, List<Diagnostic> warnings) {}

  /** capnp rejected the schemas: its exit code and what it printed, line by line. */
  static final class SchemaErrors extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Diagnostic> diagnostics;

    SchemaErrors(int exitCode, List<Diagnostic> diagnostics) {
      super("capnp compile failed with exit code " + exitCode, null, false, false);
      this.diagnostics = List.copyOf(diagnostics);
    }

    List<Diagnostic> diagnostics() {
      return diagnostics;
    }
  }

  private record Result(int exitCode, byte[] stdout, String stderr) {}

  private Result run(List<String> args) throws MojoFailureException {
    // stderr goes to a file rather than a pipe: a schema with many errors could otherwise fill the
    // pipe while this thread waits for stdout, and both processes would block for good.
    Path stderrFile;
    try {
      stderrFile = Files.createTempFile("rast-capnp-", ".stderr");
    } catch (IOException e) {
      throw new MojoFailureException(
          "Cannot create a temporary file for capnp's messages: " + e.getMessage());
    }
    try {
      Process process;
      try {
        ProcessBuilder pb = new ProcessBuilder(args)
            .directory(workingDirectory.toFile())
            .redirectError(stderrFile.toFile());
        // capnp checks PWD against its real working directory and warns when they differ.
        pb.environment().put("PWD", workingDirectory.toAbsolutePath().toString());
        process = pb.start();
      } catch (IOException e) {
        throw new MojoFailureException("Cannot run the Cap'n Proto compiler '" + executable + "' ("
            + e.getMessage() + ").\nrast-maven-plugin needs the capnp tool to parse schemas. "
            + INSTALL_HINT);
      }
      try {
        process.getOutputStream().close();
        byte[] stdout;
        try (InputStream in = process.getInputStream()) {
          stdout = in.readAllBytes();
        }
        int exitCode = process.waitFor();
        return new Result(exitCode, stdout, Files.readString(stderrFile, StandardCharsets.UTF_8));
      } catch (IOException e) {
        process.destroyForcibly();
        throw new MojoFailureException(
            "Lost the output of '" + display(args) + "': " + e.getMessage());
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
        throw new MojoFailureException("Interrupted while running '" + display(args) + "'");
      }
    } finally {
      try {
        Files.deleteIfExists(stderrFile);
      } catch (IOException ignored) {
        // a leftover file in the temp directory is harmless
      }
    }
  }

  /** Joins a command line for log messages. */
  static String display(List<String> args) {
    return String.join(" ", args);
  }
}
