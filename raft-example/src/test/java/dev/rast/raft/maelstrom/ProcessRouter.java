package dev.rast.raft.maelstrom;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A miniature Maelstrom network for real node processes: each process's stdout lines are parsed
 * and routed to the destination's stdin (a node) or inbox (a client registered with {@link
 * #client}). Between nodes it drops messages at {@code dropRate}, delays some by a few
 * milliseconds (so they reorder) and cuts every message across a partition; client traffic is
 * never cut (as in Maelstrom) but may be dropped at {@code clientDropRate}. Anything on a
 * node's stdout that is not a protocol message counts as a violation. Thread-safe.
 */
final class ProcessRouter implements Closeable {
  private final List<String> nodes;
  private final Map<String, Process> processes = new TreeMap<>();
  private final Map<String, Writer> stdins = new HashMap<>();
  private final List<Thread> readers = new ArrayList<>();
  private final Map<String, BlockingQueue<Message>> clients = new ConcurrentHashMap<>();
  private final ScheduledExecutorService delayer = Executors.newSingleThreadScheduledExecutor(r -> {
    Thread t = new Thread(r, "router-delay");
    t.setDaemon(true);
    return t;
  });
  private final Path logDir;
  /** Partition side of each node; nodes on different sides cannot talk. Empty: healed. */
  private volatile Map<String, Integer> sides = Map.of();

  private volatile double dropRate;
  private volatile double clientDropRate;
  private volatile double delayRate;
  private volatile String leaderHint;
  private volatile boolean closing;
  final AtomicLong routed = new AtomicLong();
  final AtomicLong dropped = new AtomicLong();
  final AtomicLong cut = new AtomicLong();
  final AtomicLong delayed = new AtomicLong();
  final List<String> violations = java.util.Collections.synchronizedList(new ArrayList<>());

  ProcessRouter(List<String> nodes, Path logDir) {
    this.nodes = List.copyOf(nodes);
    this.logDir = logDir;
  }

  /** Starts one process per node: {@code command} followed by nothing; stderr to {@code <node>.log}. */
  void start(List<String> command) throws IOException {
    for (String node : nodes) {
      Process p = new ProcessBuilder(command)
          .redirectError(
              ProcessBuilder.Redirect.to(logDir.resolve(node + ".log").toFile()))
          .start();
      processes.put(node, p);
      stdins.put(
          node,
          new BufferedWriter(new OutputStreamWriter(p.getOutputStream(), StandardCharsets.UTF_8)));
      Thread t = new Thread(() -> pump(node, p), "router-" + node);
      t.setDaemon(true);
      t.start();
      readers.add(t);
    }
  }

  /** Registers a client id; its messages arrive in the returned queue. */
  BlockingQueue<Message> client(String id) {
    BlockingQueue<Message> q = new LinkedBlockingQueue<>();
    clients.put(id, q);
    return q;
  }

  void faults(double dropRate, double clientDropRate, double delayRate) {
    this.dropRate = dropRate;
    this.clientDropRate = clientDropRate;
    this.delayRate = delayRate;
  }

  /** Splits the nodes into the given sides (nodes not listed are alone). */
  void partition(List<Set<String>> groups) {
    Map<String, Integer> s = new HashMap<>();
    int side = 0;
    for (Set<String> g : groups) {
      for (String n : g) {
        s.put(n, side);
      }
      side++;
    }
    for (String n : nodes) {
      s.putIfAbsent(n, side++);
    }
    sides = s;
  }

  void heal() {
    sides = Map.of();
  }

  /** The node a follower last forwarded a request to (the leader as followers see it), or null. */
  String leaderHint() {
    return leaderHint;
  }

  /** A client sends {@code m}. */
  void send(Message m) {
    route(m);
  }

  private void pump(String node, Process p) {
    try (BufferedReader r =
        new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        Message m;
        try {
          m = Message.parse(line);
        } catch (JsonException e) {
          violations.add(node + " printed a non-message line: " + line);
          continue;
        }
        if (!m.src().equals(node)) {
          violations.add(node + " sent a message from " + m.src() + ": " + line);
        }
        route(m);
      }
    } catch (IOException e) {
      if (!closing) {
        violations.add("reading " + node + "'s stdout failed: " + e);
      }
    }
  }

  private void route(Message m) {
    routed.incrementAndGet();
    ThreadLocalRandom rnd = ThreadLocalRandom.current();
    boolean fromNode = nodes.contains(m.src());
    if (nodes.contains(m.dest())) {
      if (fromNode) {
        Map<String, Integer> s = sides;
        if (!s.isEmpty() && !s.get(m.src()).equals(s.get(m.dest()))) {
          cut.incrementAndGet();
          return;
        }
        if (rnd.nextDouble() < dropRate) {
          dropped.incrementAndGet();
          return;
        }
        if (m.body().containsKey(LinKvNode.FORWARDED)) {
          leaderHint = m.dest();
        }
      } else if (rnd.nextDouble() < clientDropRate) {
        dropped.incrementAndGet();
        return;
      }
      if (rnd.nextDouble() < delayRate) {
        delayed.incrementAndGet();
        delayer.schedule(() -> deliver(m), 1 + rnd.nextInt(15), TimeUnit.MILLISECONDS);
      } else {
        deliver(m);
      }
      return;
    }
    BlockingQueue<Message> q = clients.get(m.dest());
    if (q == null) {
      violations.add("message to unknown destination: " + m);
    } else if (rnd.nextDouble() < clientDropRate) {
      dropped.incrementAndGet();
    } else {
      q.add(m);
    }
  }

  private void deliver(Message m) {
    Writer w = stdins.get(m.dest());
    synchronized (w) {
      try {
        w.write(m.toJson());
        w.write('\n');
        w.flush();
      } catch (IOException e) {
        if (!closing) {
          violations.add("writing to " + m.dest() + " failed: " + e);
        }
      }
    }
  }

  /**
   * Closes every node's stdin (a node exits when its stdin ends) and waits up to 10 s for the
   * processes; returns their exit codes (-1: had to be killed).
   */
  Map<String, Integer> stop() throws InterruptedException {
    closing = true;
    delayer.shutdownNow();
    for (Map.Entry<String, Writer> e : stdins.entrySet()) {
      synchronized (e.getValue()) {
        try {
          e.getValue().close();
        } catch (IOException ignored) {
          // the process is gone already
        }
      }
    }
    Map<String, Integer> codes = new TreeMap<>();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    for (Map.Entry<String, Process> e : processes.entrySet()) {
      Process p = e.getValue();
      long left = deadline - System.nanoTime();
      if (p.waitFor(Math.max(0, left), TimeUnit.NANOSECONDS)) {
        codes.put(e.getKey(), p.exitValue());
      } else {
        p.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
        codes.put(e.getKey(), -1);
      }
    }
    for (Thread t : readers) {
      t.join(2000);
    }
    return codes;
  }

  /** Kills whatever still runs (idempotent; for finally blocks). */
  @Override
  public void close() {
    closing = true;
    delayer.shutdownNow();
    for (Process p : processes.values()) {
      if (p.isAlive()) {
        p.destroyForcibly();
      }
    }
  }
}
