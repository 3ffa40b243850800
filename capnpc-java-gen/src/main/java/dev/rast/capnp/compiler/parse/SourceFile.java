package dev.rast.capnp.compiler.parse;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * One schema file's text, held as bytes widened to chars (ISO-8859-1) so that every offset is a
 * byte offset, as capnp counts them, and so columns in error messages match capnp's. Immutable.
 */
public final class SourceFile {
  private final String name;
  private final String text;
  private final int[] lineStarts;

  /** @param name the file name as errors and display names show it */
  public SourceFile(String name, byte[] content) {
    this.name = name;
    this.text = new String(content, StandardCharsets.ISO_8859_1);
    int[] starts = new int[16];
    int n = 0;
    starts[n++] = 0;
    for (int i = 0; i < content.length; i++) {
      if (content[i] == '\n') {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, n);
  }

  public String name() {
    return name;
  }

  /** The text, one char per byte. */
  public String text() {
    return text;
  }

  /** Decodes a byte range of the file (which holds UTF-8) into a Java string. */
  public static String utf8(String latin1) {
    return new String(latin1.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
  }

  private int lineOf(int offset) {
    int i = Arrays.binarySearch(lineStarts, offset);
    return i >= 0 ? i : -i - 2;
  }

  /**
   * The location prefix capnp prints for a byte range: {@code file:line:col} for an empty range,
   * {@code file:line:col-endcol} for a range on one line, {@code file:line} for a range over lines.
   */
  public String location(int start, int end) {
    int line = lineOf(start);
    int col = start - lineStarts[line];
    StringBuilder sb = new StringBuilder(name).append(':').append(line + 1);
    if (end > start && lineOf(end) != line) {
      return sb.toString();
    }
    sb.append(':').append(col + 1);
    if (end > start) {
      sb.append('-').append(end - lineStarts[line] + 1);
    }
    return sb.toString();
  }
}
