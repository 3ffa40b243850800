package dev.rast.raft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The bench's per-thread allocation figures: roles from thread names, deltas over the window. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class ThreadAllocationsTest {
  static volatile Object sink;

  @Test
  void rolesComeFromTheThreadNames() {
    assertEquals("node 2 loop", ThreadAllocations.role("rast-node-2"));
    assertEquals("node 3 sync", ThreadAllocations.role("rast-log-sync-node3"));
    assertEquals("sync", ThreadAllocations.role("rast-log-sync-data"));
    assertEquals("client", ThreadAllocations.role("rast-client-reader"));
    assertEquals("client", ThreadAllocations.role("rast-bench-retry"));
    assertEquals("other", ThreadAllocations.role("main"));
    assertEquals("other", ThreadAllocations.role("rast-node-x"));
  }

  @Test
  void countsWhatANamedThreadAllocatesInsideTheWindowOnly() throws Exception {
    ThreadAllocations a = new ThreadAllocations();
    Assumptions.assumeTrue(a.supported(), "no per-thread allocation counters in this JVM");
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch go = new CountDownLatch(1);
    CountDownLatch allocated = new CountDownLatch(1);
    CountDownLatch end = new CountDownLatch(1);
    Thread t = new Thread(
        () -> {
          allocate(4 << 20); // before the window: not counted
          started.countDown();
          await(go);
          allocate(1 << 20);
          allocated.countDown();
          await(end);
        },
        "rast-node-7");
    t.start();
    try {
      started.await();
      a.start();
      go.countDown();
      allocated.await();
      Map<String, Long> m = a.stop(null);
      long b = m.getOrDefault("node 7 loop", -1L);
      assertTrue(b >= 1 << 20 && b < 2 << 20, "node 7 loop allocated " + b + " B in the window");
    } finally {
      end.countDown();
      t.join();
    }
  }

  @Test
  void bytesMovedToTheClientLeaveTheHostThreadsRole() {
    ThreadAllocations a = new ThreadAllocations();
    Assumptions.assumeTrue(a.supported(), "no per-thread allocation counters in this JVM");
    a.start();
    long a0 = a.currentThreadBytes();
    allocate(1 << 20);
    long moved = a.currentThreadBytes() - a0;
    a.moveToClient(moved);
    String self = ThreadAllocations.role(Thread.currentThread().getName());
    Map<String, Long> m = a.stop(self);
    assertTrue(m.get("client") >= moved, m.toString());
    assertTrue(m.get(self) < moved, m.toString());
  }

  @Test
  void theLineGivesBytesPerWriteAndMarksTheLeader() {
    Map<String, Long> m = new LinkedHashMap<>();
    m.put("node 1 loop", 7_000L);
    m.put("client", 4_900L);
    m.put("other", 4L);
    assertEquals(
        "alloc per write (here): node 1 loop 700 B (leader), client 490 B, other 0.4 B",
        ThreadAllocations.line(m, 10, "node 1 loop", "here", "write"));
    assertEquals(
        "alloc per write (here): nothing acknowledged",
        ThreadAllocations.line(m, 0, null, "here", "write"));
  }

  @Test
  void theStateLineGivesEachNodesStoredStatePerWrite() {
    long[][] state = {{0, 0}, {2_000, 500}, {0, 0}};
    assertEquals(
        "stored state per write (allocated by the loops, counted apart above): node 1 KV map"
            + " storage 200 B + log index growth 50 B, node 2 KV map storage 0 B + log index"
            + " growth 0 B",
        ThreadAllocations.stateLine(state, 10, "write"));
  }

  private static void allocate(int bytes) {
    for (int i = 0; i < bytes / 1024; i++) {
      sink = new byte[1024 - 16];
    }
  }

  private static void await(CountDownLatch l) {
    try {
      l.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
