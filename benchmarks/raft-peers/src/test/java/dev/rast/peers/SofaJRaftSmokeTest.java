package dev.rast.peers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 3-node SOFAJRaft cluster in this JVM applies 100 commands through the benchmark's own target. */
class SofaJRaftSmokeTest {
  @TempDir
  Path dir;

  @Test
  void threeNodesApplyHundredCommands() throws Exception {
    try (SofaJRaftCluster c = SofaJRaftCluster.start(dir, "inproc", 1)) {
      byte[] payload = new byte[128];
      AtomicReference<Throwable> failure = new AtomicReference<>();
      for (int i = 0; i < 100; i++) {
        CountDownLatch done = new CountDownLatch(1);
        c.submit(payload, err -> {
          failure.compareAndSet(null, err);
          done.countDown();
        });
        assertTrue(done.await(10, TimeUnit.SECONDS), "command " + i + " not applied in time");
      }
      assertNull(failure.get());
      assertEquals(100, c.applied());
    }
  }

  @Test
  void resultLineHasTheSharedFormat() {
    PeerBench.Result r =
        new PeerBench.Result("sofajraft", "rpc", 64, 1234.5, 1.5, 2.25, 3.125, 12345, 0, 12400);
    assertEquals(
        "RESULT impl=sofajraft mode=rpc c=64 ops_per_s=1234.5 p50_ms=1.500 p99_ms=2.250 p999_ms=3.125 ops=12345",
        r.line());
  }
}
