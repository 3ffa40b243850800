package dev.rast.capnp.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/**
 * Tests of {@link BlobFormat}: the CAPNP-NOTES examples, and properties against a naive model of
 * the tool (escape byte by byte, copy bytes >= 0x80, then decode the result as Java does).
 */
class BlobFormatTest {
  private static String text(byte[] bytes) {
    StringBuilder out = new StringBuilder();
    BlobFormat.appendText(out, ByteBuffer.wrap(bytes), 0, bytes.length);
    return out.toString();
  }

  private static String data(byte[] bytes) {
    StringBuilder out = new StringBuilder();
    BlobFormat.appendData(out, ByteBuffer.wrap(bytes), 0, bytes.length);
    return out.toString();
  }

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  @Test
  void textEscapesAsInNotes() {
    byte[] value = "tab\there \"q\" \\ nl\n é \u0001\u007f".getBytes(StandardCharsets.UTF_8);
    assertEquals("\"tab\\there \\\"q\\\" \\\\ nl\\n é \\001\\177\"", text(value));
  }

  @Test
  void dataEscapesAsInNotes() {
    assertEquals(
        "\"\\000\\001\\177\\200\\377A\\n\\\"\\'\"",
        data(bytes(0, 1, 0x7f, 0x80, 0xff, 'A', '\n', '"', '\'')));
  }

  @Test
  void everyNamedEscape() {
    assertEquals(
        "\"\\a\\b\\f\\n\\r\\t\\v\\'\\\"\\\\?\"",
        text(bytes(7, 8, 12, 10, 13, 9, 11, '\'', '"', '\\', '?')));
  }

  @Test
  void innerNulIsOctal() {
    assertEquals("\"a\\000b\"", text(bytes('a', 0, 'b')));
  }

  @Test
  void emptyValues() {
    assertEquals("\"\"", text(new byte[0]));
    assertEquals("\"\"", data(new byte[0]));
  }

