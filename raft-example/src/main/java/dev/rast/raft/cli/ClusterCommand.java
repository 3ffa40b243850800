package dev.rast.raft.cli;

import dev.rast.raft.net.ClusterSecret;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code rast cluster}: a local N-node cluster that serves until Ctrl-C. It checks every port
 * before it creates or starts anything (a busy port: exit 4, nothing left behind), then keeps the
 * nodes running through {@link NodeSupervisor}: a node that dies is reported and restarted; only
 * Ctrl-C or losing the quorum for good (exit 1) ends it.
 */
@Command(
    name = "cluster",
    mixinStandardHelpOptions = true,
    header = "Run a local N-node cluster (one process per node) until Ctrl-C.",
    description =
        "Node i listens for peers on peer-base+i and for clients on client-base+i. A node that dies is reported and "
            + "restarted after a short backoff (`rast status` counts the restarts); only Ctrl-C, or losing the quorum for good "
            + "(exit 1), ends the cluster. A busy port is named before anything starts (exit 4).")
final class ClusterCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(
      names = {"-n", "--nodes"},
      defaultValue = "3",
      description = "Number of nodes, 1 to 9. Default: ${DEFAULT-VALUE}.")
  int nodes;

  @Option(
      names = "--peer-base",
      defaultValue = "7000",
      description = "Default: ${DEFAULT-VALUE} (node 1 on 7001); 0 picks free ports.")
  int peerBase;

  @Option(
      names = "--client-base",
      defaultValue = "8000",
      description = "Default: ${DEFAULT-VALUE} (node 1 on 8001); 0 picks free ports.")
  int clientBase;

  @Option(names = "--data-dir", description = "Data directory (default: a new temp dir).")
  Path dataDir;

  @Option(names = "--no-fsync", description = "Do not fsync (unsafe).")
  boolean noFsync;

  @Option(
      names = "--node-java-opts",
      defaultValue = "-Xmx1g",
      paramLabel = "OPTS",
      description =
          "JVM options of every node process, separated by spaces; {id} is replaced by the node's id "
              + "(-Xmx512m -Xlog:gc:file=/tmp/gc-{id}.log). Default: ${DEFAULT-VALUE}.")
  String nodeJavaOpts;

  @Option(
      names = "--cluster-secret-file",
      paramLabel = "FILE",
      description =
          "The secret the nodes prove to each other (see rast node --help). Default: cluster.secret in the data directory, created with a random secret (mode 600) if absent.")
  Path secretFile;

  @Option(
      names = "--tls-dir",
      paramLabel = "DIR",
      description =
          "Run the nodes with TLS on both ports (mutual between peers, client certificates required), with a throwaway CA "
              + "and certificates that keytool makes in DIR when they are absent (node1..nodeN, client; see CLUSTER.md). "
              + "The clients' flags are printed at the start. Default: no TLS.")
  Path tlsDir;

  @Mixin
  NetOptions net = new NetOptions();

  @Override
  public Integer call() throws Exception {
    if (nodes < 1 || nodes > 9) {
      throw new ParameterException(spec.commandLine(), "--nodes must be 1 to 9, not " + nodes);
    }
    try {
      net.limits();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    if (secretFile != null) {
      try {
        ClusterSecret.load(secretFile);
      } catch (IllegalArgumentException | IOException e) {
        throw new ParameterException(
            spec.commandLine(), "--cluster-secret-file: " + e.getMessage());
      }
    }
    checkBase("--peer-base", peerBase);
    checkBase("--client-base", clientBase);
    List<String> jvm = jvmOptions(nodeJavaOpts);
    String busy = busyPort();
    if (busy != null) {
      System.err.println("rast cluster: " + busy
          + " is busy (another cluster or program listens there); stop it, or choose "
          + "other ports with --peer-base/--client-base");
      return 4;
    }
    boolean created = dataDir == null || !Files.exists(dataDir);
    Path dir = dataDir != null ? dataDir : Files.createTempDirectory("rast-cluster-");
    boolean serving = false;
    LocalCertificates certs = null;
    if (tlsDir != null) {
      try {
        certs = new LocalCertificates(tlsDir);
        certs.ensureCluster(nodes);
      } catch (IOException | RuntimeException e) {
        System.err.println("rast cluster: --tls-dir " + tlsDir + ": cannot make the certificates: "
            + e.getMessage());
        return 1;
      }
    }
    try (LocalCluster c = new LocalCluster(nodes, dir, !noFsync, peerBase, clientBase, jvm)) {
      c.nodeArgs(net.asArgs());
      if (certs != null) {
        c.tls(certs);
      }
      if (secretFile != null) {
        c.secretFile(secretFile);
      }
      c.startAll();
      System.out.println("cluster of " + nodes + " starting; data and logs under " + dir
          + "; peers authenticate with the secret in " + c.secretFile());
      System.out.println(
          "clients: --cluster " + dev.rast.raft.node.Peers.format(c.clientAddresses())
              + (certs == null ? "" : " " + certs.clientFlags()));
      int failed = awaitStart(c);
      if (failed != 0) {
        return failed;
      }
      serving = true;
      System.out.println("Ctrl-C stops the cluster; a node that dies is restarted");
      NodeSupervisor supervisor = new NodeSupervisor(c, System.out);
      while (true) {
        Thread.sleep(200);
        String end = supervisor.poll(System.nanoTime());
        if (end != null) {
          System.out.println(
              "rast cluster: " + end + "; stopping (data and logs under " + dir + ")");
          return 1;
        }
      }
    } finally {
      if (!serving && created) {
        DemoCommand.deleteTree(dir); // a cluster that never came up leaves nothing behind
      }
    }
  }

  private void checkBase(String option, int base) {
    if (base < 0 || base + nodes > 65535) {
      throw new ParameterException(
          spec.commandLine(),
          option + " must be 0 (free ports) or leave room for " + nodes + " ports below 65536, not "
              + base);
    }
  }

  /** The words of {@code --node-java-opts}; each must be a JVM option (start with '-'). */
  private List<String> jvmOptions(String opts) {
    List<String> words = new java.util.ArrayList<>();
    for (String w : opts.trim().split("\\s+")) {
      if (w.isEmpty()) {
        continue;
      }
      if (!w.startsWith("-")) {
        throw new ParameterException(
            spec.commandLine(),
            "--node-java-opts takes JVM options that start with '-', not '" + w + "' in '" + opts
                + "'");
      }
      words.add(w);
    }
    return words;
  }

  /** Waits for a leader; a node failing for good meanwhile ends the start with its exit code (0: started). */
  private static int awaitStart(LocalCluster c) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (System.nanoTime() < end) {
      for (int i = 1; i <= c.size(); i++) {
        int code = c.exitCode(i);
        if (code >= 0) {
          System.err.println("rast cluster: node " + i + " failed to start ("
              + NodeSupervisor.describe(code) + "); its log ends:\n" + c.logTail(i, 10));
          return NodeSupervisor.permanent(code) ? code : 1;
        }
      }
      int leader = c.leader();
      if (leader != 0) {
        System.out.println("leader: node " + leader);
        return 0;
      }
      Thread.sleep(100);
    }
    System.out.println("no leader yet (see " + c.dataDir().resolve("logs") + ")");
    return 0;
  }

  /** The first port of the cluster that cannot be bound on loopback, described; null when all are free. */
  private String busyPort() {
    for (int i = 1; i <= nodes; i++) {
      if (peerBase != 0 && !free(peerBase + i)) {
        return "port " + (peerBase + i) + " (node " + i + "'s peer port)";
      }
      if (clientBase != 0 && !free(clientBase + i)) {
        return "port " + (clientBase + i) + " (node " + i + "'s client port)";
      }
    }
    return null;
  }

  private static boolean free(int port) {
    try (ServerSocket s = new ServerSocket()) {
      s.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 1);
      return true;
    } catch (IOException e) {
      return false;
    }
  }
}
