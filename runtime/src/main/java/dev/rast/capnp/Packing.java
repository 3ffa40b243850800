package dev.rast.capnp;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Cap'n Proto's packed encoding, buffer to buffer, byte-identical to the C++ implementation.
 *
 * <p>Messages are mostly zero bytes (pointers, padding, small integers); packing removes them
 * cheaply without a general-purpose compressor. Every 8-byte word becomes a tag byte whose bit
 * {@code i} says whether byte {@code i} of the word is non-zero, followed by the non-zero bytes.
 * Two tags carry a count byte to make long runs cheap:
 * <ul>
 *   <li>{@code 0x00} (an all-zero word) is followed by the number of further all-zero words (at
 *       most 255), which take no other space;
 *   <li>{@code 0xff} (a word without zero bytes) is followed by its 8 bytes, then a count {@code N}
 *       (at most 255) and {@code N} words copied verbatim. The packer extends the run while the
 *       next word has fewer than two zero bytes, the point below which tagging would not save
 *       space.
 * </ul>
 *
 * <p><b>Runs end at every call.</b> capnp's C++ writer packs the segment table and each segment
 * with separate writes, and its runs never span two writes. To reproduce its bytes for a
 * multi-segment message, call {@link #pack} once per piece (table, then each segment) into the
 * same {@code dst}; packing the whole framed stream in one call gives a different, equally valid
 * encoding whenever a run would cross a piece boundary.
 *
 * <p>Buffers may have any byte order, be heap or direct, and have any position and limit. Only
 * the bytes between position and limit are touched, through absolute accesses, so nothing is
 * allocated; positions move only when a call succeeds. {@code src} and {@code dst} must not
 * share memory. The class is stateless and thread-safe; the buffers passed in are not.
 *
 * <p>When both buffers are heap buffers (not read-only), the work goes through their arrays: a
 * word is read as one {@code long}, a tagged word's non-zero bytes are stored (or spread back)
 * without a branch per byte, and runs are bulk copies and fills. Packing may then write one zero
 * byte just past its output (inside {@code dst}'s limit). Other buffers take the same steps
 * through the buffers' absolute accessors.
 */
public final class Packing {
  /** The largest count a run's count byte can hold, in words after the tag's own word. */
  static final int MAX_RUN_WORDS = 255;

  /** Words of a heap array in memory order (byte {@code i} at bits {@code 8i}), whatever the buffer's order. */
  private static final VarHandle WORD =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private Packing() {}

  /**
   * Returns the most bytes that packing {@code unpackedBytes} bytes can produce, so callers can
   * size a destination once without scanning the input.
   *
   * <p>The bound is exact (some input reaches it): {@code 0} for no input, otherwise
   * {@code 8n + ceil(n / 2) + 1} for {@code n} words. The worst input alternates a word without
   * zero bytes (tag, 8 bytes and a run count: 10 bytes) with a word with exactly two zero bytes
   * (7 bytes, ending the run), and ends with a word with exactly one zero byte that the last run
   * absorbs (8 bytes).
   *
   * @param unpackedBytes the input size in bytes, a multiple of 8
   * @return the worst-case packed size in bytes
   * @throws IllegalArgumentException if {@code unpackedBytes} is negative, not a multiple of 8, or
   *     so large that the bound does not fit in an {@code int}
   */
  public static int maxPackedSize(int unpackedBytes) {
    checkWholeWords(unpackedBytes, "unpackedBytes");
    long bound = maxPackedSizeOfWords(unpackedBytes >>> 3);
    if (bound > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "unpackedBytes = " + unpackedBytes + " may pack to " + bound + " bytes, beyond an int");
    }
    return (int) bound;
  }

  /**
   * Returns the exact number of bytes {@link #pack} writes for the remaining bytes of {@code src},
   * for callers that want a destination of exactly the right size. Does not move any position.
   *
   * @param src the unpacked bytes, from its position to its limit
   * @return the packed size in bytes
   * @throws IllegalArgumentException if {@code src.remaining()} is not a multiple of 8, or the
   *     packed size does not fit in an {@code int}
   */
  public static int packedSize(ByteBuffer src) {
    checkWholeWords(src.remaining(), "src.remaining()");
    int s = src.position();
    int end = src.limit();
    long size = 0;
    while (s < end) {
      // Counting needs no byte order: only which bytes are zero matters.
      long word = src.getLong(s);
      s += 8;
      int nonZero = Integer.bitCount(tag(word));
      size += 1 + nonZero;
      if (nonZero == 0) {
        int run = zeroRun(src, s, end);
        size += 1;
        s += run << 3;
      } else if (nonZero == 8) {
        int run = literalRun(src, s, end);
        size += 1 + (run << 3);
        s += run << 3;
      }
    }
    if (size > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("packed size " + size + " does not fit in an int");
    }
    return (int) size;
  }

  /**
   * Packs the remaining bytes of {@code src} into {@code dst} and advances both positions.
   *
   * <p>{@code dst} needs {@link #packedSize} bytes remaining; {@link #maxPackedSize} always
   * suffices and is checked without scanning, so only a tighter destination costs an extra pass.
   * The check happens before anything is written.
   *
   * @param src the unpacked bytes, from its position to its limit
   * @param dst where the packed bytes go, from its position
   * @return the number of bytes written
   * @throws IllegalArgumentException if {@code src.remaining()} is not a multiple of 8, if
   *     {@code src} and {@code dst} are the same buffer, or if {@code dst} is too small (the
   *     message says how many bytes are needed)
   */
  public static int pack(ByteBuffer src, ByteBuffer dst) {
    int length = src.remaining();
    checkWholeWords(length, "src.remaining()");
    if (src == dst) {
      throw new IllegalArgumentException("src and dst must be different buffers");
    }
    int room = dst.remaining();
    if (room < maxPackedSizeOfWords(length >>> 3)) {
      int needed = packedSize(src);
      if (room < needed) {
        throw new IllegalArgumentException(
            "dst has " + room + " bytes remaining, packing needs " + needed);
      }
    }
    int s = src.position();
    int end = src.limit();
    int start = dst.position();
    int d;
    if (src.hasArray() && dst.hasArray()) {
      int srcOff = src.arrayOffset();
      int dstOff = dst.arrayOffset();
      d = packArray(
              src.array(),
              srcOff + s,
              srcOff + end,
              dst.array(),
              dstOff + start,
              dstOff + dst.limit())
          - dstOff;
    } else {
      d = packBuffer(src, s, end, dst, start);
    }
    src.position(end);
    dst.position(d);
    return d - start;
  }

  /**
   * {@link #pack} between heap arrays (absolute array indices; the room was checked): words are
   * read whole and a tagged word's non-zero bytes are stored without a branch per byte, so the
   * cost does not depend on how the zero bytes fall. Returns the array index after the output.
   */
  private static int packArray(byte[] src, int s, int end, byte[] dst, int d, int dstEnd) {
    while (s < end) {
      long word = (long) WORD.get(src, s);
      s += 8;
      int tag = tag(word);
      dst[d++] = (byte) tag;
      if (tag == 0) {
        int run = 0;
        while (run < MAX_RUN_WORDS && s < end && (long) WORD.get(src, s) == 0) {
          run++;
          s += 8;
        }
        dst[d++] = (byte) run;
      } else if (tag == 0xFF) {
        WORD.set(dst, d, word);
        d += 8;
        int run = 0;
        while (run < MAX_RUN_WORDS
            && s + (run << 3) < end
            && extendsLiteralRun((long) WORD.get(src, s + (run << 3)))) {
          run++;
        }
        int bytes = run << 3;
        dst[d++] = (byte) run;
        System.arraycopy(src, s, dst, d, bytes);
        d += bytes;
        s += bytes;
      } else if (dstEnd - d > 8) {
        // Store every byte and advance past the non-zero ones: a zero byte is overwritten by the
        // next byte, and at most one zero byte lands just past the output (still before dstEnd).
        for (int k = 0; k < 64; k += 8) {
          byte b = (byte) (word >>> k);
          dst[d] = b;
          d += (b | -b) >>> 31;
        }
      } else {
        for (int t = tag; t != 0; t &= t - 1) {
          dst[d++] = (byte) (word >>> (Integer.numberOfTrailingZeros(t) << 3));
        }
      }
    }
    return d;
  }

  /** {@link #pack} through the buffers' absolute accessors (direct buffers). Returns dst's index after the output. */
  private static int packBuffer(ByteBuffer src, int s, int end, ByteBuffer dst, int d) {
    boolean srcBigEndian = src.order() == ByteOrder.BIG_ENDIAN;
    boolean swap = src.order() != dst.order();
    while (s < end) {
      long raw = src.getLong(s);
      long word = srcBigEndian ? Long.reverseBytes(raw) : raw;
      s += 8;
      int tag = tag(word);
      dst.put(d++, (byte) tag);
      if (tag == 0) {
        int run = zeroRun(src, s, end);
        dst.put(d++, (byte) run);
        s += run << 3;
      } else if (tag == 0xFF) {
        // The word goes out verbatim, in memory order: copy it as a long in dst's order.
        dst.putLong(d, swap ? Long.reverseBytes(raw) : raw);
        d += 8;
        int run = literalRun(src, s, end);
        int bytes = run << 3;
        dst.put(d++, (byte) run);
        dst.put(d, src, s, bytes);
        d += bytes;
        s += bytes;
      } else {
        // Only the non-zero bytes, in order: one step per set bit of the tag.
        for (int t = tag; t != 0; t &= t - 1) {
          dst.put(d++, (byte) (word >>> (Integer.numberOfTrailingZeros(t) << 3)));
        }
      }
    }
    return d;
  }

  /**
   * Returns the exact number of bytes {@link #unpack} produces from the remaining bytes of
   * {@code src}, so that a reader can check it against its limits before allocating anything.
   * Does not move the position. Offsets in error messages count from {@code src.position()}.
   *
   * @param src the packed bytes, from its position to its limit
   * @return the unpacked size in bytes
   * @throws DecodeException if the input is truncated: a tag without all of its bytes, a run tag
   *     without its count, or a literal run that goes past the end
   */
  public static long unpackedSize(ByteBuffer src) {
    int start = src.position();
    int end = src.limit();
    int i = start;
    long size = 0;
    while (i < end) {
      int tagAt = i;
      int tag = src.get(i++) & 0xFF;
      int nonZero = Integer.bitCount(tag);
      if (end - i < nonZero) {
        throw truncatedWord(tagAt - start, tag, end - start);
      }
      i += nonZero;
      size += 8;
      if (tag == 0 || tag == 0xFF) {
        if (i == end) {
          throw truncatedCount(tagAt - start, tag, end - start);
        }
        int run = src.get(i++) & 0xFF;
        size += run << 3;
        if (tag == 0xFF) {
          int bytes = run << 3;
          if (end - i < bytes) {
            throw truncatedLiteralRun(tagAt - start, run, i - start, end - start);
          }
          i += bytes;
        }
      }
    }
    return size;
  }

  /**
   * Unpacks all remaining bytes of {@code src} into {@code dst} and advances both positions.
   *
   * <p>On failure neither position moves, but bytes of {@code dst} after its position may have
   * been overwritten. Offsets in error messages count from {@code src.position()}.
   *
   * @param src the packed bytes, from its position to its limit
   * @param dst where the unpacked bytes go, from its position
   * @return the number of bytes written
   * @throws DecodeException if the input is truncated (see {@link #unpackedSize}), or if
   *     {@code dst} is too small (the message says how many bytes are needed)
   * @throws IllegalArgumentException if {@code src} and {@code dst} are the same buffer
   */
  public static int unpack(ByteBuffer src, ByteBuffer dst) {
    if (src == dst) {
      throw new IllegalArgumentException("src and dst must be different buffers");
    }
    int first = dst.position();
    int d;
    if (src.hasArray() && dst.hasArray()) {
      int dstOff = dst.arrayOffset();
      d = unpackArray(src, dst.array(), dstOff + first, dstOff + dst.limit()) - dstOff;
    } else {
      d = unpackBuffer(src, dst);
    }
    src.position(src.limit());
    dst.position(d);
    return d - first;
  }

  /**
   * {@link #unpack} from a heap {@code src} into heap array {@code dst} (absolute indices {@code d}
   * to {@code dstEnd}), with the same checks and messages as {@link #unpackBuffer}: a tagged word's
   * bytes are read as one word and spread without a branch per byte. Returns the array index after
   * the output.
   */
  private static int unpackArray(ByteBuffer srcBuffer, byte[] dst, int d, int dstEnd) {
    byte[] src = srcBuffer.array();
    int base = srcBuffer.arrayOffset() + srcBuffer.position();
    int end = srcBuffer.arrayOffset() + srcBuffer.limit();
    int first = d;
    int i = base;
    while (i < end) {
      int tagAt = i;
      int tag = src[i++] & 0xFF;
      int nonZero = Integer.bitCount(tag);
      if (end - i < nonZero) {
        throw truncatedWord(tagAt - base, tag, end - base);
      }
      if (dstEnd - d < 8) {
        throw destinationTooSmall(srcBuffer, dstEnd - first);
      }
      long word;
      if (tag == 0) {
        word = 0;
      } else if (end - i >= 8) {
        long bytes = (long) WORD.get(src, i);
        if (tag == 0xFF) {
          word = bytes;
        } else {
          // Byte k of the word takes the next input byte when tag bit k is set, else zero.
          word = 0;
          for (int k = 0; k < 8; k++) {
            long bit = (tag >>> k) & 1;
            word |= (bytes & 0xFFL & -bit) << (k << 3);
            bytes >>>= bit << 3;
          }
        }
        i += nonZero;
      } else {
        word = 0;
        for (int t = tag; t != 0; t &= t - 1) {
          word |= (src[i++] & 0xFFL) << (Integer.numberOfTrailingZeros(t) << 3);
        }
      }
      WORD.set(dst, d, word);
      d += 8;
      if (tag == 0 || tag == 0xFF) {
        if (i == end) {
          throw truncatedCount(tagAt - base, tag, end - base);
        }
        int run = src[i++] & 0xFF;
        int bytes = run << 3;
        if (tag == 0xFF && end - i < bytes) {
          throw truncatedLiteralRun(tagAt - base, run, i - base, end - base);
        }
        if (dstEnd - d < bytes) {
          throw destinationTooSmall(srcBuffer, dstEnd - first);
        }
        if (tag == 0) {
          java.util.Arrays.fill(dst, d, d + bytes, (byte) 0);
        } else {
          System.arraycopy(src, i, dst, d, bytes);
          i += bytes;
        }
        d += bytes;
      }
    }
    return d;
  }

  /** {@link #unpack} through the buffers' absolute accessors (direct buffers). Returns dst's index after the output. */
  private static int unpackBuffer(ByteBuffer src, ByteBuffer dst) {
    boolean dstBigEndian = dst.order() == ByteOrder.BIG_ENDIAN;
    boolean srcBigEndian = src.order() == ByteOrder.BIG_ENDIAN;
    int start = src.position();
    int end = src.limit();
    int i = start;
    int first = dst.position();
    int d = first;
    int dstEnd = dst.limit();
    while (i < end) {
      int tagAt = i;
      int tag = src.get(i++) & 0xFF;
      int nonZero = Integer.bitCount(tag);
      if (end - i < nonZero) {
        throw truncatedWord(tagAt - start, tag, end - start);
      }
      if (dstEnd - d < 8) {
        throw destinationTooSmall(src, dstEnd - first);
      }
      long word;
      if (tag == 0) {
        word = 0;
      } else if (end - i >= 8) {
        // Read 8 bytes at once (only the first nonZero are this word's) and spread them to the
        // tag's set bits, lowest first.
        long raw = src.getLong(i);
        long bytes = srcBigEndian ? Long.reverseBytes(raw) : raw;
        if (tag == 0xFF) {
          word = bytes;
        } else {
          word = 0;
          for (int t = tag; t != 0; t &= t - 1) {
            word |= (bytes & 0xFFL) << (Integer.numberOfTrailingZeros(t) << 3);
            bytes >>>= 8;
          }
        }
        i += nonZero;
      } else {
        word = 0;
        for (int t = tag; t != 0; t &= t - 1) {
          word |= (src.get(i++) & 0xFFL) << (Integer.numberOfTrailingZeros(t) << 3);
        }
      }
      dst.putLong(d, dstBigEndian ? Long.reverseBytes(word) : word);
      d += 8;
      if (tag == 0 || tag == 0xFF) {
        if (i == end) {
          throw truncatedCount(tagAt - start, tag, end - start);
        }
        int run = src.get(i++) & 0xFF;
        int bytes = run << 3;
        if (tag == 0xFF && end - i < bytes) {
          throw truncatedLiteralRun(tagAt - start, run, i - start, end - start);
        }
        if (dstEnd - d < bytes) {
          throw destinationTooSmall(src, dstEnd - first);
        }
        if (tag == 0) {
          for (int z = 0; z < run; z++) {
            dst.putLong(d, 0L);
            d += 8;
          }
        } else {
          dst.put(d, src, i, bytes);
          d += bytes;
          i += bytes;
        }
      }
    }
    return d;
  }

  /** The tag of a word held with byte {@code i} at bits {@code 8i}: bit i set = byte i non-zero. */
  static int tag(long word) {
    // Per byte, the top bit of (low 7 bits + 0x7f) | byte is set iff the byte is non-zero (the
    // addition cannot carry out of a byte). Then gather the 8 top bits into the top byte.
    long low = word & 0x7F7F7F7F7F7F7F7FL;
    long high = ((low + 0x7F7F7F7F7F7F7F7FL) | word) & 0x8080808080808080L;
    return (int) (((high >>> 7) * 0x0102040810204080L) >>> 56);
  }

  /** Whether a word after a {@code 0xff} word joins its literal run: fewer than two zero bytes. */
  static boolean extendsLiteralRun(long word) {
    return Integer.bitCount(tag(word)) >= 7;
  }

  static DecodeException truncatedWord(long tagOffset, int tag, long endOffset) {
    return new DecodeException("packed input truncated: tag " + hex(tag) + " at offset " + tagOffset
        + " needs " + Integer.bitCount(tag) + " non-zero bytes, but the input ends at offset "
        + endOffset);
  }

  static DecodeException truncatedCount(long tagOffset, int tag, long endOffset) {
    return new DecodeException("packed input truncated: tag " + hex(tag) + " at offset " + tagOffset
        + " needs a run count, but the input ends at offset " + endOffset);
  }

  static DecodeException truncatedLiteralRun(
      long tagOffset, int words, long runOffset, long endOffset) {
    return new DecodeException("packed input truncated: tag 0xff at offset " + tagOffset
        + " announces " + words + " literal words (" + (words << 3) + " bytes) from offset "
        + runOffset + ", but the input ends at offset " + endOffset);
  }

  private static DecodeException destinationTooSmall(ByteBuffer src, int room) {
    // Error path only: a second scan gives the caller the size to allocate (or the real defect).
    long needed = unpackedSize(src);
    return new DecodeException("destination too small: the packed input unpacks to " + needed
        + " bytes, but dst has " + room + " bytes remaining");
  }

  private static String hex(int tag) {
    return tag < 0x10 ? "0x0" + Integer.toHexString(tag) : "0x" + Integer.toHexString(tag);
  }

  private static long maxPackedSizeOfWords(long words) {
    return words == 0 ? 0 : 8 * words + (words + 1) / 2 + 1;
  }

  private static void checkWholeWords(int bytes, String name) {
    if (bytes < 0 || (bytes & 7) != 0) {
      throw new IllegalArgumentException(
          name + " = " + bytes + ", must be a non-negative multiple of 8 (whole words)");
    }
  }

  /** Counts the all-zero words from {@code s}, up to what a count byte holds. */
  private static int zeroRun(ByteBuffer src, int s, int end) {
    int run = 0;
    while (run < MAX_RUN_WORDS && s < end && src.getLong(s) == 0) {
      run++;
      s += 8;
    }
    return run;
  }

  /** Counts the words from {@code s} that a literal run takes, up to what a count byte holds. */
  private static int literalRun(ByteBuffer src, int s, int end) {
    int run = 0;
    while (run < MAX_RUN_WORDS && s < end && extendsLiteralRun(src.getLong(s))) {
      run++;
      s += 8;
    }
    return run;
  }
}
