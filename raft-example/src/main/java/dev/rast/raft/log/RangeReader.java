package dev.rast.raft.log;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.util.List;

/**
 * Reads runs of stored records by index range, as the bytes on disk: copied into a buffer with
 * positional reads, or sent to a channel with {@link FileChannel#transferTo}. A run that spans
 * segments is read segment by segment. The caller ({@link SegmentedLog}) flushes its write buffer
 * first, so every indexed record is in its file.
 *
 * <p>Not thread-safe: the log's owner thread uses it.
 */
final class RangeReader {
  private final LogIndex index;
  private final List<Segment> segments;

  RangeReader(LogIndex index, List<Segment> segments) {
    this.index = index;
    this.segments = segments;
  }

  long bytes(long from, long to) {
    checkRange(from, to);
    long n = 0;
    for (long i = from; i <= to; i++) {
      n += index.length(i);
    }
    return n;
  }

  int countWithin(long from, long maxBytes, int maxCount) {
    long bytes = 0;
    int n = 0;
    for (long i = from; i <= index.last() && n < maxCount; i++) {
      bytes += index.length(i);
      if (n > 0 && bytes > maxBytes) {
        break;
      }
      n++;
    }
    return n;
  }

  int read(long from, long to, ByteBuffer dst) throws IOException {
    long total = bytes(from, to);
    if (total > dst.remaining()) {
      throw new IllegalArgumentException(
          "records " + from + ".." + to + " take " + total + " bytes, dst has " + dst.remaining());
    }
    int limit = dst.limit();
    try {
      for (long i = from; i <= to; ) {
        int slot = index.segment(i);
        long j = lastInSegment(i, to, slot);
        int start = index.offset(i);
        int end = index.offset(j) + index.length(j);
        dst.limit(dst.position() + end - start);
        FileChannel ch = segments.get(slot).channel();
        for (long at = start; dst.hasRemaining(); ) {
          int n = ch.read(dst, at);
          if (n < 0) {
            throw new IOException(segments.get(slot).path + " ends before offset " + end);
          }
          at += n;
        }
        dst.limit(limit);
        i = j + 1;
      }
    } finally {
      dst.limit(limit);
    }
    return (int) total;
  }

  long transferTo(long from, long to, long skip, WritableByteChannel target) throws IOException {
    checkRange(from, to);
    long sent = 0;
    for (long i = from; i <= to; ) {
      int slot = index.segment(i);
      long j = lastInSegment(i, to, slot);
      long start = index.offset(i);
      long end = index.offset(j) + (long) index.length(j);
      long run = end - start;
      if (skip >= run) {
        skip -= run;
      } else {
        FileChannel ch = segments.get(slot).channel();
        for (long at = start + skip; at < end; ) {
          long n = ch.transferTo(at, end - at, target);
          if (n <= 0) {
            return sent;
          }
          at += n;
          sent += n;
        }
        skip = 0;
      }
      i = j + 1;
    }
    return sent;
  }

  /** The last index in {@code from..to} that lies in segment {@code slot}. */
  private long lastInSegment(long from, long to, int slot) {
    long j = from;
    while (j < to && index.segment(j + 1) == slot) {
      j++;
    }
    return j;
  }

  private void checkRange(long from, long to) {
    if (from < index.first() || to > index.last() || from > to) {
      throw new IllegalArgumentException("range " + from + ".." + to + " is not within the log ["
          + index.first() + ", " + index.last() + "]");
    }
  }
}
