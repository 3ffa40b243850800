/**
 * Load runs of peer Raft implementations (SOFAJRaft, Apache Ratis) in the same shape as {@code rast bench}:
 * three nodes in one JVM on loopback, a counter state machine, fsync on, one client keeping C requests in
 * flight. Entry point: {@link dev.rast.peers.PeerBench}.
 */
package dev.rast.peers;
