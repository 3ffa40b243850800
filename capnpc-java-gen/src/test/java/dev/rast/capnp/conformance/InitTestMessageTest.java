package dev.rast.capnp.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rast.capnp.Canonical;
import dev.rast.capnp.Framing;
import dev.rast.capnp.MessageBuilder;
import dev.rast.capnp.MessageReader;
import dev.rast.testschema.Test.TestAllTypes;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

/**
 * The writer's oracle: the official value built with the generated builders has exactly the
 * canonical bytes capnp computes for {@code testdata/binary}, and prints as {@code short.txt}.
 */
class InitTestMessageTest {
  @Test
  void builtValueHasCapnpsCanonicalBytes() {
    MessageBuilder m = new MessageBuilder();
    TestMessages.initTestMessage(m.initRoot(TestAllTypes._Meta.SIZE, new TestAllTypes.Builder()));
    TestAllTypes.Reader r =
        m.getRoot(TestAllTypes._Meta.SIZE, new TestAllTypes.Builder()).asReader();
    assertArrayEquals(Official.canonicalTestAllTypes(), Canonical.canonicalize(r));
  }

  @Test
  void builtValuePrintsAsShortTxt() {
    MessageBuilder m = new MessageBuilder();
    TestAllTypes.Builder root = m.initRoot(TestAllTypes._Meta.SIZE, new TestAllTypes.Builder());
    TestMessages.initTestMessage(root);
    assertEquals(Official.text("short.txt"), root.toString() + "\n");
    assertEquals(Official.text("pretty.txt"), root.asReader().toPrettyString() + "\n");
  }

  @Test
  void builtValueInTinySegmentsSurvivesFramingAndEqualsTheOfficialMessage() {
    // 8-word segments force far and double-far pointers throughout.
    MessageBuilder m = new MessageBuilder(8, MessageBuilder.Growth.FIXED_SIZE, false);
    TestMessages.initTestMessage(m.initRoot(TestAllTypes._Meta.SIZE, new TestAllTypes.Builder()));
    ByteBuffer framed =
        ByteBuffer.allocate((int) Framing.serializedSize(m)).order(ByteOrder.LITTLE_ENDIAN);
    Framing.write(m, framed);
    framed.flip();
    TestAllTypes.Reader r =
        Framing.read(framed, new MessageReader()).getRoot(new TestAllTypes.Reader());
    assertEquals(Official.text("short.txt"), r.toString() + "\n");
    assertArrayEquals(Official.canonicalTestAllTypes(), Canonical.canonicalize(r));
    assertEquals(OfficialEncodingsTest.read("binary"), r);
  }
}
