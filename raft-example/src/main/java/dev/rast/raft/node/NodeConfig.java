package dev.rast.raft.node;

import dev.rast.raft.core.Member;
import dev.rast.raft.core.Membership;
import dev.rast.raft.kv.KvLimits;
import dev.rast.raft.net.ClusterSecret;
import dev.rast.raft.net.NetLimits;
import dev.rast.raft.net.TlsConfig;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.Map;

/**
 * The settings of one {@link Node}.
 *
 * @param id this node's id
 * @param peers every node's id and peer address, this node's included
 * @param clientAddress where clients connect
 * @param dataDir the log and hard state live here
 * @param clusterId peers of another cluster are refused at the handshake
 * @param tickMillis the length of one Raft tick
 * @param electionTicks base election timeout in ticks (randomized up to twice that)
 * @param heartbeatTicks heartbeat interval in ticks
 * @param fsync force writes to disk before acknowledging them (off only for tests)
 * @param net limits of both ports: request and frame sizes, the per-peer queue, inbound buffer
 *     memory, connection counts, handshake and idle timeouts
 * @param kv the size limits of client requests, checked before a request is proposed
 * @param secret the cluster secret peers prove in the handshake ({@link ClusterSecret#NONE}: peers
 *     are not authenticated)
 * @param peerTls mutual TLS on the peer port and the links to peers (null: plaintext)
 * @param clientTls TLS on the client port, with its client-certificate policy (null: plaintext)
 * @param clientPorts the other nodes' client ports where known (id to port): they go into the
 *     bootstrap configuration, from which clients learn where to connect
 * @param join this node joins a running cluster: it is not one of the bootstrap voters ({@code
 *     peers} minus itself, the seeds it first talks to), never campaigns, and waits to be added
 *     (as a learner) by the cluster, from which it receives the log or a snapshot
 */
