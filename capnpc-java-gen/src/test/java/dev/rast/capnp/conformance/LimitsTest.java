package dev.rast.capnp.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rast.capnp.Canonical;
import dev.rast.capnp.DecodeException;
import dev.rast.capnp.Framing;
import dev.rast.capnp.ListBuilder;
import dev.rast.capnp.MessageBuilder;
import dev.rast.capnp.MessageReader;
import dev.rast.capnp.StructListBuilder;
import dev.rast.capnp.TextListBuilder;
import dev.rast.testschema.Test.TestAllTypes;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

/**
 * Generated readers at the reader's limits: nesting as deep as capnp allows (and no deeper), and
 * values far larger than the random round trips make (long lists, long text, many segments),
 * checked against capnp where it is present.
 */
class LimitsTest {
  @Test
  void rootPlus63NestedStructsRead() {
    MessageBuilder m = chain(64);
    TestAllTypes.Reader r = reread(m);
    int depth = 1;
    for (TestAllTypes.Reader at = r; at.hasStructField(); at = at.getStructField()) {
      depth++;
    }
    assertEquals(64, depth);
    assertCapnpAgrees(m, r);
  }

  @Test
  void sixtyFiveLevelsAreTooDeep() {
    TestAllTypes.Reader r = reread(chain(65));
    DecodeException e = assertThrows(DecodeException.class, r::toString);
    assertTrue(e.getMessage().contains("too deeply nested"), e.getMessage());
  }

  @Test
  void largeValues() {
    MessageBuilder m = new MessageBuilder(64, MessageBuilder.Growth.FIXED_SIZE, false);
    TestAllTypes.Builder b = m.initRoot(TestAllTypes._Meta.SIZE, new TestAllTypes.Builder());
    ListBuilder ints = b.initInt32List(100_000);
    for (int i = 0; i < ints.size(); i++) {
      ints.setInt(i, i * 31);
    }
    ListBuilder bools = b.initBoolList(70_001);
    for (int i = 0; i < bools.size(); i += 3) {
      bools.setBoolean(i, true);
    }
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      text.append("é♫").append(i % 10);
    }
    b.setTextField(text);
    b.initVoidList(1 << 20);
    TextListBuilder texts = b.initTextList(3_000);
    for (int i = 0; i < texts.size(); i++) {
      texts.set(i, "t" + i);
    }
    StructListBuilder<TestAllTypes.Builder> structs = b.initStructList(5_000);
    TestAllTypes.Builder e = new TestAllTypes.Builder();
    for (int i = 0; i < structs.size(); i++) {
      structs.get(i, e).setInt64Field(i).setTextField(i % 7 == 0 ? "seven" : "");
    }
    assertTrue(m.segmentCount() > 100, "segments: " + m.segmentCount());
    TestAllTypes.Reader r = reread(m);
    assertEquals(100_000, r.getInt32List().size());
    assertEquals(99_999 * 31, r.getInt32List().getInt(99_999));
    assertTrue(r.getBoolList().getBoolean(69_999));
    assertEquals(text.toString(), r.getTextField());
    assertEquals(4_999, r.getStructList().get(4_999).getInt64Field());
    assertEquals(r, copy(r));
    assertCapnpAgrees(m, r);
  }

  /** capnp decodes our bytes to our text, and canonicalizes them to our canonical bytes. */
  private static void assertCapnpAgrees(MessageBuilder m, TestAllTypes.Reader r) {
    if (!CapnpTool.present()) {
      return;
    }
    CapnpTool capnp = CapnpTool.require();
    byte[] bytes = bytes(m);
    assertEquals(r.toString() + "\n", capnp.decode("TestAllTypes", bytes, true));
    assertArrayEquals(Canonical.canonicalize(r), capnp.convert("binary:canonical", bytes));
  }

  /** A TestAllTypes with {@code levels} levels of structField (the root counts as one). */
  private static MessageBuilder chain(int levels) {
    MessageBuilder m = new MessageBuilder();
    TestAllTypes.Builder at = m.initRoot(TestAllTypes._Meta.SIZE, new TestAllTypes.Builder());
    for (int i = 1; i < levels; i++) {
      at.setInt32Field(i);
      at = at.initStructField();
    }
    return m;
  }

  private static TestAllTypes.Reader reread(MessageBuilder m) {
    return Framing.read(Official.le(bytes(m)), new MessageReader())
        .getRoot(new TestAllTypes.Reader());
  }

  private static byte[] bytes(MessageBuilder m) {
    ByteBuffer out =
        ByteBuffer.allocate((int) Framing.serializedSize(m)).order(ByteOrder.LITTLE_ENDIAN);
    Framing.write(m, out);
    return out.array();
  }

  /** A deep copy into a fresh single-segment message. */
  private static TestAllTypes.Reader copy(TestAllTypes.Reader r) {
    MessageBuilder m = new MessageBuilder();
    m.setRoot(r);
    return m.asReader().getRoot(new TestAllTypes.Reader());
  }
}
