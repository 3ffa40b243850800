package dev.rast.capnp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rast.capnp.Structs.B;
import dev.rast.capnp.Structs.R;
import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/** Lists of every encoding built, read back, and compared with capnp's canonical form. */
class ListBuilderTest {
  private static final StructSize ROOT = new StructSize(0, 8);

  @Test
  void primitiveListsOfEveryWidth() {
    MessageBuilder b = new MessageBuilder();
    B root = b.initRoot(ROOT, new B());
    ListBuilder voids = root.initList(0, ElementSize.VOID, 5);
    ListBuilder bits = root.initList(1, ElementSize.BIT, 70);
    ListBuilder bytes = root.initList(2, ElementSize.BYTE, 3);
    ListBuilder shorts = root.initList(3, ElementSize.TWO_BYTES, 3);
    ListBuilder ints = root.initList(4, ElementSize.FOUR_BYTES, 3);
    ListBuilder longs = root.initList(5, ElementSize.EIGHT_BYTES, 3);
    assertEquals(5, voids.size());
    for (int i = 0; i < 70; i += 3) {
      bits.setBoolean(i, true);
    }
    bits.setBoolean(69, true);
    bits.setBoolean(69, false);
    bytes.setByte(0, (byte) -1);
    bytes.setByte(2, (byte) 7);
    shorts.setShort(1, (short) 0x8001);
    ints.setInt(0, -2);
    ints.setFloat(2, 3.25f);
    longs.setLong(0, Long.MAX_VALUE);
    longs.setDouble(2, Math.PI);
    assertTrue(bits.getBoolean(66));
    assertEquals(3.25f, ints.getFloat(2));
    assertEquals(Math.PI, longs.getDouble(2));
    assertEquals((short) 0x8001, shorts.getShort(1));
    assertEquals(7, bytes.getByte(2));
    assertThrows(IndexOutOfBoundsException.class, () -> ints.setInt(3, 0));
    assertThrows(IndexOutOfBoundsException.class, () -> bits.setBoolean(70, true));

    R r = Built.readBack(b);
    assertEquals(5, r.list(0, ElementSize.VOID).size());
    ListReader rb = r.list(1, ElementSize.BIT);
    for (int i = 0; i < 70; i++) {
      assertEquals(i % 3 == 0 && i != 69, rb.getBoolean(i), "bit " + i);
    }
    assertEquals(-1, r.list(2, ElementSize.BYTE).getByte(0));
    assertEquals(0, r.list(2, ElementSize.BYTE).getByte(1));
    assertEquals((short) 0x8001, r.list(3, ElementSize.TWO_BYTES).getShort(1));
    assertEquals(-2, r.list(4, ElementSize.FOUR_BYTES).getInt(0));
    assertEquals(3.25f, r.list(4, ElementSize.FOUR_BYTES).getFloat(2));
    assertEquals(Long.MAX_VALUE, r.list(5, ElementSize.EIGHT_BYTES).getLong(0));
    assertEquals(Math.PI, r.list(5, ElementSize.EIGHT_BYTES).getDouble(2));
    Built.assertCanonicalLikeCapnp(b);
  }

  @Test
  void emptyListsOfEveryKind() {
    MessageBuilder b = new MessageBuilder();
    B root = b.initRoot(ROOT, new B());
    for (int size = 0; size < 7; size++) {
      root.initList(size, size, 0);
    }
    root.initStructList(7, new StructSize(2, 1), 0);
    R r = Built.readBack(b);
    for (int size = 0; size < 7; size++) {
      assertTrue(r.has(size));
      assertEquals(0, r.list(size, size).size());
    }
    assertEquals(0, r.list(7, ElementSize.INLINE_COMPOSITE).size());
    Built.assertCanonicalLikeCapnp(b);
  }

