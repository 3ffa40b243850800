package dev.rast.capnp;

import static dev.rast.capnp.Words.bytes;
import static dev.rast.capnp.Words.list;
import static dev.rast.capnp.Words.struct;
import static dev.rast.capnp.Words.tag;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rast.capnp.Structs.R;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Text and Data: NUL termination, UTF-8, zero-copy access. */
class TextReaderTest {
  private static R root(long... words) {
    return Structs.root(Words.reader(words));
  }

  private static long[] textMessage(byte[] utf8WithNul) {
    long[] body = new long[(utf8WithNul.length + 7) / 8];
    for (int i = 0; i < utf8WithNul.length; i++) {
      body[i / 8] |= (long) (utf8WithNul[i] & 0xFF) << (8 * (i % 8));
    }
    return Words.concat(
        Words.of(struct(0, 0, 1), list(0, ElementSize.BYTE, utf8WithNul.length)), body);
  }

  @Test
  void textExcludesItsNul() {
    TextReader t = root(
            struct(0, 0, 1), list(0, ElementSize.BYTE, 6), bytes('h', 'e', 'l', 'l', 'o', 0))
        .text(0);
    assertEquals(5, t.size());
    assertEquals("hello", t.toString());
    assertTrue(t.contentEquals("hello"));
    assertFalse(t.contentEquals("hell"));
    assertFalse(t.contentEquals("hello!"));
    assertEquals('o', t.byteAt(4));
    assertThrows(IndexOutOfBoundsException.class, () -> t.byteAt(5));
  }

  @Test
  void emptyTextIsJustTheNul() {
    TextReader t = root(struct(0, 0, 1), list(0, ElementSize.BYTE, 1), 0).text(0);
    assertEquals(0, t.size());
    assertTrue(t.isEmpty());
    assertEquals("", t.toString());
  }

  @Test
  void textFillingItsWordsExactly() {
    TextReader t = root(
            struct(0, 0, 1),
            list(0, ElementSize.BYTE, 8),
            bytes('1', '2', '3', '4', '5', '6', '7', 0))
        .text(0);
    assertEquals("1234567", t.toString());
  }

  @Test
  void zeroSizeTextIsRejected() {
    R r = root(struct(0, 0, 1), list(0, ElementSize.BYTE, 0));
    Messages.assertNamesPlace(assertThrows(DecodeException.class, () -> r.text(0)), "NUL");
    assertEquals(0, r.data(0).size(), "as Data the same bytes are fine");
  }

  @Test
  void textWithoutTrailingNulIsRejected() {
    R r = root(struct(0, 0, 1), list(0, ElementSize.BYTE, 2), bytes('A', 'B', 0));
    Messages.assertNamesPlace(assertThrows(DecodeException.class, () -> r.text(0)), "NUL");
  }

  @Test
  void innerNulIsLegal() {
    TextReader t = root(struct(0, 0, 1), list(0, ElementSize.BYTE, 4), bytes('A', 0, 'B', 0))
        .text(0);
    assertEquals(3, t.size());
    assertEquals("A\0B", t.toString());
    assertTrue(t.contentEquals("A\0B"));
  }

  @Test
  void textMustBeAByteList() {
    R r = root(struct(0, 0, 1), list(0, ElementSize.TWO_BYTES, 2), bytes('A', 0, 0, 0));
    Messages.assertNamesPlace(assertThrows(DecodeException.class, () -> r.text(0)), "byte list");
    R s = root(struct(0, 0, 1), list(0, ElementSize.INLINE_COMPOSITE, 1), tag(1, 1, 0), 0);
    Messages.assertNamesPlace(assertThrows(DecodeException.class, () -> s.text(0)), "byte list");
    Messages.assertNamesPlace(assertThrows(DecodeException.class, () -> s.data(0)), "byte list");
  }

  @Test
  void textPastTheSegmentEndIsRejected() {
    R r = root(struct(0, 0, 1), list(0, ElementSize.BYTE, 9), bytes('A', 0));
    Messages.assertNamesPlace(
        assertThrows(DecodeException.class, () -> r.text(0)), "out of bounds");
    Messages.assertNamesPlace(
        assertThrows(DecodeException.class, () -> r.data(0)), "out of bounds");
  }

