package dev.rast.raft.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rast.capnp.DataReader;
import dev.rast.capnp.Framing;
import dev.rast.capnp.MessageBuilder;
import dev.rast.capnp.MessageReader;
import dev.rast.raft.msg.KvMsg.KvRequest;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The leader's waiting reads: found by read id across growth and wrap-around, keys intact, no allocation once warm. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class PendingReadsTest {
  /** Request {@code i}'s key, its length varying with i. */
  private static String key(long i) {
    return "k" + i + "-".repeat((int) (i % 40));
  }

  /** A framed request with {@code key}, read back: the key as the node sees it. */
  private static DataReader keyOf(String key) {
    MessageBuilder b = new MessageBuilder();
    b.initRoot(KvRequest._Meta.SIZE, new KvRequest.Builder())
        .setKey(key.getBytes(StandardCharsets.UTF_8));
    ByteBuffer buf =
        ByteBuffer.allocate((int) Framing.serializedSize(b) + 8).order(ByteOrder.LITTLE_ENDIAN);
    Framing.write(b, buf);
    buf.flip();
    return Framing.read(buf, new MessageReader())
        .getRoot(new KvRequest.Reader())
        .getKey(new DataReader());
  }

  private static String takenKey(PendingReads p) {
    return new String(
        p.takenKey.array(), p.takenKey.arrayOffset(), p.takenKeyLength, StandardCharsets.UTF_8);
  }

  @Test
  void readsAreFoundByTheirIdWithTheirKeysAcrossGrowthAndWrapAround() {
    PendingReads p = new PendingReads();
    // A sliding window of 1,000 waiting reads over 5,000 ids; ids of other kinds left out.
    for (long i = 1; i < 5_000; i++) {
      if (i % 5 != 0) {
        p.add(i, null, 7_000 + i, keyOf(key(i)));
      }
      long old = i - 1_000;
      if (old > 0) {
        assertEquals(old % 5 != 0, p.take(old), "read " + old);
        if (old % 5 != 0) {
          assertEquals(7_000 + old, p.takenRequestId);
          assertEquals(key(old), takenKey(p));
        }
        assertFalse(p.take(old), "taken once");
      }
    }
    // Deposed: every read still waiting is drained, each once.
    Set<Long> drained = new HashSet<>();
    while (p.takeAny()) {
      assertTrue(drained.add(p.takenRequestId));
      assertEquals(key(p.takenRequestId - 7_000), takenKey(p));
    }
    assertEquals(800, drained.size());
    assertEquals(0, p.size());
  }

  @Test
  void aWarmTableAllocatesNothingPerRead() {
    com.sun.management.ThreadMXBean mx =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    PendingReads p = new PendingReads();
    DataReader[] keys = new DataReader[64];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = keyOf(key(i));
    }
    long id = 0;
    for (int round = 0; round < 2_000; round++) {
      for (int k = 0; k < keys.length; k++) {
        p.add(++id, null, id, keys[k]);
      }
      for (long r = id - keys.length + 1; r <= id; r++) {
        assertTrue(p.take(r));
      }
    }
    mx.getCurrentThreadAllocatedBytes(); // its own first call may allocate
    long before = mx.getCurrentThreadAllocatedBytes();
    for (int round = 0; round < 1_000; round++) {
      for (int k = 0; k < keys.length; k++) {
        p.add(++id, null, id, keys[k]);
      }
      for (long r = id - keys.length + 1; r <= id; r++) {
        p.take(r);
      }
    }
    long after = mx.getCurrentThreadAllocatedBytes();
    // A few bytes of JIT or measurement noise at most: one byte per read would be 64,000.
    assertTrue(
        after - before < 1024,
        (after - before) + " bytes allocated by 64,000 reads through a warm table");
  }
}
