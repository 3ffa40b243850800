package dev.rast.capnp.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rast.capnp.AnyPointerBuilder;
import dev.rast.capnp.Canonical;
import dev.rast.capnp.DecodeException;
import dev.rast.capnp.Framing;
import dev.rast.capnp.MessageBuilder;
import dev.rast.capnp.StructListBuilder;
import dev.rast.capnp.StructListReader;
import dev.rast.capnp.TextListBuilder;
import dev.rast.testschema.Test.TestAllTypes;
import dev.rast.testschema.Test.TestAnyPointer;
import dev.rast.testschema.Test.TestEnum;
import dev.rast.testschema.Test.TestNewVersion;
import dev.rast.testschema.Test.TestOldVersion;
import dev.rast.testschema.Test.TestUnion;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The generated API as a user meets it: sizes, unions, lists, one-call IO, capabilities. */
class GeneratedApiTest {
  // ---- a builder knows its size ----

  @Test
  void aStructSizeThatIsNotTheBuildersThrowsInsteadOfCorrupting() {
    // Issue 10's example, with test.capnp's types: a smaller struct's size for a larger builder
    // used to allocate the smaller struct and write new1 over the pointer section.
    MessageBuilder m = new MessageBuilder();
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> m.initRoot(
            TestOldVersion._Meta.SIZE, new TestNewVersion.Builder())
        .setOld1(7)
        .setOld2("x")
        .setNew1(2));
    assertTrue(e.getMessage().contains(TestOldVersion._Meta.SIZE.toString()), e.getMessage());
    assertTrue(e.getMessage().contains(TestNewVersion._Meta.SIZE.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("TestNewVersion.Builder"), e.getMessage());
  }

  @Test
  void initRootStructFieldsListElementsAndAnyPointerNeedNoSize() {
    MessageBuilder m = new MessageBuilder();
    TestNewVersion.Builder root =
        m.initRoot(new TestNewVersion.Builder()).setOld1(7).setOld2("x").setNew1(2);
    root.initOld3().setNew2("inner");
    TestNewVersion.Reader r = Framing.readRoot(Framing.toByteArray(m), new TestNewVersion.Reader());
    assertEquals(
        "(old1 = 7, old2 = \"x\", old3 = (old1 = 0, new1 = 987, new2 = \"inner\"), new1 = 2)",
        r.toString());

    MessageBuilder any = new MessageBuilder();
    AnyPointerBuilder slot = any.initRoot(new TestAnyPointer.Builder()).getAnyPointerField();
    slot.initAsStruct(new TestOldVersion.Builder()).setOld1(5);
    assertEquals(
        5,
        Framing.readRoot(Framing.toByteArray(any), new TestAnyPointer.Reader())
            .getAnyPointerField()
            .getAsStruct(new TestOldVersion.Reader())
            .getOld1());
    StructListBuilder<TestOldVersion.Builder> list =
        slot.initAsStructList(2, new StructListBuilder<>(TestOldVersion.Builder::new));
    list.get(1).setOld2("second");
    assertEquals(
        "second",
        any.getRoot(new TestAnyPointer.Builder())
            .asReader()
            .getAnyPointerField()
            .getAsList(new StructListReader<>(TestOldVersion.Reader::new))
            .get(1)
            .getOld2());
  }

  @Test
  void aPointerSetterOnAnUnpointedBuilderIsAClearError() {
    IllegalStateException e = assertThrows(
        IllegalStateException.class, () -> new TestAllTypes.Builder().setTextField("x"));
    assertTrue(e.getMessage().contains("not pointed at a struct yet"), e.getMessage());
  }

  // ---- unions ----

  @Test
  void isXForEveryUnionMember() {
    MessageBuilder m = new MessageBuilder();
    TestUnion.Builder b = m.initRoot(new TestUnion.Builder());
    b.getUnion0().setU0f0sp("text");
    b.getUnion1().setU1f1s8((byte) 3);
    assertTrue(b.getUnion0().isU0f0sp());
    assertFalse(b.getUnion0().isU0f0s0());
    assertTrue(b.getUnion1().isU1f1s8());
    TestUnion.Reader r = b.asReader();
    assertTrue(r.getUnion0().isU0f0sp());
    assertFalse(r.getUnion0().isU0f1sp());
    assertTrue(r.getUnion1().isU1f1s8());
    assertFalse(r.getUnion1().isU1f0s8());
    assertEquals(TestUnion.Union0.Which.U0F0SP, r.getUnion0().which());
  }

  // ---- lists ----

  @Test
  void listsWorkInForEach() {
    MessageBuilder m = new MessageBuilder();
    TestAllTypes.Builder b = m.initRoot(new TestAllTypes.Builder());
    int i = 0;
    for (TestAllTypes.Builder e : b.initStructList(3)) {
      e.setInt32Field(++i);
    }
    TextListBuilder textBuilder = b.initTextList(2);
    textBuilder.set(0, "a");
    textBuilder.set(1, "b");
    b.initEnumList(2).set(1, TestEnum.GARPLY);

    TestAllTypes.Reader r = Framing.readRoot(Framing.toByteArray(m), new TestAllTypes.Reader());
    int sum = 0;
    for (TestAllTypes.Reader e : r.getStructList()) {
      sum += e.getInt32Field();
    }
    assertEquals(6, sum);
    List<String> texts = new ArrayList<>();
    for (String s : r.getTextList()) {
      texts.add(s);
    }
    for (String s : textBuilder) {
      texts.add(s);
    }
    assertEquals(List.of("a", "b", "a", "b"), texts);
    List<TestEnum> enums = new ArrayList<>();
    for (TestEnum e : r.getEnumList()) {
      enums.add(e);
    }
    assertEquals(List.of(TestEnum.FOO, TestEnum.GARPLY), enums);
  }

  // ---- one call each way ----

  @Test
  void oneCallEachWay() {
    MessageBuilder m = new MessageBuilder();
    TestMessages.initTestMessage(m.initRoot(new TestAllTypes.Builder()));
    byte[] bytes = Framing.toByteArray(m);
    TestAllTypes.Reader fromBytes = Framing.readRoot(bytes, new TestAllTypes.Reader());
    TestAllTypes.Reader fromBuffer =
        Framing.readRoot(ByteBuffer.wrap(bytes), new TestAllTypes.Reader());
    TestAllTypes.Reader official = OfficialEncodingsTest.read("binary");
    assertEquals(official, fromBytes);
    assertEquals(official, fromBuffer);
  }

  // ---- capabilities ----

  @Test
  void copyingOrCanonicalizingACapabilityThrowsAsCapnpDoes() {
    MessageBuilder m = new MessageBuilder();
    TestAnyPointer.Builder b = m.initRoot(new TestAnyPointer.Builder());
    b.getAnyPointerField().setCapability(2);
    DecodeException copy =
        assertThrows(DecodeException.class, () -> new MessageBuilder().setRoot(b.asReader()));
    assertTrue(
        copy.getMessage().startsWith("Message contained invalid capability pointer."),
        copy.getMessage());
    MessageBuilder other = new MessageBuilder();
    TestAnyPointer.Builder target = other.initRoot(new TestAnyPointer.Builder());
    assertThrows(
        DecodeException.class, () -> target.getAnyPointerField().setAsStruct(b.asReader()));
    DecodeException canonical =
        assertThrows(DecodeException.class, () -> Canonical.canonicalize(b.asReader()));
    assertTrue(
        canonical.getMessage().startsWith("Cannot create a canonical message with a capability"),
        canonical.getMessage());
    assertEquals(
        b.asReader(), b.asReader(), "equals still works: capability indices compare as they are");
  }
}
