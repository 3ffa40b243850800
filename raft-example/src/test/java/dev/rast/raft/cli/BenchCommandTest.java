package dev.rast.raft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/** {@code rast bench} rejects an out-of-range option with exit 2 and names the option, before starting anything. */
class BenchCommandTest {
  @ParameterizedTest
  @CsvSource({
      "--outstanding, 0, --outstanding must be at least 1",
      "--reads, 1.5, --reads is a fraction from 0 to 1",
      "--duration, 0, --duration must be positive",
      "--keys, 0, --keys must be at least 1"
  })
  void anOutOfRangeValueNamesItsOption(String option, String value, String message) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream saved = System.err;
    int code;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      code = new CommandLine(new Main()).execute("bench", "--cluster", "1=127.0.0.1:1", option, value);
    } finally {
      System.setErr(saved);
    }
    String text = err.toString(StandardCharsets.UTF_8);
    assertEquals(2, code, text);
    assertTrue(text.contains("rast bench: " + message), text);
  }
}
