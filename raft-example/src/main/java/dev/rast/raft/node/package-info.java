/**
 * The key-value server: {@link dev.rast.raft.node.Node} serves the client protocol (admission
 * control, sessions, the key-value state machine of {@code dev.rast.raft.kv}) on a {@code
 * dev.rast.raft.loop.RaftLoop}, which drives Raft over the node's segmented log and the peer
 * transport ({@code dev.rast.raft.net}); no Raft driving code is left here. One event-loop thread
 * (an NIO selector) owns the loop, the transport and the client connections; a sync thread makes
 * the log durable, and the loop keeps stepping while an fsync is in flight (pipelining).
 *
 * <p>Failure policy: a bad client request is answered with an error (or, when its envelope does
 * not decode, its connection closed with a log line) and never proposed; a committed entry the
 * state machine cannot apply gets an error result. An IO error on the log, or an unexpected
 * exception from the state machine (a bug: {@code dev.rast.raft.loop.StateMachineException}),
 * stops the node with that error ({@link dev.rast.raft.node.Node#run} throws); it never keeps
 * serving.
 */
package dev.rast.raft.node;
