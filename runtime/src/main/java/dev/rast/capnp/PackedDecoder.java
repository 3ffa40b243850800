package dev.rast.capnp;

import java.io.IOException;
import java.util.Arrays;
import java.util.Objects;

/**
 * The incremental unpacker behind {@link PackedInputStream} and {@link PackedReadableChannel}:
 * one state machine for both, with the byte source left to the subclass.
 *
 * <p>Decoding is lazy: a call reads from the source only when it has produced nothing yet, so a
 * caller receives every byte that is already decodable before the source is asked to block, and
 * a truncation is reported only after the bytes before it were delivered. Offsets in error
 * messages count packed bytes from the start of the source. Not thread-safe.
 */
abstract class PackedDecoder {
  private static final int END = -1;
  private static final int NOT_READY = 0;
  private static final int DECODED = 1;

  /** Packed bytes read from the source; {@code input[inputPos, inputLimit)} is not decoded yet. */
  private final byte[] input;

  private int inputPos;
  private int inputLimit;
  /** Source offset of {@code input[0]}. */
  private long inputBase;

  private boolean sourceEnded;

  /** The decoded word being handed out, byte {@code i} at bits {@code 8i}. */
  private long word;
  /** Bytes of {@code word} not handed out yet; they are its last {@code wordLeft} bytes. */
  private int wordLeft;
  /** Zero bytes of a {@code 0x00} run not handed out yet. */
  private int zerosLeft;
  /** Bytes of a {@code 0xff} literal run not copied out yet. */
  private int literalLeft;

  private long literalTagOffset;
  private long literalRunOffset;
  private int literalWords;

  /**
   * @param input the packed-input buffer, used by {@link #readSource}; at least 10 bytes so that
   *     any tag with its bytes and count fits
   */
  PackedDecoder(byte[] input) {
    if (input.length < 10) {
      throw new IllegalArgumentException("input buffer of " + input.length + " bytes, need 10");
    }
    this.input = input;
  }

  /**
   * Reads packed bytes from the source into {@code b[off, off + len)}, {@code len > 0}, like
   * {@link java.io.InputStream#read(byte[], int, int)}: the count read, or -1 at its end; 0 means
   * nothing is available now (a non-blocking channel).
   */
  abstract int readSource(byte[] b, int off, int len) throws IOException;

  /**
   * Unpacks up to {@code len} bytes into {@code b[off, off + len)}.
   *
   * @return the number of bytes unpacked; -1 if the source ended cleanly after a complete tag
   *     and nothing is left; 0 only if {@code len == 0} or the source had nothing available
   * @throws DecodeException if the source ends inside a tag's encoding or a literal run
   */
  final int read(byte[] b, int off, int len) throws IOException {
    Objects.checkFromIndexSize(off, len, b.length);
    int n = 0;
    while (n < len) {
      if (wordLeft > 0) {
        n += copyWord(b, off + n, len - n);
      } else if (zerosLeft > 0) {
        int k = Math.min(zerosLeft, len - n);
        Arrays.fill(b, off + n, off + n + k, (byte) 0);
        zerosLeft -= k;
        n += k;
      } else if (literalLeft > 0) {
        if (inputPos == inputLimit) {
          if (n > 0 || !fill(1)) {
            if (n == 0 && sourceEnded) {
              throw Packing.truncatedLiteralRun(
                  literalTagOffset, literalWords, literalRunOffset, inputBase + inputLimit);
            }
            break;
          }
        }
        int k = Math.min(Math.min(literalLeft, len - n), inputLimit - inputPos);
        System.arraycopy(input, inputPos, b, off + n, k);
        inputPos += k;
        literalLeft -= k;
        n += k;
      } else {
        int status = nextTag(n == 0);
        if (status == END) {
          return n == 0 ? -1 : n;
        }
        if (status == NOT_READY) {
          break;
        }
      }
    }
    return n;
  }

  /**
   * Unpacked bytes that {@link #read} can return without reading the source: the rest of the
   * current word, run or (if nothing is pending) the next tag, when it is buffered complete.
   */
  final int available() throws IOException {
    if (wordLeft == 0 && zerosLeft == 0 && literalLeft == 0) {
      nextTag(false);
    }
    // At most 8 + 2 * 2040 bytes: one word and one run.
    return wordLeft + zerosLeft + Math.min(literalLeft, inputLimit - inputPos);
  }

  /** Decodes the next tag with its bytes and count; reads the source only if {@code mayRead}. */
  private int nextTag(boolean mayRead) throws IOException {
    if (inputPos == inputLimit && !(mayRead && fill(1))) {
      return sourceEnded && inputPos == inputLimit ? END : NOT_READY;
    }
    int tag = input[inputPos] & 0xFF;
    int nonZero = Integer.bitCount(tag);
    boolean hasCount = tag == 0 || tag == 0xFF;
    int needed = 1 + nonZero + (hasCount ? 1 : 0);
    if (inputLimit - inputPos < needed && !(mayRead && fill(needed))) {
      if (mayRead && sourceEnded) {
        long tagOffset = inputBase + inputPos;
        long endOffset = inputBase + inputLimit;
        if (inputLimit - inputPos < 1 + nonZero) {
          throw Packing.truncatedWord(tagOffset, tag, endOffset);
        }
        throw Packing.truncatedCount(tagOffset, tag, endOffset);
      }
      return NOT_READY;
    }
    long tagOffset = inputBase + inputPos;
    int i = inputPos + 1;
    long decoded = 0;
    for (int bit = 0; bit < 8; bit++) {
      if ((tag & (1 << bit)) != 0) {
        decoded |= (input[i++] & 0xFFL) << (bit << 3);
      }
    }
    word = decoded;
    wordLeft = 8;
    if (hasCount) {
      int run = input[i++] & 0xFF;
      if (tag == 0) {
        zerosLeft = run << 3;
      } else {
        literalLeft = run << 3;
        literalWords = run;
        literalTagOffset = tagOffset;
        literalRunOffset = inputBase + i;
      }
    }
    inputPos = i;
    return DECODED;
  }

  private int copyWord(byte[] b, int off, int len) {
    int k = Math.min(wordLeft, len);
    int first = 8 - wordLeft;
    for (int j = 0; j < k; j++) {
      b[off + j] = (byte) (word >>> ((first + j) << 3));
    }
    wordLeft -= k;
    return k;
  }

  /**
   * Reads until at least {@code needed} undecoded bytes are buffered. Returns false if the source
   * ended or had nothing available first.
   */
  private boolean fill(int needed) throws IOException {
    if (inputPos == inputLimit || input.length - inputPos < needed) {
      // Move the undecoded bytes to the front so that a whole tag fits behind them.
      int kept = inputLimit - inputPos;
      System.arraycopy(input, inputPos, input, 0, kept);
      inputBase += inputPos;
      inputPos = 0;
      inputLimit = kept;
    }
    while (inputLimit - inputPos < needed) {
      if (sourceEnded) {
        return false;
      }
      int r = readSource(input, inputLimit, input.length - inputLimit);
      if (r < 0) {
        sourceEnded = true;
        return false;
      }
      if (r == 0) {
        return false;
      }
      inputLimit += r;
    }
    return true;
  }
}
