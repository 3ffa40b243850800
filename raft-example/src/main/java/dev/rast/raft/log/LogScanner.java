package dev.rast.raft.log;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.CRC32C;

/**
 * Scanning a segment's bytes: pure functions over a {@link ByteBuffer} that read nothing but the
 * buffer, change nothing (not even its position) and return a {@link ScanResult}.
 *
 * <p>The scan walks records from an offset. At the first position that does not hold a valid
 * record (length in range, a whole record inside the buffer, CRC32C matching) it classifies the
 * rest of the buffer:
 *
 * <ul>
 *   <li>only zero bytes: a <b>clean end</b> (the preallocated padding of the open segment);
 *   <li>a valid record further on: <b>corrupt</b> at that position: a record that was once whole
 *       is damaged, and dropping it would drop the records after it as well;
 *   <li>otherwise: a <b>torn tail</b>: the unsynced end of the last write before a crash.
 * </ul>
 *
 * A "valid record further on" is looked for at every 8-byte aligned offset: a length in range,
 * followed by a plausible segment table of a framed message whose size matches the length, and a
 * matching CRC. When in doubt the answer is corrupt, never torn: refusing to start is recoverable
 * by an operator, silently dropping an acknowledged record is not.
 *
 * <p>Thread-safe (no state); allocates a checksum and a buffer view per call, never per record.
 */
public final class LogScanner {
  private LogScanner() {}

  /** Receives each valid record found by a scan, in order. */
  @FunctionalInterface
  public interface RecordVisitor {
    /**
     * One valid record of {@code length} bytes (overhead included) at {@code offset}; throw to
     * stop the scan.
     */
    void record(int offset, int length);
  }

  /**
   * Scans records from {@code from} to {@code end} (exclusive) of {@code buf}, handing each valid
   * one to {@code visitor} (may be null) until the first position that is not a valid record.
   */
  public static ScanResult scan(ByteBuffer buf, int from, int end, RecordVisitor visitor) {
    if (from < 0 || from > end || end > buf.capacity()) {
      throw new IllegalArgumentException(
          "bad range [" + from + ", " + end + ") of a buffer of " + buf.capacity());
    }
    ByteBuffer b = buf.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    CRC32C crc = new CRC32C();
    int at = from;
    int count = 0;
    while (true) {
      int length = validRecord(b, at, end, crc);
      if (length < 0) {
        return classify(b, at, end, count, crc, problem(b, at, end));
      }
      if (visitor != null) {
        visitor.record(at, length);
      }
      count++;
      at += length;
    }
  }

  /**
   * Checks a segment header at offset 0 of {@code buf} ({@code end} bytes long) that should start
   * index {@code expectedStart}. A file too short for a header, or whose header bytes are all zero,
   * is a torn header (the crash came right after the file was created) unless a valid record
   * follows it, which makes it corrupt.
   */
  public static ScanResult checkHeader(ByteBuffer buf, int end, long expectedStart) {
    ByteBuffer b = buf.duplicate().order(ByteOrder.LITTLE_ENDIAN);
    int h = LogFormat.HEADER_BYTES;
    if (end < h || allZero(b, 0, h)) {
      if (end >= h && validRecordAfter(b, 0, end, new CRC32C()) >= 0) {
        return ScanResult.corrupt(0, 0, "zeroed header before valid records");
      }
      return ScanResult.torn(
          0, 0, end < h ? "header cut short at " + end + " bytes" : "zeroed header");
    }
    if (b.getLong(0) != LogFormat.SEGMENT_MAGIC) {
      return ScanResult.corrupt(0, 0, "bad magic " + Long.toHexString(b.getLong(0)));
    }
    int version = b.getInt(LogFormat.VERSION_OFFSET);
    if (version != LogFormat.VERSION) {
      return ScanResult.corrupt(
          LogFormat.VERSION_OFFSET,
          0,
          "unsupported format version " + version + " (this build reads " + LogFormat.VERSION
              + ")");
    }
    if (b.getInt(LogFormat.FLAGS_OFFSET) == LogFormat.FLAG_SPARE
        && b.getLong(LogFormat.START_INDEX_OFFSET) == 0) {
      return ScanResult.torn(
          0, 0, "a spare's placeholder header (the new segment's first sync never finished)");
    }
    if (b.getInt(LogFormat.FLAGS_OFFSET) != 0) {
      return ScanResult.corrupt(
          LogFormat.FLAGS_OFFSET, 0, "unknown header flags " + b.getInt(LogFormat.FLAGS_OFFSET));
    }
    long start = b.getLong(LogFormat.START_INDEX_OFFSET);
    if (start != expectedStart) {
      return ScanResult.corrupt(
          LogFormat.START_INDEX_OFFSET,
          0,
          "header says start index " + start + ", the file name " + expectedStart);
    }
    return ScanResult.clean(h, 0);
  }

