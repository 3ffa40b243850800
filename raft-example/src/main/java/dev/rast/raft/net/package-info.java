/**
 * The NIO TCP transport between Raft nodes.
 *
 * <p>Every frame on a connection is {@code length:u32le} followed by that many bytes: one Cap'n
 * Proto message in the standard stream framing. A node dials one outbound connection per peer and
 * only sends on it; it accepts its peers' connections and only receives on them. A connection
 * opens with a {@link dev.rast.raft.net.Handshake} carrying the cluster id and both node ids; the
 * acceptor closes the connection of a node of another cluster (or one that thinks it is talking
 * to another node). With a {@link dev.rast.raft.net.ClusterSecret}, both sides then prove they
 * hold it ({@link dev.rast.raft.net.PeerAuth}: an HMAC challenge-response over fresh nonces)
 * before any Raft message is read. Without TLS the frames after the handshake are neither
 * encrypted nor authenticated.
 *
 * <p>TLS ({@link dev.rast.raft.net.TlsConfig}, optional): a {@link dev.rast.raft.net.TlsChannel}
 * runs the JDK's {@link javax.net.ssl.SSLEngine} over the same non-blocking sockets and event loop,
 * below the handshake above: between peers it is mutual (each presents a certificate of the
 * cluster's CA, and the dialer checks that the acceptor's names the host it dialled); on a node's
 * client port client certificates are optional. Key material comes from PEM files or a PKCS#12
 * keystore ({@link dev.rast.raft.net.TlsFiles}, {@link dev.rast.raft.net.Pem}). Plaintext
 * connections do not go through the TLS classes at all.
 *
 * <p>Sending: messages are serialized straight into the peer's send queue, bounded in bytes (a
 * slow or dead follower cannot grow the sender's memory: what does not fit is dropped, counted and
 * logged, and Raft retransmits; an empty queue admits one message larger than the bound); one
 * {@code write} flushes every message queued since the last one (batching). A broken connection is
 * redialled with exponential backoff. The queue is a {@link dev.rast.raft.net.FrameWriter}, the
 * same frame writer the node's client connections answer through.
 *
 * <p>Limits ({@link dev.rast.raft.net.NetLimits}): inbound connections are limited in number,
 * closed when they do not finish the handshake or stay idle past a timeout, and every refusal is
 * logged rate-limited ({@link dev.rast.raft.net.RateLimitedLog}); receive buffers grow with the
 * bytes received, never with an announced length, within a per-node {@link
 * dev.rast.raft.net.InboundBudget}.
 *
 * <p>Receiving: bytes are read into a chunk buffer and each complete frame is handed to the {@link
 * dev.rast.raft.net.MessageSink} in place: no copy, no allocation per message. The sink says
 * whether it keeps a reference to the frame's bytes (a follower logs AppendEntries records where
 * they were received); a chunk whose bytes are referenced is never overwritten — the reader moves
 * to a fresh chunk when it fills up — while an unreferenced chunk is compacted and reused.
 *
 * <p>Not thread-safe: one event-loop thread owns a {@link dev.rast.raft.net.Transport} and its
 * selector.
 */
package dev.rast.raft.net;
