package dev.rast.capnp.text;

import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * Formats Text and Data values as quoted, C-escaped literals, the way {@code capnp} 0.9.2 prints
 * them.
 *
 * <p>Both kinds escape {@code \a \b \f \n \r \t \v \' \" \\}, and every other byte below 0x20
 * and 0x7f as three octal digits ({@code \000}, {@code \177}). They differ above 0x7f: Text copies
 * those bytes (UTF-8) unchanged, Data escapes them in octal too ({@code \200}, {@code \377}).
 *
 * <p>Malformed UTF-8 in Text: the tool copies the raw bytes, which a Java {@code String} cannot
 * hold. They are replaced by U+FFFD exactly as the JDK's decoder ({@code new String(bytes,
 * UTF_8)}) replaces them in the tool's output, so the result equals that output decoded as UTF-8.
 * Widths returned by these methods still count the tool's raw bytes.
 *
 * <p>Stateless and thread-safe. Allocates nothing beyond growing {@code out}; the buffer's
 * position and limit are not touched (absolute reads only).
 */
public final class BlobFormat {
  private static final char REPLACEMENT = '\uFFFD';

  private BlobFormat() {}

  /**
   * Appends the bytes {@code [offset, offset + length)} of {@code bytes} as a quoted Text literal.
   *
   * @param out the builder to append to
   * @param bytes the buffer holding the text (without its NUL terminator)
   * @param offset absolute index of the first byte
   * @param length number of bytes
   * @return the number of bytes {@code capnp} writes for this literal, quotes included (the width
   *     its line-breaking rule measures)
   * @throws IndexOutOfBoundsException if the range is not within {@code bytes}' limit
   */
  public static int appendText(StringBuilder out, ByteBuffer bytes, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, bytes.limit());
    out.append('"');
    int width = 2;
    int end = offset + length;
    int i = offset;
    while (i < end) {
      int b = bytes.get(i) & 0xFF;
      if (b < 0x80) {
        width += appendAscii(out, b);
        i++;
      } else {
        int next = appendNonAscii(out, bytes, i, end);
        width += next - i;
        i = next;
      }
    }
    out.append('"');
    return width;
  }

  /**
   * Appends the bytes {@code [offset, offset + length)} of {@code bytes} as a quoted Data literal.
   *
   * @param out the builder to append to
   * @param bytes the buffer holding the data
   * @param offset absolute index of the first byte
   * @param length number of bytes
   * @return the number of characters appended (all ASCII, so also the tool's width in bytes)
   * @throws IndexOutOfBoundsException if the range is not within {@code bytes}' limit
   */
  public static int appendData(StringBuilder out, ByteBuffer bytes, int offset, int length) {
    Objects.checkFromIndexSize(offset, length, bytes.limit());
    out.append('"');
    int width = 2;
    for (int i = offset, end = offset + length; i < end; i++) {
      int b = bytes.get(i) & 0xFF;
      if (b < 0x80) {
        width += appendAscii(out, b);
      } else {
        appendOctal(out, b);
        width += 4;
      }
    }
    out.append('"');
    return width;
  }

  /** Appends one byte below 0x80, escaped if needed; returns the number of chars appended. */
  private static int appendAscii(StringBuilder out, int b) {
    char escape;
    switch (b) {
      case 0x07:
        escape = 'a';
        break;
      case 0x08:
        escape = 'b';
        break;
      case 0x09:
        escape = 't';
        break;
      case 0x0A:
        escape = 'n';
        break;
      case 0x0B:
        escape = 'v';
        break;
      case 0x0C:
        escape = 'f';
        break;
      case 0x0D:
        escape = 'r';
        break;
      case '\'':
        escape = '\'';
        break;
      case '"':
        escape = '"';
        break;
      case '\\':
        escape = '\\';
        break;
      default:
        if (b < 0x20 || b == 0x7F) {
          appendOctal(out, b);
          return 4;
        }
        out.append((char) b);
        return 1;
    }
    out.append('\\').append(escape);
    return 2;
  }

  /** Appends {@code \ooo}, the three-digit octal escape of one byte. */
  private static void appendOctal(StringBuilder out, int b) {
    out.append('\\')
        .append((char) ('0' + (b >> 6)))
        .append((char) ('0' + ((b >> 3) & 7)))
        .append((char) ('0' + (b & 7)));
  }

  /**
   * Decodes the UTF-8 sequence whose lead byte (at {@code start}) is 0x80 or above, appends its
   * character(s) or one U+FFFD, and returns the index after the bytes consumed.
   *
   * <p>Ill-formed input is replaced exactly as the JDK's UTF-8 decoder does it (which is not
   * always Unicode's "maximal subpart"): a bad lead byte, or a bad first continuation byte,
   * consumes one byte; a bad later continuation byte ends the replaced run just before it; a
   * well-formed three-byte encoding of a surrogate consumes all three bytes. Bytes past
   * {@code end} read as ASCII: in the tool's output the literal's closing quote follows.
   */
  private static int appendNonAscii(StringBuilder out, ByteBuffer bytes, int start, int end) {
    int b1 = bytes.get(start) & 0xFF;
    int b2 = byteAt(bytes, start + 1, end);
    if (b1 >= 0xC2 && b1 <= 0xDF) {
      if (!isContinuation(b2)) {
        return replace(out, start + 1);
      }
      out.append((char) (((b1 & 0x1F) << 6) | (b2 & 0x3F)));
      return start + 2;
    }
    if (b1 >= 0xE0 && b1 <= 0xEF) {
      // E0 80..9F would be overlong.
      if (!isContinuation(b2) || (b1 == 0xE0 && b2 < 0xA0)) {
        return replace(out, start + 1);
      }
      int b3 = byteAt(bytes, start + 2, end);
      if (!isContinuation(b3)) {
        return replace(out, start + 2);
      }
      char c = (char) (((b1 & 0x0F) << 12) | ((b2 & 0x3F) << 6) | (b3 & 0x3F));
      out.append(Character.isSurrogate(c) ? REPLACEMENT : c);
      return start + 3;
    }
    if (b1 >= 0xF0 && b1 <= 0xF4) {
      // F0 80..8F would be overlong, F4 90..BF above U+10FFFF.
      if (!isContinuation(b2) || (b1 == 0xF0 && b2 < 0x90) || (b1 == 0xF4 && b2 > 0x8F)) {
        return replace(out, start + 1);
      }
      int b3 = byteAt(bytes, start + 2, end);
      if (!isContinuation(b3)) {
        return replace(out, start + 2);
      }
      int b4 = byteAt(bytes, start + 3, end);
      if (!isContinuation(b4)) {
        return replace(out, start + 3);
      }
      int codePoint = ((b1 & 0x07) << 18) | ((b2 & 0x3F) << 12) | ((b3 & 0x3F) << 6) | (b4 & 0x3F);
      out.append(Character.highSurrogate(codePoint)).append(Character.lowSurrogate(codePoint));
      return start + 4;
    }
    // A continuation byte without a lead, C0/C1 (overlong), or F5..FF (beyond U+10FFFF).
    return replace(out, start + 1);
  }

  /** Appends U+FFFD for a replaced run and returns {@code next}, the index after the run. */
  private static int replace(StringBuilder out, int next) {
    out.append(REPLACEMENT);
    return next;
  }

  /** The unsigned byte at {@code index}, or 0 (an ASCII stand-in) at or past {@code end}. */
  private static int byteAt(ByteBuffer bytes, int index, int end) {
    return index < end ? bytes.get(index) & 0xFF : 0;
  }

  private static boolean isContinuation(int b) {
    return (b & 0xC0) == 0x80;
  }
}
