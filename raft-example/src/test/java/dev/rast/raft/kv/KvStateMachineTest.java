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
  private static ByteBuffer write(Op op, long client, long seq, long acked, String key, String value, String expected) {
    MessageBuilder b = new MessageBuilder();
    KvRequest.Builder r = b.initRoot(KvRequest._Meta.SIZE, new KvRequest.Builder());
    r.setOp(op).setClientId(client).setSeq(seq).setAckedBelow(acked).setKey(key.getBytes(StandardCharsets.UTF_8));
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
}
