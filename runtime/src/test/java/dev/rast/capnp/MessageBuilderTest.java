package dev.rast.capnp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rast.capnp.Structs.B;
import dev.rast.capnp.Structs.R;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The arena: far and double-far pointers, segment growth, reuse after clear, no stale bytes. */
class MessageBuilderTest {
  private static final StructSize ROOT = new StructSize(1, 4);

  private static MessageBuilder fixed(int words) {
    return new MessageBuilder(words, MessageBuilder.Growth.FIXED_SIZE, false);
  }

  /** A tree with text, data, lists and nested structs: ~60 words, so small segments overflow. */
  static void buildTree(MessageBuilder b) {
    B root = b.initRoot(ROOT, new B());
    root.setU64(0, 0xC0FFEE);
    root.text(0, "a text that needs several words of its own");
    ListBuilder l = root.initStructList(1, new StructSize(1, 1), 4);
    for (int i = 0; i < 4; i++) {
      B e = l.getStruct(i, new B());
      e.setU64(0, i);
      e.text(0, "element number " + i);
    }
    ListBuilder lol = root.initList(2, ElementSize.POINTER, 2);
    lol.initList(0, ElementSize.EIGHT_BYTES, 3, new ListBuilder()).setLong(2, 33);
    lol.setData(1, new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9}, 0, 9);
    B child = root.initStruct(3, new StructSize(2, 1));
    child.setU64(8, 77);
    child.initStruct(0, new StructSize(1, 0)).setU64(0, 88);
  }

  static void assertTree(R r) {
    assertEquals(0xC0FFEE, r.u64(0));
    assertEquals("a text that needs several words of its own", r.text(0).toString());
    ListReader l = r.list(1, ElementSize.INLINE_COMPOSITE);
    assertEquals(4, l.size());
    for (int i = 0; i < 4; i++) {
      R e = l.getStruct(i, new R());
      assertEquals(i, e.u64(0));
      assertEquals("element number " + i, e.text(0).toString());
    }
    ListReader lol = r.list(2, ElementSize.POINTER);
    assertEquals(33, lol.getList(0, ElementSize.EIGHT_BYTES, new ListReader()).getLong(2));
    assertEquals(9, lol.getData(1, new DataReader()).byteAt(8));
    assertEquals(77, r.struct(3).u64(8));
    assertEquals(88, r.struct(3).struct(0).u64(0));
  }

  @Test
  void fullSegmentsSpillBehindFarPointersAndReadBackIdentically() {
    byte[] reference = null;
    for (int words : new int[] {1024, 64, 16, 8, 5}) {
      MessageBuilder b = fixed(words);
      buildTree(b);
      if (words < 64) {
        assertTrue(b.segmentCount() > 1, words + "-word segments");
      }
      R r = Built.readBack(b);
      assertTree(r);
      byte[] canonical = Built.assertCanonicalLikeCapnp(b);
      if (reference == null) {
        reference = canonical;
      }
      assertArrayEquals(reference, canonical, "segmentation does not change the value");
    }
  }

  @Test
  void heuristicGrowthSpillsToo() {
    MessageBuilder b = new MessageBuilder(4);
    buildTree(b);
    assertTrue(b.segmentCount() > 1);
    assertTree(Built.readBack(b));
    Built.assertCanonicalLikeCapnp(b);
  }

  @Test
  void aSpilledStructListKeepsItsElementsObjectsInItsOwnSegment() {
    // The list (20 elements of 1 data word and 1 pointer: 41 words) does not fit in the 8-word
    // first segment; its new segment also holds each element's two-word text, so no element
    // needs a far pointer and a landing pad into a third segment.
    MessageBuilder b = new MessageBuilder(8);
    B root = b.initRoot(new StructSize(0, 1), new B());
    ListBuilder l = root.initStructList(0, new StructSize(1, 1), 20);
    B e = new B();
    for (int i = 0; i < 20; i++) {
      l.getStruct(i, e).text(0, "element " + i);
    }
    assertEquals(2, b.segmentCount());
    assertEquals(1 + 41 + 20 * 2, b.segmentWords(1)); // the list's landing pad, the list, texts
    ListReader r = Built.readBack(b).list(0, ElementSize.INLINE_COMPOSITE);
    for (int i = 0; i < 20; i++) {
      assertEquals("element " + i, r.getStruct(i, new R()).text(0).toString());
    }
    Built.assertCanonicalLikeCapnp(b);
  }

  @Test
  void asReaderFollowsSegmentsAddedAfterItAndUndoesOutsideRepointing() {
    String text = "a text of a hundred chars, longer than what is left of the first segment. "
        .repeat(2)
        .substring(0, 100);
    MessageBuilder b = new MessageBuilder(16);
    B root = b.initRoot(ROOT, new B());
    MessageReader view = b.asReader();
    assertEquals(1, view.segmentCount());
    assertSame(view, b.asReader());
    root.text(0, text);
    assertSame(view, b.asReader());
    assertTrue(b.segmentCount() > 1);
    assertEquals(b.segmentCount(), view.segmentCount());
    assertEquals(text, root.asReader(new R()).text(0).toString());
    view.initFlat(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN));
    assertEquals(1, view.segmentCount());
    assertSame(view, b.asReader());
    assertEquals(b.segmentCount(), view.segmentCount());
    assertEquals(text, root.asReader(new R()).text(0).toString());
    b.clear();
    assertEquals(1, b.asReader().segmentCount());
  }

  @Test
  void singleFarPointerLayout() {
    // Segment 0: root pointer + root struct (1 data, 1 pointer) = 3 words of 4; one word free.
    MessageBuilder b = fixed(4);
    B root = b.initRoot(new StructSize(1, 1), new B());
    root.text(0, "0123456789abcdefghi"); // 20 bytes: 3 words; goes to segment 1, pad after it
    assertEquals(2, b.segmentCount());
    long[] s0 = Words.words(b.segment(0), b.segmentWords(0));
    long[] s1 = Words.words(b.segment(1), b.segmentWords(1));
    assertEquals(Words.far(false, 3, 1), s0[2], Words.dump(s0));
    assertEquals(
        Words.list(-4, ElementSize.BYTE, 20),
        s1[3],
        "the pad points back at the text" + Words.dump(s1));
    assertEquals("0123456789abcdefghi", Built.readBack(b).text(0).toString());
    Built.assertCanonicalLikeCapnp(b);
  }

  @Test
  void objectExactlyFillingASegmentGetsADoubleFarPointer() {
    MessageBuilder b = fixed(4);
    B root = b.initRoot(new StructSize(1, 1), new B());
    String s = "31 bytes of text plus a NUL ..."; // 31 + 1 = 32 bytes = 4 words = a whole segment
    assertEquals(31, s.length());
    root.text(0, s);
    assertEquals(3, b.segmentCount());
    long[] s0 = Words.words(b.segment(0), b.segmentWords(0));
    long[] s2 = Words.words(b.segment(2), b.segmentWords(2));
    assertEquals(4, b.segmentWords(1), "the text fills segment 1");
    assertEquals(Words.far(true, 0, 2), s0[2], Words.dump(s0));
    assertEquals(Words.far(false, 0, 1), s2[0], "the pad's far pointer: segment 1, word 0");
    assertEquals(
        Words.list(0, ElementSize.BYTE, 32), s2[1], "the pad's tag: the text's pointer, offset 0");
    assertEquals(s, Built.readBack(b).text(0).toString());
    Built.assertCanonicalLikeCapnp(b);
  }

  @Test
  void doubleFarToAStructAndAStructList() {
    MessageBuilder b = fixed(3);
    B root = b.initRoot(new StructSize(0, 2), new B()); // fills segment 0
    B child = root.initStruct(0, new StructSize(2, 1)); // 3 words: a whole segment
    child.setU64(0, 1).setU64(8, 2);
    ListBuilder l = root.initStructList(1, new StructSize(1, 0), 2); // tag + 2 = 3 words
    l.getStruct(1, new B()).setU64(0, 9);
    long[] s0 = Words.words(b.segment(0), b.segmentWords(0));
    assertEquals(2, Wire.kind(s0[1]));
    assertTrue(Wire.farIsDouble(s0[1]));
    assertTrue(Wire.farIsDouble(s0[2]));
    child.text(0, "x"); // child's own pointer, in a full segment: its text goes elsewhere
    R r = Built.readBack(b);
    assertEquals(2, r.struct(0).u64(8));
    assertEquals("x", r.struct(0).text(0).toString());
    assertEquals(
        9, r.list(1, ElementSize.INLINE_COMPOSITE).getStruct(1, new R()).u64(0));
    Built.assertCanonicalLikeCapnp(b);
  }

  @Test
  void clearThenRebuildProducesIdenticalBytes() {
    for (MessageBuilder b : new MessageBuilder[] {
      fixed(8), new MessageBuilder(), new MessageBuilder(6, MessageBuilder.Growth.FIXED_SIZE, true)
    }) {
      buildTree(b);
      byte[] first = Words.serialize(b);
      int segments = b.segmentCount();
      b.clear();
      assertEquals(1, b.segmentCount());
      assertEquals(1, b.segmentWords(0), "just the root pointer");
      assertEquals(0L, b.segment(0).getLong(0));
      buildTree(b);
      assertEquals(segments, b.segmentCount());
      assertArrayEquals(first, Words.serialize(b));
      b.clear();
      b.initRoot(new StructSize(1, 0), new B()).setU64(0, 1);
      MessageBuilder fresh = new MessageBuilder();
      fresh.initRoot(new StructSize(1, 0), new B()).setU64(0, 1);
      assertArrayEquals(
          Words.serialize(fresh), Words.serialize(b), "a smaller message after clear");
    }
  }

  @Test
  void aSpilledHeuristicArenaIsOneSegmentAfterClear() {
    MessageBuilder b = new MessageBuilder(4);
    buildTree(b);
    assertTrue(b.segmentCount() > 1);
    byte[] canonical = Built.assertCanonicalLikeCapnp(b);
    long words = b.sizeInWords();
    b.clear();
    assertEquals(1, b.segmentCount());
    assertEquals(0L, b.segment(0).getLong(0));
    assertTrue(
        b.segment(0).capacity() >= words * 8, "the first segment holds the whole message now");
    ByteBuffer grown = b.segment(0);
    for (int round = 0; round < 2; round++) {
      buildTree(b);
      assertEquals(1, b.segmentCount(), "round " + round);
      assertTree(Built.readBack(b));
      assertArrayEquals(canonical, Built.assertCanonicalLikeCapnp(b), "the same value");
      b.clear();
      assertSame(grown, b.segment(0), "a message that fits keeps the grown segment");
    }
  }

  @Test
  void callerSuppliedFirstSegmentIsZeroedAndWrittenInPlace() {
    ByteBuffer mine = ByteBuffer.allocate(8 + 64 + 3);
    for (int i = 0; i < mine.capacity(); i++) {
      mine.put(i, (byte) 0xEE);
    }
    mine.position(8);
    MessageBuilder b = new MessageBuilder(mine);
    assertEquals(0, mine.get(8), "zeroed");
    assertEquals((byte) 0xEE, mine.get(7), "bytes before the position are not touched");
    buildTree(b);
    assertTrue(b.segmentCount() > 1, "8 words are not enough");
    assertTree(Built.readBack(b));
    assertEquals(
        b.segment(0).getLong(0),
        mine.order(ByteOrder.LITTLE_ENDIAN).getLong(8),
        "root pointer in place");
    Built.assertCanonicalLikeCapnp(b);
    b.clear();
    buildTree(b);
    assertTree(Built.readBack(b));
  }

  // ---- no stale bytes ----

  private static final int SENTINEL = 0xA5;
  private static final String STALE_TEXT = "\u00a5\u00a5"; // UTF-8 c2 a5 c2 a5
  private static final long STALE_WORD = 0xA5A5_A5A5_A5A5_A5A5L;

  /** Writes sentinel bytes under pointer 0 of a fresh root, applies {@code overwrite}, scans. */
  private static void assertOverwriteLeavesNothing(
      Consumer<B> fill, Consumer<B> overwrite, int segmentWords) {
    MessageBuilder b = fixed(segmentWords);
    B root = b.initRoot(new StructSize(0, 1), new B());
    fill.accept(root);
    assertThrows(
        AssertionError.class, () -> Built.assertNoByte(b, SENTINEL), "the scan sees the sentinel");
    overwrite.accept(root);
    Built.assertNoByte(b, SENTINEL);
  }

  private static void staleTree(B root) {
    B s = root.initStruct(0, new StructSize(1, 3));
    s.setU64(0, STALE_WORD);
    s.text(0, STALE_TEXT);
    ListBuilder l = s.initStructList(1, new StructSize(1, 1), 2);
    for (int i = 0; i < 2; i++) {
      l.getStruct(i, new B()).setU64(0, STALE_WORD);
      l.getStruct(i, new B()).data(0, new byte[] {(byte) SENTINEL, (byte) SENTINEL});
    }
    ListBuilder p = s.initList(2, ElementSize.POINTER, 2);
    p.setText(0, STALE_TEXT);
    p.initList(1, ElementSize.EIGHT_BYTES, 2, new ListBuilder()).setLong(1, STALE_WORD);
  }

  @Test
  void overwritingAPointerZeroesTheOldObjectRecursively() {
    for (int words : new int[] {1024, 4, 6, 9}) {
      assertOverwriteLeavesNothing(MessageBuilderTest::staleTree, r -> r.setNull(0), words);
      assertOverwriteLeavesNothing(MessageBuilderTest::staleTree, r -> r.text(0, "new"), words);
      assertOverwriteLeavesNothing(
          MessageBuilderTest::staleTree, r -> r.initStruct(0, new StructSize(1, 0)), words);
      assertOverwriteLeavesNothing(
          MessageBuilderTest::staleTree, r -> r.initList(0, ElementSize.BYTE, 3), words);
      assertOverwriteLeavesNothing(MessageBuilderTest::staleTree, r -> r.any(0).clear(), words);
      assertOverwriteLeavesNothing(
          MessageBuilderTest::staleTree, r -> r.any(0).setCapability(1), words);
      assertOverwriteLeavesNothing(
          MessageBuilderTest::staleTree, r -> r.data(0, new byte[] {1}), words);
      assertOverwriteLeavesNothing(
          MessageBuilderTest::staleTree,
          r -> r.setStruct(0, Structs.root(Words.reader(Words.struct(0, 1, 0), 1))),
          words);
      assertOverwriteLeavesNothing(
          MessageBuilderTest::staleTree,
          r -> r.getStruct(0, new StructSize(1, 3))
              .copyFrom(Structs.root(Words.reader(Words.struct(0, 1, 0), 1))),
          words);
    }
  }

  @Test
  void overwritingTheRootZeroesTheOldRoot() {
    for (int words : new int[] {1024, 5}) {
      MessageBuilder b = fixed(words);
      B root = b.initRoot(new StructSize(1, 1), new B());
      root.setU64(0, STALE_WORD);
      staleTree(root);
      b.initRoot(new StructSize(1, 0), new B());
      Built.assertNoByte(b, SENTINEL);
      B again = b.initRoot(new StructSize(1, 1), new B());
      staleTree(again);
      b.setRoot(Structs.root(Words.reader(Words.struct(0, 1, 0), 3)));
      Built.assertNoByte(b, SENTINEL);
      assertEquals(3, Built.readBack(b).u64(0));
    }
  }

  @Test
  void replacingEveryPointerLeavesOnlyTheRootPointer() {
    MessageBuilder b = fixed(5);
    B root = b.initRoot(new StructSize(0, 1), new B());
    staleTree(root);
    assertTrue(b.segmentCount() > 2);
    root.setNull(0);
    // The root struct itself (one null pointer) is all that remains non-zero... and it is zero.
    Built.assertOnlyRootPointerLeft(b);
  }

  @Test
  void listElementsOverwrittenInPlaceAreZeroed() {
    MessageBuilder b = fixed(6);
    ListBuilder l = b.initRoot(new StructSize(0, 1), new B()).initList(0, ElementSize.POINTER, 3);
    l.setText(0, STALE_TEXT);
    l.initStructPointer(1, new StructSize(1, 0), new B()).setU64(0, STALE_WORD);
    l.initList(2, ElementSize.POINTER, 1, new ListBuilder()).setText(0, STALE_TEXT);
    l.setText(0, "a");
    l.setNull(1);
    l.initList(2, ElementSize.BIT, 1, new ListBuilder());
    Built.assertNoByte(b, SENTINEL);
  }

  @Test
  void tooManySegmentsIsAnIllegalStateNotACorruptMessage() {
    MessageBuilder b = fixed(1);
    B root = b.initRoot(new StructSize(0, 1), new B());
    ListBuilder l = root.initList(0, ElementSize.POINTER, 600);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> {
      for (int i = 0; i < 600; i++) {
        l.setText(i, "");
      }
    });
    Messages.assertSays(e, "511 segments");
    assertFalse(b.segmentCount() > 511);
  }
}
