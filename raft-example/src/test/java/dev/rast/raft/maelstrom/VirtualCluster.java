package dev.rast.raft.maelstrom;

import dev.rast.raft.core.Role;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * N {@link LinKvNode}s in one thread and virtual time (milliseconds): node-to-node messages
 * arrive one millisecond after they were sent unless a partition cuts them; clients' messages are
 * never cut. Deterministic for a given seed. Not thread-safe.
 */
final class VirtualCluster {
  static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

  final LinKvNode.Settings settings;
  /** The nodes' snapshot directories (a fresh directory under the build's {@code target}). */
  final Path dir;

  final Map<String, LinKvNode> nodes = new TreeMap<>();
  final List<Message> toClients = new ArrayList<>();
  private Queue<Message> inFlight = new ArrayDeque<>();
  private final Set<String> isolated = new HashSet<>();
  private long now;
  private long nextMsgId = 1000;

  VirtualCluster(int size, long seed) {
    this(size, seed, LinKvNode.Settings.defaults());
  }

  VirtualCluster(int size, long seed, LinKvNode.Settings settings) {
    this.settings = settings;
    try {
      Path target = Files.createDirectories(Path.of("target"));
      this.dir = Files.createTempDirectory(target, "virtual-cluster-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    SplittableRandom random = new SplittableRandom(seed);
    for (int i = 1; i <= size; i++) {
      nodes.put("n" + i, new LinKvNode(settings, this::route, random.split(), QUIET, dir));
    }
  }

  /** Sends init to every node and checks each answers init_ok. */
  VirtualCluster init() {
    for (String id : nodes.keySet()) {
      Message r = request(
          id,
          Message.body("type", "init", "node_id", id, "node_ids", List.copyOf(nodes.keySet())),
          10);
      if (!r.type().equals("init_ok")) {
        throw new AssertionError("init of " + id + ": " + r);
      }
    }
    return this;
  }

  private void route(Message m) {
    if (!nodes.containsKey(m.dest())) {
      toClients.add(m);
    } else if (!(nodes.containsKey(m.src())
        && (isolated.contains(m.src()) || isolated.contains(m.dest())))) {
      inFlight.add(m);
    }
  }

  /** Cuts {@code node} off from the other nodes (clients still reach it). */
  void isolate(String node) {
    isolated.add(node);
  }

  void heal() {
    isolated.clear();
  }

  /** Advances virtual time by {@code millis}, delivering, ticking and processing. */
  void run(long millis) {
    for (long end = now + millis; now < end; ) {
      now++;
      Queue<Message> due = inFlight;
      inFlight = new ArrayDeque<>();
      for (Message m : due) {
        deliver(m);
      }
      if (now % settings.tickMillis() == 0) {
        for (LinKvNode n : nodes.values()) {
          n.tick(now);
          n.process();
        }
      }
    }
  }

  private void deliver(Message m) {
    LinKvNode n = nodes.get(m.dest());
    n.onMessage(m, now);
    n.process();
  }

  /** Runs until some node leads (at most 5 virtual seconds); returns its id. */
  String awaitLeader() {
    for (int i = 0; i < 5000; i++) {
      String leader = leader();
      if (leader != null) {
        return leader;
      }
      run(1);
    }
    throw new AssertionError("no leader after 5 s");
  }

  /** The node that is leader now, or null. */
  String leader() {
    for (Map.Entry<String, LinKvNode> e : nodes.entrySet()) {
      if (e.getValue().role() == Role.LEADER) {
        return e.getKey();
      }
    }
    return null;
  }

  /** Some node that is not the leader. */
  String follower() {
    String leader = leader();
    return nodes.keySet().stream().filter(n -> !n.equals(leader)).findFirst().orElseThrow();
  }

  /**
   * Client "c1" sends {@code body} (a fresh msg_id added) to {@code node} and runs until the
   * answer arrives or {@code maxMillis} pass; returns the answer (fails the test when none came).
   */
  Message request(String node, Map<String, Object> body, long maxMillis) {
    long id = nextMsgId++;
    Message req = new Message("c1", node, Message.with(body, "msg_id", id));
    deliver(req);
    for (long waited = 0; ; waited++) {
      for (Message m : toClients) {
        if (m.dest().equals("c1") && Long.valueOf(id).equals(m.inReplyTo())) {
          toClients.remove(m);
          return m;
        }
      }
      if (waited >= maxMillis) {
        throw new AssertionError("no answer to " + req + " within " + maxMillis + " ms");
      }
      run(1);
    }
  }

  long now() {
    return now;
  }
}
