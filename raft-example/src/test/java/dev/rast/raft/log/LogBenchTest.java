package dev.rast.raft.log;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@link LogBench} briefly and prints the table; asserts nothing (numbers depend on the
 * machine). For numbers worth recording run {@code LogBench.main} (raft-example/LOG.md).
 */
class LogBenchTest {
  @Test
  void printsAQuickMeasurement(@TempDir Path dir) throws Exception {
    LogBench.Result[] results =
        LogBench.runAll(dir, Double.parseDouble(System.getProperty("log.bench.seconds", "0.2")));
    System.out.println(
        "LogBench (" + System.getProperty("log.bench.seconds", "0.2") + " s per case):");
    System.out.println(LogBench.HEADER);
    for (LogBench.Result r : results) {
      System.out.println(r.row());
    }
  }
}
