package dev.rast.raft.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code rast demo}: see {@link Demo}. */
@Command(
    name = "demo",
    mixinStandardHelpOptions = true,
    header = "A 3-process cluster under load and faults, checked for linearizability.",
    description =
        "Starts a 3-process cluster on loopback, runs clients mixing get/put/cput over a few keys, kills -9 the "
            + "leader and restarts it, SIGSTOPs a follower past the election timeout, then checks the history for "
            + "linearizability and reads every acknowledged write back. Exits 1 on any lost write or violation.")
final class DemoCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(
      names = "--clients",
      defaultValue = "4",
      description = "Concurrent clients. Default: ${DEFAULT-VALUE}.")
  int clients;

  @Option(names = "--keys", defaultValue = "5", description = "Keys. Default: ${DEFAULT-VALUE}.")
  int keys;

  @Option(
      names = "--seconds",
      defaultValue = "10",
      description = "Workload duration. Default: ${DEFAULT-VALUE}.")
  double seconds;

  @Option(names = "--no-nemesis", description = "No kill / pause.")
  boolean noNemesis;

  @Option(
      names = "--scenario",
      defaultValue = "default",
      paramLabel = "NAME",
      description =
          "default: kill -9 the leader and restart it, SIGSTOP a follower. membership: node 4 joins as a learner and is "
              + "promoted, node 1 is removed, node 2 is killed -9, wiped, removed and comes back as node 5; the summary "
              + "adds the final voters. Default: ${DEFAULT-VALUE}.")
  String scenario;

  @Option(
      names = "--keep",
      description = "Keep the data directory (logs of each node under logs/).")
  boolean keep;

  @Override
  public Integer call() throws Exception {
    if (!scenario.equals(Demo.DEFAULT) && !scenario.equals(Demo.MEMBERSHIP)) {
      throw new ParameterException(
          spec.commandLine(), "--scenario is default or membership, not '" + scenario + "'");
    }
    if (clients < 1 || keys < 1 || seconds <= 0) {
      throw new ParameterException(
          spec.commandLine(), "--clients, --keys and --seconds must be positive");
    }
    Path dir = Files.createTempDirectory("rast-demo-");
    Demo demo = new Demo(
        new Demo.Settings(
            clients,
            keys,
            (long) (seconds * 1000),
            !noNemesis,
            true,
            System.console() != null || true,
            scenario),
        System.out);
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