  private static ScanResult classify(
      ByteBuffer b, int at, int end, int count, CRC32C crc, String why) {
    if (allZero(b, at, end)) {
      return ScanResult.clean(at, count);
    }
    int next = validRecordAfter(b, at, end, crc);
    if (next >= 0) {
      return ScanResult.corrupt(at, count, why + "; a valid record follows at " + next);
    }
    return ScanResult.torn(at, count, why);
  }

  /** The length of the valid record at {@code at}, or -1. */
  static int validRecord(ByteBuffer b, int at, int end, CRC32C crc) {
    if (end - at < LogFormat.RECORD_OVERHEAD + 8) {
      return -1;
    }
    int length = b.getInt(at);
    if (length < 8
        || length > LogFormat.MAX_ENTRY_BYTES
        || (length & 7) != 0
        || length > end - at - LogFormat.RECORD_OVERHEAD) {
      return -1;
    }
    return crcMatches(b, at, length, crc) ? length + LogFormat.RECORD_OVERHEAD : -1;
  }

  private static boolean crcMatches(ByteBuffer b, int at, int length, CRC32C crc) {
    crc.reset();
    b.limit(at + 4 + length).position(at + 4);
    crc.update(b);
    b.clear();
    return (int) crc.getValue() == b.getInt(at + 4 + length);
  }

  /** The first aligned offset after {@code at} holding a valid framed record, or -1. */
  private static int validRecordAfter(ByteBuffer b, int at, int end, CRC32C crc) {
    for (int q = ((at >>> 3) + 1) << 3;
        q <= end - LogFormat.RECORD_OVERHEAD - 8;
        q += LogFormat.ALIGNMENT) {
      if (plausibleFrame(b, q, end) && validRecord(b, q, end, crc) > 0) {
        return q;
      }
    }
    return -1;
  }

  /** Whether the record at {@code q} starts with a segment table whose sizes add up to its length. */
  private static boolean plausibleFrame(ByteBuffer b, int q, int end) {
    int length = b.getInt(q);
    if (length < 8 || (length & 7) != 0 || length > end - q - LogFormat.RECORD_OVERHEAD) {
      return false;
    }
    int segments = b.getInt(q + 4) + 1;
    if (segments < 1 || segments > 512) {
      return false;
    }
    int table = ((segments + 2) >>> 1) << 3;
    if (table > length) {
      return false;
    }
    long words = 0;
    for (int i = 0; i < segments; i++) {
      words += Integer.toUnsignedLong(b.getInt(q + 8 + 4 * i));
    }
    return table + words * 8 == length;
  }

  private static String problem(ByteBuffer b, int at, int end) {
    if (end - at < 4) {
      return "record cut short: " + (end - at) + " bytes left";
    }
    int length = b.getInt(at);
    if (length == 0) {
      return "non-zero bytes after the zero terminator";
    }
    if (length < 8 || length > LogFormat.MAX_ENTRY_BYTES || (length & 7) != 0) {
      return "bad record length " + Integer.toUnsignedString(length);
    }
    if (length > end - at - LogFormat.RECORD_OVERHEAD) {
      return "record of " + length + " bytes cut short: " + (end - at) + " bytes left";
    }
    return "checksum mismatch in a record of " + length + " bytes";
  }

  private static boolean allZero(ByteBuffer b, int from, int end) {
    int i = from;
    for (; i + 8 <= end; i += 8) {
      if (b.getLong(i) != 0) {
        return false;
      }
    }
    for (; i < end; i++) {
      if (b.get(i) != 0) {
        return false;
      }
    }
    return true;
  }
}
