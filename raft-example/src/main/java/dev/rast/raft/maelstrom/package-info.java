/**
 * {@code ./rast maelstrom}: a node for Jepsen's <a href="https://github.com/jepsen-io/maelstrom">Maelstrom</a>
 * {@code lin-kv} workload. Maelstrom runs one such process per node and talks to it with JSON
 * messages, one per line, on stdin and stdout; all traffic between the nodes also goes through
 * Maelstrom (so its nemesis can drop and partition it), which is why the Raft messages travel as
 * base64 Cap'n Proto bytes inside JSON bodies of type {@code raft}, not over TCP.
 *
 * <p>{@link dev.rast.raft.maelstrom.LinKvNode} is the node: a {@code dev.rast.raft.loop.RaftLoop} (the
 * key-value server's driver) over in-memory storage, reading no clock;
 * {@link dev.rast.raft.maelstrom.StdioRunner} drives it from stdin, the wall clock and stdout;
 * {@link dev.rast.raft.maelstrom.LinKvStore} is the replicated map and {@link
 * dev.rast.raft.maelstrom.KvCommand} its log entry; {@link dev.rast.raft.maelstrom.JsonReader}
 * and {@link dev.rast.raft.maelstrom.JsonWriter} are a small strict JSON codec (the project has no
 * JSON dependency); {@link dev.rast.raft.maelstrom.ErrorCode} lists Maelstrom's error codes and
 * which of them are definite. Storage is in memory, bounded by snapshots (see {@code LinKvNode}).
 */
package dev.rast.raft.maelstrom;
