package dev.rast.raft.cli;

import dev.rast.raft.core.Member;
import dev.rast.raft.kv.KvLimits;
import dev.rast.raft.log.CorruptLogException;
import dev.rast.raft.net.ClusterSecret;
import dev.rast.raft.net.NetLimits;
import dev.rast.raft.net.TlsConfig;
import dev.rast.raft.net.TlsFiles;
import dev.rast.raft.node.Node;
import dev.rast.raft.node.NodeConfig;
import dev.rast.raft.node.Peers;
import dev.rast.raft.snapshot.CorruptSnapshotException;
import dev.rast.raft.snapshot.SnapshotPolicy;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code rast node}: runs one node in the foreground until SIGTERM / Ctrl-C. */
@Command(
    name = "node",
    mixinStandardHelpOptions = true,
    header = "Run one Raft node (key-value service) in the foreground.",
    description =
        "Serves until SIGTERM or Ctrl-C (final sync, exit 0; 1 if the stop takes over 30 s). Exits 2 on bad flags, 3 when the data directory is "
            + "unwritable or in use, 4 when a port is busy, 70 when the log is corrupt or the state machine fails.")
final class NodeCommand implements Callable<Integer> {
  /** How long a signal waits for the node's clean stop before the process ends anyway. */
  private static final int STOP_WAIT_SECONDS = 30;

  @Spec
  CommandSpec spec;

  @Option(names = "--id", required = true, description = "This node's id (> 0, listed in --peers).")
  int id;

  @Option(
      names = "--peers",
      required = true,
      description =
          "Every node's peer address, and optionally its client port: 1=127.0.0.1:7001[:8001],2=... "
              + "Only the first start uses it as the configuration: after that the node takes the members (and their "
              + "addresses) from its snapshot and log, as changed by `rast member`.")
  String peers;

  @Option(
      names = "--join",
      description =
          "Join a running cluster instead of bootstrapping one: --peers lists the cluster's nodes (any that are up) "
              + "and this node; the node starts empty, is no voter, and waits until an operator runs "
              + "`rast member add ID=HOST:PEERPORT:CLIENTPORT --learner` (then it receives the log or a snapshot) and "
              + "`rast member promote ID`. Until then the cluster refuses it, and it logs why.")
  boolean join;

  @Option(
      names = "--client-port",
      required = true,
      description = "Port clients connect to (on 127.0.0.1).")
  int clientPort;

  @Option(
      names = "--data-dir",
      required = true,
      description = "Directory of this node's log and hard state.")
  Path dataDir;

  @Option(
      names = "--cluster-id",
      defaultValue = "7261737400000001",
      description =
          "Cluster id in hex (peers of another cluster are refused). Default: ${DEFAULT-VALUE}.")
  String clusterId;

  @Option(
      names = "--cluster-secret-file",
      paramLabel = "FILE",
      description =
          "File holding the secret every node of the cluster shares (at least 16 bytes, mode 600; e.g. head -c 32 /dev/urandom | base64 > FILE). "
              + "Peers prove it to each other by an HMAC-SHA256 challenge in the handshake; a peer that cannot is refused. "
              + "Required when --peers lists other nodes, unless TLS is on (--tls-cert or --tls-keystore: peers then prove "
              + "their certificates; the secret, if given too, is checked as well) or --insecure-no-peer-auth.")
  Path secretFile;

  @Option(
      names = "--insecure-no-peer-auth",
      description =
          "Accept any peer that sends the cluster id and a node id (unsafe: anyone who can reach the peer port can join as a node).")
  boolean noPeerAuth;

  @Option(
      names = "--tick-ms",
      defaultValue = "20",
      description = "Raft tick in ms (election timeout 15-30 ticks). Default: ${DEFAULT-VALUE}.")
  int tickMs;

  @Option(
      names = "--max-key-bytes",
      defaultValue = "4096",
      description =
          "Largest key a request may carry; larger ones are refused. Default: ${DEFAULT-VALUE}.")
  int maxKeyBytes;

  @Option(
      names = "--max-value-bytes",
      defaultValue = "16777216",
      description =
          "Largest value a request may carry; larger ones are refused. Default: ${DEFAULT-VALUE}.")
  int maxValueBytes;

  @Option(
      names = "--no-fsync",
      description = "Do not fsync the log (unsafe: for experiments only).")
  boolean noFsync;

  @Mixin
  NetOptions net = new NetOptions();

  @Mixin
  TlsOptions tls = new TlsOptions();

