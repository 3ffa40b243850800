package dev.rast.capnp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The official test messages as the oracle for reading: the TestAllTypes value in all six
 * encodings (binary, flat, packed, packedflat, segmented, segmented-packed), read through every
 * path that fits each, canonicalizes to exactly the bytes of {@code capnp convert --quiet
 * binary:canonical} ({@code testdata/test-all-types.canonical}); {@code lists.binary} (TestLists)
 * is traversed completely, its values read through the list upgrade rules, and its canonical form
 * matches {@code testdata/test-lists.canonical}, made with
 * {@code capnp convert --quiet binary:canonical -I. capnp/test.capnp TestLists < capnp/testdata/lists.binary}.
 */
class OfficialEncodingsTest {
  private static final ReaderOptions LIMITS = ReaderOptions.DEFAULT;

  /** Every encoding of the TestAllTypes value, read every way that fits it. */
  private static Map<String, MessageReader> allTypesReaders() {
    Map<String, MessageReader> r = new LinkedHashMap<>();
    for (String framed : new String[] {"binary", "segmented"}) {
      byte[] b = TestData.bytes(framed);
      r.put(framed + " (buffer)", MessageBytes.readFramed(b, LIMITS));
      r.put(framed + " (stream)", MessageBytes.readFromStream(b, LIMITS));
      r.put(framed + " (channel)", MessageBytes.readFromChannel(b, LIMITS));
    }
    r.put("flat", MessageBytes.readFlat(TestData.bytes("flat"), LIMITS));
    for (String packed : new String[] {"packed", "segmented-packed"}) {
      byte[] b = TestData.bytes(packed);
      r.put(
          packed + " (unpacked)",
          MessageBytes.readFramed(MessageBytes.unpack(b, Long.MAX_VALUE), LIMITS));
      r.put(packed + " (packed stream)", MessageBytes.readPackedFromStream(b, LIMITS));
      r.put(packed + " (packed channel)", MessageBytes.readPackedFromChannel(b, LIMITS));
    }
    r.put(
        "packedflat",
        MessageBytes.readFlat(
            MessageBytes.unpack(TestData.bytes("packedflat"), Long.MAX_VALUE), LIMITS));
    return r;
  }

  @Test
  void allSixEncodingsCanonicalizeToCapnpsCanonicalForm() {
    byte[] expected = TestData.resource("testdata/test-all-types.canonical");
    Map<String, MessageReader> readers = allTypesReaders();
    assertEquals(6 + 8, readers.size());
    assertTrue(
        readers.get("segmented (buffer)").segmentCount() > 1, "segmented has several segments");
    assertTrue(
        readers.get("segmented-packed (packed stream)").segmentCount() > 1, "segmented-packed too");
    byte[] first = null;
    for (Map.Entry<String, MessageReader> e : readers.entrySet()) {
      byte[] actual = Canonical.canonicalize(e.getValue().getRoot(new ModelStructReader()));
      if (first == null) {
        first = actual;
      }
      assertArrayEquals(first, actual, e.getKey() + " canonicalizes unlike binary");
      assertArrayEquals(expected, actual, e.getKey() + " canonicalizes unlike capnp");
    }
  }

  @Test
  void canonicalFormIsAFixedPointAndItsOwnTotalSize() {
    byte[] canonical = TestData.resource("testdata/test-all-types.canonical");
    MessageReader m = MessageBytes.readFlat(canonical, LIMITS);
    assertArrayEquals(canonical, Canonical.canonicalize(m.getRoot(new ModelStructReader())));
    assertEquals(canonical.length / 8 - 1, m.getRoot(new ModelStructReader()).totalSizeInWords());
  }

  @Test
  void everyEncodingTraversesWithoutARejectedStep() {
    Map<String, MessageReader> readers = allTypesReaders();
    FullTraversal traversal = new FullTraversal();
    for (MessageReader m : readers.values()) {
      traversal.traverse(m);
    }
    assertEquals(
        0, traversal.rejectedSteps, "a step of the full traversal failed on a valid message");
  }

  @Test
  void listsBinaryCanonicalizesToCapnpsCanonicalForm() {
    MessageReader m = MessageBytes.readFramed(TestData.bytes("lists.binary"), LIMITS);
    byte[] canonical = Canonical.canonicalize(m.getRoot(new ModelStructReader()));
    assertArrayEquals(TestData.resource("testdata/test-lists.canonical"), canonical);
    MessageBuilder copy = new MessageBuilder(2, MessageBuilder.Growth.FIXED_SIZE, false);
    copy.setRoot(m.getRoot(new ModelStructReader()));
    assertTrue(copy.segmentCount() > 1);
    assertArrayEquals(
        canonical,
        Canonical.canonicalize(MessageBytes.readFramed(MessageBytes.framed(copy), LIMITS)
            .getRoot(new ModelStructReader())),
        "a copy in 2-word segments canonicalizes alike");
  }

