package dev.rast.raft.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PendingWritesTest {
  @Test
  void writesAreFoundByTheirIndexAcrossGrowthAndWrapAround() {
    PendingWrites p = new PendingWrites();
    Node.Callback[] cbs = new Node.Callback[20_000];
    // A sliding window of 3,000 waiting writes over 20,000 indexes, with gaps (entries of others).
    for (int i = 1; i < cbs.length; i++) {
      if (i % 7 != 0) {
        cbs[i] = s -> {};
        p.add(i, null, 1000L + i, cbs[i]);
      }
      long old = i - 3000;
      if (old > 0) {
        assertEquals(old % 7 != 0, p.take(old), "index " + old);
        if (old % 7 != 0) {
          assertSame(cbs[(int) old], p.takenCallback);
          assertEquals(1000L + old, p.takenRequestId);
        }
        assertFalse(p.take(old), "taken once");
      }
    }
    // Deposed: every write still waiting is drained, each once.
    Set<Long> drained = new HashSet<>();
    while (p.takeAny()) {
      assertTrue(drained.add(p.takenRequestId));
    }
    long expected = 0;
    for (int i = cbs.length - 3000; i < cbs.length; i++) {
      if (i % 7 != 0) {
        expected++;
        assertTrue(drained.contains(1000L + i), "index " + i);
      }
    }
    assertEquals(expected, drained.size());
    assertTrue(p.isEmpty());
    assertFalse(p.takeAny());
  }
}
