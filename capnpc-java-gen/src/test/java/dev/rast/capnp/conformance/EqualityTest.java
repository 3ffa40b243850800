package dev.rast.capnp.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rast.capnp.Framing;
import dev.rast.capnp.MessageBuilder;
import dev.rast.capnp.MessageReader;
import dev.rast.capnp.StructBuilder;
import dev.rast.capnp.StructReader;
import dev.rast.capnp.StructSize;
import dev.rast.testschema.Test.TestAllTypes;
import dev.rast.testschema.Test.TestDefaults;
import dev.rast.testschema.Test.TestUnnamedUnion;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * {@code equals}/{@code hashCode} of generated readers compare values (canonical forms), not
 * encodings: segment layout, far pointers, object order, larger sections from a newer schema and
 * space left by replaced objects do not matter; any changed field does.
 */
class EqualityTest {
  @Test
  void sameValueInEveryOfficialEncodingIsEqual() {
    TestAllTypes.Reader binary = OfficialEncodingsTest.read("binary");
    for (String encoding :
        new String[] {"flat", "packed", "packedflat", "segmented", "segmented-packed"}) {
      TestAllTypes.Reader other = OfficialEncodingsTest.read(encoding);
      assertEquals(binary, other, encoding);
      assertEquals(binary.hashCode(), other.hashCode(), encoding);
    }
  }

  @Test
  void segmentLayoutAndFarPointersDoNotMatter() {
    TestAllTypes.Reader official = OfficialEncodingsTest.read("binary");
    for (int words : new int[] {1, 2, 5, 8, 64, 4096}) {
      TestAllTypes.Reader built = reread(build(words, TestMessages::initTestMessage));
      assertEquals(official, built, "first segment of " + words + " words");
      assertEquals(official.hashCode(), built.hashCode(), "first segment of " + words + " words");
    }
  }

  @Test
  void largerSectionsWithTrailingZeroWordsDoNotMatter() {
    // As a newer schema would write it: two more data words and three more pointers, all zero.
    MessageBuilder m = new MessageBuilder();
    TestAllTypes.Builder b = new TestAllTypes.Builder();
    b.wrap(m.initRoot(new StructSize(8, 23), new RawStruct()));
    TestMessages.initTestMessage(b);
    TestAllTypes.Reader wide = reread(m);
    assertEquals(8 * 8, wide.dataSectionBytes());
    assertEquals(23, wide.pointerSectionSize());
    TestAllTypes.Reader official = OfficialEncodingsTest.read("binary");
    assertEquals(official, wide);
    assertEquals(official.hashCode(), wide.hashCode());
  }

  @Test
  void objectOrderAndReplacedObjectsDoNotMatter() {
    TestAllTypes.Reader official = OfficialEncodingsTest.read("binary");
    TestAllTypes.Reader shuffled = reread(build(1024, b -> {
      // Lists and nested struct first, then scalars and text; some objects written twice.
      b.setTextField("to be replaced by a longer text that leaves a hole");
      b.initStructList(7).get(0).setTextField("replaced too");
      b.initInt32List(100);
      TestMessages.initTestMessage(b);
      b.setTextField("foo");
    }));
    assertEquals(official, shuffled);
    assertEquals(official.hashCode(), shuffled.hashCode());
  }

  @Test
  void builderReaderEqualsFramedReader() {
    MessageBuilder m = build(1024, TestMessages::initTestMessage);
    TestAllTypes.Reader live =
        m.getRoot(TestAllTypes._Meta.SIZE, new TestAllTypes.Builder()).asReader();
    assertEquals(live, reread(m));
    assertEquals(live.hashCode(), reread(m).hashCode());
  }

  @Test
  void anyChangedFieldMakesThemUnequal() {
    TestAllTypes.Reader official = OfficialEncodingsTest.read("binary");
    assertChanged(official, b -> b.setInt32Field(b.getInt32Field() + 1));
    assertChanged(official, b -> b.setBoolField(false));
    assertChanged(official, b -> b.setFloat64Field(-b.getFloat64Field()));
    assertChanged(official, b -> b.setTextField("fop"));
    assertChanged(official, b -> b.setTextField("foo\0"));
    assertChanged(
        official, b -> b.getStructField().getStructField().setTextField("really nested!"));
    assertChanged(official, b -> b.getInt32List().setInt(1, 0));
    assertChanged(official, b -> b.getStructList().get(2).setInt8Field((byte) 1));
    assertChanged(official, b -> b.initVoidList(7));
    assertChanged(official, b -> b.getEnumList().setRaw(1, 99));
    // Bit patterns count: a NaN with another payload is another value.
    assertChanged(official, b -> b.getFloat32List().setFloat(3, Float.intBitsToFloat(0x7fc00001)));
    // Null and empty differ.
    assertChanged(official, b -> b.setDataField(new byte[0]));
  }

