package dev.rast.raft.node;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

/** A started {@link Node} running on its own thread, for tests: {@link #stop} shuts it down and rethrows what stopped it. */
final class RunningNode {
  private final Node node;
  private final Thread thread;
  private volatile Throwable failure;

  private RunningNode(Node node, String name) {
    this.node = node;
    this.thread = new Thread(
        () -> {
          try {
            node.run();
          } catch (Throwable e) {
            failure = e;
          }
        },
        name);
  }

  /** Binds {@code node}'s ports and runs it on a new thread. */
  static RunningNode start(Node node, String name) throws IOException {
    node.start();
    RunningNode r = new RunningNode(node, name);
    r.thread.start();
    return r;
  }

  Node node() {
    return node;
  }

  /** Shuts the node down and waits for it; throws when it had failed. */
  void stop() throws Exception {
    node.shutdown();
    thread.join(10_000);
    assertTrue(!thread.isAlive(), thread.getName() + " stopped");
    if (failure != null) {
      throw new AssertionError(thread.getName() + " failed", failure);
    }
  }
}
