package dev.rast.capnp.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Tests of {@link TextPrinter}: typed values, both layouts at the edges of capnp's inline rule
 * (items of 24/25 bytes, records of 64/65 bytes), and misuse. The layout rule is also checked
 * against the tool by {@link LayoutGoldenTest}.
 */
class TextPrinterTest {
  private static ByteBuffer utf8(String s) {
    return ByteBuffer.wrap(s.getBytes(StandardCharsets.UTF_8));
  }

  private static TextPrinter structWithText(String fieldName, String text) {
    ByteBuffer bytes = utf8(text);
    return new TextPrinter()
        .beginStruct()
        .field("a")
        .valueInt(1)
        .field(fieldName)
        .valueText(bytes, 0, bytes.capacity())
        .end();
  }

  @Test
  void typedValues() {
    ByteBuffer data = ByteBuffer.wrap(new byte[] {(byte) 0xff, 'a'});
    TextPrinter p = new TextPrinter()
        .beginStruct()
        .field("v")
        .valueVoid()
        .field("b")
        .valueBool(true)
        .field("i")
        .valueInt(-5)
        .field("u")
        .valueUInt64(-1)
        .field("f")
        .valueFloat32(1e-5f)
        .field("d")
        .valueFloat64(0.1 + 0.2)
        .field("e")
        .valueEnum("corge")
        .field("x")
        .valueUnknownEnum(3)
        .field("t")
        .valueText(utf8("é\n"), 0, 3)
        .field("y")
        .valueData(data, 0, 2)
        .field("p")
        .valueOpaquePointer()
        .field("r")
        .value("raw")
        .end();
    assertEquals(
        "(v = void, b = true, i = -5, u = 18446744073709551615, f = 1e-05, "
            + "d = 0.30000000000000004, e = corge, x = (3), t = \"é\\n\", y = \"\\377a\", "
            + "p = <opaque pointer>, r = raw)",
        p.toShortString());
  }

  @Test
  void emptyCompositesAndScalarRoots() {
    assertEquals("()", new TextPrinter().beginStruct().end().toPrettyString());
    assertEquals("[]", new TextPrinter().beginList().end().toPrettyString());
    assertEquals(
        "[[], ()]",
        new TextPrinter()
            .beginList()
            .beginList()
            .end()
            .beginStruct()
            .end()
            .end()
            .toPrettyString());
    assertEquals("foo", new TextPrinter().valueEnum("foo").toPrettyString());
  }

  @Test
  void itemOf24BytesStaysInline() {
    // a = 1 (5 bytes) and t = "<18 bytes>" (4 + 20 = 24 bytes).
    assertEquals(
        "(a = 1, t = \"abcdefghijklmnopqr\")",
        structWithText("t", "abcdefghijklmnopqr").toPrettyString());
  }

  @Test
  void itemOf25BytesBreaks() {
    assertEquals(
        "( a = 1,\n  t = \"abcdefghijklmnopqrs\" )",
        structWithText("t", "abcdefghijklmnopqrs").toPrettyString());
  }

  @Test
  void widthCountsUtf8Bytes() {
    // 9 x "é" = 18 bytes but 9 chars: the item is 24 bytes.
    assertEquals("(a = 1, t = \"ééééééééé\")", structWithText("t", "ééééééééé").toPrettyString());
    // 10 x "é" = 20 bytes: 26 bytes, although only 16 chars.
    assertEquals(
        "( a = 1,\n  t = \"éééééééééé\" )", structWithText("t", "éééééééééé").toPrettyString());
  }

  @Test
  void recordOf64BytesStaysInlineAnd65Breaks() {
    TextPrinter fits = new TextPrinter().beginStruct();
    TextPrinter breaks = new TextPrinter().beginStruct();
    // Four items of 16 bytes each ("f0 = 1234567890a"): 64 bytes, separators not counted.
    for (int i = 0; i < 4; i++) {
      fits.field("f" + i).value("1234567890a");
      breaks.field("f" + i).value(i == 3 ? "1234567890ab" : "1234567890a");
    }
    assertEquals(
        "(f0 = 1234567890a, f1 = 1234567890a, f2 = 1234567890a, f3 = 1234567890a)",
        fits.end().toPrettyString());
    assertEquals(
        "( f0 = 1234567890a,\n  f1 = 1234567890a,\n  f2 = 1234567890a,\n  f3 = 1234567890ab )",
        breaks.end().toPrettyString());
  }

  @Test
  void listsHaveNoTotalLimit() {
    TextPrinter p = new TextPrinter().beginList();
    for (int i = 0; i < 40; i++) {
      p.valueInt(1000000 + i);
    }
    String pretty = p.end().toPrettyString();
    assertEquals(p.toShortString(), pretty);
  }

  @Test
  void fieldValuesBreakAfterTheBracketAndListElementsDoNot() {
    TextPrinter p = new TextPrinter()
        .beginStruct()
        .field("s")
        .beginStruct()
        .field("text")
        .value("\"a value long enough to break\"")
        .field("n")
        .valueInt(1)
        .end()
        .field("l")
        .beginList()
        .beginStruct()
        .field("text")
        .value("\"another long value here\"")
        .end()
        .beginList()
        .valueInt(1)
        .end()
        .end()
        .end();
    assertEquals(
        String.join(
            "\n",
            "( s = (",
            "    text = \"a value long enough to break\",",
            "    n = 1 ),",
            "  l = [",
            "    ( text = \"another long value here\" ),",
            "    [1] ] )"),
        p.toPrettyString());
    assertEquals(
        "(s = (text = \"a value long enough to break\", n = 1), "
            + "l = [(text = \"another long value here\"), [1]])",
        p.toShortString());
  }

  @Test
  void renderingTwiceGivesTheSameText() {
    TextPrinter p = structWithText("t", "abcdefghijklmnopqrs");
    assertEquals(p.toPrettyString(), p.toPrettyString());
    assertEquals(p.toShortString(), p.toShortString());
  }

  @Test
  void misuseIsRejected() {
    assertThrows(IllegalStateException.class, () -> new TextPrinter().end());
    assertThrows(IllegalStateException.class, () -> new TextPrinter().field("x"));
    assertThrows(
        IllegalStateException.class, () -> new TextPrinter().beginStruct().valueInt(1));
    assertThrows(
        IllegalStateException.class, () -> new TextPrinter().beginList().field("x"));
    assertThrows(
        IllegalStateException.class,
        () -> new TextPrinter().beginStruct().field("x").field("y"));
    assertThrows(
        IllegalStateException.class,
        () -> new TextPrinter().beginStruct().field("x").end());
    assertThrows(
        IllegalStateException.class, () -> new TextPrinter().valueInt(1).valueInt(2));
    assertThrows(IllegalStateException.class, () -> new TextPrinter().toShortString());
    assertThrows(
        IllegalStateException.class, () -> new TextPrinter().beginList().toPrettyString());
    assertThrows(
        NullPointerException.class, () -> new TextPrinter().beginStruct().field(null));
    assertThrows(IllegalArgumentException.class, () -> new TextPrinter().valueUnknownEnum(70000));
    assertThrows(IllegalArgumentException.class, () -> new TextPrinter().value("a\nb"));
  }
}
