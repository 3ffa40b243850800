package dev.rast.raft.cli;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * The bench JVM's garbage-collection pauses over a window, from the GarbageCollectorMXBeans: the
 * count and total time of their collections, and the longest one (from the collection
 * notifications). Beans that count concurrent cycles rather than pauses (G1's "Concurrent GC",
 * ZGC's and Shenandoah's "Cycles") are left out. For an in-process bench the nodes run in this JVM,
 * so their pauses are in the figures.
 */
final class GcPauses implements AutoCloseable {
  private final List<GarbageCollectorMXBean> beans = new ArrayList<>();
  private final List<NotificationEmitter> emitters = new ArrayList<>();
  private final NotificationListener listener =
      (n, h) -> onNotification((CompositeData) n.getUserData());
  private long count0;
  private long millis0;
  private volatile long maxMillis;
  private volatile boolean started;

  GcPauses() {
    for (GarbageCollectorMXBean b : ManagementFactory.getGarbageCollectorMXBeans()) {
      if (!isPauseBean(b.getName())) {
        continue;
      }
      beans.add(b);
      if (b instanceof NotificationEmitter e) {
        e.addNotificationListener(listener, null, null);
        emitters.add(e);
      }
    }
  }

  static boolean isPauseBean(String name) {
    return !name.contains("Concurrent") && !name.contains("Cycles");
  }

  private void onNotification(CompositeData data) {
    if (!started || data == null) {
      return;
    }
    long d = GarbageCollectionNotificationInfo.from(data).getGcInfo().getDuration();
    if (d > maxMillis) {
      maxMillis = d;
    }
  }

  /** Starts the window: counts from now on. */
  void start() {
    count0 = count();
    millis0 = millis();
    maxMillis = 0;
    started = true;
  }

  long pauses() {
    return count() - count0;
  }

  long totalMillis() {
    return millis() - millis0;
  }

  long maxMillis() {
    return maxMillis;
  }

  /** One line: "bench JVM GC: 12 pauses, total 340 ms, max 61 ms (G1 Young Generation, G1 Old Generation)". */
  String summary() {
    StringBuilder names = new StringBuilder();
    for (GarbageCollectorMXBean b : beans) {
      names.append(names.length() > 0 ? ", " : "").append(b.getName());
    }
    return String.format(
        Locale.ROOT,
        "bench JVM GC: %d pauses, total %d ms, max %d ms (%s)",
        pauses(),
        totalMillis(),
        maxMillis(),
        names);
  }

  private long count() {
    long n = 0;
    for (GarbageCollectorMXBean b : beans) {
      n += Math.max(0, b.getCollectionCount());
    }
    return n;
  }

  private long millis() {
    long n = 0;
    for (GarbageCollectorMXBean b : beans) {
      n += Math.max(0, b.getCollectionTime());
    }
    return n;
  }

  @Override
  public void close() {
    for (NotificationEmitter e : emitters) {
      try {
        e.removeNotificationListener(listener);
      } catch (javax.management.ListenerNotFoundException ignored) {
        // already gone
      }
    }
  }
}
