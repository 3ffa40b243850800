package dev.rast.capnp;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.GatheringByteChannel;
import java.nio.channels.ReadableByteChannel;

/**
 * The standard stream framing: {@code u32 segmentCount-1}, a {@code u32} word count per segment,
 * padding to a word, then the segments. Also the flat form (one segment, no table).
 *
 * <p>Reading from a {@link ByteBuffer} is zero-copy: the segments stay where they are. Reading from
 * a channel or stream fills a buffer the {@link MessageReader} owns and reuses. The table is checked
 * before anything is allocated: fewer than 512 segments, a total no larger than the traversal
 * limit, and every size within the input. Writing to a buffer or channel reads the builder's
 * segments in place; a reused builder and destination allocate nothing.
 */
public final class Framing {
  private Framing() {}

  /**
   * Bytes of the segment table for {@code segments} segments, padding included.
   *
   * @param segments the number of segments
   * @return the table size in bytes, a multiple of 8
   */
  public static int tableBytes(int segments) {
    return ((segments + 2) >>> 1) << 3;
  }

  // ---- one call each way (convenience: each allocates; the calls below reuse) ----

  /**
   * {@code m} framed, in a fresh array: {@code Files.write(path, Framing.toByteArray(message))}.
   *
   * @param m the message to frame
   * @return a new array holding the framed message
   */
  public static byte[] toByteArray(MessageBuilder m) {
    long size = serializedSize(m);
    if (size > Integer.MAX_VALUE - 8) {
      throw new IllegalStateException("message of " + size + " bytes does not fit a Java array");
    }
    byte[] bytes = new byte[(int) size];
    write(m, ByteBuffer.wrap(bytes));
    return bytes;
  }

  /**
   * The root struct of the framed message in {@code bytes}, read into {@code root} through a new
   * {@link MessageReader} with the default options: {@code Framing.readRoot(bytes, new
   * Person.Reader())}. Zero-copy: the reader views {@code bytes}, which must not change meanwhile.
   *
   * @param <T> the type of {@code root}, returned without a cast
   * @param bytes the framed message
   * @param root the reusable flyweight to point
   * @return {@code root}, for chaining
   */
  public static <T extends StructReader> T readRoot(byte[] bytes, T root) {
    return readRoot(ByteBuffer.wrap(bytes), root);
  }

  /**
   * As {@link #readRoot(byte[], StructReader)} for the framed message at {@code src}'s position
   * ({@code src} itself is left unchanged).
   *
   * @param <T> the type of {@code root}, returned without a cast
   * @param src the framed message, from its position
   * @param root the reusable flyweight to point
   * @return {@code root}, for chaining
   */
  public static <T extends StructReader> T readRoot(ByteBuffer src, T root) {
    return read(src.duplicate().order(src.order()), new MessageReader()).getRoot(root);
  }

  // ---- reading ----

  /**
   * Reads one framed message starting at {@code src}'s position, points {@code into} at its
   * segments (no copy; {@code src} must stay unchanged while the message is read) and advances the
   * position past the message.
   *
   * @param src the framed message, from its position
   * @param into the reader to point at the message; reused across messages
   * @return {@code into}, for chaining
   */
  public static MessageReader read(ByteBuffer src, MessageReader into) {
    int start = src.position();
    int avail = src.remaining();
    if (avail < 8) {
      throw new DecodeException(
          "truncated message: " + avail + " bytes, the segment table needs at least 8");
    }
    long count = readU32(src, start) + 1;
    if (count == 1) {
      return readSingle(src, into, start, avail);
    }
    checkCount(count);
    int n = (int) count;
    int table = tableBytes(n);
    if (avail < table) {
      throw new DecodeException("truncated message: the table of " + n + " segments needs " + table
          + " bytes, " + avail + " available");
    }
    long total = 0;
    for (int i = 0; i < n; i++) {
      total += readU32(src, start + 4 + 4 * i);
    }
    into.checkTotalSize(total);
    if (total * 8 > avail - table) {
      throw new DecodeException("truncated message: segments need " + total * 8 + " bytes, "
          + (avail - table) + " available");
    }
    into.beginSegments(n);
    int at = start + table;
    for (int i = 0; i < n; i++) {
      int words = (int) readU32(src, start + 4 + 4 * i);
      into.setSegment(i, src, at, words);
      at += words << 3;
    }
    into.endSegments(n);
    src.position(at);
    return into;
  }

