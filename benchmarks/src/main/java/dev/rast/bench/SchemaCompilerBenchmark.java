package dev.rast.bench;

import dev.rast.capnp.compiler.request.CompileRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The pure-Java schema compiler against {@code capnp compile -o-} on the official {@code
 * test.capnp} and its two imports: ours warm and in process (as the Maven plugin runs it), capnp
 * as one process per compile (as a build runs it). The ratio of the two rows, from one run, is
 * the figure to quote. {@code _capnp} needs the capnp tool on PATH; the schemas are found under
 * the repository's {@code testdata/capnp-testdata} (run from the repository root or a module), or
 * at the system property {@code rast.testdata}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SchemaCompilerBenchmark {
  private static final List<String> FILES =
      List.of("capnp/test.capnp", "capnp/test-import.capnp", "capnp/test-import2.capnp");

  private Path testdata;

  @Setup
  public void setup() {
    String property = System.getProperty("rast.testdata");
    Path dir = property != null ? Path.of(property) : null;
    for (Path p = Path.of("").toAbsolutePath(); dir == null && p != null; p = p.getParent()) {
      Path candidate = p.resolve("testdata/capnp-testdata");
      if (Files.isDirectory(candidate)) {
        dir = candidate;
      }
    }
    if (dir == null || !Files.isRegularFile(dir.resolve(FILES.get(0)))) {
      throw new IllegalStateException(
          "testdata/capnp-testdata not found; run from the repository or set -Drast.testdata=DIR");
    }
    testdata = dir;
  }

  /** Our compiler, in process and warm: parse, resolve, lay out and write the request. */
  @Benchmark
  public byte[] compileTestSchema_rast() {
    return CompileRequest.compile(testdata, List.of(testdata), FILES, List.of());
  }

  /** {@code capnp compile -I. -o- ...}, one process per compile, its output read and dropped. */
  @Benchmark
  public long compileTestSchema_capnp() throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(
            "capnp",
            "compile",
            "-I.",
            "--no-standard-import",
            "-o-",
            FILES.get(0),
            FILES.get(1),
            FILES.get(2))
        .directory(testdata.toFile())
        .redirectErrorStream(true);
    Process process = pb.start();
    long bytes = process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
    if (process.waitFor() != 0) {
      throw new IllegalStateException("capnp compile exited " + process.exitValue());
    }
    return bytes;
  }
}
