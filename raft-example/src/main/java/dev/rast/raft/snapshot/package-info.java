/**
 * Snapshots: the {@link dev.rast.raft.snapshot.StateMachine} contract (apply, a cheap frozen
 * {@link dev.rast.raft.snapshot.StateView}, restore), the checksummed snapshot file ({@link
 * dev.rast.raft.snapshot.SnapshotFormat}, written by {@link dev.rast.raft.snapshot.SnapshotWriter},
 * published by atomic rename, read and checked by {@link dev.rast.raft.snapshot.SnapshotReader}),
 * the background {@link dev.rast.raft.snapshot.Snapshotter}, the directory ({@link
 * dev.rast.raft.snapshot.SnapshotStore}), the policy, and both ends of an InstallSnapshot transfer
 * ({@link dev.rast.raft.snapshot.SnapshotSender}, {@link dev.rast.raft.snapshot.SnapshotReceiver}).
 * Nothing here knows Raft messages or the network; the node wires it in.
 */
package dev.rast.raft.snapshot;
