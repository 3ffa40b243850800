package dev.rast.capnp;

import static dev.rast.capnp.Words.far;
import static dev.rast.capnp.Words.list;
import static dev.rast.capnp.Words.struct;
import static dev.rast.capnp.Words.tag;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.rast.capnp.Structs.B;
import dev.rast.capnp.Structs.R;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * One regression test per past Cap'n Proto vulnerability (and per known capnproto-java bug) that
 * CAPNP-NOTES lists, named after it.
 */
class CveRegressionTest {
  private static final int MAX_OFFSET = (1 << 29) - 1;
  private static final int MIN_OFFSET = -(1 << 29);
  private static final int MAX_COUNT = (1 << 29) - 1;

  /** CVE-2015-2310: integer overflow in bounds checks; huge offsets and sizes must fail cleanly. */
  @Test
  void cve_2015_2310_boundsCheckDoesNotOverflowWithHugeOffsetsAndSizes() {
    long[][] pointers = {
      {struct(MAX_OFFSET, 0xFFFF, 0xFFFF)},
      {struct(MAX_OFFSET, 1, 0)},
      {struct(MIN_OFFSET, 1, 0)},
      {struct(MIN_OFFSET, 0, 0)},
      {struct(-2, 0xFFFF, 0xFFFF)},
      {list(MAX_OFFSET, ElementSize.EIGHT_BYTES, MAX_COUNT)},
      {list(0, ElementSize.EIGHT_BYTES, MAX_COUNT)},
      {list(MIN_OFFSET, ElementSize.BYTE, 1)},
      {list(0, ElementSize.POINTER, MAX_COUNT)},
      {list(0, ElementSize.BIT, MAX_COUNT)},
      {list(0, ElementSize.INLINE_COMPOSITE, MAX_COUNT)},
      {list(0, ElementSize.INLINE_COMPOSITE, 1), tag(MAX_OFFSET, 0xFFFF, 0xFFFF)},
      {list(0, ElementSize.INLINE_COMPOSITE, 1), tag(1 << 28, 0x8000, 0x8000)},
      {list(0, ElementSize.BYTE, MAX_COUNT)},
      {far(false, MAX_OFFSET, 0)},
      {far(true, MAX_OFFSET, 0)},
      {far(true, 2, 0), far(false, MAX_OFFSET, 0), struct(0, 1, 0)},
    };
    for (long[] p : pointers) {
      long[] words = Words.concat(Words.of(struct(0, 0, 1)), p);
      R r = Structs.root(Words.reader(words));
      String where = Long.toHexString(p[0]);
      for (int expected = -1; expected < 8; expected++) {
        int e = expected;
        assertThrows(DecodeException.class, () -> r.list(0, e), where);
      }
      if (Wire.kind(p[0]) != Wire.LIST) {
        assertThrows(DecodeException.class, () -> r.struct(0), where);
      }
      assertThrows(DecodeException.class, () -> r.text(0), where);
      assertThrows(DecodeException.class, () -> r.data(0), where);
      assertThrows(DecodeException.class, () -> Canonical.canonicalize(r), where);
      assertThrows(DecodeException.class, () -> new MessageBuilder().setRoot(r), where);
      assertThrows(DecodeException.class, r::totalSizeInWords, where);
    }
  }

  /** CVE-2015-2311: a zero-size Text made the NUL check read the byte before the text. */
  @Test
  void cve_2015_2311_zeroSizeTextIsRejectedWithoutReadingBeforeIt() {
    // The text "starts" at the segment's first byte; the byte before it is a 0 in the caller's
    // buffer.
    ByteBuffer buf = ByteBuffer.allocate(8 + 16).order(ByteOrder.LITTLE_ENDIAN);
    buf.putLong(8, struct(0, 0, 1));
    buf.putLong(16, list(-2, ElementSize.BYTE, 0));
    buf.position(8);
    MessageReader m = new MessageReader().initFlat(buf);
    R r = Structs.root(m);
    DecodeException e = assertThrows(DecodeException.class, () -> r.text(0));
    Messages.assertNamesPlace(e, "NUL");
    assertEquals(0, r.data(0).size(), "as Data, zero bytes are fine");
  }

