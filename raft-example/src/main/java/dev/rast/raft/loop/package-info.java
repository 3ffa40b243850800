/**
 * The reusable driver of a Raft node: the library side of the library/application split etcd-raft
 * has between its {@code RawNode} and the application's loop. {@link dev.rast.raft.loop.RaftLoop}
 * owns the Ready contract of {@code dev.rast.raft.core} in this one place: it recovers the node
 * from its newest snapshot and its log, persists each Ready's records and hard state, sends its
 * messages or holds those marked {@code afterPersist} until their writes are durable ({@link
 * dev.rast.raft.loop.HeldMessages}), applies committed entries to the {@link
 * dev.rast.raft.snapshot.StateMachine}, tells the application which reads may be served, advances,
 * reports what became durable, takes snapshots by policy and compacts the log behind them, and
 * runs InstallSnapshot transfers on both sides ({@link dev.rast.raft.loop.SnapshotTransfers}).
 *
 * <p>It works against three small interfaces: the {@code StateMachine} (the application's), a
 * {@link dev.rast.raft.loop.RaftStorage} ({@link dev.rast.raft.loop.SegmentedStorage}: the segmented
 * log and its sync thread; {@link dev.rast.raft.loop.MemoryStorage}: records in memory, bounded by
 * the same compaction) and a {@link dev.rast.raft.net.MessageSender} (the TCP transport, the
 * Maelstrom node's JSON messages, an in-process queue). The application hears back through a
 * {@link dev.rast.raft.loop.RaftLoop.Listener}: an entry applied (with the state machine's
 * result), a read servable, leadership lost. Applications on it: the key-value server ({@code
 * dev.rast.raft.node.Node}), the Maelstrom node ({@code dev.rast.raft.maelstrom.LinKvNode}) and the
 * README's counter example ({@code GuideExampleTest}).
 *
 * <p>Why a package of its own, named for the loop rather than "driver" or "node": it is the one
 * piece every node shares and none of them is, it depends on the core, the log, the snapshot files
 * and the transport's send interface, and nothing below it depends on it. It owns no thread and no
 * clock: the application's event loop (a selector, stdin, a test's virtual time) calls {@code
 * onMessage}, {@code tick} and {@code process} with the time, so the same code runs on a server,
 * under Maelstrom and in a single-threaded test. The simulator ({@code SimNode}, test sources)
 * drives the core directly instead, because it injects faults between the steps of the contract
 * (a crash after a write and before its sync, a torn write) that a loop running the contract whole
 * cannot express.
 */
package dev.rast.raft.loop;
