package dev.rast.raft.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Bytes allocated by this JVM's threads over a window ({@code
 * com.sun.management.ThreadMXBean#getThreadAllocatedBytes}, sampled at {@link #start} and {@link
 * #stop}), summed per role that the thread names tell: each node's event loop ({@code
 * rast-node-N}), each log's sync thread ({@code rast-log-sync-nodeN}), the client ({@code
 * rast-client-*}, {@code rast-bench-*}) and the rest. The bench divides them by the writes
 * acknowledged in the window to show what the hot path allocates per write. A thread that ends
 * inside the window is lost from the figures; one that starts inside it counts from zero.
 */
final class ThreadAllocations {
  private static final Pattern LOOP = Pattern.compile("rast-node-(\\d+)");
  private static final Pattern SYNC = Pattern.compile("rast-log-sync-node(\\d+)");
  private static final String OTHER_SYNC = "rast-log-sync-";

  private final com.sun.management.ThreadMXBean mx;
  private final Map<Long, Long> start = new HashMap<>();
  private final AtomicLong movedToClient = new AtomicLong();

  ThreadAllocations() {
    com.sun.management.ThreadMXBean bean = null;
    if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean b
        && b.isThreadAllocatedMemorySupported()) {
      if (!b.isThreadAllocatedMemoryEnabled()) {
        b.setThreadAllocatedMemoryEnabled(true);
      }
      bean = b;
    }
    this.mx = bean;
  }

  /** Whether this JVM measures per-thread allocation (HotSpot does). */
  boolean supported() {
    return mx != null;
  }

  /**
   * The bytes the calling thread has allocated so far, or 0 when not {@link #supported}: for code
   * that runs on another role's thread and wants its own share counted apart ({@link
   * #moveToClient}).
   */
  long currentThreadBytes() {
    return mx == null ? 0 : mx.getCurrentThreadAllocatedBytes();
  }

  /**
   * Moves {@code bytes} that a node thread allocated on the client's behalf (the in-process
   * client's completion callbacks run on the leader's loop) from that thread's role to the
   * client's. Any thread.
   */
  void moveToClient(long bytes) {
    movedToClient.addAndGet(bytes);
  }

  /** Starts the window: samples every live thread. */
  synchronized void start() {
    start.clear();
    movedToClient.set(0);
    if (mx == null) {
      return;
    }
    long[] ids = mx.getAllThreadIds();
    long[] bytes = mx.getThreadAllocatedBytes(ids);
    for (int i = 0; i < ids.length; i++) {
      if (bytes[i] >= 0) {
        start.put(ids[i], bytes[i]);
      }
    }
  }

  /**
   * Ends the window: the bytes allocated since {@link #start} per role, in role order. {@code
   * clientBytesFrom} names the role of the thread that hosted the bytes moved with {@link
   * #moveToClient} (e.g. "node 1 loop"); null when none were moved.
   */
  synchronized Map<String, Long> stop(String clientBytesFrom) {
    Map<String, Long> byRole = new TreeMap<>(ThreadAllocations::compareRoles);
    if (mx == null) {
      return byRole;
    }
    long[] ids = mx.getAllThreadIds();
    long[] bytes = mx.getThreadAllocatedBytes(ids);
    ThreadInfo[] infos = mx.getThreadInfo(ids);
    for (int i = 0; i < ids.length; i++) {
      if (bytes[i] < 0 || infos[i] == null) {
        continue;
      }
      long delta = bytes[i] - start.getOrDefault(ids[i], 0L);
      byRole.merge(role(infos[i].getThreadName()), Math.max(0, delta), Long::sum);
    }
    long moved = movedToClient.get();
    if (clientBytesFrom != null && moved > 0 && byRole.containsKey(clientBytesFrom)) {
      byRole.merge(clientBytesFrom, -moved, Long::sum);
      byRole.merge("client", moved, Long::sum);
    }
    return byRole;
  }

  /** The role of a thread, from its name: "node N loop", "node N sync", "sync", "client" or "other". */
  static String role(String threadName) {
    Matcher m = LOOP.matcher(threadName);
    if (m.matches()) {
      return "node " + m.group(1) + " loop";
    }
    m = SYNC.matcher(threadName);
    if (m.matches()) {
      return "node " + m.group(1) + " sync";
    }
    if (threadName.startsWith(OTHER_SYNC)) {
      return "sync";
    }
    if (threadName.startsWith("rast-client-") || threadName.startsWith("rast-bench-")) {
      return "client";
    }
    return "other";
  }

  /** Node roles first (by node, loop before sync), then client, then other. */
  private static int compareRoles(String a, String b) {
    int c = Integer.compare(rank(a), rank(b));
    return c != 0 ? c : a.compareTo(b);
  }

  private static int rank(String role) {
    return role.startsWith("node ") || role.equals("sync") ? 0 : role.equals("client") ? 1 : 2;
  }

  /**
   * The line after {@link #line} for nodes in this JVM: per node, the bytes per {@code unit} its
   * loop allocated as stored state and that {@link #line} does not count: the KV map's storage
   * (new keys, value arrays, the copy-on-write copies after a snapshot) and the log index's growth
   * (by doubling, until compaction bounds the log). {@code state[id]} is {kv, index} bytes.
   */
  static String stateLine(long[][] state, long ops, String unit) {
    StringBuilder s = new StringBuilder("stored state per ")
        .append(unit)
        .append(" (allocated by the loops, counted apart above): ");
    if (ops <= 0) {
      return s.append("nothing acknowledged").toString();
    }
    for (int id = 1; id < state.length; id++) {
      s.append(id == 1 ? "" : ", ")
          .append("node ")
          .append(id)
          .append(String.format(
              Locale.ROOT,
              " KV map storage %.0f B + log index growth %.0f B",
              (double) state[id][0] / ops,
              (double) state[id][1] / ops));
    }
    return s.toString();
  }

  /** Bytes per unit: with one decimal below 10 B (so 0.4 B is not shown as 0 B), else whole. */
  private static String perUnit(double bytes) {
    return String.format(Locale.ROOT, bytes < 9.95 ? "%.1f B" : "%.0f B", bytes);
  }

  /**
   * One line for the bench: bytes per acknowledged {@code unit} ("write", or "op" with reads) of
   * each role, e.g. {@code alloc per write (this JVM: ...): node 1 loop 712 B (leader), node 1 sync
   * 2 B, ..., client 490 B, other 3 B}. {@code leaderRole} marks the leader's loop (null: none
   * marked); {@code scope} says what was measured.
   */
  static String line(
      Map<String, Long> byRole, long ops, String leaderRole, String scope, String unit) {
    StringBuilder s =
        new StringBuilder("alloc per ").append(unit).append(" (").append(scope).append("): ");
    if (ops <= 0) {
      return s.append("nothing acknowledged").toString();
    }
    if (byRole.isEmpty()) {
      return s.append("not measured (this JVM has no per-thread allocation counters)")
          .toString();
    }
    boolean first = true;
    for (Map.Entry<String, Long> e : byRole.entrySet()) {
      s.append(first ? "" : ", ")
          .append(e.getKey())
          .append(' ')
          .append(perUnit((double) e.getValue() / ops));
      if (e.getKey().equals(leaderRole)) {
        s.append(" (leader)");
      }
      first = false;
    }
    return s.toString();
  }
}