  @Test
  void nullAndEmptyAndDefaultAreDistinctEncodings() {
    TestDefaults.Reader empty = reread(
        new MessageBuilder(),
        TestDefaults._Meta.SIZE,
        new TestDefaults.Builder(),
        b -> {},
        new TestDefaults.Reader());
    TestDefaults.Reader explicit = reread(
        new MessageBuilder(),
        TestDefaults._Meta.SIZE,
        new TestDefaults.Builder(),
        b -> b.setTextField("foo"),
        new TestDefaults.Reader());
    // Both read "foo", but one has a null pointer: canonical forms (and so equals) differ.
    assertEquals(empty.getTextField(), explicit.getTextField());
    assertNotEquals(empty, explicit);
  }

  @Test
  void unionMembersWithEqualBitsAreUnequal() {
    TestUnnamedUnion.Reader foo = reread(
        new MessageBuilder(),
        TestUnnamedUnion._Meta.SIZE,
        new TestUnnamedUnion.Builder(),
        b -> b.setFoo((short) 5),
        new TestUnnamedUnion.Reader());
    TestUnnamedUnion.Reader bar = reread(
        new MessageBuilder(),
        TestUnnamedUnion._Meta.SIZE,
        new TestUnnamedUnion.Builder(),
        b -> b.setBar(5),
        new TestUnnamedUnion.Reader());
    TestUnnamedUnion.Reader foo2 = reread(
        new MessageBuilder(16, MessageBuilder.Growth.FIXED_SIZE, false),
        TestUnnamedUnion._Meta.SIZE,
        new TestUnnamedUnion.Builder(),
        b -> b.setFoo((short) 5).setBefore(""),
        new TestUnnamedUnion.Reader());
    TestUnnamedUnion.Reader foo3 = reread(
        new MessageBuilder(),
        TestUnnamedUnion._Meta.SIZE,
        new TestUnnamedUnion.Builder(),
        b -> b.setFoo((short) 5),
        new TestUnnamedUnion.Reader());
    assertNotEquals(foo, bar);
    assertNotEquals(foo, foo2); // an empty text is not a null one
    assertEquals(foo, foo3);
    assertEquals(foo.hashCode(), foo3.hashCode());
  }

  @Test
  void equalsIsTypedAndNullSafe() {
    TestAllTypes.Reader official = OfficialEncodingsTest.read("binary");
    assertNotEquals(official, null);
    assertNotEquals(official, "a string");
    // TestDefaults has TestAllTypes' layout: the same bytes, but another type.
    MessageReader m = Framing.read(Official.le(Official.bytes("binary")), new MessageReader());
    TestDefaults.Reader sameBytes = m.getRoot(new TestDefaults.Reader());
    assertNotEquals(official, sameBytes);
    assertTrue(official.equals(official));
  }

  private static void assertChanged(
      TestAllTypes.Reader official, Consumer<TestAllTypes.Builder> change) {
    TestAllTypes.Reader changed = reread(build(1024, b -> {
      TestMessages.initTestMessage(b);
      change.accept(b);
    }));
    assertNotEquals(official, changed, changed.toString());
    assertNotEquals(
        official.hashCode(),
        changed.hashCode(),
        "hash collision (possible, but not for these): " + changed);
  }

  private static MessageBuilder build(int firstSegmentWords, Consumer<TestAllTypes.Builder> fill) {
    MessageBuilder m =
        new MessageBuilder(firstSegmentWords, MessageBuilder.Growth.FIXED_SIZE, false);
    fill.accept(m.initRoot(TestAllTypes._Meta.SIZE, new TestAllTypes.Builder()));
    return m;
  }

  private static TestAllTypes.Reader reread(MessageBuilder m) {
    return Framing.read(frame(m), new MessageReader()).getRoot(new TestAllTypes.Reader());
  }

  private static <B extends StructBuilder, R extends StructReader> R reread(
      MessageBuilder m, StructSize size, B builder, Consumer<B> fill, R reader) {
    fill.accept(m.initRoot(size, builder));
    return Framing.read(frame(m), new MessageReader()).getRoot(reader);
  }

  private static ByteBuffer frame(MessageBuilder m) {
    ByteBuffer out =
        ByteBuffer.allocate((int) Framing.serializedSize(m)).order(ByteOrder.LITTLE_ENDIAN);
    Framing.write(m, out);
    return out.flip();
  }
}
