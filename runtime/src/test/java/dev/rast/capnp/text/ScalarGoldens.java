package dev.rast.capnp.text;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads and writes the scalar golden files, and asks the tool for their expected text.
 *
 * <ul>
 *   <li>{@code float32.golden}: {@code <8 hex digits of the bits> <text>} per line;</li>
 *   <li>{@code float64.golden}: {@code <16 hex digits> <text>};</li>
 *   <li>{@code blob.golden}: {@code <bytes in hex, or -> TAB <as Text> TAB <as Data>}.</li>
 * </ul>
 * Lines starting with {@code #} are comments.
 */
final class ScalarGoldens {
  static final String FLOAT32 = "float32.golden";
  static final String FLOAT64 = "float64.golden";
  static final String BLOB = "blob.golden";

  private static final String HEADER =
      "# Produced by the real capnp (decode --short of oracle.capnp Scalars, see ScalarOracleTest)\n"
          + "# from ScalarSamples; regenerate with -Drast.golden.update=true, never edit by hand.\n";

  private ScalarGoldens() {}

  /** The tool's short output for one message holding all of the given scalars. */
  static String decodeWithTool(
      int[] f32, long[] f64, List<byte[]> texts, List<byte[]> datas, int[] colors) {
    byte[] message = OracleMessage.scalars(f32, f64, texts, datas, colors);
    String out = CapnpTool.decode(null, oracleSchema(), "Scalars", message, true);
    if (!out.endsWith("\n")) {
      throw new AssertionError("tool output does not end with a newline: " + out);
    }
    return out.substring(0, out.length() - 1);
  }

  /** The path of {@code oracle.capnp} on the test class path. */
  static Path oracleSchema() {
    try {
      return Paths.get(ScalarGoldens.class
          .getClassLoader()
          .getResource("dev/rast/capnp/text/oracle.capnp")
          .toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static String renderFloat32(int[] bits, List<String> texts) {
    StringBuilder out = new StringBuilder("# Float32: <bits> <text>\n").append(HEADER);
    for (int i = 0; i < bits.length; i++) {
      out.append(String.format("%08x", bits[i]))
          .append(' ')
          .append(texts.get(i))
          .append('\n');
    }
    return out.toString();
  }

  static String renderFloat64(long[] bits, List<String> texts) {
    StringBuilder out = new StringBuilder("# Float64: <bits> <text>\n").append(HEADER);
    for (int i = 0; i < bits.length; i++) {
      out.append(String.format("%016x", bits[i]))
          .append(' ')
          .append(texts.get(i))
          .append('\n');
    }
    return out.toString();
  }

  static String renderBlobs(List<byte[]> blobs, List<String> asText, List<String> asData) {
    StringBuilder out =
        new StringBuilder("# Text and Data: <bytes> TAB <as Text> TAB <as Data>\n").append(HEADER);
    for (int i = 0; i < blobs.size(); i++) {
      byte[] b = blobs.get(i);
      out.append(b.length == 0 ? "-" : HexFormat.of().formatHex(b))
          .append('\t')
          .append(asText.get(i))
          .append('\t')
          .append(asData.get(i))
          .append('\n');
    }
    return out.toString();
  }

  /** The non-comment lines of a golden file. */
  static List<String> dataLines(String golden) {
    return golden
        .lines()
        .filter(line -> !line.startsWith("#") && !line.isEmpty())
        .toList();
  }

  static byte[] parseHexBytes(String hex) {
    return hex.equals("-") ? new byte[0] : HexFormat.of().parseHex(hex);
  }
}
