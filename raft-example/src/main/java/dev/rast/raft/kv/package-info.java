/**
 * The key-value service: the replicated state machine ({@link dev.rast.raft.kv.KvStateMachine}:
 * get, put, cput, delete, with client sessions that make retried writes exactly-once) and the
 * Java client library ({@link dev.rast.raft.kv.KvClient}: finds the leader, follows redirects,
 * retries safely, pipelines many outstanding requests). The client protocol is
 * {@code schema/kv.capnp}.
 */
package dev.rast.raft.kv;