  @Test
  void byteListsBeforeTheSegmentStartAreRejected() {
    // The pointer is word 1; offset -3 puts the bytes at word -1, before the segment.
    R r = root(struct(0, 0, 1), list(-3, ElementSize.BYTE, 1), bytes('A', 0));
    Messages.assertNamesPlace(
        assertThrows(DecodeException.class, () -> r.text(0)), "out of bounds");
    Messages.assertNamesPlace(
        assertThrows(DecodeException.class, () -> r.data(0)), "out of bounds");
  }

  @Test
  void byteListsEndingExactlyAtTheSegmentEndAreRead() {
    R r = root(
        struct(0, 0, 1),
        list(0, ElementSize.BYTE, 8),
        bytes('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'));
    assertEquals(8, r.data(0).size());
    assertTrue(r.data(0).contentEquals("abcdefgh".getBytes(StandardCharsets.US_ASCII)));
  }

  @Test
  void nonAsciiTextDecodesAndComparesWithoutDecoding() {
    String s = "h\u00e9llo \u20ac \uD83D\uDE00 \u65e5\u672c";
    byte[] utf8 = (s + "\0").getBytes(StandardCharsets.UTF_8);
    TextReader t = Structs.root(Words.reader(textMessage(utf8))).text(0);
    assertEquals(utf8.length - 1, t.size());
    assertEquals(s, t.toString());
    assertTrue(t.contentEquals(s));
    assertTrue(t.contentEquals(new StringBuilder(s)));
    assertFalse(t.contentEquals(s.replace('\u20ac', '$')));
    assertFalse(t.contentEquals("h\u00e9llo \u20ac \uD83D"), "an unpaired surrogate never matches");
  }

  @Test
  void zeroCopyAccessSeesTheMessageBytes() {
    ByteBuffer seg =
        Words.segment(struct(0, 0, 1), list(0, ElementSize.BYTE, 3), bytes('a', 'b', 0));
    MessageReader m = new MessageReader().initFlat(seg);
    TextReader t = Structs.root(m).text(0);
    assertEquals(16, t.offset());
    seg.put(16, (byte) 'z');
    assertEquals("zb", t.toString());
    byte[] out = new byte[4];
    t.copyTo(out, 1);
    assertArrayEquals(new byte[] {0, 'z', 'b', 0}, out);
    ByteBuffer dst = ByteBuffer.allocate(3);
    dst.put((byte) 1);
    t.copyTo(dst);
    assertEquals(3, dst.position());
    assertArrayEquals(new byte[] {1, 'z', 'b'}, dst.array());
  }

  @Test
  void dataBytesCompareAndHash() {
    R r = root(
        struct(0, 0, 2),
        list(1, ElementSize.BYTE, 3),
        list(1, ElementSize.BYTE, 4),
        bytes(1, 2, 0xFF),
        bytes(1, 2, 0xFF, 0));
    DataReader a = r.data(0);
    DataReader b = r.data(1);
    assertArrayEquals(new byte[] {1, 2, -1}, a.toByteArray());
    assertTrue(a.contentEquals(new byte[] {1, 2, -1}));
    assertFalse(a.contentEquals(b));
    assertTrue(a.compareBytes(b) < 0, "a prefix sorts first");
    assertTrue(b.compareBytes(a) > 0);
    DataReader a2 = r.data(0);
    assertTrue(a.contentEquals(a2));
    assertEquals(a.contentHash(), a2.contentHash());
    assertEquals(0, a.compareBytes(a2));
    DataReader one =
        root(struct(0, 0, 1), list(0, ElementSize.BYTE, 1), bytes(0x01)).data(0);
    assertTrue(a.compareBytes(one) > 0);
    assertTrue(
        root(struct(0, 0, 1), list(0, ElementSize.BYTE, 1), bytes(0x80)).data(0).compareBytes(one)
            > 0,
        "bytes compare unsigned");
  }
}
