package dev.rast.capnp.compiler.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Compiling test.capnp and its imports: the Java compiler warm (in process, after warm-up) against
 * {@code capnp compile -o-} (one process per compile, as a build runs it). Prints both and the
 * ratio; fails only if the Java compiler is more than twice as slow, so a loaded machine does not
 * make it flaky while a real regression still shows.
 */
class CompilerSpeedTest {
  private static final List<String> FILES =
      List.of("capnp/test.capnp", "capnp/test-import.capnp", "capnp/test-import2.capnp");

  @Test
  @Timeout(120)
  void warmJavaCompileIsNotSlowerThanCapnp() {
    CapnpOracle.require();
    Path dir = CapnpOracle.testdata();
    List<Path> imports = List.of(Path.of("."));
    for (int i = 0; i < 200; i++) {
      CompileRequest.compile(dir, imports, FILES, List.of());
    }
    int n = 200;
    long t0 = System.nanoTime();
    for (int i = 0; i < n; i++) {
      CompileRequest.compile(dir, imports, FILES, List.of());
    }
    double java = (System.nanoTime() - t0) / 1e6 / n;
    List<String> args = Stream.concat(Stream.of("-I."), FILES.stream()).toList();
    for (int i = 0; i < 3; i++) {
      assertEquals(0, CapnpOracle.compile(dir, args).exitCode());
    }
    int m = 30;
    long t1 = System.nanoTime();
    for (int i = 0; i < m; i++) {
      CapnpOracle.compile(dir, args);
    }
    double capnp = (System.nanoTime() - t1) / 1e6 / m;
    System.out.printf("test.capnp + imports: Java warm %.2f ms, capnp compile -o- %.2f ms, ratio %.2f%n", java, capnp,
        java / capnp);
    assertTrue(java <= 2 * capnp, String.format("Java %.2f ms vs capnp %.2f ms", java, capnp));
  }
}
