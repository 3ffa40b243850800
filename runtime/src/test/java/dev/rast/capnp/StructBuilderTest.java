package dev.rast.capnp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rast.capnp.Structs.B;
import dev.rast.capnp.Structs.R;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every StructBuilder setter and getter, round-tripped through Framing.write and Framing.read. */
class StructBuilderTest {
  private static final StructSize SIZE = new StructSize(4, 6);

  @Test
  void anUnpointedBuilderSaysSoInsteadOfThrowingNullPointerException() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> new B().asReader(new R()));
    assertTrue(e.getMessage().contains("not pointed at a struct"), e.getMessage());
    IllegalStateException l = assertThrows(
        IllegalStateException.class, () -> new ListBuilder().asReader(new ListReader()));
    assertTrue(l.getMessage().contains("not pointed at a list"), l.getMessage());
  }

  @Test
  void scalarsRoundTrip() {
    MessageBuilder b = new MessageBuilder();
    B s = b.initRoot(SIZE, new B());
    s.setBool(0, true).setBool(1, false).setBool(7, true).setBool(9, true);
    s.setU8(2, (byte) 0xAB)
        .setU16(4, (short) 0xBEEF)
        .setU32(8, 0xDEADBEEF)
        .setU64(16, Long.MIN_VALUE + 5);
    s.setF32(12, Float.intBitsToFloat(0x7FC00123)).setF64(24, -0.0);
    assertTrue(s.bool(0));
    assertFalse(s.bool(1));
    assertTrue(s.bool(9));
    assertEquals((byte) 0xAB, s.u8(2));
    assertEquals((short) 0xBEEF, s.u16(4));
    assertEquals(0xDEADBEEF, s.u32(8));
    assertEquals(Long.MIN_VALUE + 5, s.u64(16));
    assertEquals(0x7FC00123, Float.floatToRawIntBits(s.f32(12)), "NaN payload kept");
    assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(s.f64(24)));

    R r = Built.readBack(b);
    assertTrue(r.bool(0));
    assertFalse(r.bool(1));
    assertTrue(r.bool(7));
    assertTrue(r.bool(9));
    assertEquals((byte) 0xAB, r.u8(2));
    assertEquals((short) 0xBEEF, r.u16(4));
    assertEquals(0xDEADBEEF, r.u32(8));
    assertEquals(Long.MIN_VALUE + 5, r.u64(16));
    assertEquals(0x7FC00123, Float.floatToRawIntBits(r.f32(12)));
    assertEquals(Double.doubleToRawLongBits(-0.0), Double.doubleToRawLongBits(r.f64(24)));
    Built.assertCanonicalLikeCapnp(b);
  }

  @Test
  void scalarsAreStoredXorTheirDefault() {
    MessageBuilder b = new MessageBuilder();
    B s = b.initRoot(new StructSize(2, 0), new B());
    s.setU32(0, 123, 123); // equal to the default: stores zero
    s.setU32(4, 0, 0x55);
    s.setF32(8, 1.5f, Float.floatToIntBits(1.5f));
    s.setF64(8, 2.0, Double.doubleToLongBits(2.0));
    ByteBuffer seg = b.segment(0);
    assertEquals(0, seg.getInt(8), "value == default is stored as 0");
    assertEquals(0x55, seg.getInt(12));
    assertEquals(0, seg.getLong(16));
    assertEquals(123, s.u32(0, 123));
    assertEquals(0, s.u32(4, 0x55));
    R r = Built.readBack(b);
    assertEquals(123, r.u32(0, 123));
    assertEquals(0, r.u32(4, 0x55));
    assertEquals(2.0, r.f64(8, Double.doubleToLongBits(2.0)));
  }

  @Test
  void boolWritesTouchOnlyTheirBit() {
    MessageBuilder b = new MessageBuilder();
    B s = b.initRoot(new StructSize(1, 0), new B());
    for (int bit = 0; bit < 64; bit += 3) {
      s.setBool(bit, true);
    }
    s.setBool(9, false);
    s.setBool(3, false);
    long expected = 0;
    for (int bit = 0; bit < 64; bit += 3) {
      if (bit != 9 && bit != 3) {
        expected |= 1L << bit;
      }
    }
    assertEquals(expected, Built.readBack(b).u64(0));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "a",
        "hello, world",
        "1234567",
        "12345678",
        "h\u00e9llo \u20ac",
        "\uD83D\uDE00 \uD83C\uDF89 emoji",
        "\u65e5\u672c\u8a9e\u306e\u30c6\u30ad\u30b9\u30c8",
        "nul\0inside"
      })
  void textFromCharSequenceRoundTrips(String s) {
    MessageBuilder b = new MessageBuilder();
    B root = b.initRoot(SIZE, new B());
    root.text(0, s);
    root.text(1, new StringBuilder(s));
    TextBuilder tb = root.getText(0);
    assertEquals(s.getBytes(StandardCharsets.UTF_8).length, tb.size());
    assertEquals(s, tb.toString());
    R r = Built.readBack(b);
    assertEquals(s, r.text(0).toString());
    assertTrue(r.text(1).contentEquals(s));
    assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), r.text(0).toByteArray());
    Built.assertCanonicalLikeCapnp(b);
  }

  /**
   * Every kind of CharSequence (bulk-copied String/StringBuilder/StringBuffer, others char by char),
   * Latin-1 and UTF-16 strings, long texts, a short text after a long one
   * (stale scratch chars must not leak) and direct segments all encode to the JDK's UTF-8 bytes.
   */
  @Test
  void textEncodingPathsAgreeWithTheJdk() {
    String longAscii = "x".repeat((1 << 16) + 3);
    String longUtf16 = "\u00e9\u20ac".repeat((1 << 15) + 1);
    String[] texts = {
      "caf\u00e9",
      "plain ascii",
      longAscii,
      "ab",
      "\u00ff\u0100",
      longUtf16,
      "\uD83D\uDE00",
      "",
      // Non-ASCII at every place the intrinsic ASCII path looks: the low byte of U+0141 is ASCII,
      // U+0080 sits in the last byte of a word or alone past it, U+00FF ends a long text.
      "\u0141ab",
      "abcdefg\u0080",
      "abcdefgh\u0080",
      "x".repeat(300) + "\u00ff",
      "x".repeat(100) + "\u0141" + "y".repeat(40)
    };
    for (int words : new int[] {16, 1 << 17}) { // from tight space to room for every text
      for (boolean direct : new boolean[] {false, true}) {
        MessageBuilder b =
            new MessageBuilder(words, MessageBuilder.Growth.GROW_HEURISTICALLY, direct);
        B root = b.initRoot(SIZE, new B());
        for (String s : texts) {
          CharSequence[] forms = {
            s, new StringBuilder(s), new StringBuffer(s), java.nio.CharBuffer.wrap(s)
          };
          for (CharSequence form : forms) {
            root.text(0, form);
            String where = form.getClass().getSimpleName() + " of " + Math.min(s.length(), 12)
                + " chars, first segment " + words + " words, direct=" + direct;
            assertArrayEquals(
                s.getBytes(StandardCharsets.UTF_8), Built.readBack(b).text(0).toByteArray(), where);
          }
        }
      }
    }
  }

  @Test
  void unpairedSurrogatesAreWrittenAsReplacementCharacters() {
    MessageBuilder b = new MessageBuilder();
    B root = b.initRoot(SIZE, new B());
    root.text(0, "a\uD800b\uDC00");
    assertEquals("a\uFFFDb\uFFFD", Built.readBack(b).text(0).toString());
    assertEquals(8, Built.readBack(b).text(0).size());
    root.text(0, new StringBuilder("ab\uD800")); // a lone surrogate at the end
    assertEquals("ab\uFFFD", Built.readBack(b).text(0).toString());
    root.text(0, "\uDC00");
    assertEquals("\uFFFD", Built.readBack(b).text(0).toString());
  }

  @Test
  void textFilledInPlace() {
    MessageBuilder b = new MessageBuilder();
    B root = b.initRoot(SIZE, new B());
    TextBuilder t = root.initText(0, 3);
    t.put(0, new byte[] {'x', 'y', 'z'}, 0, 3);
    t.setByteAt(1, (byte) 'Y');
    assertEquals('Y', t.byteAt(1));
    assertThrows(
        IndexOutOfBoundsException.class, () -> t.setByteAt(3, (byte) 0), "the NUL is not writable");
    assertThrows(IndexOutOfBoundsException.class, () -> t.put(2, new byte[2], 0, 2));
    assertEquals("xYz", t.toString());
    assertEquals("xYz", Built.readBack(b).text(0).toString());
    assertEquals(0, root.getText(1).size(), "a null text opens as an empty view");
  }

  @Test
  void textAndDataCopiedFromReaders() {
    MessageReader src = Words.reader(
        Words.struct(0, 0, 2),
        Words.list(1, ElementSize.BYTE, 4),
        Words.list(1, ElementSize.BYTE, 2),
        Words.bytes('a', 'b', 'c', 0),
        Words.bytes(0xFF, 0));
    R in = Structs.root(src);
    MessageBuilder b = new MessageBuilder();
    B root = b.initRoot(SIZE, new B());
    root.setText(0, in.text(0));
    root.setData(1, in.data(1));
    root.setText(2, new TextReader()); // an unpointed reader is the empty text
    root.setData(3, new DataReader());
    R r = Built.readBack(b);
    assertEquals("abc", r.text(0).toString());
    assertArrayEquals(new byte[] {-1, 0}, r.data(1).toByteArray());
    assertTrue(r.has(2));
    assertEquals("", r.text(2).toString());
    assertTrue(r.has(3));
    assertEquals(0, r.data(3).size());
    Built.assertCanonicalLikeCapnp(b);
  }

  @Test
  void dataFromArraysBuffersAndInPlace() {
    MessageBuilder b = new MessageBuilder();
    B root = b.initRoot(SIZE, new B());
    byte[] bytes = {9, 8, 7, 6, 5, 4, 3, 2, 1, 0};
    root.data(0, bytes);
    root.writeDataSlice(1, bytes, 2, 3);
    ByteBuffer buf = ByteBuffer.wrap(bytes);
    buf.position(7);
    root.data(2, buf);
    assertEquals(7, buf.position(), "the source position is unchanged");
    ByteBuffer direct = ByteBuffer.allocateDirect(4).put(new byte[] {1, 2, 3, 4});
    direct.flip();
    root.data(3, direct);
    DataBuilder d = root.initData(4, 9);
    d.setByteAt(8, (byte) 0x7F);
    root.data(5, new byte[0]);
    assertEquals(9, root.getData(4).size());
    assertEquals(0x7F, root.getData(4).byteAt(8));
    R r = Built.readBack(b);
    assertArrayEquals(bytes, r.data(0).toByteArray());
    assertArrayEquals(new byte[] {7, 6, 5}, r.data(1).toByteArray());
    assertArrayEquals(new byte[] {2, 1, 0}, r.data(2).toByteArray());
    assertArrayEquals(new byte[] {1, 2, 3, 4}, r.data(3).toByteArray());
    assertArrayEquals(new byte[] {0, 0, 0, 0, 0, 0, 0, 0, 0x7F}, r.data(4).toByteArray());
    assertTrue(r.has(5));
    assertEquals(0, r.data(5).size());
    Built.assertCanonicalLikeCapnp(b);
  }

  @Test
  void nestedStructsAndNullPointers() {
    MessageBuilder b = new MessageBuilder();
    B root = b.initRoot(SIZE, new B());
    B child = root.initStruct(0, new StructSize(1, 1));
    child.setU64(0, 11);
    child.initStruct(0, new StructSize(1, 0)).setU64(0, 22);
    root.initStruct(1, new StructSize(0, 0)); // zero-size: offset -1
    assertEquals(Words.struct(-1, 0, 0), b.segment(0).getLong(8 + 32 + 8));
    assertTrue(root.has(0));
    assertFalse(root.has(2));
    R r = Built.readBack(b);
    assertEquals(11, r.struct(0).u64(0));
    assertEquals(22, r.struct(0).struct(0).u64(0));
    assertTrue(r.has(1));
    assertEquals(0, r.struct(1).dataSectionBytes());
    root.setNull(0);
    assertFalse(root.has(0));
    assertFalse(Built.readBack(b).has(0));
    Built.assertCanonicalLikeCapnp(b);
  }

  @Test
  void openStructCreatesOrReusesAndCopiesTheDefault() {
    MessageBuilder b = new MessageBuilder();
    B root = b.initRoot(SIZE, new B());
    B c = root.getStruct(0, new StructSize(1, 0));
    c.setU64(0, 5);
    assertEquals(
        5, root.getStruct(0, new StructSize(1, 0)).u64(0), "the same struct, not a new one");
    MessageReader dflt = Words.reader(
        Words.struct(0, 1, 1), 99, Words.list(0, ElementSize.BYTE, 2), Words.bytes('d', 0));
    B d = root.getStruct(1, new StructSize(1, 1), dflt);
    assertEquals(99, d.u64(0));
    d.setU64(0, 100);
    assertEquals(99, Structs.root(dflt).u64(0), "the default itself is untouched");
    R r = Built.readBack(b);
    assertEquals(100, r.struct(1).u64(0));
    assertEquals("d", r.struct(1).text(0).toString());
    MessageReader textDefault =
        Words.reader(Words.list(0, ElementSize.BYTE, 4), Words.bytes('f', 'o', 'o', 0));
    assertEquals("foo", root.getText(2, textDefault).toString());
    assertEquals("foo", Built.readBack(b).text(2).toString());
    MessageReader dataDefault = Words.reader(Words.list(0, ElementSize.BYTE, 1), Words.bytes(7));
    assertEquals(7, root.getData(3, dataDefault).byteAt(0));
    MessageReader listDefault =
        Words.reader(Words.list(0, ElementSize.FOUR_BYTES, 2), Words.bytes(1, 0, 0, 0, 2));
    assertEquals(2, root.getList(4, ElementSize.FOUR_BYTES, listDefault).getInt(1));
    assertEquals(2, Built.readBack(b).list(4, ElementSize.FOUR_BYTES).getInt(1));
    Built.assertCanonicalLikeCapnp(b);
  }

  @Test
  void pointerIndexOutsideTheStructIsACallerBug() {
    B root = new MessageBuilder().initRoot(new StructSize(1, 1), new B());
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> root.text(1, "x"));
    assertTrue(e.getMessage().contains("pointer field 1 is outside the struct"), e.getMessage());
    assertTrue(e.getMessage().contains("which has 1 pointer "), e.getMessage());
    assertThrows(IllegalStateException.class, () -> root.setNull(-1));
    assertFalse(root.has(5));
  }

  @Test
  void capabilityPointersRoundTrip() {
    MessageBuilder b = new MessageBuilder();
    B root = b.initRoot(SIZE, new B());
    root.any(0).setCapability(4);
    root.any(1).setCapability(0);
    R r = Built.readBack(b);
    assertEquals(4, r.any(0).getCapabilityIndex());
    assertEquals(0, r.any(1).getCapabilityIndex());
    assertEquals(PointerType.CAPABILITY, r.any(1).pointerType());
    assertEquals(Words.cap(4), b.segment(0).getLong(8 + 32));
  }

  @Test
  void builderAndReaderViewsAgree() {
    MessageBuilder b = new MessageBuilder();
    B root = b.initRoot(SIZE, new B());
    root.setU64(0, 1);
    root.text(0, "view");
    R view = root.reader();
    assertEquals(1, view.u64(0));
    assertEquals("view", view.text(0).toString());
    root.setU64(0, 2);
    assertEquals(2, view.u64(0), "asReader is zero-copy");
  }
}
