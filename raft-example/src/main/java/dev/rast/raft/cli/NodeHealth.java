package dev.rast.raft.cli;

/**
 * What a bench asks of the cluster it loads, once a second: has a node failed? A bench that keeps
 * measuring a dead cluster reports an average over the dead time, so it must stop instead.
 */
@FunctionalInterface
interface NodeHealth {
  /** Health for a cluster the bench cannot watch (an existing {@code --cluster}). */
  NodeHealth UNKNOWN = () -> null;

  /** The first failure seen, naming the node and the cause ("node 2 failed: ..."), or null while every node runs. */
  String failure();
}
