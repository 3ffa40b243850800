package dev.rast.raft.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code rast maelstrom}: not implemented yet. */
@Command(name = "maelstrom", mixinStandardHelpOptions = true, description = "A node for Maelstrom's lin-kv workload (not implemented yet).")
final class MaelstromCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("rast maelstrom: not implemented yet");
    return 2;
  }
}
