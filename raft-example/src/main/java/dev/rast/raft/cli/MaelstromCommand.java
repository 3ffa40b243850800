package dev.rast.raft.cli;

import dev.rast.raft.maelstrom.LinKvNode;
import dev.rast.raft.maelstrom.StdioRunner;
import dev.rast.raft.snapshot.SnapshotPolicy;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code rast maelstrom}: one node of Maelstrom's {@code lin-kv} workload on stdin/stdout until
 * stdin ends. stdout carries protocol JSON only: before anything runs, {@code System.out} is
 * pointed at stderr, so a stray print cannot corrupt the stream.
 */
@Command(
    name = "maelstrom",
    mixinStandardHelpOptions = true,
    header = "A node for Jepsen Maelstrom's lin-kv workload.",
    description =
        "JSON lines on stdin/stdout, Raft between nodes through Maelstrom's network, log and state in memory "
            + "(bounded by snapshots, written to --data-dir). "
            + "Maelstrom's --bin takes no arguments: point it at a wrapper script that runs `rast maelstrom` "
            + "(raft-example/CLUSTER.md, section Maelstrom).")
final class MaelstromCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(
      names = "--tick-ms",
      defaultValue = "20",
      description = "Raft tick in ms. Default: ${DEFAULT-VALUE}.")
  int tickMs;

  @Option(
      names = "--election-ticks",
      defaultValue = "10",
      description =
          "Election timeout in ticks (randomized up to twice that). Default: ${DEFAULT-VALUE}.")
  int electionTicks;

  @Option(
      names = "--heartbeat-ticks",
      defaultValue = "2",
      description = "Leader heartbeat interval in ticks. Default: ${DEFAULT-VALUE}.")
  int heartbeatTicks;

  @Option(
      names = "--request-timeout-ms",
      defaultValue = "700",
      description =
          "A client request not answered by then gets an error (0, indefinite, for writes; 11 for reads). "
              + "Maelstrom's client gives up after 1000 ms. Default: ${DEFAULT-VALUE}.")
  int requestTimeoutMs;

  @Option(names = "--seed", description = "Seed of the election jitter (default: from the clock).")
  Long seed;

  @Option(
      names = "--data-dir",
      description =
          "Where the node keeps its snapshots (default: a new directory under the system's temp dir).")
  Path dataDir;

  @Option(
      names = "--snapshot-entries",
      defaultValue = "10000",
      description =
          "Snapshot the store after this many applied entries; the in-memory log keeps about this many "
              + "plus --log-tail-entries records. Default: ${DEFAULT-VALUE}.")
  long snapshotEntries;

  @Option(
      names = "--log-tail-entries",
      defaultValue = "1000",
      description =
          "Log records kept behind a snapshot for lagging followers. Default: ${DEFAULT-VALUE}.")
  long tailEntries;

  @Override
  public Integer call() throws Exception {
    if (tickMs <= 0 || requestTimeoutMs <= 0) {
      throw new ParameterException(
          spec.commandLine(), "--tick-ms and --request-timeout-ms must be > 0");
    }
    if (heartbeatTicks <= 0 || electionTicks <= heartbeatTicks) {
      throw new ParameterException(
          spec.commandLine(), "need 0 < --heartbeat-ticks < --election-ticks");
    }
    if (snapshotEntries < 1 || tailEntries < 1) {
      throw new ParameterException(
          spec.commandLine(), "--snapshot-entries and --log-tail-entries must be at least 1");
    }
    LinKvNode.Settings settings = new LinKvNode.Settings(
        tickMs,
        electionTicks,
        heartbeatTicks,
        requestTimeoutMs,
        new SnapshotPolicy(
            snapshotEntries, LinKvNode.Settings.DEFAULT_SNAPSHOTS.bytes(), tailEntries));
    Path dir = dataDir != null ? dataDir : Files.createTempDirectory("rast-maelstrom-");
    OutputStream stdout = new FileOutputStream(FileDescriptor.out);
    PrintStream log = System.err;
    System.setOut(log);
    long s = seed != null ? seed : System.nanoTime() ^ ProcessHandle.current().pid();
    try {
      new StdioRunner(settings, new SplittableRandom(s), log, dir).run(System.in, stdout);
      return 0;
    } catch (IOException e) {
      log.println("rast maelstrom: stdout failed: " + e);
      return 1;
    }
  }
}
