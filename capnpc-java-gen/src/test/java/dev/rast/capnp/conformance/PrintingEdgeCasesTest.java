package dev.rast.capnp.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rast.capnp.Framing;
import dev.rast.capnp.MessageBuilder;
import dev.rast.capnp.MessageReader;
import dev.rast.capnp.StructReader;
import dev.rast.testschema.Test.TestAllTypes;
import dev.rast.testschema.Test.TestEnum;
import dev.rast.testschema.Test.TestGroups;
import dev.rast.testschema.Test.TestLateUnion;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * What only a hand-made (or newer-schema) message holds, printed as {@code capnp decode --short}
 * prints it: unknown enum numbers, unknown union discriminants, union members whose pointer is
 * null. Each message is built, then patched at the byte offsets {@code capnp compile -ocapnp}
 * reports for test.capnp. With capnp present its decode must agree.
 */
class PrintingEdgeCasesTest {
  /** Bytes before the root struct's data section in a one-segment framed message. */
  private static final int DATA = 16;

  @Test
  void unknownEnumNumberPrintsInParentheses() {
    ByteBuffer f = framed(m -> m.initRoot(TestAllTypes._Meta.SIZE, new TestAllTypes.Builder()));
    // enumField @15: bits [288, 304) = bytes 36..37.
    f.putShort(DATA + 36, (short) 99);
    TestAllTypes.Reader r = read(f, TestAllTypes.Reader::new);
    assertEquals(TestEnum._UNKNOWN, r.getEnumField());
    String s = r.toString();
    assertEquals(
        "enumField = (99)", s.substring(s.indexOf("enumField"), s.indexOf(", interfaceField")));
    assertCapnp("TestAllTypes", f, s);
  }

  @Test
  void unknownDiscriminantOfANamedUnionLeavesItEmpty() {
    ByteBuffer f = framed(m -> m.initRoot(TestGroups._Meta.SIZE, new TestGroups.Builder())
        .getGroups()
        .initBar()
        .setCorge(5));
    // groups' tag: bits [32, 48) = bytes 4..5.
    f.putShort(DATA + 4, (short) 3);
    TestGroups.Reader r = read(f, TestGroups.Reader::new);
    assertEquals(TestGroups.Groups.Which._UNKNOWN, r.getGroups().which());
    assertEquals("(groups = ())", r.toString());
    assertCapnp("TestGroups", f, r.toString());
  }

  @Test
  void nullPointerUnionMembers() {
    ByteBuffer f = framed(m -> {
      TestLateUnion.Builder b = m.initRoot(TestLateUnion._Meta.SIZE, new TestLateUnion.Builder());
      b.getTheUnion().initCorge(2).setInt(0, 7); // tag 1, a list in ptr[1]
      b.getAnotherUnion().setQux("x"); // tag 0, a text in ptr[2]
    });
    int ptrs = DATA + TestLateUnion._Meta.SIZE.dataWords * 8;
    f.putLong(ptrs + 8, 0L); // theUnion.corge: null, its tag still 1
    f.putLong(ptrs + 16, 0L); // anotherUnion.qux: null, tag 0
    TestLateUnion.Reader r = read(f, TestLateUnion.Reader::new);
    // A non-default member prints even when null (as its default, the empty list); the default
    // member prints only when present.
    assertEquals("(foo = 0, baz = 0, theUnion = (corge = []), anotherUnion = ())", r.toString());
    assertCapnp("TestLateUnion", f, r.toString());
  }

  @Test
  void groupInitClearsTheGroupsFields() {
    MessageBuilder m = new MessageBuilder();
    TestGroups.Builder b = m.initRoot(TestGroups._Meta.SIZE, new TestGroups.Builder());
    TestGroups.Groups.Foo.Builder foo = b.getGroups().initFoo();
    foo.setCorge(1).setGrault(2).setGarply("three");
    TestGroups.Groups.Baz.Builder baz = b.getGroups().initBaz();
    assertEquals(TestGroups.Groups.Which.BAZ, b.getGroups().which());
    assertEquals(0, baz.getCorge());
    assertEquals("", baz.getGrault());
    assertEquals("", baz.getGarply());
    assertEquals("(groups = (baz = (corge = 0)))", b.toString());
    baz.setGarply("g");
    TestGroups.Groups.Bar.Builder bar = b.getGroups().initBar();
    assertEquals(0, bar.getGarply());
    assertEquals("(groups = (bar = (corge = 0, garply = 0)))", b.toString());
    // initBaz cleared ptr[0] (foo.garply's text, baz.grault's slot) and initBar cleared it again
    // (bar.grault). As in capnp C++, a group's init clears only its own fields: baz.garply in
    // ptr[1] is not bar's and stays, unprinted.
    ByteBuffer f = frame(m);
    int ptrs = DATA + TestGroups._Meta.SIZE.dataWords * 8;
    assertEquals(0, f.getLong(ptrs));
    assertCapnp("TestGroups", f, b.toString());
  }

  private static ByteBuffer framed(Consumer<MessageBuilder> build) {
    MessageBuilder m = new MessageBuilder();
    build.accept(m);
    return frame(m);
  }

  private static ByteBuffer frame(MessageBuilder m) {
    ByteBuffer out =
        ByteBuffer.allocate((int) Framing.serializedSize(m)).order(ByteOrder.LITTLE_ENDIAN);
    Framing.write(m, out);
    return out.flip();
  }

  private static <R extends StructReader> R read(ByteBuffer f, Supplier<R> reader) {
    return Framing.read(f.duplicate().order(ByteOrder.LITTLE_ENDIAN), new MessageReader())
        .getRoot(reader.get());
  }

  private static void assertCapnp(String type, ByteBuffer f, String ours) {
    if (!CapnpTool.present()) {
      return;
    }
    byte[] bytes = new byte[f.limit()];
    f.get(0, bytes);
    assertEquals(CapnpTool.require().decode(type, bytes, true), ours + "\n", type);
  }
}
