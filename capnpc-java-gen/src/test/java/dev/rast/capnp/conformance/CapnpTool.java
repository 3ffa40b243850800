package dev.rast.capnp.conformance;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
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
 * The real {@code capnp} tool (0.9.2) as an oracle, run on test.capnp from the official test
 * material. Tests that need it call {@link #require()}: without the tool they are skipped, unless
 * the environment variable {@code CI} is set, then that is a failure.
 */
final class CapnpTool {
  private final Path exe;

  private CapnpTool(Path exe) {
    this.exe = exe;
  }

  /** The tool, or an aborted (skipped) test when it is absent and {@code CI} is unset. */
  static CapnpTool require() {
    Path p = onPath("capnp");
    if (p == null) {
      if (System.getenv("CI") != null) {
        fail("capnp is not on the PATH, and CI is set: the capnp oracle tests must run in CI");
      }
      Assumptions.abort("capnp is not on the PATH");
    }
    return new CapnpTool(p);
  }

  /**
   * Whether the tool is on the PATH, for tests that check against it only when it is there. When
   * it is absent and {@code CI} is set, that is a failure, as for {@link #require()}.
   */
  static boolean present() {
    if (onPath("capnp") != null) {
      return true;
    }
    if (System.getenv("CI") != null) {
      fail("capnp is not on the PATH, and CI is set: the capnp oracle checks must run in CI");
    }
    return false;
  }

  /** {@code capnp decode [--short] -I. capnp/test.capnp TYPE}, fed {@code input}. */
  String decode(String type, byte[] input, boolean shortForm) {
    // --quiet: capnp's format guess calls some valid binary messages "flat" (e.g. an empty root
    // struct, which capnp encode itself writes) and refuses them otherwise.
    List<String> args = new ArrayList<>(List.of("decode", "--quiet"));
    if (shortForm) {
      args.add("--short");
    }
    args.addAll(schemaArgs(type));
    return new String(run(args, input), StandardCharsets.UTF_8);
  }

  /** {@code capnp eval [--short] -I. capnp/test.capnp NAME}: a constant or a field's default. */
  String eval(String name, boolean shortForm) {
    List<String> args = new ArrayList<>(List.of("eval"));
    if (shortForm) {
      args.add("--short");
    }
    args.addAll(schemaArgs(name));
    return new String(run(args, new byte[0]), StandardCharsets.UTF_8);
  }

  /** {@code capnp encode -I. capnp/test.capnp TYPE}, fed text; framed binary messages out. */
  byte[] encode(String type, String text) {
    List<String> args = new ArrayList<>(List.of("encode"));
    args.addAll(schemaArgs(type));
    return run(args, text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * {@code capnp convert --quiet FORMATS} between binary formats (e.g. {@code binary:canonical}),
   * which needs no schema.
   */
  byte[] convert(String formats, byte[] input) {
    return run(List.of("convert", "--quiet", formats), input);
  }

  /**
   * {@code capnp compile -o-} of {@code schema} in {@code dir}: the CodeGeneratorRequest a plugin
   * would get.
   */
  byte[] compileRequest(Path dir, String schema) {
    return run(dir, List.of("compile", "-I.", "--no-standard-import", "-o-", schema), new byte[0]);
  }

  /** {@code TYPE} names a type of capnp/test.capnp; {@code FILE:TYPE} one of another file. */
  private static List<String> schemaArgs(String type) {
    int colon = type.indexOf(':');
    String file = colon < 0 ? "capnp/test.capnp" : type.substring(0, colon);
    return List.of("-I.", "--no-standard-import", file, type.substring(colon + 1));
  }

  private byte[] run(List<String> args, byte[] input) {
    return run(Official.root(), args, input);
  }

  private byte[] run(Path dir, List<String> args, byte[] input) {
    List<String> cmd = new ArrayList<>();
    cmd.add(exe.toString());
    cmd.addAll(args);
    try {
      Process p = new ProcessBuilder(cmd).directory(dir.toFile()).start();
      CompletableFuture<byte[]> out =
          CompletableFuture.supplyAsync(() -> readAll(p.getInputStream()));
      CompletableFuture<byte[]> err =
          CompletableFuture.supplyAsync(() -> readAll(p.getErrorStream()));
      try (var in = p.getOutputStream()) {
        in.write(input);
      } catch (IOException e) {
        // capnp stopped reading (it failed); its exit status and stderr say why.
      }
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        fail("capnp " + args + " timed out");
      }
      if (p.exitValue() != 0) {
        Path saved = Files.createTempFile("capnp-input-", ".bin");
        Files.write(saved, input);
        fail("capnp " + args + " exited " + p.exitValue() + " (its input is saved in " + saved
            + "): " + new String(err.join(), StandardCharsets.UTF_8));
      }
      return out.join();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static byte[] readAll(InputStream in) {
    try {
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      in.transferTo(b);
      return b.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path onPath(String name) {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String dir : path.split(File.pathSeparator)) {
      Path p = Paths.get(dir, name);
      if (Files.isExecutable(p)) {
        return p;
      }
    }
    return null;
  }
}
