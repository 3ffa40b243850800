package dev.rast.raft.log;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A segment file's name, which carries its state and range: the open segment is
 * {@code log_inprogress_<start>}, a closed one {@code log_<start>-<end>} (both indexes inclusive,
 * decimal, no sign or leading zeros). Ordered by start index. Immutable.
 *
 * @param start the first index in the segment (>= 1)
 * @param end the last index of a closed segment ({@code >= start}); {@code start - 1} for an open one
 * @param open whether this is the open (in-progress) segment
 */
public record SegmentName(long start, long end, boolean open) implements Comparable<SegmentName> {
  public SegmentName {
    if (start < 1) {
      throw new IllegalArgumentException("start must be >= 1: " + start);
    }
    if (open ? end != start - 1 : end < start) {
      throw new IllegalArgumentException(
          "bad range " + start + "-" + end + (open ? " (open)" : ""));
    }
  }

  /** The open segment starting at {@code start}. */
  public static SegmentName open(long start) {
    return new SegmentName(start, start - 1, true);
  }

  /** The closed segment holding {@code start..end}. */
  public static SegmentName closed(long start, long end) {
    return new SegmentName(start, end, false);
  }

  /** The file name. */
  public String fileName() {
    return open ? LogFormat.INPROGRESS_PREFIX + start : LogFormat.CLOSED_PREFIX + start + "-" + end;
  }

  /** Parses a file name; null when it is not a segment's. */
  public static SegmentName parse(String fileName) {
    if (fileName.startsWith(LogFormat.INPROGRESS_PREFIX)) {
      long start = number(fileName, LogFormat.INPROGRESS_PREFIX.length(), fileName.length());
      return start >= 1 ? open(start) : null;
    }
    if (fileName.startsWith(LogFormat.CLOSED_PREFIX)) {
      int from = LogFormat.CLOSED_PREFIX.length();
      int dash = fileName.indexOf('-', from);
      if (dash < 0) {
        return null;
      }
      long start = number(fileName, from, dash);
      long end = number(fileName, dash + 1, fileName.length());
      return start >= 1 && end >= start ? closed(start, end) : null;
    }
    return null;
  }

  /**
   * Lists the segments in {@code dir}, sorted by start index. Only reads the directory: files that
   * are not segments are ignored, and nothing is deleted or renamed.
   */
  public static List<SegmentName> list(Path dir) throws IOException {
    List<SegmentName> names = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
      for (Path f : files) {
        SegmentName n = parse(f.getFileName().toString());
        if (n != null) {
          names.add(n);
        }
      }
    }
    names.sort(null);
    return names;
  }

  /** The decimal number in {@code s[from, to)}, or -1 when it is not a canonical one. */
  private static long number(String s, int from, int to) {
    if (to <= from || to - from > 18 || (s.charAt(from) == '0' && to - from > 1)) {
      return -1;
    }
    long v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }

  /** Orders by start index; at the same start a closed segment sorts before an open one. */
  @Override
  public int compareTo(SegmentName o) {
    int c = Long.compare(start, o.start);
    return c != 0 ? c : Boolean.compare(open, o.open);
  }

  @Override
  public String toString() {
    return fileName();
  }
}
