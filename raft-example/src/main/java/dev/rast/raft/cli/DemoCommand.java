package dev.rast.raft.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rast demo}: see {@link Demo}. */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = {"Start a 3-process cluster on loopback, run clients mixing get/put/cput over a few keys, kill -9 the leader",
        "and restart it, SIGSTOP a follower past the election timeout, then check the history for linearizability",
        "and read every acknowledged write back. Exits non-zero on any lost write or violation."})
final class DemoCommand implements Callable<Integer> {
  @Option(names = "--clients", defaultValue = "4", description = "Concurrent clients. Default: ${DEFAULT-VALUE}.")
  int clients;

  @Option(names = "--keys", defaultValue = "5", description = "Keys. Default: ${DEFAULT-VALUE}.")
  int keys;

  @Option(names = "--seconds", defaultValue = "10", description = "Workload duration. Default: ${DEFAULT-VALUE}.")
  double seconds;

  @Option(names = "--no-nemesis", description = "No kill / pause.")
  boolean noNemesis;

  @Option(names = "--keep", description = "Keep the data directory (logs of each node under logs/).")
  boolean keep;

  @Override
  public Integer call() throws Exception {
    if (clients < 1 || keys < 1 || seconds <= 0) {
      System.err.println("rast demo: --clients, --keys and --seconds must be positive");
      return 2;
    }
    Path dir = Files.createTempDirectory("rast-demo-");
    Demo demo = new Demo(new Demo.Settings(clients, keys, (long) (seconds * 1000), !noNemesis, true, System.console() != null || true), System.out);
    Demo.Summary s = demo.run(dir);
    Demo.print(s, System.out);
    if (keep || !s.ok()) {
      System.out.println("data and node logs kept under " + dir);
    } else {
      deleteTree(dir);
    }
    return s.ok() ? 0 : 1;
  }

  static void deleteTree(Path dir) {
    try (var walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (java.io.IOException ignored) {
      // best effort
    }
  }
}