  @Option(
      names = "--client-auth",
      defaultValue = "none",
      paramLabel = "none|want|need",
      description =
          "With TLS: whether the client port asks clients for a certificate (want: asked, an untrusted one is refused; "
              + "need: required). Default: ${DEFAULT-VALUE}.")
  String clientAuth;

  @Option(
      names = "--client-ca",
      paramLabel = "FILE",
      description =
          "With TLS: PEM CA certificate(s) that client certificates must chain to. Default: the --tls-ca of the peers.")
  Path clientCa;

  @Option(
      names = "--restarts",
      hidden = true,
      defaultValue = "0",
      description = "Set by rast cluster: how often it restarted this node.")
  int restarts;

  @Option(
      names = "--snapshot-entries",
      defaultValue = "500000",
      description =
          "Snapshot the state after this many applied entries. Default: ${DEFAULT-VALUE}.")
  long snapshotEntries;

  @Option(
      names = "--snapshot-bytes",
      defaultValue = "268435456",
      description = "... or after this many bytes of applied payloads. Default: ${DEFAULT-VALUE}.")
  long snapshotBytes;

  @Option(
      names = "--log-tail-entries",
      defaultValue = "500000",
      description =
          "Log entries kept behind a snapshot for lagging followers (older segments are deleted). Default: ${DEFAULT-VALUE}.")
  long tailEntries;

