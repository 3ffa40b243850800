package dev.rast.capnp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rast.capnp.Structs.B;
import dev.rast.capnp.Structs.R;
import org.junit.jupiter.api.Test;

/**
 * Builders opening a struct or struct list written by an older, smaller schema: the object is
 * moved to the full size, its values kept, its old space zeroed.
 */
class UpgradeTest {
  private static final StructSize SMALL = new StructSize(1, 1);
  private static final StructSize BIG = new StructSize(3, 3);

  @Test
  void rootStructUpgradeKeepsValuesAndZeroesTheOldSpace() {
    MessageBuilder b = new MessageBuilder();
    B old = b.initRoot(SMALL, new B());
    old.setU64(0, 0x1234);
    old.text(0, "kept");
    // words: 0 root ptr, 1 data, 2 ptr, 3 text
    B big = b.getRoot(BIG, new B());
    assertEquals(0x1234, big.u64(0));
    assertEquals("kept", big.getText(0).toString());
    assertEquals(0, big.u64(8));
    assertFalse(big.has(1));
    big.setU64(16, 7);
    big.text(2, "new");
    long[] w = Words.words(b.segment(0), b.segmentWords(0));
    assertEquals(0L, w[1], "old data word zeroed\n" + Words.dump(w));
    assertEquals(0L, w[2], "old pointer word zeroed\n" + Words.dump(w));
    R r = Built.readBack(b);
    assertEquals(48, r.dataSectionBytes() + r.pointerSectionSize() * 8);
    assertEquals(0x1234, r.u64(0));
    assertEquals(7, r.u64(16));
    assertEquals("kept", r.text(0).toString());
    assertEquals("new", r.text(2).toString());
    Built.assertCanonicalLikeCapnp(b);
    assertEquals(Structs.root(b.asReader()).dataSectionBytes(), 24);
    B same = b.getRoot(SMALL, new B());
    assertEquals(
        24,
        same.reader().dataSectionBytes(),
        "opening with a smaller size keeps the bigger struct");
  }

  @Test
  void upgradeOfAStructFromAnotherMessage() {
    MessageReader older = Words.reader(
        Words.struct(0, 1, 1), 5, Words.list(0, ElementSize.BYTE, 3), Words.bytes('o', 'k', 0));
    MessageBuilder b = new MessageBuilder();
    b.setRoot(Structs.root(older));
    B big = b.getRoot(BIG, new B());
    big.setU64(8, 6);
    R r = Built.readBack(b);
    assertEquals(5, r.u64(0));
    assertEquals(6, r.u64(8));
    assertEquals("ok", r.text(0).toString());
    Built.assertCanonicalLikeCapnp(b);
  }

  @Test
  void upgradeAcrossSegmentsZeroesTheOldPad() {
    MessageBuilder b = new MessageBuilder(4, MessageBuilder.Growth.FIXED_SIZE, false);
    B root = b.initRoot(new StructSize(0, 2), new B());
    B child =
        root.initStruct(0, SMALL); // 2 words: fits segment 0 exactly (1 + 2 + 2 = 5 > 4): spills
    child.setU64(0, 41);
    child.text(0, "child text");
    int before = b.segmentCount();
    B big = root.getStruct(0, BIG);
    assertTrue(b.segmentCount() >= before);
    assertEquals(41, big.u64(0));
    big.setU64(16, 42);
    R r = Built.readBack(b);
    assertEquals(41, r.struct(0).u64(0));
    assertEquals(42, r.struct(0).u64(16));
    assertEquals("child text", r.struct(0).text(0).toString());
    Built.assertCanonicalLikeCapnp(b);
    // Only live objects remain: the canonical size plus far-pointer overhead, nothing of the old
    // child.
    long live = r.totalSizeInWords();
    long nonZero = 0;
    for (int s = 0; s < b.segmentCount(); s++) {
      for (long word : Words.words(b.segment(s), b.segmentWords(s))) {
        nonZero += word != 0 ? 1 : 0;
      }
    }
    assertTrue(
        nonZero <= live + 1 + 2 * 3, "non-zero words " + nonZero + " for " + live + " live words");
  }

  @Test
  void upgradeOfAZeroSizeStruct() {
    MessageBuilder b = new MessageBuilder();
    B root = b.initRoot(new StructSize(0, 1), new B());
    root.initStruct(0, new StructSize(0, 0));
    B big = root.getStruct(0, SMALL);
    big.setU64(0, 3);
    assertEquals(3, Built.readBack(b).struct(0).u64(0));
    AnyPointerBuilder any = b.getRoot(new AnyPointerBuilder());
    assertEquals(8, any.getAsStruct(new StructSize(1, 1), new B()).reader().dataSectionBytes());
    Built.assertCanonicalLikeCapnp(b);
  }