public record NodeConfig(
    int id,
    Map<Integer, InetSocketAddress> peers,
    InetSocketAddress clientAddress,
    Path dataDir,
    long clusterId,
    int tickMillis,
    int electionTicks,
    int heartbeatTicks,
    boolean fsync,
    NetLimits net,
    KvLimits kv,
    ClusterSecret secret,
    TlsConfig peerTls,
    TlsConfig clientTls,
    Map<Integer, Integer> clientPorts,
    boolean join) {

  /** The default cluster id. */
  public static final long DEFAULT_CLUSTER_ID = 0x7261737400000001L;

  public NodeConfig {
    peers = Map.copyOf(peers);
    clientPorts = Map.copyOf(clientPorts);
    if (secret == null) {
      throw new IllegalArgumentException("no cluster secret: use ClusterSecret.NONE for none");
    }
    if (!peers.containsKey(id)) {
      throw new IllegalArgumentException("--peers does not list this node's id " + id);
    }
  }

  /** Defaults: 20 ms ticks, election 15 ticks (300-600 ms), heartbeat 3 ticks, fsync on, {@link NetLimits#DEFAULT}, {@link KvLimits#DEFAULT}, no cluster secret. */
  public static NodeConfig of(
      int id, Map<Integer, InetSocketAddress> peers, InetSocketAddress client, Path dataDir) {
    return new NodeConfig(
        id,
        peers,
        client,
        dataDir,
        DEFAULT_CLUSTER_ID,
        20,
        15,
        3,
        true,
        NetLimits.DEFAULT,
        KvLimits.DEFAULT,
        ClusterSecret.NONE,
        null,
        null,
        Map.of(),
        false);
  }

  /** A copy that knows the other nodes' client ports ({@code ports}: id to port). */
  public NodeConfig withClientPorts(Map<Integer, Integer> ports) {
    Copy c = new Copy(this);
    c.clientPorts = ports;
    return c.build();
  }

  /** A copy that joins a running cluster ({@code on}) instead of bootstrapping one. */
  public NodeConfig withJoin(boolean on) {
    Copy c = new Copy(this);
    c.join = on;
    return c.build();
  }

  /**
   * The bootstrap configuration: every node of {@code peers} a voter (this one left out when it
   * joins), each with its addresses (this node's client port from {@link #clientAddress}).
   */
  public Membership bootstrap() {
    int[] voters = peers.keySet().stream()
        .mapToInt(Integer::intValue)
        .filter(i -> !join || i != id)
        .sorted()
        .toArray();
    Member[] members = peers.entrySet().stream()
        .filter(e -> e.getValue().getPort() > 0) // an ephemeral port (tests) is no address
        .map(e -> new Member(
            e.getKey(),
            e.getValue().getHostString(),
            e.getValue().getPort(),
            e.getKey() == id ? clientAddress.getPort() : clientPorts.getOrDefault(e.getKey(), 0)))
        .toArray(Member[]::new);
    return new Membership(voters, new int[0], members);
  }

  /** A copy in cluster {@code cluster}: peers of any other cluster id are refused. */
  public NodeConfig withClusterId(long cluster) {
    Copy c = new Copy(this);
    c.clusterId = cluster;
    return c.build();
  }

  /** A copy that forces writes to disk before acknowledging them ({@code on}) or not (tests). */
  public NodeConfig withFsync(boolean on) {
    Copy c = new Copy(this);
    c.fsync = on;
    return c.build();
  }

  /** A copy with the port limits {@code limits}. */
  public NodeConfig withNet(NetLimits limits) {
    Copy c = new Copy(this);
    c.net = limits;
    return c.build();
  }

  /** A copy with the client request size limits {@code limits}. */
  public NodeConfig withKvLimits(KvLimits limits) {
    Copy c = new Copy(this);
    c.kv = limits;
    return c.build();
  }

  /** A copy with {@code tick} ms ticks, elections after {@code election} and heartbeats every {@code heartbeat} ticks. */
  public NodeConfig withTiming(int tick, int election, int heartbeat) {
    Copy c = new Copy(this);
    c.tickMillis = tick;
    c.electionTicks = election;
    c.heartbeatTicks = heartbeat;
    return c.build();
  }

  /** A copy whose peers must prove {@code s} in the handshake. */
  public NodeConfig withSecret(ClusterSecret s) {
    Copy c = new Copy(this);
    c.secret = s;
    return c.build();
  }

  /** TLS on the peer port ({@code peer}, mutual) and the client port ({@code client}); null: off. */
  public NodeConfig withTls(TlsConfig peer, TlsConfig client) {
    Copy c = new Copy(this);
    c.peerTls = peer;
    c.clientTls = client;
    return c.build();
  }

  /**
   * A mutable copy of every component, so that each {@code with…} method names only what it
   * changes (a record has no withers, and sixteen-argument constructor calls hide which one
   * differs).
   */
  private static final class Copy {
    private final int id;
    private final Map<Integer, InetSocketAddress> peers;
    private final InetSocketAddress clientAddress;
    private final Path dataDir;
    private long clusterId;
    private int tickMillis;
    private int electionTicks;
    private int heartbeatTicks;
    private boolean fsync;
    private NetLimits net;
    private KvLimits kv;
    private ClusterSecret secret;
    private TlsConfig peerTls;
    private TlsConfig clientTls;
    private Map<Integer, Integer> clientPorts;
    private boolean join;

    Copy(NodeConfig c) {
      id = c.id;
      peers = c.peers;
      clientAddress = c.clientAddress;
      dataDir = c.dataDir;
      clusterId = c.clusterId;
      tickMillis = c.tickMillis;
      electionTicks = c.electionTicks;
      heartbeatTicks = c.heartbeatTicks;
      fsync = c.fsync;
      net = c.net;
      kv = c.kv;
      secret = c.secret;
      peerTls = c.peerTls;
      clientTls = c.clientTls;
      clientPorts = c.clientPorts;
      join = c.join;
    }

    NodeConfig build() {
      return new NodeConfig(
          id,
          peers,
          clientAddress,
          dataDir,
          clusterId,
          tickMillis,
          electionTicks,
          heartbeatTicks,
          fsync,
          net,
          kv,
          secret,
          peerTls,
          clientTls,
          clientPorts,
          join);
    }
  }
}
