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

  /**
   * Wraps a file's bytes.
   *
   * @param name the file name as errors and display names show it
   * @param content the file's bytes (UTF-8, as capnp reads them; offsets count bytes)
   */
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

  /**
   * The file's name, for errors and display names.
   *
   * @return the name given to the constructor
   */
  public String name() {
    return name;
  }

  /**
   * The text, one char per byte, so that string indexes are byte offsets.
   *
   * @return the whole text
   */
  public String text() {
    return text;
  }

  /** Decodes a byte range of the file (which holds UTF-8) into a Java string. */
  static String utf8(String latin1) {
    return new String(latin1.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
  }

  private int lineOf(int offset) {
    int i = Arrays.binarySearch(lineStarts, offset);
    return i >= 0 ? i : -i - 2;
  }

  /**
   * The location prefix capnp prints for a byte range: {@code file:line:col} for an empty range,
   * {@code file:line:col-endcol} for a range on one line, {@code file:line} for a range over lines.
   *
   * @param start the range's first byte
   * @param end the byte after the range ({@code start} for a point)
   * @return the prefix, without the trailing colon
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