  /** {@link #read(ByteBuffer, MessageReader)} of a one-segment message: the same checks, no loops. */
  private static MessageReader readSingle(
      ByteBuffer src, MessageReader into, int start, int avail) {
    long total = readU32(src, start + 4);
    into.checkTotalSize(total);
    if (total * 8 > avail - 8) {
      throw new DecodeException("truncated message: segments need " + total * 8 + " bytes, "
          + (avail - 8) + " available");
    }
    into.beginSegments(1);
    int at = start + 8;
    int words = (int) total;
    into.setSegment(0, src, at, words);
    into.endSegments(1);
    src.position(at + (words << 3));
    return into;
  }

  /**
   * Reads one framed message from {@code in} into a buffer {@code into} owns (reused across calls).
   *
   * @param in the framed bytes
   * @param into the reader to point at the message; reused across messages
   * @return false at a clean end of stream before the message's first byte
   * @throws DecodeException when the stream ends inside a message or the table is invalid
   * @throws IOException when the underlying stream or channel fails
   */
  public static boolean read(ReadableByteChannel in, MessageReader into) throws IOException {
    ByteBuffer first = into.table(8);
    if (!fill(in, first, true)) {
      return false;
    }
    long count = readU32(first, 0) + 1;
    checkCount(count);
    int n = (int) count;
    int tableBytes = tableBytes(n);
    ByteBuffer table = into.table(tableBytes);
    table.position(8);
    fill(in, table, false);
    long total = totalWords(table, n, into);
    ByteBuffer body = into.body((int) (total << 3));
    fill(in, body, false);
    pointAt(into, table, body, n);
    return true;
  }

  /**
   * As {@link #read(ReadableByteChannel, MessageReader)}, from an {@link InputStream}.
   *
   * @param in the framed bytes
   * @param into the reader to point at the message; reused across messages
   * @return false at a clean end of stream before the message's first byte
   * @throws IOException when the underlying stream or channel fails
   */
  public static boolean read(InputStream in, MessageReader into) throws IOException {
    ByteBuffer first = into.table(8);
    if (!fill(in, first, true)) {
      return false;
    }
    long count = readU32(first, 0) + 1;
    checkCount(count);
    int n = (int) count;
    int tableBytes = tableBytes(n);
    ByteBuffer table = into.table(tableBytes);
    table.position(8);
    fill(in, table, false);
    long total = totalWords(table, n, into);
    ByteBuffer body = into.body((int) (total << 3));
    fill(in, body, false);
    pointAt(into, table, body, n);
    return true;
  }

  private static long totalWords(ByteBuffer table, int n, MessageReader into) {
    long total = 0;
    for (int i = 0; i < n; i++) {
      total += readU32(table, 4 + 4 * i);
    }
    into.checkTotalSize(total);
    if (total > MessageBuilder.MAX_SEGMENT_WORDS) {
      throw new DecodeException("message of " + total + " words is too large for one buffer");
    }
    return total;
  }

  private static void pointAt(MessageReader into, ByteBuffer table, ByteBuffer body, int n) {
    into.beginSegments(n);
    int at = 0;
    for (int i = 0; i < n; i++) {
      int words = (int) readU32(table, 4 + 4 * i);
      into.setSegment(i, body, at, words);
      at += words << 3;
    }
    into.endSegments(n);
  }

  private static boolean fill(ReadableByteChannel in, ByteBuffer b, boolean eofOk)
      throws IOException {
    int start = b.position();
    while (b.hasRemaining()) {
      if (in.read(b) < 0) {
        if (eofOk && b.position() == start) {
          return false;
        }
        throw new DecodeException(
            "truncated message: stream ended after " + (b.position() - start) + " of "
                + (b.limit() - start) + " expected bytes",
            new EOFException());
      }
    }
    return true;
  }

  private static boolean fill(InputStream in, ByteBuffer b, boolean eofOk) throws IOException {
    byte[] a = b.array();
    int off = b.arrayOffset();
    int start = b.position();
    int at = start;
    int end = b.limit();
    while (at < end) {
      int r = in.read(a, off + at, end - at);
      if (r < 0) {
        if (eofOk && at == start) {
          return false;
        }
        throw new DecodeException(
            "truncated message: stream ended after " + (at - start) + " of " + (end - start)
                + " expected bytes",
            new EOFException());
      }
      at += r;
    }
    b.position(end);
    return true;
  }

  private static void checkCount(long count) {
    if (count >= ReaderOptions.MAX_SEGMENTS) {
      throw new DecodeException("message has too many segments: " + count + " (at most "
          + (ReaderOptions.MAX_SEGMENTS - 1) + ")");
    }
  }

