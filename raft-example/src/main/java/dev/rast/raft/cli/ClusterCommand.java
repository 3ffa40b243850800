package dev.rast.raft.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code rast cluster}: a local N-node cluster that stays up until Ctrl-C. */
@Command(name = "cluster", mixinStandardHelpOptions = true,
    description = "Run a local N-node cluster (one process per node) until Ctrl-C. Node i listens for peers on peer-base+i and for clients on client-base+i.")
final class ClusterCommand implements Callable<Integer> {
  @Option(names = {"-n", "--nodes"}, defaultValue = "3", description = "Number of nodes. Default: ${DEFAULT-VALUE}.")
  int nodes;

  @Option(names = "--peer-base", defaultValue = "7000", description = "Default: ${DEFAULT-VALUE} (node 1 on 7001).")
  int peerBase;

  @Option(names = "--client-base", defaultValue = "8000", description = "Default: ${DEFAULT-VALUE} (node 1 on 8001).")
  int clientBase;

  @Option(names = "--data-dir", description = "Data directory (default: a new temp dir).")
  Path dataDir;

  @Option(names = "--no-fsync", description = "Do not fsync (unsafe).")
  boolean noFsync;

  @Mixin
  NetOptions net = new NetOptions();

  @Override
  public Integer call() throws Exception {
    if (nodes < 1 || nodes > 9) {
      System.err.println("rast cluster: --nodes must be 1..9");
      return 2;
    }
    try {
      net.limits();
    } catch (IllegalArgumentException e) {
      System.err.println("rast cluster: " + e.getMessage());
      return 2;
    }
    Path dir = dataDir != null ? dataDir : Files.createTempDirectory("rast-cluster-");
    try (LocalCluster c = new LocalCluster(nodes, dir, !noFsync, peerBase, clientBase, List.of("-Xmx1g"))) {
      c.nodeArgs(net.asArgs());
      c.startAll();
      StringBuilder addrs = new StringBuilder();
      c.clientAddresses().forEach((id, a) -> addrs.append(addrs.length() == 0 ? "" : ",").append(id).append('=')
          .append(a.getHostString()).append(':').append(a.getPort()));
      System.out.println("cluster of " + nodes + " starting; data and logs under " + dir);
      System.out.println("clients: --cluster " + addrs);
      int leader = c.awaitLeader(20_000);
      System.out.println(leader == 0 ? "no leader yet (see " + dir.resolve("logs") + ")" : "leader: node " + leader);
      System.out.println("Ctrl-C stops the cluster");
      while (true) {
        Thread.sleep(1000);
        for (int i = 1; i <= nodes; i++) {
          if (!c.alive(i)) {
            System.out.println("node " + i + " exited; its log:\n" + c.logTail(i, 10));
            return 1;
          }
        }
      }
    }
  }
}
