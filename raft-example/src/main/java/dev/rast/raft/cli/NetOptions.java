package dev.rast.raft.cli;

import dev.rast.raft.net.NetLimits;
import java.util.List;
import picocli.CommandLine.Option;

/** The limits of a node's ports, shared by {@code rast node} and {@code rast cluster} (see CLUSTER.md). */
final class NetOptions {
  private static final NetLimits D = NetLimits.DEFAULT;

  @Option(
      names = "--max-request-bytes",
      defaultValue = "" + (16 << 20),
      description =
          "Largest client request (a put's key and value plus ~100 bytes); a larger one gets an error. Default: ${DEFAULT-VALUE}.")
  int maxRequestBytes = D.maxRequestBytes();

  @Option(
      names = "--peer-queue-bytes",
      defaultValue = "" + (8 << 20),
      description =
          "Bytes queued per peer before messages are dropped (an empty queue admits one larger message). Default: ${DEFAULT-VALUE}.")
  int peerQueueBytes = D.peerQueueBytes();

  @Option(
      names = "--inbound-buffer-bytes",
      defaultValue = "" + (256L << 20),
      description =
          "Total receive-buffer memory of all connections of the node. Default: ${DEFAULT-VALUE}.")
  long inboundBufferBytes = D.inboundBufferBytes();

  @Option(
      names = "--max-client-connections",
      defaultValue = "1024",
      description = "Default: ${DEFAULT-VALUE}.")
  int maxClientConnections = D.maxClientConnections();

  @Option(
      names = "--max-peer-connections",
      defaultValue = "64",
      description = "Inbound peer connections. Default: ${DEFAULT-VALUE}.")
  int maxPeerConnections = D.maxPeerConnections();

  @Option(
      names = "--handshake-timeout-ms",
      defaultValue = "10000",
      description =
          "Close a peer connection without a handshake, a client connection without a complete request, after this long. Default: ${DEFAULT-VALUE}.")
  int handshakeTimeoutMs = D.handshakeTimeoutMillis();

  @Option(
      names = "--idle-timeout-ms",
      defaultValue = "300000",
      description =
          "Close a connection that sends nothing for this long. Default: ${DEFAULT-VALUE}.")
  int idleTimeoutMs = D.idleTimeoutMillis();

  /** The limits; throws IllegalArgumentException naming a bad value. */
  NetLimits limits() {
    return new NetLimits(
        maxRequestBytes,
        peerQueueBytes,
        inboundBufferBytes,
        maxClientConnections,
        maxPeerConnections,
        handshakeTimeoutMs,
        idleTimeoutMs);
  }

  /** The same options as {@code rast node} arguments. */
  List<String> asArgs() {
    return List.of(
        "--max-request-bytes=" + maxRequestBytes,
        "--peer-queue-bytes=" + peerQueueBytes,
        "--inbound-buffer-bytes=" + inboundBufferBytes,
        "--max-client-connections=" + maxClientConnections,
        "--max-peer-connections=" + maxPeerConnections,
        "--handshake-timeout-ms=" + handshakeTimeoutMs,
        "--idle-timeout-ms=" + idleTimeoutMs);
  }
}