  /**
   * TLS for the peer port (mutual) and the client port, {@code null, null} without the TLS flags;
   * a usage error (exit 2) names the flag, the file and the problem.
   */
  private TlsConfig[] tls() {
    TlsConfig.ClientAuth auth;
    try {
      auth = TlsConfig.ClientAuth.valueOf(clientAuth.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(
          spec.commandLine(), "--client-auth must be none, want or need, not '" + clientAuth + "'");
    }
    if (!tls.any()) {
      if (clientCa != null || auth != TlsConfig.ClientAuth.NONE) {
        throw new ParameterException(
            spec.commandLine(),
            "--client-auth and --client-ca need TLS: give --tls-cert/--tls-key or --tls-keystore, and --tls-ca");
      }
      return new TlsConfig[2];
    }
    try {
      if (!tls.hasIdentity()) {
        throw new IllegalArgumentException(
            "TLS needs this node's certificate: --tls-cert FILE --tls-key FILE, or --tls-keystore FILE"
                + " --tls-keystore-password-file FILE");
      }
      KeyStore identity = tls.identity();
      KeyStore peerCa = tls.trust();
      KeyStore clientTrust;
      try {
        clientTrust = clientCa == null ? peerCa : TlsFiles.trust(clientCa, null);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--client-ca: " + e.getMessage(), e);
      }
      return new TlsConfig[] {
        TlsConfig.of(identity, peerCa, TlsConfig.ClientAuth.NEED),
        TlsConfig.of(identity, clientTrust, auth)
      };
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /** The cluster secret the flags ask for; a usage error (exit 2) names what is wrong. */
  private ClusterSecret secret(boolean hasPeers, boolean tlsOn) {
    if (secretFile != null && noPeerAuth) {
      throw new ParameterException(
          spec.commandLine(),
          "--cluster-secret-file and --insecure-no-peer-auth exclude each other");
    }
    if (secretFile == null) {
      if (hasPeers && !noPeerAuth && !tlsOn) {
        throw new ParameterException(
            spec.commandLine(),
            "peers must be authenticated: give --cluster-secret-file FILE (the secret all nodes"
                + " share), or TLS (--tls-cert/--tls-key or --tls-keystore, with --tls-ca; see"
                + " CLUSTER.md), or --insecure-no-peer-auth to accept any peer");
      }
      return ClusterSecret.NONE;
    }
    try {
      return ClusterSecret.load(secretFile);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--cluster-secret-file: " + e.getMessage());
    } catch (IOException e) {
      throw new ParameterException(
          spec.commandLine(), "--cluster-secret-file: cannot read " + secretFile + ": " + e);
    }
  }

  @Override
  public Integer call() throws Exception {
    Map<Integer, InetSocketAddress> p = new java.util.TreeMap<>();
    Map<Integer, Integer> clientPorts = new java.util.TreeMap<>();
    try {
      for (String part : peers.split(",")) {
        if (part.isBlank()) {
          continue;
        }
        Member m = Member.parse(part);
        if (p.put(m.id(), new InetSocketAddress(m.host(), m.peerPort())) != null) {
          throw new IllegalArgumentException("node id " + m.id() + " appears twice");
        }
        if (m.clientPort() > 0) {
          clientPorts.put(m.id(), m.clientPort());
        }
      }
      if (p.isEmpty()) {
        throw new IllegalArgumentException("no nodes in '" + peers + "'");
      }
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--peers: " + e.getMessage());
    }
    if (join && p.size() < 2) {
      throw new ParameterException(
          spec.commandLine(), "--join: --peers must list the cluster's nodes besides --id " + id);
    }
    if (!p.containsKey(id)) {
      throw new ParameterException(spec.commandLine(), "--peers does not list --id " + id);
    }
    if (clientPort <= 0 || clientPort > 65535) {
      throw new ParameterException(spec.commandLine(), "--client-port must be in 1..65535");
    }
    if (snapshotEntries < 1 || snapshotBytes < 1 || tailEntries < 1) {
      throw new ParameterException(
          spec.commandLine(),
          "--snapshot-entries, --snapshot-bytes and --log-tail-entries must be at least 1");
    }
    TlsConfig[] tlsConfigs = tls();
    ClusterSecret secret = secret(p.size() > 1, tlsConfigs[0] != null);
    KvLimits limits;
    NetLimits netLimits;
    try {
      limits = new KvLimits(maxKeyBytes, maxValueBytes);
      netLimits = net.limits();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    NodeConfig config = NodeConfig.of(
            id, p, new InetSocketAddress("127.0.0.1", clientPort), dataDir)
        .withKvLimits(limits)
        .withClusterId(Long.parseUnsignedLong(clusterId, 16))
        .withFsync(!noFsync)
        .withTiming(tickMs, 15, 3)
        .withNet(netLimits)
        .withSecret(secret)
        .withTls(tlsConfigs[0], tlsConfigs[1])
        .withClientPorts(clientPorts)
        .withJoin(join);
    Node node;
    try {
      node = new Node(
          config,
          Node.defaultLogOptions(config),
          new SnapshotPolicy(snapshotEntries, snapshotBytes, tailEntries));
    } catch (AccessDeniedException e) {
      System.err.println(
          "rast node: data directory " + dataDir + " is not writable (" + e.getFile() + ")");
      return 3;
    } catch (CorruptLogException e) {
      // Damage a crash cannot explain: an operator must look (the message names file and offset).
      System.err.println("node " + id + " FAILED: the log is corrupt: " + e.getMessage());
      return 70;
    } catch (CorruptSnapshotException e) {
      System.err.println("node " + id + " FAILED: the snapshot is corrupt: " + e.getMessage());
      return 70;
    } catch (IOException e) {
      System.err.println("rast node: cannot open data directory " + dataDir + ": " + e);
      return 3;
    }
    node.restarts(restarts);
    try {
      node.start();
    } catch (BindException e) {
      System.err.println("rast node: port busy: peer port " + p.get(id).getPort()
          + " or client port " + clientPort + " (" + e.getMessage() + ")");
      return 4;
    }
    CountDownLatch done = new CountDownLatch(1);
    int[] exit = {1};
    // SIGTERM / Ctrl-C start the JVM's exit, whose status would be 128 + the signal (143): the hook
    // stops the node, waits for its final sync and then ends the process with the node's own exit
    // status (0 after a clean stop), as CLUSTER.md says.
    Thread hook = new Thread(
        () -> {
          node.shutdown();
          try {
            if (!done.await(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
              System.err.println("node " + id + " did not stop within " + STOP_WAIT_SECONDS
                  + " s; exiting anyway");
              Runtime.getRuntime().halt(1);
            }
          } catch (InterruptedException ignored) {
            Runtime.getRuntime().halt(1);
          }
          Runtime.getRuntime().halt(exit[0]);
        },
        "rast-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    System.err.println("node " + id + " up: peers " + Peers.format(p) + ", clients on 127.0.0.1:"
        + clientPort + ", data " + dataDir
        + (tlsConfigs[0] != null
            ? ", TLS on both ports (peers: mutual; clients: certificate "
                + tlsConfigs[1].clientAuth().name().toLowerCase(java.util.Locale.ROOT) + ")"
            : "")
        + (secret.isSet()
            ? ", peers authenticated by the cluster secret"
            : p.size() > 1 && tlsConfigs[0] == null
                ? "; WARNING: peers are not authenticated (--insecure-no-peer-auth)"
                : ""));
    try {
      node.run();
      System.err.println("node " + id + " stopped");
      exit[0] = 0;
      return 0;
    } catch (RuntimeException | IOException e) {
      System.err.println("node " + id + " FAILED: " + e);
      e.printStackTrace();
      Runtime.getRuntime().halt(70); // do not keep serving, do not wait for the hook
      return 70;
    } finally {
      System.err.flush();
      done.countDown();
    }
  }
}
