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
        ports,
        join);
  }

  /** A copy that joins a running cluster ({@code on}) instead of bootstrapping one. */
  public NodeConfig withJoin(boolean on) {
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
        on);
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

  public NodeConfig withClusterId(long cluster) {
    return new NodeConfig(
        id,
        peers,
        clientAddress,
        dataDir,
        cluster,
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

  public NodeConfig withFsync(boolean on) {
    return new NodeConfig(
        id,
        peers,
        clientAddress,
        dataDir,
        clusterId,
        tickMillis,
        electionTicks,
        heartbeatTicks,
        on,
        net,
        kv,
        secret,
        peerTls,
        clientTls,
        clientPorts,
        join);
  }

  public NodeConfig withNet(NetLimits limits) {
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
        limits,
        kv,
        secret,
        peerTls,
        clientTls,
        clientPorts,
        join);
  }

  public NodeConfig withKvLimits(KvLimits limits) {
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
        limits,
        secret,
        peerTls,
        clientTls,
        clientPorts,
        join);
  }

  public NodeConfig withTiming(int tick, int election, int heartbeat) {
    return new NodeConfig(
        id,
        peers,
        clientAddress,
        dataDir,
        clusterId,
        tick,
        election,
        heartbeat,
        fsync,
        net,
        kv,
        secret,
        peerTls,
        clientTls,
        clientPorts,
        join);
  }

  public NodeConfig withSecret(ClusterSecret s) {
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
        s,
        peerTls,
        clientTls,
        clientPorts,
        join);
  }

  /** TLS on the peer port ({@code peer}, mutual) and the client port ({@code client}); null: off. */
  public NodeConfig withTls(TlsConfig peer, TlsConfig client) {
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
        peer,
        client,
        clientPorts,
        join);
  }
}
