package dev.rast.bench.std;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rast.bench.std.Workload.Impl;
import dev.rast.bench.std.capnp.Carsales;
import dev.rast.bench.std.capnp.Catrank;
import dev.rast.bench.std.capnp.Eval;
import dev.rast.capnp.Framing;
import dev.rast.capnp.MessageReader;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The hand-written capnproto-java classes ({@code dev.rast.bench.capnpjava}) are the schemas:
 * capnproto-java writes, for the same requests, the very bytes rast-java writes (framed and packed,
 * requests and responses, when both build in one large segment), and rast-java's generated readers
 * decode capnproto-java's bytes to the same values also when the two lay out several segments
 * differently (default first segments, no reuse).
 */
@Timeout(60)
class CapnpJavaCrossCheckTest {
  private static final int ROUNDS = 20;
  private static final int SEED = FastRand.DEFAULT_SEED;

  @ParameterizedTest
  @EnumSource(Workload.class)
  void capnpJavaWritesTheBytesRastWrites(Workload w) {
    for (Mode mode : new Mode[] {Mode.BYTES, Mode.PACKED}) {
      // With reuse both build in a 1 MiB first segment, so every message is one segment.
      Round rast = w.create(Impl.RAST, mode, true, SEED);
      Round capnpJava = w.create(Impl.CAPNP_JAVA, mode, true, SEED);
      for (int i = 0; i < ROUNDS; i++) {
        long rastBytes = rast.run();
        long capnpJavaBytes = capnpJava.run();
        String where = w + " " + mode + " round " + i;
        assertEquals(rastBytes, capnpJavaBytes, where);
        byte[] wire = rast.lastWire();
        assertEquals(rastBytes, wire.length, where);
        assertArrayEquals(wire, capnpJava.lastWire(), where);
      }
    }
  }

  /**
   * rast-java's generated readers decode capnproto-java's request and response to the values the
   * capnproto-java round made and checked: their text form equals that of the rast-java round's
   * messages, and for eval rast-java's own evaluation of capnproto-java's tree (both union arms
   * appear) is the value in capnproto-java's response.
   */
  @ParameterizedTest
  @EnumSource(Workload.class)
  void rastDecodesCapnpJavaMessagesToTheSameValues(Workload w) {
    Round rast = w.create(Impl.RAST, Mode.BYTES, false, SEED);
    Round capnpJava = w.create(Impl.CAPNP_JAVA, Mode.BYTES, false, SEED);
    for (int i = 0; i < ROUNDS; i++) {
      rast.run();
      capnpJava.run();
      MessageReader[] theirs = readBoth(capnpJava.lastWire());
      MessageReader[] ours = readBoth(rast.lastWire());
      assertEquals(text(w, ours[0], true), text(w, theirs[0], true), w + " request " + i);
      assertEquals(text(w, ours[1], false), text(w, theirs[1], false), w + " response " + i);
      if (w == Workload.EVAL) {
        int value = theirs[1].getRoot(new Eval.EvaluationResult.Reader()).getValue();
        assertEquals(
            value, evaluate(theirs[0].getRoot(new Eval.Expression.Reader())), "eval round " + i);
        assertEquals(capnpJava.responseDigest(), value);
      }
    }
  }

  private static String text(Workload w, MessageReader m, boolean request) {
    switch (w) {
      case CARSALES:
        return request
            ? m.getRoot(new Carsales.ParkingLot.Reader()).toString()
            : m.getRoot(new Carsales.TotalValue.Reader()).toString();
      case CATRANK:
        return m.getRoot(new Catrank.SearchResultList.Reader()).toString();
      default:
        return request
            ? m.getRoot(new Eval.Expression.Reader()).toString()
            : m.getRoot(new Eval.EvaluationResult.Reader()).toString();
    }
  }

  private static int evaluate(Eval.Expression.Reader e) {
    Eval.Expression.Left.Reader l = e.getLeft();
    Eval.Expression.Right.Reader r = e.getRight();
    int left =
        l.which() == Eval.Expression.Left.Which.VALUE ? l.getValue() : evaluate(l.getExpression());
    int right =
        r.which() == Eval.Expression.Right.Which.VALUE ? r.getValue() : evaluate(r.getExpression());
    return EvalValues.apply(e.getOp().ordinal(), left, right);
  }

  /** Reads the request and response of a round's wire bytes (framed, unpacked) with rast-java. */
  private static MessageReader[] readBoth(byte[] wire) {
    ByteBuffer in = ByteBuffer.wrap(wire).order(ByteOrder.LITTLE_ENDIAN);
    MessageReader request = Framing.read(in, new MessageReader());
    MessageReader response = Framing.read(in, new MessageReader());
    assertEquals(0, in.remaining());
    return new MessageReader[] {request, response};
  }
}
