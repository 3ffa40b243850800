/**
 * A linearizability checker for key-value histories ({@link dev.rast.raft.check.LinearizabilityChecker})
 * and its operation record {@link dev.rast.raft.check.Op}. In main sources because both the
 * deterministic simulator (tests) and {@code ./rast demo} (a real multi-process cluster) check
 * their recorded histories with it. Pure functions: no IO, no threads.
 */
package dev.rast.raft.check;
