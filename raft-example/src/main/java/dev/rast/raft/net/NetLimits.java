package dev.rast.raft.net;

/**
 * The resource limits of a node's two ports (client and peer), so that no connection, and no
 * number of connections, can make a node allocate without bound.
 *
 * @param maxRequestBytes the largest client request (one frame); a larger one is answered with an
 *     error and its bytes are discarded as they arrive, never buffered. A peer frame may be up to
 *     {@link #maxPeerFrameBytes()}; a larger one closes the connection
 * @param peerQueueBytes the bytes queued for one peer before further messages are dropped (one
 *     message larger than this is still admitted when the queue is empty)
 * @param inboundBufferBytes the total of all inbound connection buffers of the node; a connection
 *     whose buffer would take the total past it is closed
 * @param maxClientConnections client connections open at once; more are closed on accept
 * @param maxPeerConnections inbound peer connections open at once; more are closed on accept
 * @param handshakeTimeoutMillis a peer connection must complete its handshake, a client
 *     connection send its first complete request, within this time
 * @param idleTimeoutMillis a connection that receives nothing for this long is closed
 */
public record NetLimits(
    int maxRequestBytes,
    int peerQueueBytes,
    long inboundBufferBytes,
    int maxClientConnections,
    int maxPeerConnections,
    int handshakeTimeoutMillis,
    int idleTimeoutMillis) {

  /** 16 MiB requests, 8 MiB per peer queue, 256 MiB of inbound buffers, 1,024 clients, 64 peer connections, 10 s handshake, 5 min idle. */
  public static final NetLimits DEFAULT =
      new NetLimits(16 << 20, 8 << 20, 256L << 20, 1024, 64, 10_000, 300_000);

  /** Slack for the message around the largest request in an AppendEntries. */
  private static final int PEER_FRAME_SLACK = 1 << 20;

  public NetLimits {
    if (maxRequestBytes < 1024 || maxRequestBytes > (64 << 20) - PEER_FRAME_SLACK) {
      throw new IllegalArgumentException(
          "max request bytes must be in [1024, 63 MiB]: " + maxRequestBytes);
    }
    if (peerQueueBytes < 4096) {
      throw new IllegalArgumentException("peer queue bytes must be >= 4096: " + peerQueueBytes);
    }
    if (inboundBufferBytes < maxPeerFrameBytes(maxRequestBytes)) {
      throw new IllegalArgumentException("inbound buffer bytes (" + inboundBufferBytes
          + ") must hold at least one largest frame (" + maxPeerFrameBytes(maxRequestBytes) + ")");
    }
    if (maxClientConnections <= 0 || maxPeerConnections <= 0) {
      throw new IllegalArgumentException("connection limits must be > 0");
    }
    if (handshakeTimeoutMillis <= 0 || idleTimeoutMillis <= 0) {
      throw new IllegalArgumentException("timeouts must be > 0");
    }
  }

  private static int maxPeerFrameBytes(int maxRequestBytes) {
    return maxRequestBytes + PEER_FRAME_SLACK;
  }

  /** The largest peer frame: an AppendEntries carrying one largest request, plus slack. */
  public int maxPeerFrameBytes() {
    return maxPeerFrameBytes(maxRequestBytes);
  }

  public NetLimits withMaxRequestBytes(int bytes) {
    return new NetLimits(
        bytes,
        peerQueueBytes,
        inboundBufferBytes,
        maxClientConnections,
        maxPeerConnections,
        handshakeTimeoutMillis,
        idleTimeoutMillis);
  }

  public NetLimits withPeerQueueBytes(int bytes) {
    return new NetLimits(
        maxRequestBytes,
        bytes,
        inboundBufferBytes,
        maxClientConnections,
        maxPeerConnections,
        handshakeTimeoutMillis,
        idleTimeoutMillis);
  }

  public NetLimits withInboundBufferBytes(long bytes) {
    return new NetLimits(
        maxRequestBytes,
        peerQueueBytes,
        bytes,
        maxClientConnections,
        maxPeerConnections,
        handshakeTimeoutMillis,
        idleTimeoutMillis);
  }

  public NetLimits withConnections(int clients, int peers) {
    return new NetLimits(
        maxRequestBytes,
        peerQueueBytes,
        inboundBufferBytes,
        clients,
        peers,
        handshakeTimeoutMillis,
        idleTimeoutMillis);
  }

  public NetLimits withTimeouts(int handshakeMillis, int idleMillis) {
    return new NetLimits(
        maxRequestBytes,
        peerQueueBytes,
        inboundBufferBytes,
        maxClientConnections,
        maxPeerConnections,
        handshakeMillis,
        idleMillis);
  }
}
