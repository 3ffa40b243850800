package dev.rast.capnp.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.rast.capnp.Framing;
import dev.rast.capnp.MessageBuilder;
import dev.rast.capnp.MessageReader;
import dev.rast.capnp.StructListBuilder;
import dev.rast.capnp.StructSize;
import dev.rast.testschema.Test.TestAllTypes;
import dev.rast.testschema.Test.TestNewUnionVersion;
import dev.rast.testschema.Test.TestNewVersion;
import dev.rast.testschema.Test.TestOldUnionVersion;
import dev.rast.testschema.Test.TestOldVersion;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

/**
 * Old and new versions of a schema read each other's messages (test.capnp's TestOldVersion /
 * TestNewVersion and their union pair), and builders upgrade structs and struct lists written
 * with smaller sizes in place before writing new fields. Where capnp is present, its decode of the
 * same bytes is the oracle.
 */
class SchemaEvolutionTest {
  @Test
  void newReaderReadsOldMessageWithDefaults() {
    MessageBuilder m = new MessageBuilder();
    TestOldVersion.Builder old =
        m.initRoot(TestOldVersion._Meta.SIZE, new TestOldVersion.Builder());
    old.setOld1(123).setOld2("foo");
    old.initOld3().setOld1(456);
    TestNewVersion.Reader r = reread(m).getRoot(new TestNewVersion.Reader());
    assertEquals(123, r.getOld1());
    assertEquals("foo", r.getOld2());
    assertEquals(456, r.getOld3().getOld1());
    assertEquals(987, r.getNew1());
    assertEquals("baz", r.getNew2());
    assertEquals(987, r.getOld3().getNew1());
    assertDecodesAs("TestNewVersion", m, r.toString());
  }

  @Test
  void oldReaderIgnoresNewFields() {
    MessageBuilder m = new MessageBuilder();
    TestNewVersion.Builder b = m.initRoot(TestNewVersion._Meta.SIZE, new TestNewVersion.Builder());
    b.setOld1(1).setOld2("two").setNew1(3).setNew2("four");
    b.initOld3().setNew2("deep");
    TestOldVersion.Reader r = reread(m).getRoot(new TestOldVersion.Reader());
    assertEquals("(old1 = 1, old2 = \"two\", old3 = (old1 = 0))", r.toString());
    assertDecodesAs("TestOldVersion", m, r.toString());
  }

  @Test
  void builderUpgradesAnOldRootAndNestedStruct() {
    MessageBuilder old = new MessageBuilder();
    TestOldVersion.Builder o =
        old.initRoot(TestOldVersion._Meta.SIZE, new TestOldVersion.Builder());
    o.setOld1(11).setOld2("old text");
    o.initOld3().setOld1(22).setOld2("nested");

    // A new builder over a copy of the old message: the copy keeps the old (smaller) sizes.
    MessageBuilder m = new MessageBuilder();
    m.setRoot(o.asReader());
    TestNewVersion.Builder n = m.getRoot(TestNewVersion._Meta.SIZE, new TestNewVersion.Builder());
    assertEquals(11, n.getOld1());
    assertEquals(987, n.getNew1());
    n.setNew1(33).setNew2("new text");
    TestNewVersion.Builder nested = n.getOld3();
    assertEquals("nested", nested.getOld2());
    nested.setNew1(44);
    String expected =
        "(old1 = 11, old2 = \"old text\", old3 = (old1 = 22, old2 = \"nested\", new1 = 44), "
            + "new1 = 33, new2 = \"new text\")";
    TestNewVersion.Reader r = reread(m).getRoot(new TestNewVersion.Reader());
    assertEquals(expected, r.toString());
    assertDecodesAs("TestNewVersion", m, expected);
  }

  @Test
  void builderUpgradesAStructListOfSmallerElements() {
    // structList written by an "older" TestAllTypes: elements of one data word and one pointer.
    MessageBuilder m = new MessageBuilder();
    TestAllTypes.Builder root = m.initRoot(TestAllTypes._Meta.SIZE, new TestAllTypes.Builder());
    root.setStructList(smallList(new StructSize(1, 1), 3));
    StructListBuilder<TestAllTypes.Builder> small = root.getStructList();
    assertEquals(3, small.size());
    for (int i = 0; i < 3; i++) {
      TestAllTypes.Builder e = small.get(i);
      assertEquals(i + 1, e.getInt32Field());
      assertEquals("e" + i, e.getTextField());
      e.setFloat64Field(i + 0.5); // beyond the old data section: needs the upgrade
      e.initStructField().setInt8Field((byte) i); // beyond the old pointer section
    }
    TestAllTypes.Reader r = reread(m).getRoot(new TestAllTypes.Reader());
    for (int i = 0; i < 3; i++) {
      TestAllTypes.Reader e = r.getStructList().get(i);
      assertEquals(i + 1, e.getInt32Field());
      assertEquals("e" + i, e.getTextField());
      assertEquals(i + 0.5, e.getFloat64Field());
      assertEquals(i, e.getStructField().getInt8Field());
    }
    assertDecodesAs("TestAllTypes", m, r.toString());
  }

