package dev.rast.capnp;

import static org.junit.jupiter.api.Assertions.fail;

import java.lang.management.ManagementFactory;

/**
 * Counts the bytes the current thread allocates while an operation runs many times, for the
 * allocation tests. They run under {@code -Xint} (see the runtime pom): the interpreter performs
 * every allocation the bytecode asks for, so escape analysis cannot hide one that compiled code
 * would only sometimes avoid.
 */
final class AllocationMeter {
  /** Runs per measurement; enough that one stray 16-byte object per run shows as 32 KB. */
  static final int ITERATIONS = 2_000;
  /** Runs before measuring: loads and links classes and fills lazily made scratch state. */
  static final int WARMUP = 50;

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private AllocationMeter() {}

  /** Bytes the current thread has allocated so far. */
  static long allocatedBytes() {
    return THREADS.getThreadAllocatedBytes(Thread.currentThread().getId());
  }

  /** Bytes allocated by {@link #ITERATIONS} runs of {@code op}, after {@link #WARMUP} runs. */
  static long measure(Runnable op) {
    for (int i = 0; i < WARMUP; i++) {
      op.run();
    }
    long before = allocatedBytes();
    for (int i = 0; i < ITERATIONS; i++) {
      op.run();
    }
    return allocatedBytes() - before;
  }

  /** Fails unless {@code op}, once warmed up, allocates nothing at all. */
  static void assertAllocatesNothing(String what, Runnable op) {
    long bytes = measure(op);
    if (bytes != 0) {
      fail(what + " allocated " + bytes + " bytes in " + ITERATIONS + " runs ("
          + (double) bytes / ITERATIONS + " bytes per run)");
    }
  }

  /** Whether this JVM runs interpreted only ({@code -Xint}). */
  static boolean interpreted() {
    return System.getProperty("java.vm.info", "").contains("interpreted mode");
  }
}