  @Test
  void listsBinaryTraversesCompletely() {
    MessageReader m = MessageBytes.readFramed(TestData.bytes("lists.binary"), LIMITS);
    FullTraversal traversal = new FullTraversal();
    traversal.traverse(m);
    assertEquals(0, traversal.rejectedSteps, "a step of the full traversal failed on lists.binary");
    ReaderWalker walker = new ReaderWalker(ReaderOptions.DEFAULT_NESTING_LIMIT + 1);
    walker.walk(m);
    assertTrue(walker.visited > 50, "visited only " + walker.visited + " pointers");
    // capnp wrote the one segment without gaps: everything but the root pointer is reachable.
    assertEquals(m.segmentWords(0) - 1, m.getRoot(new ModelStructReader()).totalSizeInWords());
    assertEquals(135, m.segmentWords(0) - 1);
  }

  /** TestLists' values (capnp decode --short of lists.binary), read as a schema would. */
  @Test
  void listsBinaryHoldsTheTestListsValues() {
    ModelStructReader root = MessageBytes.readFramed(TestData.bytes("lists.binary"), LIMITS)
        .getRoot(new ModelStructReader());
    ListReader l = new ListReader();
    ModelStructReader e = new ModelStructReader();
    // list0 .. list64 and listP: List(StructN) written as struct lists.
    assertEquals(2, root.list(0, ElementSize.INLINE_COMPOSITE, l).size());
    root.list(1, ElementSize.INLINE_COMPOSITE, l);
    boolean[] bools = {true, false, true, true};
    assertEquals(bools.length, l.size());
    for (int i = 0; i < bools.length; i++) {
      assertEquals(bools[i], l.getStruct(i, e).bit(0), "list1[" + i + "]");
    }
    long[][] values = {
      {123, 45}, {12345, 6789}, {123456789, 234567890}, {1234567890123456L, 2345678901234567L}
    };
    int[] narrowest = {
      ElementSize.BYTE, ElementSize.TWO_BYTES, ElementSize.FOUR_BYTES, ElementSize.EIGHT_BYTES
    };
    for (int k = 0; k < values.length; k++) {
      root.list(2 + k, ElementSize.INLINE_COMPOSITE, l);
      assertEquals(values[k].length, l.size());
      for (int i = 0; i < values[k].length; i++) {
        assertEquals(values[k][i], l.getStruct(i, e).word(0), "list" + (8 << k) + "[" + i + "]");
      }
      // The struct list also reads as the primitive list its field is (first data field).
      root.list(2 + k, narrowest[k], l);
      for (int i = 0; i < values[k].length; i++) {
        long v =
            switch (narrowest[k]) {
              case ElementSize.BYTE -> l.getByte(i) & 0xFFL;
              case ElementSize.TWO_BYTES -> l.getShort(i) & 0xFFFFL;
              case ElementSize.FOUR_BYTES -> l.getInt(i) & 0xFFFFFFFFL;
              default -> l.getLong(i);
            };
        assertEquals(values[k][i], v, "list" + (8 << k) + "[" + i + "] as a primitive list");
      }
    }
    root.list(6, ElementSize.POINTER, l);
    assertEquals("foo", l.getText(0, new TextReader()).toString());
    assertEquals("bar", l.getText(1, new TextReader()).toString());

    // int32ListList = [[1, 2, 3], [4, 5], [12341234]]
    int[][] ints = {{1, 2, 3}, {4, 5}, {12341234}};
    root.list(7, ElementSize.POINTER, l);
    assertEquals(ints.length, l.size());
    ListReader inner = new ListReader();
    for (int i = 0; i < ints.length; i++) {
      l.getList(i, ElementSize.FOUR_BYTES, inner);
      assertEquals(ints[i].length, inner.size());
      for (int j = 0; j < ints[i].length; j++) {
        assertEquals(ints[i][j], inner.getInt(j));
      }
    }
    // textListList = [["foo", "bar"], ["baz"], ["qux", "corge"]]
    String[][] texts = {{"foo", "bar"}, {"baz"}, {"qux", "corge"}};
    root.list(8, ElementSize.POINTER, l);
    for (int i = 0; i < texts.length; i++) {
      l.getList(i, ElementSize.POINTER, inner);
      assertEquals(texts[i].length, inner.size());
      for (int j = 0; j < texts[i].length; j++) {
        assertTrue(inner.getText(j, new TextReader()).contentEquals(texts[i][j]));
      }
    }
    // structListList = [[(int32Field = 123), (int32Field = 456)], [(int32Field = 789)]]
    int[][] int32Fields = {{123, 456}, {789}};
    root.list(9, ElementSize.POINTER, l);
    for (int i = 0; i < int32Fields.length; i++) {
      l.getList(i, ElementSize.INLINE_COMPOSITE, inner);
      assertEquals(int32Fields[i].length, inner.size());
      for (int j = 0; j < int32Fields[i].length; j++) {
        assertEquals(int32Fields[i][j], inner.getStruct(j, e).intAt(4), "int32Field at byte 4");
      }
    }
  }
}
