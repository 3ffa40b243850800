package dev.rast.bench.std;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rast.bench.std.Workload.Impl;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Each standard workload computes the same responses with rast-java and protobuf-java, in every
 * mode, with and without reuse, as rast-java's object mode does (each round also checks its own
 * response against the client's expectation).
 */
class StdWorkloadTest {
  private static final int ROUNDS = 20;
  private static final int SEED = FastRand.DEFAULT_SEED;

  @ParameterizedTest
  @EnumSource(Workload.class)
  void everyModeAndImplementationAgreesWithRastObjectMode(Workload w) {
    long[] reference = digests(w.create(Impl.RAST, Mode.OBJECT, true, SEED));
    for (Impl impl : Impl.values()) {
      for (Mode mode : Mode.values()) {
        for (boolean reuse : new boolean[] {true, false}) {
          long[] d = digests(w.create(impl, mode, reuse, SEED));
          for (int i = 0; i < ROUNDS; i++) {
            assertEquals(
                reference[i],
                d[i],
                w + " " + impl + " " + mode + " reuse=" + reuse + " round " + i);
          }
        }
      }
    }
  }

  @ParameterizedTest
  @EnumSource(Workload.class)
  void bytesTravelInSerializedModes(Workload w) {
    for (Impl impl : Impl.values()) {
      assertEquals(0, w.create(impl, Mode.OBJECT, true, SEED).run());
      long bytes = w.create(impl, Mode.BYTES, true, SEED).run();
      assertEquals(true, bytes > 0, w + " " + impl);
    }
    // Packing shrinks Cap'n Proto messages.
    long plain = w.create(Impl.RAST, Mode.BYTES, true, SEED).run();
    long packed = w.create(Impl.RAST, Mode.PACKED, true, SEED).run();
    assertEquals(true, packed < plain, w + ": packed " + packed + " vs " + plain);
  }

  /**
   * rast-java's reuse mode allocates nothing per round once its buffers have grown, measured on
   * this thread's allocation counter. Code that allocates does so in every batch of rounds; a JIT
   * deoptimization can re-materialize scalar-replaced objects once, so one clean batch of three
   * suffices.
   */
  @ParameterizedTest
  @EnumSource(Workload.class)
  void rastReuseRoundsAllocateNothing(Workload w) {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
    long id = Thread.currentThread().getId();
    for (Mode mode : Mode.values()) {
      Round r = w.create(Impl.RAST, mode, true, SEED);
      for (int i = 0; i < 5; i++) {
        r.run();
      }
      long least = Long.MAX_VALUE;
      for (int batch = 0; batch < 3 && least > 0; batch++) {
        long before = threads.getThreadAllocatedBytes(id);
        for (int i = 0; i < 5; i++) {
          r.run();
        }
        least = Math.min(least, threads.getThreadAllocatedBytes(id) - before);
      }
      assertEquals(0, least, w + " " + mode + ": bytes allocated in 5 rounds");
    }
  }

  private static long[] digests(Round r) {
    long[] d = new long[ROUNDS];
    for (int i = 0; i < ROUNDS; i++) {
      r.run();
      d[i] = r.responseDigest();
    }
    return d;
  }
}
