/**
 * A running Raft node: the pure core ({@code dev.rast.raft.core}) driven by one event-loop thread
 * that owns the peer transport ({@code dev.rast.raft.net}), the client connections and the
 * key-value state machine ({@code dev.rast.raft.kv}), plus one sync thread that makes the log
 * durable. The loop keeps stepping while an fsync is in flight (pipelining): records are written
 * (to the page cache) at once, the sync thread forces them in the background, and messages the
 * core marks {@code afterPersist} wait in {@link dev.rast.raft.node.HeldMessages} until the sync
 * that covers them completes.
 *
 * <p>Failure policy: a bad client request is answered with an error (or, when its envelope does
 * not decode, its connection closed with a log line) and never proposed; a committed entry the
 * state machine cannot apply gets an error result. An IO error on the log, or an unexpected
 * exception from the state machine (a bug), stops the node with that error ({@link
 * dev.rast.raft.node.Node#run} throws); it never keeps serving.
 */
package dev.rast.raft.node;
