package dev.rast.raft.kv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rast.capnp.Framing;
import dev.rast.capnp.MessageReader;
import dev.rast.raft.msg.KvMsg.KvRequest;
import dev.rast.raft.msg.KvMsg.Op;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

/** The leader's complete check of a request before it is served or proposed (issue 11, items 1-3). */
class RequestCheckTest {
  private static final RequestCheck CHECK = new RequestCheck(new KvLimits(8, 16));

  private static String check(byte[] framed) {
    KvRequest.Reader r = Framing.read(
            ByteBuffer.wrap(framed).order(ByteOrder.LITTLE_ENDIAN), new MessageReader())
        .getRoot(new KvRequest.Reader());
    return CHECK.check(r);
  }

  private static void says(String problem, String part) {
    assertTrue(problem != null && problem.contains(part), problem + " should say " + part);
  }

  @Test
  void validRequestsPass() {
    assertNull(check(BadFrames.request(1, Op.PUT, 3, 1, "k", "v")));
    assertNull(check(BadFrames.request(1, Op.GET, 0, 0, "12345678", null)));
    assertNull(check(BadFrames.request(1, Op.PUT, 3, 1, "k", "x".repeat(16))));
    assertNull(check(BadFrames.request(1, Op.STATUS, 0, 0, "", null)));
  }

  @Test
  void eachProblemIsNamed() {
    says(
        check(BadFrames.putWithKeyOutOfBounds(1, 3, 1)),
        "malformed request: the key does not decode");
    says(check(BadFrames.getWithKeyOutOfBounds(1)), "malformed request: the key does not decode");
    says(
        check(BadFrames.putWithHugeValue(1, 3, 1)), "malformed request: the value does not decode");
    says(check(BadFrames.unknownOp(1, 3, 1)), "unknown op 77");
    assertEquals(
        check(BadFrames.unknownOp(1, 0, 0)),
        check(BadFrames.unknownOp(1, 3, 1)),
        "the op is checked first");
    says(
        check(BadFrames.request(1, Op.PUT, 0, 1, "k", "v")),
        "a put needs a client id and a sequence number > 0");
    says(check(BadFrames.request(1, Op.DELETE, 3, 0, "k", null)), "a delete needs a client id");
    says(
        check(BadFrames.request(1, Op.PUT, 3, 1, "123456789", "v")),
        "key of 9 bytes is larger than the limit of 8 bytes");
    says(check(BadFrames.request(1, Op.GET, 0, 0, "123456789", null)), "key of 9 bytes");
    says(
        check(BadFrames.request(1, Op.PUT, 3, 1, "k", "x".repeat(17))),
        "value of 17 bytes is larger than the limit of 16 bytes");
  }
}
