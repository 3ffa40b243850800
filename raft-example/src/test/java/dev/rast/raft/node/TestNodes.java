package dev.rast.raft.node;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rast.raft.kv.KvClient;
import dev.rast.raft.log.LogOptions;
import dev.rast.raft.msg.KvMsg.Status;
import dev.rast.raft.net.LoopbackPorts;
import dev.rast.raft.net.TlsConfig;
import dev.rast.raft.snapshot.SnapshotPolicy;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * In-process nodes over real loopback TCP for the end-to-end node tests (membership, snapshots,
 * TLS): each node on its own thread with fast timing and small log segments, started, stopped and
 * restarted one at a time, which {@code InProcessCluster} does not offer. A test registers it as
 * a field ({@code @RegisterExtension final TestNodes nodes = new TestNodes(policy);}): after each
 * test it stops every node still running (rethrowing what stopped one) and deletes the data.
 */
final class TestNodes implements AutoCloseable, AfterEachCallback {
  private static final LogOptions OPTIONS =
      LogOptions.DEFAULT.withSegmentBytes(16 << 10).withPreallocateBytes(8 << 10);

  private final Path dir;
  private final SnapshotPolicy policy;
  private final Map<Integer, InetSocketAddress> peers = new HashMap<>();
  private final Map<Integer, InetSocketAddress> clients = new HashMap<>();
  private final Map<Integer, TlsConfig> tls = new HashMap<>();
  private final Node[] nodes = new Node[8];
  private final RunningNode[] running = new RunningNode[8];

  /** Nodes with data directories under a new temporary directory, snapshotting by {@code policy}. */
  TestNodes(SnapshotPolicy policy) {
    try {
      this.dir = Files.createTempDirectory("rast-test-nodes-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    this.policy = policy;
  }

  /** Picks node {@code id}'s peer and client addresses (before it is first named anywhere). */
  TestNodes address(int id) throws IOException {
    peers.put(id, LoopbackPorts.nextAddress());
    clients.put(id, LoopbackPorts.nextAddress());
    return this;
  }

  /** Node {@code id} uses {@code config} on both ports from its next start on. */
  TestNodes tls(int id, TlsConfig config) {
    tls.put(id, config);
    return this;
  }

  /** Every node's peer address picked so far (copy). */
  Map<Integer, InetSocketAddress> peers() {
    return new HashMap<>(peers);
  }

  /** Every node's client address picked so far (copy). */
  Map<Integer, InetSocketAddress> clients() {
    return new HashMap<>(clients);
  }

  InetSocketAddress client(int id) {
    return clients.get(id);
  }

  /** {@code HOST:PEERPORT:CLIENTPORT}, as {@code member add} takes it. */
  String memberAddress(int id) {
    return "127.0.0.1:" + peers.get(id).getPort() + ":" + clients.get(id).getPort();
  }

  /** The running node {@code id}, or null when stopped. */
  Node node(int id) {
    return nodes[id];
  }

  /** Deletes node {@code id}'s data directory (stop it first): it restarts as a new, empty node. */
  void wipe(int id) throws IOException {
    deleteTree(dir.resolve("n" + id));
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** Starts node {@code id} knowing every picked address as its peers. */
  void start(int id) throws IOException {
    start(id, peers, false, NodeConfig.DEFAULT_CLUSTER_ID, UnaryOperator.identity());
  }

  /**
   * Starts node {@code id} with {@code peerList} as its peers; {@code join}: as a node waiting to
   * be added; {@code tweak} adjusts the config last.
   */
  void start(
      int id,
      Map<Integer, InetSocketAddress> peerList,
      boolean join,
      long cluster,
      UnaryOperator<NodeConfig> tweak)
      throws IOException {
    Map<Integer, Integer> clientPorts = new HashMap<>();
    clients.forEach((n, a) -> clientPorts.put(n, a.getPort()));
    NodeConfig c = NodeConfig.of(id, peerList, clients.get(id), dir.resolve("n" + id))
        .withTiming(10, 10, 2)
        .withFsync(false)
        .withClientPorts(clientPorts)
        .withJoin(join)
        .withClusterId(cluster);
    TlsConfig t = tls.get(id);
    if (t != null) {
      c = c.withTls(t, t);
    }
    Node n = new Node(tweak.apply(c), OPTIONS, policy);
    running[id] = RunningNode.start(n, "node-" + id);
    nodes[id] = n;
  }

  /** Stops node {@code id}; throws when its loop had failed. */
  void stop(int id) throws Exception {
    running[id].stop();
    nodes[id] = null;
  }

  /**
   * Promotes learner {@code id}, asking again for up to 20 s while the leader answers that it has
   * not caught up (its applied index can lead the leader's view of its match by a heartbeat).
   */
  static KvClient.Result promote(KvClient c, int id) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    KvClient.Result r;
    do {
      r = c.promoteMember(id);
    } while (r.status() == Status.REFUSED
        && r.message().contains("not caught up")
        && System.nanoTime() < deadline);
    return r;
  }

  /** The leader some running node knows of, waiting up to 20 s for one. */
  int leader() throws InterruptedException {
    int[] l = {0};
    waitFor("a leader", () -> {
      for (Node n : nodes) {
        if (n != null && n.knownLeader() != 0 && nodes[n.knownLeader()] != null) {
          l[0] = n.knownLeader();
          return true;
        }
      }
      return false;
    });
    return l[0];
  }

  /** Node {@code id}'s status JSON, asked over its client port. */
  String status(int id) throws IOException {
    TlsConfig t = tls.get(id);
    return t == null
        ? KvClient.status(clients.get(id), 2000)
        : KvClient.status(clients.get(id), 2000, t);
  }

  /** Whether node {@code id}'s status answers and contains {@code text}. */
  boolean statusContains(int id, String text) {
    try {
      return status(id).contains(text);
    } catch (IOException e) {
      return false;
    }
  }

  /** The numeric field {@code name} of node {@code id}'s status, or -1 when it does not answer. */
  long statusField(int id, String name) {
    try {
      return field(status(id), name);
    } catch (IOException e) {
      return -1;
    }
  }

  /** The numeric field {@code name} of a status JSON; fails the test when absent. */
  static long field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":(\\d+)").matcher(json);
    assertTrue(m.find(), name + " in " + json);
    return Long.parseLong(m.group(1));
  }

  /** Polls {@code done} every 50 ms for up to 20 s; fails the test naming {@code what}. */
  static void waitFor(String what, BooleanSupplier done) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
    while (!done.getAsBoolean()) {
      assertTrue(System.nanoTime() < end, "timed out waiting: " + what);
      Thread.sleep(50);
    }
  }

  @Override
  public void close() throws Exception {
    for (int i = 1; i < nodes.length; i++) {
      if (nodes[i] != null) {
        stop(i);
      }
    }
  }

  /** After each test: {@link #close}, then the data goes. */
  @Override
  public void afterEach(ExtensionContext context) throws Exception {
    try {
      close();
    } finally {
      deleteTree(dir);
    }
  }
}