  @Test
  void structListUpgradeKeepsEveryElement() {
    MessageBuilder b = new MessageBuilder();
    B root = b.initRoot(new StructSize(0, 1), new B());
    ListBuilder old = root.initStructList(0, new StructSize(1, 1), 3);
    for (int i = 0; i < 3; i++) {
      old.getStruct(i, new B()).setU64(0, 10 + i);
      old.getStruct(i, new B()).text(0, "t" + i);
    }
    ListBuilder up = root.getStructList(0, BIG);
    assertEquals(3, up.size());
    for (int i = 0; i < 3; i++) {
      B e = up.getStruct(i, new B());
      assertEquals(10 + i, e.u64(0));
      assertEquals("t" + i, e.getText(0).toString());
      e.setU64(16, 20 + i);
      e.text(2, "n" + i);
    }
    R r = Built.readBack(b);
    ListReader rl = r.list(0, ElementSize.INLINE_COMPOSITE);
    assertEquals(24, rl.structDataBytes());
    assertEquals(3, rl.structPointerCount());
    for (int i = 0; i < 3; i++) {
      R e = rl.getStruct(i, new R());
      assertEquals(10 + i, e.u64(0));
      assertEquals(20 + i, e.u64(16));
      assertEquals("t" + i, e.text(0).toString());
      assertEquals("n" + i, e.text(2).toString());
    }
    Built.assertCanonicalLikeCapnp(b);
    // The old list (tag + 3 x 2 words at words 3..9) was zeroed.
    long[] w = Words.words(b.segment(0), b.segmentWords(0));
    for (int i = 2; i <= 8; i++) {
      assertEquals(0L, w[i], "old list word " + i + "\n" + Words.dump(w));
    }
  }

  @Test
  void uint32ListUpgradedToAStructList() {
    MessageBuilder b = new MessageBuilder();
    B root = b.initRoot(new StructSize(0, 1), new B());
    ListBuilder ints = root.initList(0, ElementSize.FOUR_BYTES, 3);
    ints.setInt(0, 1);
    ints.setInt(1, -2);
    ints.setInt(2, 3);
    ListBuilder up = root.getStructList(0, new StructSize(2, 1));
    assertEquals(ElementSize.INLINE_COMPOSITE, up.elementSize());
    assertEquals(-2, up.getStruct(1, new B()).u32(0));
    assertEquals(0, up.getStruct(1, new B()).u32(4), "the upper half of the new data word is zero");
    up.getStruct(2, new B()).setU64(8, 99);
    R r = Built.readBack(b);
    ListReader rl = r.list(0, ElementSize.INLINE_COMPOSITE);
    assertEquals(1, rl.getStruct(0, new R()).u32(0));
    assertEquals(-2, rl.getStruct(1, new R()).u32(0));
    assertEquals(99, rl.getStruct(2, new R()).u64(8));
    assertEquals(
        3, r.list(0, ElementSize.FOUR_BYTES).getInt(2), "still readable as the old List(UInt32)");
    Built.assertCanonicalLikeCapnp(b);
  }

  @Test
  void pointerAndVoidListsUpgradedToStructLists() {
    MessageBuilder b = new MessageBuilder(6, MessageBuilder.Growth.FIXED_SIZE, false);
    B root = b.initRoot(new StructSize(0, 2), new B());
    ListBuilder texts = root.initList(0, ElementSize.POINTER, 2);
    texts.setText(0, "zero");
    texts.setText(1, "one");
    root.initList(1, ElementSize.VOID, 4);
    ListBuilder up = root.getStructList(0, new StructSize(1, 2));
    assertEquals("one", up.getStruct(1, new B()).getText(0).toString());
    ListBuilder voids = root.getStructList(1, new StructSize(1, 0));
    assertEquals(4, voids.size());
    voids.getStruct(3, new B()).setU64(0, 8);
    R r = Built.readBack(b);
    assertEquals(
        "zero",
        r.list(0, ElementSize.INLINE_COMPOSITE).getStruct(0, new R()).text(0).toString());
    assertEquals(
        "one", r.list(0, ElementSize.POINTER).getText(1, new TextReader()).toString());
    assertEquals(
        8, r.list(1, ElementSize.INLINE_COMPOSITE).getStruct(3, new R()).u64(0));
    Built.assertCanonicalLikeCapnp(b);
  }

  @Test
  void bitListCannotBecomeAStructList() {
    MessageBuilder b = new MessageBuilder();
    B root = b.initRoot(new StructSize(0, 1), new B());
    root.initList(0, ElementSize.BIT, 3);
    assertThrows(IllegalStateException.class, () -> root.getStructList(0, SMALL));
  }
}
