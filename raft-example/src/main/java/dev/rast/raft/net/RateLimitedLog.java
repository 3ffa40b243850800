package dev.rast.raft.net;

import java.util.concurrent.TimeUnit;

/**
 * One kind of log line (a refused connection, a dropped message) printed at most once per
 * interval, with the count of the events it stands for: an attacker or a flood cannot fill the
 * log, and nothing is silent. Not thread-safe (one event loop owns it).
 */
public final class RateLimitedLog {
  private final String prefix;
  private final long intervalNanos;
  private long last;
  private boolean any;
  private long suppressed;
  private long total;

  /** Lines start with {@code prefix}; at most one per {@code intervalMillis}. */
  public RateLimitedLog(String prefix, long intervalMillis) {
    this.prefix = prefix;
    this.intervalNanos = TimeUnit.MILLISECONDS.toNanos(intervalMillis);
  }

  /** Counts one event; prints {@code what} unless a line was printed within the interval. */
  public void log(String what) {
    total++;
    long now = System.nanoTime();
    if (any && now - last < intervalNanos) {
      suppressed++;
      return;
    }
    String more =
        suppressed == 0 ? "" : " (and " + suppressed + " more like it since the last such line)";
    System.err.println(prefix + what + more);
    any = true;
    last = now;
    suppressed = 0;
  }

  /** Events counted so far, printed or not. */
  public long total() {
    return total;
  }
}