  @Test
  void textKeepsUtf8AsCharacters() {
    assertEquals("\"é€\uD834\uDD1E\"", text("é€\uD834\uDD1E".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void malformedTextIsReplacedAsTheJdkDecoderDoes() {
    assertEquals("\"\uFFFD\"", text(bytes(0x80)));
    assertEquals("\"\uFFFDA\"", text(bytes(0xe0, 0xa0, 'A')));
    assertEquals("\"\uFFFD\uFFFDA\"", text(bytes(0xe0, 0x80, 'A')));
    assertEquals("\"\uFFFD\uFFFD\"", text(bytes(0xc0, 0xaf)));
    // A surrogate's three bytes make one replacement (Unicode's maximal subparts would make 3).
    assertEquals("\"\uFFFD\"", text(bytes(0xed, 0xa0, 0x80)));
    assertEquals("\"\uFFFDA\"", text(bytes(0xed, 0xa0, 'A')));
    assertEquals("\"\uFFFD\uFFFD\uFFFD\uFFFD\"", text(bytes(0xf4, 0x90, 0x80, 0x80)));
    assertEquals("\"\uFFFD\\n\"", text(bytes(0xc3, '\n')));
    assertEquals("\"\uFFFD\"", text(bytes(0xf0, 0x90, 0x80)));
  }

  @Test
  void widthCountsTheToolsBytes() {
    StringBuilder out = new StringBuilder();
    // "é" is 2 bytes, \001 is 4, the lone 0x80 is 1 raw byte (printed as U+FFFD), quotes 2.
    assertEquals(9, BlobFormat.appendText(out, ByteBuffer.wrap(bytes(0xc3, 0xa9, 1, 0x80)), 0, 4));
    assertEquals("\"é\\001\uFFFD\"", out.toString());
    assertEquals(
        8,
        BlobFormat.appendData(new StringBuilder(), ByteBuffer.wrap(bytes(0xff, 'a', 'b')), 0, 3));
  }

  @Test
  void readsAbsoluteRangeWithoutMovingTheBuffer() {
    ByteBuffer buffer = ByteBuffer.wrap("xxhelloyy".getBytes(StandardCharsets.US_ASCII));
    buffer.position(1).limit(8);
    StringBuilder out = new StringBuilder();
    BlobFormat.appendText(out, buffer, 2, 5);
    assertEquals("\"hello\"", out.toString());
    assertEquals(1, buffer.position());
    assertEquals(8, buffer.limit());
    assertThrows(IndexOutOfBoundsException.class, () -> BlobFormat.appendText(out, buffer, 4, 5));
    assertThrows(IndexOutOfBoundsException.class, () -> BlobFormat.appendData(out, buffer, -1, 1));
  }

  @Property(tries = 2000)
  void textEqualsToolModel(@ForAll @Size(max = 40) byte[] bytes) {
    checkText(bytes);
  }

  /** Mostly UTF-8-shaped bytes: leads followed by continuation bytes, some of them wrong. */
  @Property(tries = 3000)
  void textOfUtf8LikeBytesEqualsToolModel(@ForAll("utf8Like") byte[] bytes) {
    checkText(bytes);
  }

  @Provide
  Arbitrary<byte[]> utf8Like() {
    Arbitrary<Byte> ascii = Arbitraries.bytes().between((byte) 0, (byte) 0x7f);
    Arbitrary<Byte> continuation = Arbitraries.bytes().between((byte) 0x80, (byte) 0xbf);
    Arbitrary<Byte> lead = Arbitraries.bytes().between((byte) 0xc0, (byte) 0xff);
    return Arbitraries.frequencyOf(Tuple.of(1, ascii), Tuple.of(3, continuation), Tuple.of(2, lead))
        .list()
        .ofMaxSize(16)
        .map(list -> {
          byte[] b = new byte[list.size()];
          for (int i = 0; i < b.length; i++) {
            b[i] = list.get(i);
          }
          return b;
        });
  }

  @Property(tries = 1000)
  void textOfValidUtf8EqualsToolModel(@ForAll @Size(max = 20) String s) {
    checkText(s.getBytes(StandardCharsets.UTF_8));
  }

  @Property(tries = 2000)
  void dataEqualsToolModel(@ForAll @Size(max = 40) byte[] bytes) {
    StringBuilder out = new StringBuilder();
    int width = BlobFormat.appendData(out, ByteBuffer.wrap(bytes), 0, bytes.length);
    byte[] raw = toolModel(bytes, true);
    assertEquals(new String(raw, StandardCharsets.US_ASCII), out.toString());
    assertEquals(raw.length, width);
  }

  /**
   * The text must equal the tool's bytes decoded by the JDK. In the tool's output a literal is
   * always followed by at least {@code ")\n"}, so the decoder sees the same context here.
   */
  private static void checkText(byte[] bytes) {
    StringBuilder out = new StringBuilder();
    int width = BlobFormat.appendText(out, ByteBuffer.wrap(bytes), 0, bytes.length);
    byte[] raw = toolModel(bytes, false);
    byte[] inContext = Arrays.copyOf(raw, raw.length + 2);
    inContext[raw.length] = ')';
    inContext[raw.length + 1] = '\n';
    assertEquals(new String(inContext, StandardCharsets.UTF_8), out + ")\n");
    assertEquals(raw.length, width);
  }

  /** The bytes the tool writes: quotes, escapes of ASCII, other bytes raw (Text) or octal (Data). */
  private static byte[] toolModel(byte[] bytes, boolean data) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write('"');
    for (byte x : bytes) {
      int b = x & 0xff;
      String named =
          switch (b) {
            case 7 -> "\\a";
            case 8 -> "\\b";
            case 9 -> "\\t";
            case 10 -> "\\n";
            case 11 -> "\\v";
            case 12 -> "\\f";
            case 13 -> "\\r";
            case '\'' -> "\\'";
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            default -> null;
          };
      if (named != null) {
        out.writeBytes(named.getBytes(StandardCharsets.US_ASCII));
      } else if (b < 0x20 || b == 0x7f || (data && b >= 0x80)) {
        out.writeBytes(String.format("\\%03o", b).getBytes(StandardCharsets.US_ASCII));
      } else {
        out.write(b);
      }
    }
    out.write('"');
    return out.toByteArray();
  }
}