  @Test
  void listOfTextAndListOfData() {
    MessageBuilder b = new MessageBuilder();
    B root = b.initRoot(ROOT, new B());
    ListBuilder texts = root.initList(0, ElementSize.POINTER, 4);
    texts.setText(0, "first");
    texts.setText(2, "th\u00efrd \uD83D\uDE80");
    texts.setText(3, "");
    assertFalse(texts.hasPointer(1));
    assertEquals("first", texts.getText(0, new TextBuilder()).toString());
    ListBuilder data = root.initList(1, ElementSize.POINTER, 3);
    data.setData(0, new byte[] {1, 2, 3}, 1, 2);
    data.setData(1, ByteBuffer.wrap(new byte[] {9, 9, 9}));
    assertEquals(3, data.getData(1, new DataBuilder()).size());
    R r = Built.readBack(b);
    ListReader rt = r.list(0, ElementSize.POINTER);
    assertEquals("first", rt.getText(0, new TextReader()).toString());
    assertEquals("", rt.getText(1, new TextReader()).toString());
    assertFalse(rt.hasPointer(1));
    assertEquals("th\u00efrd \uD83D\uDE80", rt.getText(2, new TextReader()).toString());
    assertTrue(rt.hasPointer(3));
    ListReader rd = r.list(1, ElementSize.POINTER);
    assertArrayEquals(new byte[] {2, 3}, rd.getData(0, new DataReader()).toByteArray());
    assertArrayEquals(new byte[] {9, 9, 9}, rd.getData(1, new DataReader()).toByteArray());
    assertFalse(rd.hasPointer(2));
    Built.assertCanonicalLikeCapnp(b);
  }

  @Test
  void listOfListsOfLists() {
    MessageBuilder b = new MessageBuilder();
    B root = b.initRoot(ROOT, new B());
    ListBuilder outer = root.initList(0, ElementSize.POINTER, 3);
    ListBuilder mid0 = outer.initList(0, ElementSize.POINTER, 2, new ListBuilder());
    mid0.initList(0, ElementSize.FOUR_BYTES, 2, new ListBuilder()).setInt(1, 12);
    mid0.initList(1, ElementSize.FOUR_BYTES, 0, new ListBuilder());
    outer
        .initList(2, ElementSize.POINTER, 1, new ListBuilder())
        .initList(0, ElementSize.FOUR_BYTES, 1, new ListBuilder())
        .setInt(0, 7);
    ListBuilder reopened = outer.getList(0, ElementSize.POINTER, null, new ListBuilder());
    assertEquals(
        12, reopened.getList(0, ElementSize.FOUR_BYTES, null, new ListBuilder()).getInt(1));
    R r = Built.readBack(b);
    ListReader ro = r.list(0, ElementSize.POINTER);
    assertEquals(3, ro.size());
    ListReader m0 = ro.getList(0, ElementSize.POINTER, new ListReader());
    assertEquals(12, m0.getList(0, ElementSize.FOUR_BYTES, new ListReader()).getInt(1));
    assertEquals(0, m0.getList(1, ElementSize.FOUR_BYTES, new ListReader()).size());
    assertFalse(ro.hasPointer(1));
    assertEquals(
        7,
        ro.getList(2, ElementSize.POINTER, new ListReader())
            .getList(0, ElementSize.FOUR_BYTES, new ListReader())
            .getInt(0));
    Built.assertCanonicalLikeCapnp(b);
  }

  @Test
  void structListsWithNestedPointers() {
    MessageBuilder b = new MessageBuilder();
    B root = b.initRoot(ROOT, new B());
    StructSize elem = new StructSize(2, 2);
    ListBuilder l = root.initStructList(0, elem, 3);
    assertEquals(ElementSize.INLINE_COMPOSITE, l.elementSize());
    for (int i = 0; i < 3; i++) {
      B e = l.getStruct(i, new B());
      e.setU64(0, i * 10L).setU32(8, -i);
      e.text(0, "e" + i);
      e.initStruct(1, new StructSize(1, 0)).setU64(0, 100 + i);
    }
    // The tag word precedes the elements: count 3, 2 data words, 2 pointers; 12 words of content.
    // Root pointer 0 is word 1; the list follows the root's 8 pointers, at word 9.
    assertEquals(Words.list(7, ElementSize.INLINE_COMPOSITE, 12), b.segment(0).getLong(8));
    assertEquals(Words.tag(3, 2, 2), b.segment(0).getLong(9 * 8));
    R r = Built.readBack(b);
    ListReader rl = r.list(0, ElementSize.INLINE_COMPOSITE);
    for (int i = 0; i < 3; i++) {
      R e = rl.getStruct(i, new R());
      assertEquals(i * 10L, e.u64(0));
      assertEquals(-i, e.u32(8));
      assertEquals("e" + i, e.text(0).toString());
      assertEquals(100 + i, e.struct(1).u64(0));
    }
    Built.assertCanonicalLikeCapnp(b);
  }