  /** An unsigned little-endian u32, whatever the buffer's byte order. */
  private static long readU32(ByteBuffer b, int at) {
    int v = b.getInt(at);
    return Integer.toUnsignedLong(
        b.order() == java.nio.ByteOrder.LITTLE_ENDIAN ? v : Integer.reverseBytes(v));
  }

  // ---- writing ----

  /**
   * The exact number of bytes {@link #write(MessageBuilder, ByteBuffer)} will write.
   *
   * @param m the message to frame
   * @return the framed size in bytes
   */
  public static long serializedSize(MessageBuilder m) {
    return tableBytes(m.segmentCount()) + m.sizeInWords() * 8;
  }

  /**
   * Writes {@code m} framed at {@code dst}'s position and advances it.
   *
   * @param m the message to frame
   * @param dst where the bytes go, from its position
   * @throws IllegalArgumentException when {@code dst} has less room than {@link #serializedSize}
   */
  public static void write(MessageBuilder m, ByteBuffer dst) {
    long size = serializedSize(m);
    if (dst.remaining() < size) {
      throw new IllegalArgumentException(
          "destination has " + dst.remaining() + " bytes, message needs " + size);
    }
    int n = m.segmentCount();
    int at = dst.position();
    putTable(m, dst, at, n);
    at += tableBytes(n);
    for (int i = 0; i < n; i++) {
      int bytes = m.usedBytes(i);
      dst.put(at, m.buffer(i), 0, bytes);
      at += bytes;
    }
    dst.position(at);
  }

  /**
   * Writes {@code m} framed to {@code out}, gathering the table and the segments in place.
   *
   * @param m the message to frame
   * @param out where the bytes go
   * @throws IOException when the underlying stream or channel fails
   */
  public static void write(MessageBuilder m, GatheringByteChannel out) throws IOException {
    int n = m.segmentCount();
    ByteBuffer table = m.header(tableBytes(n));
    putTable(m, table, 0, n);
    table.limit(tableBytes(n));
    ByteBuffer[] parts = m.gather(n + 1);
    parts[0] = table;
    for (int i = 0; i < n; i++) {
      parts[i + 1] = m.writeView(i);
    }
    long remaining = serializedSize(m);
    while (remaining > 0) {
      remaining -= out.write(parts, 0, n + 1);
    }
  }

  /**
   * Writes {@code m} framed to {@code out}.
   *
   * @param m the message to frame
   * @param out where the bytes go
   * @throws IOException when the underlying stream or channel fails
   */
  public static void write(MessageBuilder m, OutputStream out) throws IOException {
    int n = m.segmentCount();
    ByteBuffer table = m.header(tableBytes(n));
    putTable(m, table, 0, n);
    out.write(table.array(), table.arrayOffset(), tableBytes(n));
    for (int i = 0; i < n; i++) {
      ByteBuffer seg = m.buffer(i);
      int bytes = m.usedBytes(i);
      if (seg.hasArray()) {
        out.write(seg.array(), seg.arrayOffset(), bytes);
      } else {
        byte[] chunk = new byte[Math.min(bytes, 8192)];
        for (int at = 0; at < bytes; at += chunk.length) {
          int k = Math.min(chunk.length, bytes - at);
          seg.get(at, chunk, 0, k);
          out.write(chunk, 0, k);
        }
      }
    }
  }

  /**
   * Writes {@code m}'s single segment without a table (the flat form) at {@code dst}'s position.
   *
   * @param m the single-segment message to write
   * @param dst where the bytes go, from its position
   * @throws IllegalStateException when the message has more than one segment
   */
  public static void writeFlat(MessageBuilder m, ByteBuffer dst) {
    if (m.segmentCount() != 1) {
      throw new IllegalStateException("a flat message has one segment; this one has "
          + m.segmentCount() + " (use a larger first segment)");
    }
    int bytes = m.usedBytes(0);
    if (dst.remaining() < bytes) {
      throw new IllegalArgumentException(
          "destination has " + dst.remaining() + " bytes, message needs " + bytes);
    }
    dst.put(dst.position(), m.buffer(0), 0, bytes);
    dst.position(dst.position() + bytes);
  }

  private static void putTable(MessageBuilder m, ByteBuffer dst, int at, int n) {
    putU32(dst, at, n - 1);
    for (int i = 0; i < n; i++) {
      putU32(dst, at + 4 + 4 * i, m.usedBytes(i) >>> 3);
    }
    if ((n & 1) == 0) {
      putU32(dst, at + 4 + 4 * n, 0);
    }
  }

  private static void putU32(ByteBuffer b, int at, int v) {
    b.putInt(at, b.order() == java.nio.ByteOrder.LITTLE_ENDIAN ? v : Integer.reverseBytes(v));
  }
}
