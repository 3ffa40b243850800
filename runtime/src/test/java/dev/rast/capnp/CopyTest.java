package dev.rast.capnp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.rast.capnp.Structs.B;
import dev.rast.capnp.Structs.R;
import org.junit.jupiter.api.Test;

/** Deep copies between messages equal their source canonically. */
class CopyTest {
  private static final String[] OFFICIAL = {"binary", "segmented"};

  @Test
  void setRootCopiesTheOfficialMessageInAnyArena() {
    for (String name : OFFICIAL) {
      R src = Structs.root(Words.read(TestData.bytes(name)));
      byte[] expected = Canonical.canonicalize(src);
      for (MessageBuilder b : new MessageBuilder[] {
        new MessageBuilder(),
        new MessageBuilder(7),
        new MessageBuilder(3, MessageBuilder.Growth.FIXED_SIZE, true)
      }) {
        b.setRoot(Structs.root(Words.read(TestData.bytes(name))));
        assertArrayEquals(expected, Canonical.canonicalize(Built.readBack(b)), name);
        assertArrayEquals(expected, Built.assertCanonicalLikeCapnp(b), name);
      }
    }
  }

  @Test
  void copyFromOverwritesAnExistingStruct() {
    R src = Structs.root(Words.read(TestData.bytes("segmented")));
    MessageBuilder b = new MessageBuilder();
    B root =
        b.initRoot(new StructSize(src.dataSectionBytes() / 8, src.pointerSectionSize()), new B());
    root.setU64(0, -1);
    root.text(0, "replaced");
    root.copyFrom(src);
    assertArrayEquals(Canonical.canonicalize(src), Canonical.canonicalize(Built.readBack(b)));
  }

  @Test
  void copyFromTruncatesToTheTargetAndZeroFillsTheRest() {
    MessageReader src = Words.reader(
        Words.struct(0, 2, 2), 1, 2, Words.list(1, ElementSize.BYTE, 2), 0, Words.bytes('a', 0));
    MessageBuilder b = new MessageBuilder();
    B small = b.initRoot(new StructSize(1, 1), new B());
    small.copyFrom(Structs.root(src));
    R r = Built.readBack(b);
    assertEquals(8, r.dataSectionBytes());
    assertEquals(1, r.u64(0));
    assertEquals("a", r.text(0).toString());
    MessageBuilder b2 = new MessageBuilder();
    B big = b2.initRoot(new StructSize(3, 3), new B());
    big.setU64(16, 99);
    big.text(2, "old");
    big.copyFrom(Structs.root(src));
    R r2 = Built.readBack(b2);
    assertEquals(2, r2.u64(8));
    assertEquals(0, r2.u64(16));
    assertFalse(r2.has(2));
  }

  @Test
  void anyPointerCopiesEveryKind() {
    MessageReader src = Words.reader(
        Words.struct(0, 0, 4),
        Words.struct(3, 1, 0),
        Words.list(3, ElementSize.BYTE, 2),
        Words.cap(9),
        0,
        5,
        Words.bytes('q', 0));
    R in = Structs.root(src);
    MessageBuilder b = new MessageBuilder();
    B root = b.initRoot(new StructSize(0, 4), new B());
    root.any(0).set(in.any(0));
    root.any(1).set(in.any(1));
    root.any(3).set(in.any(3));
    R r = Built.readBack(b);
    assertEquals(5, r.struct(0).u64(0));
    assertEquals("q", r.text(1).toString());
    assertFalse(r.has(3));
    root.any(0).set(new AnyPointerReader()); // an unpointed reader is null
    assertFalse(root.has(0));
  }

  @Test
  void copyOfAListElementReadThroughAnUpgrade() {
    // Elements of a List(UInt32) read as structs are 4-byte structs; a copy is a 1-word struct.
    R in = Structs.root(Words.reader(
        Words.struct(0, 0, 1), Words.list(0, ElementSize.FOUR_BYTES, 2), 0x0000_0002_0000_0001L));
    R element = in.list(0, ElementSize.INLINE_COMPOSITE).getStruct(1, new R());
    MessageBuilder b = new MessageBuilder();
    b.initRoot(new StructSize(0, 1), new B()).setStruct(0, element);
    R r = Built.readBack(b);
    assertEquals(8, r.struct(0).dataSectionBytes());
    assertEquals(2, r.struct(0).u64(0), "the other element's bytes are not copied");
    Built.assertCanonicalLikeCapnp(b);
  }

  @Test
  void copiesFromABuilderIntoAnotherBuilder() {
    MessageBuilder a = new MessageBuilder(4, MessageBuilder.Growth.FIXED_SIZE, false);
    MessageBuilderTest.buildTree(a);
    MessageBuilder b = new MessageBuilder();
    b.setRoot(a.getRoot(new StructSize(1, 4), new B()).reader());
    MessageBuilderTest.assertTree(Built.readBack(b));
    assertArrayEquals(
        Canonical.canonicalize(Built.readBack(a)), Canonical.canonicalize(Built.readBack(b)));
  }
}
