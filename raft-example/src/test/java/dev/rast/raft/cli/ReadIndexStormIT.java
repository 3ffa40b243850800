package dev.rast.raft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rast.raft.kv.KvClient;
import dev.rast.raft.msg.KvMsg.Status;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 11 item 7: under mixed get/put load, a follower SIGSTOPped for 5 s and then resumed
 * answered every heartbeat of every ReadIndex round queued in its socket, and the leader built a
 * 256 KiB AppendEntries for each answer: it died of OutOfMemoryError within a second. Replication
 * is now bounded by bytes in flight whatever triggers it; the leader (128 MiB heap) must live,
 * stay leader, and keep serving.
 */
class ReadIndexStormIT {
  private static final Pattern LEADER_CHANGES = Pattern.compile("\"leaderChanges\":(\\d+)");

  @Test
  @Timeout(value = 150, unit = TimeUnit.SECONDS)
  void aPausedFollowerResumingDoesNotTakeTheLeaderDown() throws Exception {
    Path dir = Files.createTempDirectory("rast-storm-");
    try (LocalCluster cluster =
        new LocalCluster(3, dir, false, 0, 0, List.of("-Xmx128m", "-XX:+ExitOnOutOfMemoryError"))) {
      cluster.startAll();
      int leader = cluster.awaitLeader(20_000);
      assertTrue(leader != 0, "no leader");
      int follower = leader % 3 + 1;
      AtomicBoolean running = new AtomicBoolean(true);
      AtomicLong ok = new AtomicLong();
      List<Thread> loaders = new ArrayList<>();
      List<KvClient> clients = new ArrayList<>();
      byte[] value = new byte[256];
      for (int t = 0; t < 4; t++) {
        KvClient c = new KvClient(cluster.clientAddresses(), 5_000, 1_000);
        clients.add(c);
        int id = t;
        Thread th = new Thread(() -> load(c, id, value, running, ok), "storm-load-" + t);
        th.start();
        loaders.add(th);
      }
      Thread.sleep(3000);
      long before = ok.get();
      long termBefore = cluster.maxTerm();
      String statusBefore = cluster.status(leader);
      cluster.signal(follower, true);
      Thread.sleep(5000);
      cluster.signal(follower, false);
      Thread.sleep(4000);
      running.set(false);
      for (Thread th : loaders) {
        th.join(10_000);
      }
      for (KvClient c : clients) {
        c.close();
      }
      String statusAfter = cluster.status(leader);
      System.out.println("storm: " + ok.get() + " ops (" + before + " before the pause); term "
          + termBefore + " -> " + cluster.maxTerm() + "; leader before " + statusBefore + "\nafter "
          + statusAfter);
      for (int i = 1; i <= 3; i++) {
        System.out.println("node " + i + ":\n" + cluster.logTail(i, 15));
      }
      for (int i = 1; i <= 3; i++) {
        assertTrue(cluster.alive(i), "node " + i + " died:\n" + cluster.logTail(i, 30));
      }
      assertEquals(
          leader, cluster.leader(), "the leader must stay leader: " + cluster.logTail(leader, 20));
      assertEquals(termBefore, cluster.maxTerm(), "no election may follow the resume");
      assertEquals(leaderChanges(statusBefore), leaderChanges(statusAfter));
      assertTrue(ok.get() > before + 100, "the cluster must keep serving");
      try (KvClient c = new KvClient(cluster.clientAddresses(), 10_000, 2_000)) {
        assertEquals(
            Status.OK, c.put("after", "x".getBytes(StandardCharsets.UTF_8)).status());
        assertEquals("x", c.get("after").text());
      }
    } finally {
      DemoCommand.deleteTree(dir);
    }
  }

  /** Keeps 64 operations in flight: 70% gets, 30% puts of 256 bytes over 50 keys. */
  private static void load(KvClient c, int id, byte[] value, AtomicBoolean running, AtomicLong ok) {
    Semaphore window = new Semaphore(64);
    long n = 0;
    while (running.get()) {
      try {
        if (!window.tryAcquire(100, TimeUnit.MILLISECONDS)) {
          continue;
        }
      } catch (InterruptedException e) {
        return;
      }
      String key = "k" + (n * 7 + id) % 50;
      CompletableFuture<KvClient.Result> f = n % 10 < 7 ? c.getAsync(key) : c.putAsync(key, value);
      n++;
      f.whenComplete((r, e) -> {
        if (e == null) {
          ok.incrementAndGet();
        }
        window.release();
      });
    }
  }

  private static long leaderChanges(String status) {
    Matcher m = LEADER_CHANGES.matcher(status);
    return m.find() ? Long.parseLong(m.group(1)) : -1;
  }
}
