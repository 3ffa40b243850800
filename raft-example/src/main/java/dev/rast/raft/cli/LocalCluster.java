package dev.rast.raft.cli;

import dev.rast.raft.kv.KvClient;
import dev.rast.raft.net.ClusterSecret;
import dev.rast.raft.net.LoopbackPorts;
import dev.rast.raft.net.TlsConfig;
import java.io.Closeable;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * N node processes on loopback, each a {@code java ... Main node} child of this JVM (same
 * classpath), with data under one directory. Kills every child on {@link #close} and at JVM exit.
 * Not thread-safe.
 */
public final class LocalCluster implements Closeable {
  private static final Pattern ROLE = Pattern.compile("\"role\":\"(\\w+)\"");
  private static final Pattern TERM = Pattern.compile("\"term\":(\\d+)");
  private static final Pattern PID = Pattern.compile("\"pid\":(\\d+)");

  private final int size;
  private final Path dataDir;
  private final boolean fsync;
  private final Map<Integer, InetSocketAddress> peers = new TreeMap<>();
  private final Map<Integer, InetSocketAddress> clients = new TreeMap<>();
  private final Process[] processes;
  private final int[] starts;
  private volatile boolean closing;
  /** Per node: stopped on purpose ({@link #kill}, {@link #stopAll}), so its exit is no failure. */
  private final boolean[] stopped;

  /** Nodes 1..bootstrapSize form the cluster at its first start; the others join it later. */
  private int bootstrapSize;
  /** Per node started with --join: the seeds it was given (null: a bootstrap node). */
  private final List<Integer>[] joinSeeds;

  private final Path logDir;
  private final List<String> extraJvm;
  private List<String> nodeArgs = List.of();
  /** The cluster secret its nodes share (created under the data directory unless given). */
  private Path secretFile;
  /** TLS certificates of the nodes (null: plaintext). */
  private volatile LocalCertificates tls;
  /** TLS of this process's status probes (null: plaintext). */
  private volatile TlsConfig clientTls;

  private final Thread hook = new Thread(this::stopOnExit, "rast-cluster-cleanup");

  /**
   * @param basePeerPort 0: pick free ports; else peers at base+i and clients at baseClientPort+i
   * @param extraJvm JVM options of every node process; {@code {id}} in one is replaced by the node's
   *     id (a GC log file per node)
   */
  public LocalCluster(
      int size,
      Path dataDir,
      boolean fsync,
      int basePeerPort,
      int baseClientPort,
      List<String> extraJvm)
      throws IOException {
    this.size = size;
    this.dataDir = dataDir;
    this.fsync = fsync;
    this.extraJvm = extraJvm;
    this.processes = new Process[size + 1];
    this.starts = new int[size + 1];
    this.stopped = new boolean[size + 1];
    this.bootstrapSize = size;
    @SuppressWarnings("unchecked")
    List<Integer>[] seeds = new List[size + 1];
    this.joinSeeds = seeds;
    this.logDir = dataDir.resolve("logs");
    Files.createDirectories(logDir);
    for (int i = 1; i <= size; i++) {
      int peerPort = basePeerPort == 0 ? LoopbackPorts.next() : basePeerPort + i;
      int clientPort = baseClientPort == 0 ? LoopbackPorts.next() : baseClientPort + i;
      peers.put(i, new InetSocketAddress("127.0.0.1", peerPort));
      clients.put(i, new InetSocketAddress("127.0.0.1", clientPort));
    }
    Runtime.getRuntime().addShutdownHook(hook);
  }

  /** The client addresses by node id. */
  public Map<Integer, InetSocketAddress> clientAddresses() {
    return clients;
  }

  /** The peer addresses by node id. */
  public Map<Integer, InetSocketAddress> peerAddresses() {
    return peers;
  }

  public int size() {
    return size;
  }

  public Path dataDir() {
    return dataDir;
  }

  /**
   * The file of the secret the nodes share: the one {@link #secretFile(Path)} chose, or else
   * {@code cluster.secret} in the data directory, created (mode 600, random) if absent.
   */
  public synchronized Path secretFile() throws IOException {
    if (secretFile == null) {
      Path f = dataDir.resolve("cluster.secret");
      ClusterSecret.createIfAbsent(f);
      secretFile = f;
    }
    return secretFile;
  }

  /** Has the nodes started from now on use the secret in {@code file}. */
  public synchronized void secretFile(Path file) {
    secretFile = file;
  }

  /**
   * Runs the nodes started from now on with TLS on both ports, with the certificates in {@code
   * certs} ({@link LocalCertificates#ensureCluster} made), client certificates required.
   */
  public void tls(LocalCertificates certs) {
    clientTls = certs.clientConfig("client", "ca");
    tls = certs;
  }

  /** TLS to the nodes' client ports, with the client certificate (null: plaintext). */
  public TlsConfig clientTls() {
    return clientTls;
  }

  /** Extra {@code rast node} arguments for every node started from now on. */
  public void nodeArgs(List<String> args) {
    nodeArgs = List.copyOf(args);
  }

  /** Has only nodes 1..{@code n} form the cluster ({@link #startAll}); the others join it later. */
  public void bootstrap(int n) {
    bootstrapSize = n;
  }

  /** The number of nodes that form the cluster at its first start. */
  public int bootstrapSize() {
    return bootstrapSize;
  }

  /** Starts every bootstrap node. */
  public void startAll() throws IOException {
    for (int i = 1; i <= bootstrapSize; i++) {
      start(i);
    }
  }

  /**
   * Starts node {@code id} with {@code --join}, its {@code --peers} the nodes {@code seeds} (the
   * members now) and itself; restarts of it join the same way.
   */
  public void startJoining(int id, List<Integer> seeds) throws IOException {
    joinSeeds[id] = List.copyOf(seeds);
    start(id);
  }

  /** {@code HOST:PEERPORT:CLIENTPORT} of node {@code id} (what `rast member add` takes). */
  public String memberAddress(int id) {
    return peers.get(id).getHostString() + ":" + peers.get(id).getPort() + ":"
        + clients.get(id).getPort();
  }

  /** Node {@code to} takes over the ports of node {@code from} (a machine back under a new id). */
  public void moveAddresses(int from, int to) {
    peers.put(to, peers.get(from));
    clients.put(to, clients.get(from));
  }

  /** Deletes node {@code id}'s data directory (a wiped disk); the node must not run. */
  public void wipe(int id) {
    DemoCommand.deleteTree(dataDir.resolve("node-" + id));
  }

  /** The {@code --peers} value: {@code id=host:peerport:clientport} of each of {@code ids}. */
  private String peerList(List<Integer> ids) {
    StringBuilder sb = new StringBuilder();
    for (int i : ids) {
      sb.append(sb.length() == 0 ? "" : ",").append(i).append('=').append(memberAddress(i));
    }
    return sb.toString();
  }

  /**
   * Starts (or restarts) node {@code id}; its output goes to {@code logs/node-<id>.log}. Does
   * nothing once {@link #close} or {@link #stopAll} has begun (a supervisor racing Ctrl-C must not
   * bring a node back).
   */
  public synchronized void start(int id) throws IOException {
    if (closing) {
      return;
    }
    List<String> cmd = new ArrayList<>();
    cmd.add(ProcessHandle.current().info().command().orElse("java"));
    for (String opt : extraJvm) {
      cmd.add(opt.replace("{id}", Integer.toString(id)));
    }
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(Main.class.getName());
    cmd.add("node");
    cmd.add("--id=" + id);
    List<Integer> ids = new ArrayList<>();
    if (joinSeeds[id] == null) {
      for (int i = 1; i <= bootstrapSize; i++) {
        ids.add(i);
      }
    } else {
      ids.addAll(joinSeeds[id]);
      ids.add(id);
      cmd.add("--join");
    }
    cmd.add("--peers=" + peerList(ids));
    cmd.add("--client-port=" + clients.get(id).getPort());
    cmd.add("--data-dir=" + dataDir.resolve("node-" + id));
    cmd.add("--restarts=" + starts[id]);
    if (!fsync) {
      cmd.add("--no-fsync");
    }
    cmd.add("--cluster-secret-file=" + secretFile());
    if (tls != null) {
      cmd.addAll(tls.nodeArgs(id));
    }
    cmd.addAll(nodeArgs);
    ProcessBuilder pb = new ProcessBuilder(cmd)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(
            logDir.resolve("node-" + id + ".log").toFile()));
    processes[id] = pb.start();
    stopped[id] = false;
    starts[id]++;
  }

  /** How often node {@code id} was started again after its first start. */
  public int restarts(int id) {
    return Math.max(0, starts[id] - 1);
  }

  /** Whether {@link #stopAll} or {@link #close} has begun: nodes are going down on purpose. */
  public boolean closing() {
    return closing;
  }

  /** Node {@code id}'s exit code once its process ended (128 + n when killed by signal n), else -1. */
  public int exitCode(int id) {
    Process p = processes[id];
    return p == null || p.isAlive() ? -1 : p.exitValue();
  }

  /** Whether node {@code id}'s process is running. */
  public boolean alive(int id) {
    return processes[id] != null && processes[id].isAlive();
  }

  /**
   * The first node whose process has exited although nobody stopped it, with its exit code and log
   * file; null while every started node runs.
   */
  public String failure() {
    for (int i = 1; i <= size; i++) {
      Process p = processes[i];
      if (p != null && !p.isAlive() && !stopped[i]) {
        return "node " + i + " (pid " + p.pid() + ") exited with code " + p.exitValue()
            + "; the end of " + logDir.resolve("node-" + i + ".log") + ":\n" + logTail(i, 5);
      }
    }
    return null;
  }

  /** The process id of node {@code id} (-1 if not running). */
  public long pid(int id) {
    return alive(id) ? processes[id].pid() : -1;
  }

  /** kill -9. */
  public void kill(int id) throws InterruptedException {
    Process p = processes[id];
    stopped[id] = true;
    if (p != null) {
      p.destroyForcibly();
      p.waitFor(10, TimeUnit.SECONDS);
    }
  }

  /** SIGSTOP ({@code stop = true}) or SIGCONT. */
  public void signal(int id, boolean stop) throws IOException, InterruptedException {
    long pid = pid(id);
    if (pid > 0) {
      new ProcessBuilder("kill", stop ? "-STOP" : "-CONT", Long.toString(pid))
          .inheritIO()
          .start()
          .waitFor(5, TimeUnit.SECONDS);
    }
  }

  /** Node {@code id}'s status JSON, or null if it does not answer. */
  public String status(int id) {
    try {
      TlsConfig t = clientTls;
      return KvClient.status(clients.get(id), t == null ? 300 : 1000, t);
    } catch (IOException e) {
      return null;
    }
  }

  /**
   * The id of a node of this cluster that reports itself leader (0: none answers so). A process
   * answering on a node's port that is not this cluster's child (another cluster on the same
   * ports) does not count.
   */
  public int leader() {
    for (int i = 1; i <= size; i++) {
      if (alive(i)) {
        String s = status(i);
        if (s != null && ours(i, s)) {
          Matcher m = ROLE.matcher(s);
          if (m.find() && m.group(1).equals("LEADER")) {
            return i;
          }
        }
      }
    }
    return 0;
  }

  private boolean ours(int id, String status) {
    Matcher m = PID.matcher(status);
    return !m.find() || Long.parseLong(m.group(1)) == pid(id);
  }

  /** The highest term any node reports. */
  public long maxTerm() {
    long t = 0;
    for (int i = 1; i <= size; i++) {
      String s = alive(i) ? status(i) : null;
      if (s != null) {
        Matcher m = TERM.matcher(s);
        if (m.find()) {
          t = Math.max(t, Long.parseLong(m.group(1)));
        }
      }
    }
    return t;
  }

  /** Waits until some node is leader; returns its id (0 on timeout). */
  public int awaitLeader(long timeoutMillis) throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(timeoutMillis);
    while (System.nanoTime() < end) {
      int l = leader();
      if (l != 0) {
        return l;
      }
      Thread.sleep(50);
    }
    return 0;
  }

  /** The last lines of node {@code id}'s log, for error reports. */
  public String logTail(int id, int lines) {
    try {
      List<String> all = Files.readAllLines(logDir.resolve("node-" + id + ".log"));
      return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  /** Graceful stop: SIGTERM (SIGCONT first, in case it is paused), then kill -9 after 5 s. */
  public void stopAll() throws InterruptedException {
    synchronized (this) {
      closing = true;
    }
    for (int i = 1; i <= size; i++) {
      stopped[i] = true;
      if (alive(i)) {
        try {
          signal(i, false);
        } catch (IOException ignored) {
          // it is destroyed below anyway
        }
        processes[i].destroy();
      }
    }
    for (int i = 1; i <= size; i++) {
      if (processes[i] != null && !processes[i].waitFor(5, TimeUnit.SECONDS)) {
        processes[i].destroyForcibly();
      }
    }
  }

  /** At JVM exit (Ctrl-C): SIGTERM the nodes so they stop gracefully, kill -9 what lingers. */
  private void stopOnExit() {
    try {
      stopAll();
    } catch (InterruptedException e) {
      destroyAll();
    }
  }

  private void destroyAll() {
    for (Process p : processes) {
      if (p != null && p.isAlive()) {
        p.destroyForcibly();
      }
    }
  }

  @Override
  public void close() {
    try {
      stopAll();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      destroyAll();
    }
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException ignored) {
      // already shutting down: the hook runs
    }
  }
}
