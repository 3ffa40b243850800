/**
 * The pure Raft consensus core: a deterministic state machine in the style of etcd-raft.
 *
 * <p>{@link dev.rast.raft.core.RaftNode} takes inputs — {@code step(message)}, {@code tick()},
 * {@code propose(command)}, {@code read(id)}, {@code transferLeadership(id)}, {@code
 * proposeChange(change, id)} (membership, see {@link dev.rast.raft.core.Membership}) and the completion
 * notice {@code persisted(index, term)} — and returns its outputs as one reusable {@link
 * dev.rast.raft.core.Ready} batch. The caller's obligations, in order, for every Ready:
 *
 * <ol>
 *   <li>Write the records {@code persistFirst..persistLast} (first discarding every stored record
 *       at or after {@code persistFirst}) and then the hard state, if it changed. Writes must reach
 *       the disk in the order they were handed out.
 *   <li>Send the messages not marked {@code afterPersist} at once. A leader's own log writes run in
 *       parallel with its sending; the leader counts itself toward a quorum only once {@code
 *       persisted} reports them durable.
 *   <li>Send the messages marked {@code afterPersist} only once every write handed out by this and
 *       every earlier Ready is durable (synced): votes, acknowledgements and anything that depends
 *       on the term, vote or log just written.
 *   <li>Apply the committed entries {@code applyFirst..applyLast} to the state machine, in order;
 *       then serve the Ready's reads (their read index is at most {@code applyLast}).
 *   <li>Call {@code advance()}; report {@code persisted(index, term)} whenever writes become
 *       durable.
 * </ol>
 *
 * <p>Memory: with a {@link dev.rast.raft.core.LogStorage} the core keeps only the entries not yet
 * durable or applied plus a cache of recent ones, and reads older, durable ones back through that
 * interface (synchronously: they are immutable; see its documentation for why).
 *
 * <p>Snapshots: before any record, {@code restoreSnapshot(index, term)} starts the log after a
 * snapshot the caller restored its state machine from. A leader flags a follower whose entries
 * were compacted away ({@code needsSnapshot}); the caller streams its snapshot, and the follower's
 * caller, once the file is durable, its state restored and its log emptied, calls {@code
 * installSnapshot(leader, index, term, membership)} between an {@code advance} and the next {@code
 * ready}. A snapshot carries the configuration as of its last entry ({@code membershipAt(index)}).
 * Committed entries of kind {@code config} are not commands: the state machine skips them.
 *
 * <p>No threads, clocks, IO or hidden randomness: election jitter comes from the injected {@link
 * java.util.random.RandomGenerator}, time from {@code tick()}. The package imports nothing of the
 * log, the transport or any concurrency facility, so a simulator can drive it event by event.
 *
 * <p>Record format (the log's and the wire's): see {@link dev.rast.raft.core.Records}.
 */
package dev.rast.raft.core;
