package dev.rast.raft.core;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rast.raft.msg.RaftMsg.EntryKind;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

/** The record format: round trip, corruption and tearing detected, and wire bytes == log bytes. */
class RecordsTest {
  private final Records records = new Records();

  private ByteBuffer one(String payload) {
    ByteBuffer buf = ByteBuffer.allocate(256).order(ByteOrder.LITTLE_ENDIAN);
    records.write(buf, 3, 7, EntryKind.NORMAL, ByteBuffer.wrap(payload.getBytes()));
    return buf.flip();
  }

  @Test
  void roundTrip() {
    ByteBuffer buf = one("hello");
    int len = records.verify(buf, 0, buf.limit());
    assertEquals(buf.limit(), len);
    assertEquals(0, len % 8);
    assertEquals(3, records.entry(buf, 0).getTerm());
    assertEquals(7, records.entry(buf, 0).getIndex());
    assertEquals("hello", new String(records.entry(buf, 0).getPayload()));
  }

  @Test
  void corruptionAndTearingAreDetected() {
    ByteBuffer buf = one("hello");
    for (int i = 0; i < buf.limit(); i++) {
      ByteBuffer copy = ByteBuffer.allocate(buf.limit())
          .order(ByteOrder.LITTLE_ENDIAN)
          .put(0, buf, 0, buf.limit());
      copy.put(i, (byte) (copy.get(i) ^ 0x40));
      assertEquals(-1, records.verify(copy, 0, copy.limit()), "flipped bit in byte " + i);
    }
    for (int cut = 0; cut < buf.limit(); cut++) {
      assertEquals(-1, records.verify(buf, 0, cut), "torn at " + cut);
    }
  }

  @Test
  void followersLogTheLeadersBytes() {
    Cluster c = new Cluster(3);
    c.elect(1);
    c.propose(1, "same bytes everywhere");
    c.stabilize();
    RaftLog leader = c.node(1).log();
    for (int f = 2; f <= 3; f++) {
      RaftLog log = c.node(f).log();
      for (long i = 1; i <= leader.lastIndex(); i++) {
        assertArrayEquals(bytes(leader, i), bytes(log, i), "record " + i + " on node " + f);
      }
    }
  }

  private static byte[] bytes(RaftLog log, long i) {
    byte[] b = new byte[log.length(i)];
    log.buffer(i).get(log.offset(i), b);
    return b;
  }
}
