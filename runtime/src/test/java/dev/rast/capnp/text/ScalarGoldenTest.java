package dev.rast.capnp.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Checks the scalar formatters against the golden files, i.e. against what the real tool printed
 * for several thousand values. Runs without capnp.
 */
class ScalarGoldenTest {
  @Test
  void float32MatchesTool() {
    List<String> lines = ScalarGoldens.dataLines(Goldens.read(ScalarGoldens.FLOAT32));
    assertTrue(
        lines.size() >= ScalarSamples.RANDOM_FLOATS, "golden has " + lines.size() + " lines");
    List<String> mismatches = new ArrayList<>();
    for (String line : lines) {
      int space = line.indexOf(' ');
      float value = Float.intBitsToFloat(Integer.parseUnsignedInt(line.substring(0, space), 16));
      String expected = line.substring(space + 1);
      StringBuilder out = new StringBuilder();
      FloatFormat.appendFloat32(out, value);
      if (!expected.contentEquals(out)) {
        mismatches.add(line + " but got " + out);
      }
    }
    assertEquals(List.of(), mismatches);
  }

  @Test
  void float64MatchesTool() {
    List<String> lines = ScalarGoldens.dataLines(Goldens.read(ScalarGoldens.FLOAT64));
    assertTrue(
        lines.size() >= ScalarSamples.RANDOM_FLOATS, "golden has " + lines.size() + " lines");
    List<String> mismatches = new ArrayList<>();
    for (String line : lines) {
      int space = line.indexOf(' ');
      double value = Double.longBitsToDouble(Long.parseUnsignedLong(line.substring(0, space), 16));
      String expected = line.substring(space + 1);
      StringBuilder out = new StringBuilder();
      FloatFormat.appendFloat64(out, value);
      if (!expected.contentEquals(out)) {
        mismatches.add(line + " but got " + out);
      }
    }
    assertEquals(List.of(), mismatches);
  }

  @Test
  void textAndDataMatchTool() {
    List<String> lines = ScalarGoldens.dataLines(Goldens.read(ScalarGoldens.BLOB));
    assertTrue(lines.size() >= ScalarSamples.RANDOM_BLOBS, "golden has " + lines.size() + " lines");
    for (String line : lines) {
      String[] parts = line.split("\t", -1);
      ByteBuffer bytes = ByteBuffer.wrap(ScalarGoldens.parseHexBytes(parts[0]));
      StringBuilder text = new StringBuilder();
      BlobFormat.appendText(text, bytes, 0, bytes.capacity());
      assertEquals(parts[1], text.toString(), () -> "Text of " + parts[0]);
      StringBuilder data = new StringBuilder();
      BlobFormat.appendData(data, bytes, 0, bytes.capacity());
      assertEquals(parts[2], data.toString(), () -> "Data of " + parts[0]);
    }
  }
}