  @Test
  void unionVersionsReadEachOther() {
    MessageBuilder old = new MessageBuilder();
    old.initRoot(TestOldUnionVersion._Meta.SIZE, new TestOldUnionVersion.Builder())
        .setB(123);
    TestNewUnionVersion.Reader n = reread(old).getRoot(new TestNewUnionVersion.Reader());
    assertEquals(TestNewUnionVersion.Which.B, n.which());
    assertEquals(123, n.getB());
    assertDecodesAs("TestNewUnionVersion", old, n.toString());

    MessageBuilder neu = new MessageBuilder();
    neu.initRoot(TestNewUnionVersion._Meta.SIZE, new TestNewUnionVersion.Builder())
        .initA()
        .setA1(456);
    TestOldUnionVersion.Reader o = reread(neu).getRoot(new TestOldUnionVersion.Reader());
    // Outer discriminant 0 is the group a in the new schema and the Void a in the old one.
    assertEquals(TestOldUnionVersion.Which.A, o.which());
    assertDecodesAs("TestOldUnionVersion", neu, o.toString());
    TestNewUnionVersion.Reader back = reread(neu).getRoot(new TestNewUnionVersion.Reader());
    assertEquals(TestNewUnionVersion.A.Which.A1, back.getA().which());
    assertEquals(456, back.getA().getA1());
    assertDecodesAs("TestNewUnionVersion", neu, back.toString());
  }

  @Test
  void unknownUnionDiscriminantIsLeftOut() {
    // A discriminant of 7 is unknown to the old schema (as a newer one could write it).
    MessageBuilder neu = new MessageBuilder();
    TestNewUnionVersion.Builder b =
        neu.initRoot(TestNewUnionVersion._Meta.SIZE, new TestNewUnionVersion.Builder());
    b.setB(5);
    ByteBuffer framed = frame(neu);
    // Patch the outer discriminant (bytes 0..1 of the data section, after table and root pointer).
    int data = Framing.tableBytes(1) + 8;
    framed.putShort(data, (short) 7);
    TestOldUnionVersion.Reader o = Framing.read(
            framed.duplicate().order(ByteOrder.LITTLE_ENDIAN), new MessageReader())
        .getRoot(new TestOldUnionVersion.Reader());
    assertEquals(TestOldUnionVersion.Which._UNKNOWN, o.which());
    assertEquals("()", o.toString());
    if (CapnpTool.present()) {
      byte[] bytes = new byte[framed.limit()];
      framed.get(0, bytes);
      assertEquals("()\n", CapnpTool.require().decode("TestOldUnionVersion", bytes, true));
    }
    assertFalse(o.toString().contains("b ="));
  }

  /** A struct list whose elements have {@code size}, each with int32Field = i+1 and textField = "e<i>". */
  private static dev.rast.capnp.ListReader smallList(StructSize size, int n) {
    MessageBuilder m = new MessageBuilder();
    dev.rast.capnp.AnyPointerBuilder root = m.getRoot(new dev.rast.capnp.AnyPointerBuilder());
    StructListBuilder<RawStruct> l =
        root.initAsStructList(size, n, new StructListBuilder<>(RawStruct::new));
    for (int i = 0; i < n; i++) {
      // int32Field lives at bytes 4..7 of the first data word; textField is pointer 0.
      l.get(i).setInt(4, i + 1).setText(0, "e" + i);
    }
    return root.asReader(new dev.rast.capnp.AnyPointerReader())
        .getAsList(new dev.rast.capnp.ListReader());
  }

  private static MessageReader reread(MessageBuilder m) {
    return Framing.read(frame(m), new MessageReader());
  }

  private static ByteBuffer frame(MessageBuilder m) {
    ByteBuffer out =
        ByteBuffer.allocate((int) Framing.serializedSize(m)).order(ByteOrder.LITTLE_ENDIAN);
    Framing.write(m, out);
    return out.flip();
  }

  private static void assertDecodesAs(String type, MessageBuilder m, String expected) {
    if (!CapnpTool.present()) {
      return;
    }
    ByteBuffer f = frame(m);
    byte[] bytes = new byte[f.remaining()];
    f.get(bytes);
    assertEquals(expected + "\n", CapnpTool.require().decode(type, bytes, true), type);
  }
}