  @Test
  void setStructCopiesIntoAnElement() {
    MessageReader src = Words.reader(
        Words.struct(0, 1, 1), 42, Words.list(0, ElementSize.BYTE, 3), Words.bytes('h', 'i', 0));
    MessageBuilder b = new MessageBuilder();
    ListBuilder l = b.initRoot(ROOT, new B()).initStructList(0, new StructSize(1, 1), 2);
    l.getStruct(1, new B()).text(0, "to be replaced");
    l.setStruct(1, Structs.root(src));
    l.setStruct(0, Structs.root(src));
    R r = Built.readBack(b);
    for (int i = 0; i < 2; i++) {
      R e = r.list(0, ElementSize.INLINE_COMPOSITE).getStruct(i, new R());
      assertEquals(42, e.u64(0));
      assertEquals("hi", e.text(0).toString());
    }
    Built.assertNoByte(b, 'z' + 1); // sanity: nothing odd
    Built.assertCanonicalLikeCapnp(b);
  }

  @Test
  void listOfStructPointersAndAnyPointers() {
    MessageBuilder b = new MessageBuilder();
    ListBuilder l = b.initRoot(ROOT, new B()).initList(0, ElementSize.POINTER, 3);
    l.initStructPointer(0, new StructSize(1, 0), new B()).setU64(0, 5);
    l.getAnyPointer(1, new AnyPointerBuilder()).setAsText("any");
    l.getAnyPointer(2, new AnyPointerBuilder())
        .initAsList(ElementSize.EIGHT_BYTES, 1, new ListBuilder())
        .setLong(0, 6);
    l.setNull(1);
    assertFalse(l.hasPointer(1));
    l.getAnyPointer(1, new AnyPointerBuilder()).setAsText("again");
    R r = Built.readBack(b);
    ListReader rl = r.list(0, ElementSize.POINTER);
    assertEquals(5, rl.getStructPointer(0, new R()).u64(0));
    assertEquals("again", rl.getText(1, new TextReader()).toString());
    assertEquals(6, rl.getList(2, ElementSize.EIGHT_BYTES, new ListReader()).getLong(0));
    Built.assertCanonicalLikeCapnp(b);
  }

  @Test
  void setListCopiesAnyListFromAnotherMessage() {
    MessageReader src = Words.reader(
        Words.struct(0, 0, 3),
        Words.list(2, ElementSize.BIT, 3),
        Words.list(2, ElementSize.POINTER, 1),
        Words.list(2, ElementSize.INLINE_COMPOSITE, 2),
        0b101,
        Words.list(3, ElementSize.BYTE, 2),
        Words.tag(2, 1, 0),
        1,
        2,
        Words.bytes('z', 0));
    R in = Structs.root(src);
    MessageBuilder b = new MessageBuilder();
    B root = b.initRoot(ROOT, new B());
    root.setList(0, in.list(0, ElementSize.BIT));
    root.setList(1, in.list(1, ElementSize.POINTER));
    root.setList(2, in.list(2, ElementSize.INLINE_COMPOSITE));
    R r = Built.readBack(b);
    assertTrue(r.list(0, ElementSize.BIT).getBoolean(2));
    assertFalse(r.list(0, ElementSize.BIT).getBoolean(1));
    assertEquals(
        "z", r.list(1, ElementSize.POINTER).getText(0, new TextReader()).toString());
    assertEquals(
        2, r.list(2, ElementSize.INLINE_COMPOSITE).getStruct(1, new R()).u64(0));
    Built.assertCanonicalLikeCapnp(b);
  }

  @Test
  void bitListCopyMasksTheUnusedBits() {
    // A hostile bit list of 3 elements whose unused bits are set: the copy keeps only 3 bits.
    MessageReader src =
        Words.reader(Words.struct(0, 0, 1), Words.list(0, ElementSize.BIT, 3), 0xFFL);
    MessageBuilder b = new MessageBuilder();
    b.initRoot(ROOT, new B()).setList(0, Structs.root(src).list(0, ElementSize.BIT));
    ByteBuffer seg = b.segment(0);
    int listWord = 1 + 8; // root pointer + root's 8 pointers
    assertEquals(0b111, seg.getLong(listWord * 8));
  }

  @Test
  void accessorsOfTheWrongKindAreCallerBugs() {
    MessageBuilder b = new MessageBuilder();
    B root = b.initRoot(ROOT, new B());
    ListBuilder ints = root.initList(0, ElementSize.FOUR_BYTES, 2);
    assertThrows(IllegalStateException.class, () -> ints.setText(0, "x"));
    assertThrows(IllegalStateException.class, () -> root.getList(0, ElementSize.EIGHT_BYTES));
    assertThrows(
        IllegalArgumentException.class, () -> root.initList(1, ElementSize.INLINE_COMPOSITE, 1));
    assertThrows(IllegalArgumentException.class, () -> root.initList(1, ElementSize.BYTE, -1));
  }
}
