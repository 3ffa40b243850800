package dev.rast.capnp.text;

/**
 * Formats integers and raw enum values the way {@code capnp} 0.9.2 prints them: plain decimal,
 * a leading {@code -} for negative signed values, the full range for UInt64, and {@code (N)} for
 * an enum value the schema does not name.
 *
 * <p>Stateless and thread-safe. Allocates nothing beyond growing {@code out}.
 */
public final class IntegerFormat {
  private IntegerFormat() {}

  /**
   * Appends a signed integer (Int8 to Int64, or UInt8 to UInt32 widened without sign extension).
   *
   * @param out the builder to append to
   * @param value the value to print
   */
  public static void appendInt64(StringBuilder out, long value) {
    out.append(value);
  }

  /**
   * Appends a UInt64 held in a {@code long}: the bits are read as unsigned, so {@code -1} prints
   * as {@code 18446744073709551615}.
   *
   * @param out the builder to append to
   * @param value the value's 64 bits
   */
  public static void appendUInt64(StringBuilder out, long value) {
    if (value >= 0) {
      out.append(value);
      return;
    }
    // Unsigned division by 10 without allocating: halve first (now a positive long), then
    // divide by 5; the remainder is exact because the product is formed in wrapping arithmetic.
    long quotient = (value >>> 1) / 5;
    long remainder = value - quotient * 10;
    out.append(quotient).append((char) ('0' + remainder));
  }

  /**
   * Appends an enum value that has no enumerant in the schema, as {@code (N)}.
   *
   * @param out the builder to append to
   * @param raw the raw 16-bit value read from the message, 0 to 65535
   * @throws IllegalArgumentException if {@code raw} is outside 0 to 65535
   */
  public static void appendUnknownEnum(StringBuilder out, int raw) {
    if (raw < 0 || raw > 0xFFFF) {
      throw new IllegalArgumentException("raw enum value out of range [0, 65535]: " + raw);
    }
    out.append('(').append(raw).append(')');
  }
}
