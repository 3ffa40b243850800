package dev.rast.bench;

import java.lang.management.ManagementFactory;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Bytes the benchmark thread itself allocated during each iteration, and how long the iteration
 * ran, as two JMH counters ({@code threadAllocBytes}, {@code threadAllocNs}). {@code -prof gc}'s
 * {@code gc.alloc.rate.norm} counts every thread of the JVM, including the harness's own
 * per-iteration bookkeeping (a few KB a second), which shows as a fraction of a byte per operation
 * on slow rounds; this counts only the thread that runs the benchmark, from the end of the
 * iteration's setup to the start of its teardown (so not JMH's result objects either). The report
 * divides the bytes by the operations the iteration ran (its time over the time per operation).
 * Benchmarks take it as an unused parameter to get it.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class ThreadAllocation {
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  /** Bytes allocated by the benchmark thread in the iteration. */
  public long threadAllocBytes;

  /** Nanoseconds the iteration ran, warm-up and wind-down loops included. */
  public long threadAllocNs;

  private long startBytes;
  private long startNs;

  /** Starts counting (last thing before the iteration's loop). */
  @Setup(Level.Iteration)
  public void start() {
    threadAllocBytes = 0;
    threadAllocNs = 0;
    startNs = System.nanoTime();
    startBytes = THREADS.getCurrentThreadAllocatedBytes();
  }

  /** Stops counting (first thing after the iteration's loop). */
  @TearDown(Level.Iteration)
  public void stop() {
    long bytes = THREADS.getCurrentThreadAllocatedBytes();
    threadAllocNs = System.nanoTime() - startNs;
    threadAllocBytes = bytes - startBytes;
  }
}
