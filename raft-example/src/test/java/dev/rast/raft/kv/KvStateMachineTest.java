package dev.rast.raft.kv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.rast.capnp.Framing;
import dev.rast.capnp.MessageBuilder;
import dev.rast.raft.msg.KvMsg.KvRequest;
import dev.rast.raft.msg.KvMsg.Op;
import dev.rast.raft.msg.KvMsg.Status;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class KvStateMachineTest {
  private static ByteBuffer write(
      Op op, long client, long seq, long acked, String key, String value, String expected) {
    MessageBuilder b = new MessageBuilder();
    KvRequest.Builder r = b.initRoot(KvRequest._Meta.SIZE, new KvRequest.Builder());
    r.setOp(op)
        .setClientId(client)
        .setSeq(seq)
        .setAckedBelow(acked)
        .setKey(key.getBytes(StandardCharsets.UTF_8));
    if (value != null) {
      r.setValue(value.getBytes(StandardCharsets.UTF_8));
    }
    if (expected != null) {
      r.setExpected(expected.getBytes(StandardCharsets.UTF_8));
    } else if (op == Op.CPUT) {
      r.setExpectAbsent(true);
    }
    ByteBuffer buf = ByteBuffer.allocate((int) Framing.serializedSize(b));
    Framing.write(b, buf);
    return buf.flip();
  }

  private static Status apply(KvStateMachine sm, ByteBuffer b) {
    return sm.apply(b, 0, b.limit());
  }

  @Test
  void putCputDelete() {
    KvStateMachine sm = new KvStateMachine();
    assertEquals(Status.OK, apply(sm, write(Op.CPUT, 1, 1, 1, "k", "a", null)));
    assertEquals(Status.COMPARE_FAILED, apply(sm, write(Op.CPUT, 1, 2, 2, "k", "b", null)));
    assertEquals(Status.COMPARE_FAILED, apply(sm, write(Op.CPUT, 1, 3, 3, "k", "b", "x")));
    assertEquals(Status.OK, apply(sm, write(Op.CPUT, 1, 4, 4, "k", "b", "a")));
    assertArrayEquals("b".getBytes(StandardCharsets.UTF_8), sm.get("k"));
    assertEquals(Status.OK, apply(sm, write(Op.DELETE, 1, 5, 5, "k", null, null)));
    assertEquals(Status.NOT_FOUND, apply(sm, write(Op.DELETE, 1, 6, 6, "k", null, null)));
    assertNull(sm.get("k"));
  }

  @Test
  void aRetriedWriteTakesEffectOnce() {
    KvStateMachine sm = new KvStateMachine();
    ByteBuffer cput = write(Op.CPUT, 7, 1, 1, "k", "a", null);
    assertEquals(Status.OK, apply(sm, cput));
    apply(sm, write(Op.PUT, 8, 1, 1, "k", "other", null));
    // The retry (same client and sequence) answers the recorded result and changes nothing.
    assertEquals(Status.OK, apply(sm, cput));
    assertArrayEquals("other".getBytes(StandardCharsets.UTF_8), sm.get("k"));
  }

  @Test
  void pipelinedWritesAreRememberedUntilAcknowledged() {
    KvStateMachine sm = new KvStateMachine();
    assertEquals(Status.OK, apply(sm, write(Op.PUT, 3, 2, 1, "a", "2", null)));
    assertEquals(Status.OK, apply(sm, write(Op.PUT, 3, 1, 1, "b", "1", null)));
    assertEquals(Status.OK, apply(sm, write(Op.PUT, 3, 3, 3, "c", "3", null)));
    // Below the acknowledged mark a duplicate is stale: ignored, nobody waits for it.
    assertEquals(KvStateMachine.STALE, apply(sm, write(Op.PUT, 3, 1, 1, "b", "changed", null)));
    assertArrayEquals("1".getBytes(StandardCharsets.UTF_8), sm.get("b"));
  }

  @Test
  void aWideWindowOfResultsIsRememberedAndForgottenInOrder() {
    KvStateMachine sm = new KvStateMachine();
    int window = 300;
    for (long seq = 1; seq <= 5000; seq++) {
      // every third write is a cput that fails, so the recorded results differ
      Op op = seq % 3 == 0 ? Op.CPUT : Op.PUT;
      Status want = seq % 3 == 0 ? Status.COMPARE_FAILED : Status.OK;
      ByteBuffer w = write(
          op, 9, seq, Math.max(1, seq - window), "k" + seq, "v", seq % 3 == 0 ? "nope" : null);
      assertEquals(want, apply(sm, w));
      if (seq > window) {
        long old = seq - window; // still unacknowledged: the retry answers the recorded result
        Op oldOp = old % 3 == 0 ? Op.CPUT : Op.PUT;
        assertEquals(
            old % 3 == 0 ? Status.COMPARE_FAILED : Status.OK,
            apply(sm, write(oldOp, 9, old, 1, "k" + old, "changed", old % 3 == 0 ? "v" : null)),
            "retry of " + old);
        if (old % 3 != 0) {
          assertArrayEquals(
              "v".getBytes(StandardCharsets.UTF_8),
              sm.get("k" + old),
              "the retry of " + old + " changed nothing");
        }
        assertEquals(
            KvStateMachine.STALE,
            apply(sm, write(Op.PUT, 9, old - 1, 1, "k" + old, "changed", null)));
      }
    }
    assertArrayEquals("v".getBytes(StandardCharsets.UTF_8), sm.get("k4999"));
    // A client jumping far ahead still gets exactly-once answers.
    long far = 1L << 40;
    assertEquals(Status.OK, apply(sm, write(Op.PUT, 9, far, 4800, "far", "1", null)));
    assertEquals(Status.OK, apply(sm, write(Op.PUT, 9, 4999, 4800, "k4999", "again", null)));
    assertArrayEquals(
        "v".getBytes(StandardCharsets.UTF_8), sm.get("k4999"), "the retry of 4999 changed nothing");
    assertEquals(Status.OK, apply(sm, write(Op.PUT, 9, far, 4800, "far", "2", null)));
    assertArrayEquals("1".getBytes(StandardCharsets.UTF_8), sm.get("far"));
    assertEquals(Status.OK, apply(sm, write(Op.PUT, 9, far + 1, far, "far", "3", null)));
    assertEquals(
        KvStateMachine.STALE, apply(sm, write(Op.PUT, 9, 4999, far, "k4999", "late", null)));
    assertEquals(
        Status.OK, apply(sm, write(Op.PUT, 9, far + 1, far, "far", "4", null)), "still remembered");
    assertArrayEquals("3".getBytes(StandardCharsets.UTF_8), sm.get("far"));
  }

  /** Issue 11, item 1: applying is total; bytes the state machine cannot apply give ERROR, every time, and change nothing. */
  @Test
  void entriesThatCannotBeAppliedGiveAnErrorAndChangeNothing() {
    KvStateMachine sm = new KvStateMachine();
    assertEquals(Status.OK, apply(sm, write(Op.PUT, 1, 1, 1, "k", "v", null)));
    byte[][] bad = {
      BadFrames.putWithKeyOutOfBounds(1, 2, 1),
      BadFrames.putWithHugeValue(2, 2, 2),
      BadFrames.unknownOp(3, 2, 3),
      BadFrames.request(4, Op.GET, 2, 4, "k", null),
      BadFrames.request(5, Op.STATUS, 2, 5, "k", null),
      {1, 2, 3, 4, 5, 6, 7, 8},
      {}
    };
    for (byte[] b : bad) {
      for (int twice = 0; twice < 2; twice++) {
        assertEquals(Status.ERROR, apply(sm, ByteBuffer.wrap(b)));
      }
    }
    assertEquals(1, sm.size());
    assertArrayEquals("v".getBytes(StandardCharsets.UTF_8), sm.get("k"));
    assertEquals(Status.OK, apply(sm, write(Op.PUT, 2, 6, 6, "k2", "w", null)));
  }
}
