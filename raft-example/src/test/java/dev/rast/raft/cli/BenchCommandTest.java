package dev.rast.raft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rast.raft.net.LoopbackPorts;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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
    CliRun r = CliRun.of("bench", "--cluster", "1=127.0.0.1:1", option, value);
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains("rast bench: " + message), r.toString());
  }

  /** Against nothing, the bench says it cannot connect, and to what, within seconds (it used to run the full duration for 0 ops/s). */
  @Test
  @Timeout(value = 20, unit = TimeUnit.SECONDS)
  void anUnreachableClusterFailsFastNamingTheAddress() throws Exception {
    int port = LoopbackPorts.next(); // nothing listens there
    long start = System.nanoTime();
    CliRun r =
        CliRun.of("bench", "--cluster", "1=127.0.0.1:" + port, "--duration", "30", "--warmup", "0");
    long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
    assertEquals(3, r.code(), r.toString());
    assertTrue(
        r.err().contains("rast bench: cannot connect to the cluster: 1=127.0.0.1:" + port + " ("),
        r.toString());
    assertTrue(seconds < 10, "took " + seconds + " s");
  }
}
