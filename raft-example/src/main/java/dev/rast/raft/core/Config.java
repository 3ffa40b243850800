package dev.rast.raft.core;

import java.util.Arrays;
import java.util.random.RandomGenerator;

/**
 * The settings of one {@link RaftNode}. Times are in ticks (calls to {@code tick()}); sizes in
 * bytes. Immutable apart from the injected random source, which only the node uses.
 *
 * @param id this node's id (> 0)
 * @param voters the bootstrap configuration's voters: in effect until the log or a snapshot says
 *     otherwise (see {@link Membership}); a node joining a running cluster may be absent from it, and
 *     then never campaigns until a configuration makes it a voter
 * @param clusterId messages carrying another cluster id are dropped
 * @param electionTicks base election timeout; each round picks one in [electionTicks, 2 * electionTicks)
 * @param heartbeatTicks how often a leader sends heartbeats (< electionTicks)
 * @param maxInflight AppendEntries messages in flight per follower in replicate mode
 * @param maxInflightBytes record bytes in flight per follower in replicate mode
 * @param maxMessageBytes record bytes per AppendEntries (at least one record is always sent)
 * @param preVote campaign with a pre-vote round first, so a partitioned node cannot inflate terms
 * @param checkQuorum a leader that has not heard from a quorum for an election timeout steps down,
 *     and a follower that hears from its leader ignores vote requests (the leader lease)
 * @param initialLogCapacity in-memory log slots reserved up front
 * @param logCacheBytes with a {@link LogStorage}: record bytes of durable, applied entries kept in
 *     memory for followers close behind (older ones are read from the storage)
 * @param random the only source of randomness (election jitter); seed it for reproducible runs
 */
public record Config(
    int id,
    int[] voters,
    long clusterId,
    int electionTicks,
    int heartbeatTicks,
    int maxInflight,
    long maxInflightBytes,
    int maxMessageBytes,
    boolean preVote,
    boolean checkQuorum,
    int initialLogCapacity,
    long logCacheBytes,
    RandomGenerator random) {

  public Config {
    if (id <= 0) {
      throw new IllegalArgumentException("id must be > 0: " + id);
    }
    voters = voters.clone();
    if (Arrays.stream(voters).anyMatch(v -> v <= 0)) {
      throw new IllegalArgumentException("voter ids must be > 0: " + Arrays.toString(voters));
    }
    if (heartbeatTicks <= 0 || electionTicks <= heartbeatTicks) {
      throw new IllegalArgumentException(
          "need 0 < heartbeatTicks < electionTicks: " + heartbeatTicks + ", " + electionTicks);
    }
    if (maxInflight <= 0 || maxInflightBytes <= 0 || maxMessageBytes <= 0) {
      throw new IllegalArgumentException("in-flight and message limits must be > 0");
    }
    if (logCacheBytes < 0) {
      throw new IllegalArgumentException("logCacheBytes must be >= 0: " + logCacheBytes);
    }
    if (random == null) {
      throw new NullPointerException("random == null");
    }
  }

  /**
   * Defaults: election 10 ticks, heartbeat 1, 64 messages / 4 MiB in flight, 256 KiB per message,
   * pre-vote and check-quorum on, an 8 MiB log cache.
   */
  public static Config of(int id, int[] voters, long clusterId, RandomGenerator random) {
    return new Config(
        id, voters, clusterId, 10, 1, 64, 4 << 20, 256 << 10, true, true, 1024, 8 << 20, random);
  }

  /** A copy with a different log cache size. */
  public Config withLogCacheBytes(long bytes) {
    return new Config(
        id,
        voters,
        clusterId,
        electionTicks,
        heartbeatTicks,
        maxInflight,
        maxInflightBytes,
        maxMessageBytes,
        preVote,
        checkQuorum,
        initialLogCapacity,
        bytes,
        random);
  }

  /** A copy with a different initial log capacity. */
  public Config withInitialLogCapacity(int capacity) {
    return new Config(
        id,
        voters,
        clusterId,
        electionTicks,
        heartbeatTicks,
        maxInflight,
        maxInflightBytes,
        maxMessageBytes,
        preVote,
        checkQuorum,
        capacity,
        logCacheBytes,
        random);
  }

  /** A copy with different in-flight limits. */
  public Config withInflight(int count, long bytes, int messageBytes) {
    return new Config(
        id,
        voters,
        clusterId,
        electionTicks,
        heartbeatTicks,
        count,
        bytes,
        messageBytes,
        preVote,
        checkQuorum,
        initialLogCapacity,
        logCacheBytes,
        random);
  }

  /** A copy with pre-vote and check-quorum set. */
  public Config withElection(
      int electionTicks, int heartbeatTicks, boolean preVote, boolean checkQuorum) {
    return new Config(
        id,
        voters,
        clusterId,
        electionTicks,
        heartbeatTicks,
        maxInflight,
        maxInflightBytes,
        maxMessageBytes,
        preVote,
        checkQuorum,
        initialLogCapacity,
        logCacheBytes,
        random);
  }

  @Override
  public int[] voters() {
    return voters.clone();
  }
}