  /** CVE-2015-2312: List(Void) claims 2^29 elements in one word; each element costs a word. */
  @Test
  void cve_2015_2312_listOfVoidAmplificationIsCharged() {
    long[] words = {struct(0, 0, 1), list(0, ElementSize.VOID, MAX_COUNT)};
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
      R r = Structs.root(Words.reader(words));
      Messages.assertNamesPlace(
          assertThrows(DecodeException.class, () -> r.list(0, ElementSize.VOID)),
          "traversal limit");
      assertThrows(DecodeException.class, () -> Canonical.canonicalize(r));
      assertThrows(DecodeException.class, () -> new MessageBuilder().setRoot(r));
      assertThrows(DecodeException.class, () -> r.any(0).totalSizeInWords());
    });
    // Small void lists read over and over from one root add up too.
    long[] small = {struct(0, 0, 1), list(0, ElementSize.VOID, 1 << 20)};
    R r = Structs.root(Words.reader(small));
    assertThrows(DecodeException.class, () -> {
      for (int i = 0; i < 9; i++) {
        r.list(0, ElementSize.VOID);
      }
    });
  }

  /** CVE-2015-2313: a struct list of zero-size elements claims 2^29 elements for one tag word. */
  @Test
  void cve_2015_2313_zeroSizeStructListAmplificationIsCharged() {
    long[] words = {struct(0, 0, 1), list(0, ElementSize.INLINE_COMPOSITE, 0), tag(MAX_OFFSET, 0, 0)
    };
    assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
      R r = Structs.root(Words.reader(words));
      for (int expected : new int[] {-1, ElementSize.VOID, ElementSize.INLINE_COMPOSITE}) {
        Messages.assertNamesPlace(
            assertThrows(DecodeException.class, () -> r.list(0, expected)), "traversal limit");
      }
      assertThrows(DecodeException.class, () -> Canonical.canonicalize(r));
      assertThrows(DecodeException.class, () -> new MessageBuilder().setRoot(r));
    });
  }

  /**
   * CVE-2022-46149: a struct list read as a list of pointers (or as AnyList) and then copied or
   * canonicalized read out of bounds. The list sits at the very end of its segment, so any read
   * past its real size would leave the segment.
   */
  @Test
  void cve_2022_46149_structListReadAsPointerListThenCopiedStaysInBounds() {
    long[] words = {
      struct(0, 0, 1),
      list(0, ElementSize.INLINE_COMPOSITE, 4),
      tag(2, 1, 1),
      7,
      list(2, ElementSize.BYTE, 2),
      8,
      0,
      Words.bytes('x', 0)
    };
    // Move the text before the list so the list's last word is the segment's last word.
    long[] atEnd = {
      struct(0, 0, 1),
      list(1, ElementSize.INLINE_COMPOSITE, 4),
      Words.bytes('x', 0),
      tag(2, 1, 1),
      7,
      list(-4, ElementSize.BYTE, 2),
      8,
      0
    };
    for (long[] w : new long[][] {words, atEnd}) {
      R root = Structs.root(Words.reader(w));
      ListReader asPointers = root.list(0, ElementSize.POINTER);
      assertEquals(2, asPointers.size());
      assertEquals("x", asPointers.getText(0, new TextReader()).toString());
      assertEquals(6, Sizes.listTotal(asPointers), "tag + 2 elements of 2 words + 1 word of text");

      byte[] expected = Canonical.canonicalize(root);
      // Copy the list as read (as pointers) into a new message, three ways.
      MessageBuilder b1 = new MessageBuilder();
      b1.initRoot(new StructSize(0, 1), new B()).setList(0, asPointers);
      assertArrayEquals(
          expected, Canonical.canonicalize(Structs.root(Words.read(Words.serialize(b1)))));
      MessageBuilder b2 = new MessageBuilder();
      b2.initRoot(new StructSize(0, 1), new B())
          .any(0)
          .setAsList(root.any(0).getAsList(new ListReader()));
      assertArrayEquals(
          expected, Canonical.canonicalize(Structs.root(Words.read(Words.serialize(b2)))));
      MessageBuilder b3 = new MessageBuilder();
      b3.initRoot(new StructSize(0, 1), new B()).any(0).set(root.any(0));
      assertArrayEquals(
          expected, Canonical.canonicalize(Structs.root(Words.read(Words.serialize(b3)))));
      assertEquals(6, root.any(0).totalSizeInWords());
    }
  }

  /** The segment count field is count-1; 0xFFFFFFFF must not wrap the table size to zero. */
  @Test
  void segmentCountOf0xFFFFFFFFDoesNotOverflowTheTableSize() {
    byte[] b = {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0, 0, 0, 0};
    Messages.assertSays(
        assertThrows(
            DecodeException.class, () -> Framing.read(ByteBuffer.wrap(b), new MessageReader())),
        "too many segments");
    Messages.assertSays(
        assertThrows(
            DecodeException.class,
            () -> Framing.read(new ByteArrayInputStream(b), new MessageReader())),
        "too many segments");
  }

  /** capnproto-java: an old List(UInt32) read through a schema that made it List(SomeStruct) threw. */
  @Test
  void capnprotoJava_uint32ListReadAsStructListWorks() {
    R root = Structs.root(
        Words.reader(struct(0, 0, 1), list(0, ElementSize.FOUR_BYTES, 2), 0x0000_0002_0000_0001L));
    ListReader l = root.list(0, ElementSize.INLINE_COMPOSITE);
    assertEquals(1, l.getStruct(0, new R()).u32(0));
    assertEquals(2, l.getStruct(1, new R()).u32(0));
    assertEquals(0, l.getStruct(1, new R()).u64(8));
  }

  /** capnproto-java: the traversal budget was per reader, so long-lived readers died. */
  @Test
  void capnprotoJava_rereadingOneReaderDoesNotExhaustTheBudget() {
    long[] w = new long[1001];
    w[0] = struct(0, 1000, 0);
    MessageReader m = Words.reader(w);
    R r = new R();
    for (int i = 0; i < 100_000; i++) { // 100 M words in all, 12x the limit
      m.getRoot(r);
    }
    assertEquals(8000, r.dataSectionBytes());
  }
}
