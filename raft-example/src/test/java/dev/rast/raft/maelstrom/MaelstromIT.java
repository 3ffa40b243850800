package dev.rast.raft.maelstrom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rast.raft.check.LinearizabilityChecker;
import dev.rast.raft.check.Op;
import dev.rast.raft.cli.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Three real {@code rast maelstrom} processes behind an in-test router ({@link ProcessRouter})
 * in the role of Maelstrom's network, under concurrent read/write/cas clients while the router
 * drops, delays and partitions: first the leader alone, then a follower, then every node from
 * every other; then everything heals. Each client waits up to 1 s per request, as Maelstrom's
 * lin-kv client does, and records a history in which timeouts and indefinite errors are open
 * operations. The history must be linearizable, the nodes must print nothing but protocol
 * messages, serve again after the heal and exit cleanly when their stdin closes.
 */
class MaelstromIT {
  private static final List<String> NODES = List.of("n1", "n2", "n3");
  private static final int CLIENTS = 6;
  private static final int KEYS = 6;
  private static final long CLIENT_TIMEOUT_MS = 1000;

  private final ConcurrentHashMap<Integer, Long> lastSeen = new ConcurrentHashMap<>();
  private final List<Op> history = Collections.synchronizedList(new ArrayList<>());
  private final Map<String, AtomicLong> outcomes = new ConcurrentHashMap<>();
  private final List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
  private final long t0 = System.nanoTime();
  private volatile boolean running = true;

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void staysLinearizableUnderDropsAndPartitionsAndRecovers() throws Exception {
    Path logs = Files.createDirectories(Path.of("target", "maelstrom-it"));
    List<String> command = List.of(
        ProcessHandle.current().info().command().orElse("java"),
        "-XX:+UseSerialGC",
        "-XX:TieredStopAtLevel=1",
        "-Xmx192m",
        "-Xss512k",
        "-cp",
        System.getProperty("java.class.path"),
        Main.class.getName(),
        "maelstrom");
    try (ProcessRouter router = new ProcessRouter(NODES, logs)) {
      router.start(command);
      init(router);
      router.faults(0.01, 0.001, 0.05);
      List<Thread> clients = new ArrayList<>();
      for (int i = 1; i <= CLIENTS; i++) {
        int id = i;
        Thread t = new Thread(() -> runClient(router, id), "client-" + id);
        t.start();
        clients.add(t);
      }
      // The nemesis: a schedule of partitions over about 13 s of load.
      Thread.sleep(2000);
      String leader = router.leaderHint() != null ? router.leaderHint() : "n1";
      log("isolating the leader " + leader);
      router.partition(List.of(Set.of(leader), others(leader)));
      Thread.sleep(2500);
      router.heal();
      log("healed");
      Thread.sleep(1500);
      String other =
          NODES.stream().filter(n -> !n.equals(router.leaderHint())).findFirst().orElseThrow();
      log("isolating another node, " + other);
      router.partition(List.of(Set.of(other), others(other)));
      Thread.sleep(2000);
      log("isolating every node");
      router.partition(List.of());
      Thread.sleep(1500);
      router.heal();
      router.faults(0, 0, 0);
      long healed = System.nanoTime() - t0;
      log("healed for good");
      Thread.sleep(3500);
      running = false;
      for (Thread t : clients) {
        t.join(CLIENT_TIMEOUT_MS + 2000);
      }
      Map<String, Integer> exits = router.stop();
      log("routed " + router.routed + ", dropped " + router.dropped + ", cut " + router.cut
          + ", delayed " + router.delayed);
      log("outcomes " + new TreeMap<>(outcomes));

      List<Op> ops;
      synchronized (history) {
        ops = new ArrayList<>(history);
      }
      long okAfterHeal =
          ops.stream().filter(o -> !o.indefinite() && o.call() > healed).count();
      long indefinite = ops.stream().filter(Op::indefinite).count();
      log(ops.size() + " operations in the history, " + indefinite + " indefinite, " + okAfterHeal
          + " completed after the heal");
      long[] perSecond = new long[20];
      for (Op o : ops) {
        perSecond[(int) Math.min(19, TimeUnit.NANOSECONDS.toSeconds(o.call()))]++;
      }
      log("history operations by second of their call: " + java.util.Arrays.toString(perSecond));
      assertTrue(router.violations.isEmpty(), "protocol violations: " + router.violations);
      assertTrue(unexpected.isEmpty(), "unexpected answers: " + unexpected);
      assertEquals(
          Map.of("n1", 0, "n2", 0, "n3", 0), exits, "every node exits 0 when its stdin closes");
      assertTrue(router.cut.get() > 0 && router.dropped.get() > 0, "the nemesis did nothing");
      assertTrue(ops.size() > 300, "too few operations: " + ops.size());
      assertTrue(okAfterHeal > 50, "the cluster did not recover after the heal: " + okAfterHeal);
      long start = System.nanoTime();
      LinearizabilityChecker.Result result = LinearizabilityChecker.check(ops);
      log("checked in " + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start) + " ms: "
          + result.ok());
      assertTrue(result.ok(), result.toString());
    } finally {
      running = false;
    }
  }

  private static Set<String> others(String node) {
    return Set.copyOf(NODES.stream().filter(n -> !n.equals(node)).toList());
  }

  private void init(ProcessRouter router) throws InterruptedException {
    BlockingQueue<Message> inbox = router.client("c0");
    long msgId = 0;
    for (String n : NODES) {
      router.send(new Message(
          "c0",
          n,
          Message.body("type", "init", "msg_id", ++msgId, "node_id", n, "node_ids", NODES)));
    }
    for (int i = 0; i < NODES.size(); i++) {
      Message m = inbox.poll(30, TimeUnit.SECONDS);
      assertTrue(m != null && m.type().equals("init_ok"), "init: " + m);
    }
  }

  private void runClient(ProcessRouter router, int client) {
    String id = "c" + client;
    BlockingQueue<Message> inbox = router.client(id);
    SplittableRandom rnd = new SplittableRandom(client * 7919L);
    long msgId = 0;
    long nextValue = client * 1_000_000L;
    try {
      while (running) {
        String node = NODES.get(rnd.nextInt(NODES.size()));
        int key = rnd.nextInt(KEYS);
        int dice = rnd.nextInt(10);
        String type = dice < 4 ? "read" : dice < 7 ? "write" : "cas";
        long value = ++nextValue;
        long from = lastSeen.getOrDefault(key, 1L);
        Map<String, Object> body =
            switch (type) {
              case "read" -> Message.body("type", "read", "key", (long) key);
              case "write" -> Message.body("type", "write", "key", (long) key, "value", value);
              default -> Message.body("type", "cas", "key", (long) key, "from", from, "to", value);
            };
        body.put("msg_id", ++msgId);
        long call = System.nanoTime() - t0;
        router.send(new Message(id, node, body));
        Message reply = await(inbox, msgId);
        long ret = System.nanoTime() - t0;
        record(client, type, key, value, from, reply, call, ret);
        Thread.sleep(rnd.nextInt(3));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static Message await(BlockingQueue<Message> inbox, long msgId)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(CLIENT_TIMEOUT_MS);
    while (true) {
      long left = deadline - System.nanoTime();
      Message m = left > 0 ? inbox.poll(left, TimeUnit.NANOSECONDS) : null;
      if (m == null) {
        return null;
      }
      if (Long.valueOf(msgId).equals(m.inReplyTo())) {
        return m;
      }
      // a late answer to a request this client already gave up on
    }
  }

  private void record(
      int client, String type, int key, long value, long from, Message reply, long call, long ret) {
    String outcome;
    if (reply == null) {
      outcome = type + ":timeout";
      open(client, type, key, value, from, call);
    } else if (reply.type().equals("error")) {
      long code = reply.body().get("code") instanceof Long l ? l : -1;
      outcome = type + ":" + code;
      if (code == ErrorCode.KEY_DOES_NOT_EXIST.code() && type.equals("read")) {
        history.add(Op.get(client, key, 0, call, ret));
      } else if (code == ErrorCode.KEY_DOES_NOT_EXIST.code() && type.equals("cas")
          || code == ErrorCode.PRECONDITION_FAILED.code() && type.equals("cas")) {
        history.add(Op.cput(client, key, from, value, false, call, ret));
      } else if (code == ErrorCode.TEMPORARILY_UNAVAILABLE.code()) {
        // definite: it did not happen, so it is not in the history
      } else if (!ErrorCode.isDefinite(code) && code >= 0) {
        open(client, type, key, value, from, call);
      } else {
        unexpected.add(reply.toString());
      }
    } else {
      outcome = type + ":" + reply.type();
      switch (reply.type()) {
        case "read_ok" -> {
          if (!(reply.body().get("value") instanceof Long v) || !type.equals("read")) {
            unexpected.add(reply.toString());
          } else {
            history.add(Op.get(client, key, v, call, ret));
            lastSeen.put(key, v);
          }
        }
        case "write_ok" -> {
          history.add(Op.put(client, key, value, call, ret));
          lastSeen.put(key, value);
        }
        case "cas_ok" -> {
          history.add(Op.cput(client, key, from, value, true, call, ret));
          lastSeen.put(key, value);
        }
        default -> unexpected.add(reply.toString());
      }
    }
    outcomes.computeIfAbsent(outcome, k -> new AtomicLong()).incrementAndGet();
  }

  /** An operation whose outcome is unknown: a read is dropped (no effect), a write stays open. */
  private void open(int client, String type, int key, long value, long from, long call) {
    switch (type) {
      case "write" -> history.add(Op.put(client, key, value, call, Op.INDEFINITE));
      case "cas" -> history.add(Op.cput(client, key, from, value, false, call, Op.INDEFINITE));
      default -> {}
    }
  }

  private void log(String s) {
    System.out.printf("[%6d ms] %s%n", TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t0), s);
  }
}
