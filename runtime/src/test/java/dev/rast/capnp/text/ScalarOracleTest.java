package dev.rast.capnp.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Proves the scalar golden files are what the real tool prints for {@link ScalarSamples} (or
 * rewrites them with {@code -Drast.golden.update=true}). Needs capnp: skipped without it, failed
 * without it under CI.
 */
class ScalarOracleTest {
  @Test
  void goldenFilesAreTheToolsOutput() {
    CapnpTool.assumeAvailable();
    int[] f32 = ScalarSamples.float32Bits();
    long[] f64 = ScalarSamples.float64Bits();
    List<byte[]> blobs = ScalarSamples.blobs();
    String out = ScalarGoldens.decodeWithTool(f32, f64, blobs, blobs, new int[0]);

    String float32 = ScalarGoldens.renderFloat32(f32, ListElements.of(out, "f32"));
    String float64 = ScalarGoldens.renderFloat64(f64, ListElements.of(out, "f64"));
    String blob = ScalarGoldens.renderBlobs(
        blobs, ListElements.of(out, "texts"), ListElements.of(out, "datas"));
    if (Goldens.updating()) {
      Goldens.write(ScalarGoldens.FLOAT32, float32);
      Goldens.write(ScalarGoldens.FLOAT64, float64);
      Goldens.write(ScalarGoldens.BLOB, blob);
      return;
    }
    assertEquals(Goldens.read(ScalarGoldens.FLOAT32), float32);
    assertEquals(Goldens.read(ScalarGoldens.FLOAT64), float64);
    assertEquals(Goldens.read(ScalarGoldens.BLOB), blob);
  }

  /** Enum values the schema does not name print as (N); named ones by name. */
  @Test
  void unknownEnumValuesMatchTool() {
    CapnpTool.assumeAvailable();
    int[] colors = {0, 1, 2, 3, 255, 256, 32767, 32768, 65535};
    String out =
        ScalarGoldens.decodeWithTool(new int[0], new long[0], List.of(), List.of(), colors);
    TextPrinter printer = new TextPrinter().beginList();
    for (int raw : colors) {
      if (raw == 0) {
        printer.valueEnum("red");
      } else if (raw == 1) {
        printer.valueEnum("green");
      } else {
        printer.valueUnknownEnum(raw);
      }
    }
    assertEquals(
        "colors = " + printer.end().toShortString() + ")", out.substring(out.indexOf("colors = ")));
  }

  /**
   * The layout measures a Text by the tool's raw bytes: a malformed byte is one byte of output
   * (one U+FFFD here), a two-byte character two. 22 bytes (24 with quotes) stay inline, 23 break.
   */
  @Test
  void textWidthsDriveTheLayoutAsInTheTool() {
    CapnpTool.assumeAvailable();
    byte[][] cases = {
      repeat((byte) 0x80, 22),
      repeat((byte) 0x80, 23),
      "ééééééééééé".getBytes(StandardCharsets.UTF_8),
      "éééééééééééx".getBytes(StandardCharsets.UTF_8),
      "abc\u0001\u0002\u0003\u0004".getBytes(StandardCharsets.UTF_8),
      "abcd\u0001\u0002\u0003\u0004".getBytes(StandardCharsets.UTF_8),
    };
    for (byte[] text : cases) {
      List<byte[]> texts = List.of(text, new byte[] {'a'});
      byte[] message = OracleMessage.scalars(new int[0], new long[0], texts, texts, new int[0]);
      String tool = CapnpTool.decode(null, ScalarGoldens.oracleSchema(), "Scalars", message, false);

      TextPrinter printer = new TextPrinter()
          .beginStruct()
          .field("f32")
          .beginList()
          .end()
          .field("f64")
          .beginList()
          .end();
      for (String field : new String[] {"texts", "datas"}) {
        printer.field(field).beginList();
        for (byte[] t : texts) {
          ByteBuffer bytes = ByteBuffer.wrap(t);
          if (field.equals("texts")) {
            printer.valueText(bytes, 0, t.length);
          } else {
            printer.valueData(bytes, 0, t.length);
          }
        }
        printer.end();
      }
      printer.field("colors").beginList().end().end();
      assertEquals(tool, printer.toPrettyString() + "\n", () -> HexFormat.of().formatHex(text));
    }
  }

  private static byte[] repeat(byte b, int n) {
    byte[] bytes = new byte[n];
    Arrays.fill(bytes, b);
    return bytes;
  }
}
