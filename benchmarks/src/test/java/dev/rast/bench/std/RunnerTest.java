package dev.rast.bench.std;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class RunnerTest {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    return Runner.run(
        args,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void runsUpstreamShapedCommandLines() {
    assertEquals(0, run("carsales", "object", "no-reuse", "none", "10"));
    assertEquals(0, run("--impl", "protobuf", "catrank", "bytes", "reuse", "packed", "3"));
    assertEquals(0, run("eval", "bytes", "no-reuse", "packed", "10", "--impl=rast"));
    String printed = out.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("rast carsales object no-reuse none 10: "), printed);
    assertTrue(printed.contains("protobuf catrank bytes reuse packed 3: "), printed);
  }

  @Test
  void helpAndBadArguments() {
    assertEquals(0, run("--help"));
    assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("usage:"));
    assertEquals(2, run("carsales", "pipe", "reuse", "none", "1"));
    assertEquals(2, run("cars", "object", "reuse", "none", "1"));
    assertEquals(2, run("carsales", "object", "reuse", "snappy", "1"));
    assertEquals(2, run("carsales", "object", "maybe", "none", "1"));
    assertEquals(2, run("carsales", "object", "reuse", "none", "x"));
    assertEquals(2, run("carsales", "object", "reuse", "none"));
    assertEquals(2, run("--impl", "capnp", "carsales", "object", "reuse", "none", "1"));
    String e = err.toString(StandardCharsets.UTF_8);
    assertTrue(e.contains("unknown mode 'pipe'"), e);
    assertTrue(e.contains("unknown benchmark 'cars'"), e);
    assertTrue(e.contains("unknown implementation 'capnp'"), e);
  }
}
