package dev.rast.raft.cli;

import dev.rast.raft.net.ClusterSecret;
import dev.rast.raft.net.LoopbackPorts;
import dev.rast.raft.node.Node;
import dev.rast.raft.node.NodeConfig;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.UnaryOperator;

/**
 * Three (or more) {@link Node}s in this JVM, each on its own event-loop thread, talking over
 * loopback TCP with data dirs under one directory: the load shape the SOFAJRaft and Ratis
 * benchmarks use (one process, real sockets, real fsyncs), for {@code rast bench --in-process}.
 */
final class InProcessCluster implements AutoCloseable {
  private final Node[] nodes;
  private final Thread[] threads;
  private final AtomicReferenceArray<Throwable> failures;
  private final Map<Integer, InetSocketAddress> clients = new HashMap<>();
  private final Map<Integer, InetSocketAddress> peers = new HashMap<>();

  /** Creates and starts {@code size} nodes with data under {@code dir}. */
  InProcessCluster(int size, Path dir, boolean fsync) throws IOException {
    this(size, dir, fsync, UnaryOperator.identity());
  }

  /** The same, each node's settings passed through {@code tweak} first (tests: limits, timing). */
  InProcessCluster(int size, Path dir, boolean fsync, UnaryOperator<NodeConfig> tweak)
      throws IOException {
    ClusterSecret secret = ClusterSecret.random(); // the nodes authenticate each other
    for (int i = 1; i <= size; i++) {
      peers.put(i, LoopbackPorts.nextAddress());
      clients.put(i, LoopbackPorts.nextAddress());
    }
    nodes = new Node[size + 1];
    threads = new Thread[size + 1];
    failures = new AtomicReferenceArray<>(size + 1);
    for (int i = 1; i <= size; i++) {
      NodeConfig c = tweak.apply(NodeConfig.of(i, peers, clients.get(i), dir.resolve("node" + i))
          .withFsync(fsync)
          .withSecret(secret)
          .withTiming(20, 15, 3));
      nodes[i] = new Node(c);
    }
    for (int i = 1; i <= size; i++) {
      nodes[i].start(); // every node listens before any connects out
    }
    for (int i = 1; i <= size; i++) {
      int id = i;
      threads[i] = new Thread(
          () -> {
            try {
              nodes[id].run();
            } catch (Throwable e) {
              failures.set(id, e);
              System.err.println("node " + id + " FAILED: " + e);
            }
          },
          "rast-node-" + i);
      threads[i].start();
    }
  }

  /** The node that leads (by its own account), waiting up to {@code millis}; null when none did. */
  Node awaitLeader(long millis) throws InterruptedException {
    long end = System.nanoTime() + millis * 1_000_000;
    while (System.nanoTime() < end) {
      Node l = leader();
      if (l != null) {
        return l;
      }
      Thread.sleep(10);
    }
    return null;
  }

  /** The node that currently says it leads, or null. */
  Node leader() {
    for (int i = 1; i < nodes.length; i++) {
      if (nodes[i].knownLeader() == i) {
        return nodes[i];
      }
    }
    return null;
  }

  /** The id of the node that currently says it leads, or 0. */
  int leaderId() {
    for (int i = 1; i < nodes.length; i++) {
      if (nodes[i].knownLeader() == i) {
        return i;
      }
    }
    return 0;
  }

  /** Node {@code id} (1-based). */
  Node node(int id) {
    return nodes[id];
  }

  Map<Integer, InetSocketAddress> peerAddresses() {
    return Map.copyOf(peers);
  }

  /** The number of nodes. */
  int size() {
    return nodes.length - 1;
  }

  /** What stopped node {@code id}'s event loop (null while it runs or after a clean stop). */
  Throwable failure(int id) {
    return failures.get(id);
  }

  /** Whether node {@code id}'s event loop is still running. */
  boolean running(int id) {
    return threads[id].isAlive();
  }

  /** The first node whose event loop stopped with an error, named with its cause; null while all run. */
  String failure() {
    for (int i = 1; i < nodes.length; i++) {
      Throwable t = failures.get(i);
      if (t != null) {
        return "node " + i + " failed: " + t;
      }
    }
    return null;
  }

  Map<Integer, InetSocketAddress> clientAddresses() {
    return Map.copyOf(clients);
  }

  @Override
  public void close() throws InterruptedException {
    for (int i = 1; i < nodes.length; i++) {
      if (nodes[i] != null) {
        nodes[i].shutdown();
      }
    }
    for (int i = 1; i < threads.length; i++) {
      if (threads[i] != null) {
        threads[i].join(10_000);
      }
    }
  }
}
