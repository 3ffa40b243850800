package dev.rast.raft.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A leader whose follower lags sends longer and longer AppendEntries, up to the message limit. The
 * Ready's pooled builder that carries them is made once at the limit, so growing messages allocate
 * nothing after the first (it used to grow segment by segment, allocating at each new high-water
 * mark: the in-process leader's last 9-10 B per write, issue 14).
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class AppendBuilderGrowthTest {
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private final RaftNode n =
      new RaftNode(Config.of(1, new int[] {1, 2, 3}, 9, new SplittableRandom(1)), null);
  private final ByteBuffer records = ByteBuffer.allocate(n.config.maxMessageBytes());

  /** Builds and drops AppendEntries of 2 KiB up to the message limit; returns the bytes allocated after the first. */
  private long growingMessages(boolean sized) {
    long before = 0;
    for (int bytes = 2 << 10; bytes <= records.capacity(); bytes += 2 << 10) {
      if (bytes == 4 << 10) {
        THREADS.getCurrentThreadAllocatedBytes();
        before = THREADS.getCurrentThreadAllocatedBytes();
      }
      records.clear().limit(bytes);
      n.newMessage(2, 1, sized ? bytes : 0)
          .initAppendEntries(n.appendBuilder)
          .setCount(1)
          .setRecords(records);
      assertEquals(1, n.ready.messageCount());
      n.ready.clear();
    }
    return THREADS.getCurrentThreadAllocatedBytes() - before;
  }

  @Test
  void growingAppendEntriesAllocateNothingAfterTheFirst() {
    long sized = growingMessages(true);
    assertTrue(sized < 1024, sized + " bytes allocated by 127 growing AppendEntries");
  }

  @Test
  void aBuilderLeftToGrowWouldAllocate() {
    // The same messages without the size: the pooled builder grows with them (what the leader did
    // before), which shows the measurement above can see it.
    long unsized = growingMessages(false);
    assertTrue(unsized > 1 << 20, unsized + " bytes: a growing builder should allocate");
  }
}
