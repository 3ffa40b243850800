package dev.rast.capnp.text;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Formats Float32 and Float64 values the way {@code capnp} 0.9.2 prints them (kj's
 * {@code FloatToBuffer}/{@code DoubleToBuffer} on glibc).
 *
 * <p>The rule, for finite values: print with C {@code %.6g} (Float32) or {@code %.15g} (Float64);
 * if that text does not read back as the same value, print with {@code %.8g} / {@code %.17g}
 * instead; finally delete the {@code +} of the exponent. Non-finite values print as {@code inf},
 * {@code -inf} and {@code nan} (every NaN alike). Examples: {@code 1e-05}, {@code 1.2345679e08},
 * {@code -0}, {@code 0.33333334}, {@code 16777216}, {@code 0.30000000000000004}.
 *
 * <p>Two details of the C library are reproduced on purpose:
 * <ul>
 *   <li>{@code %g} rounds the exact binary value to the requested digits, ties to even (glibc's
 *       behaviour in the default rounding mode); Java's own {@code %g} and {@code Float.toString}
 *       differ, so the formatting is implemented here.</li>
 *   <li>The Float32 read-back uses {@code strtof}, which sets {@code ERANGE} for every inexact
 *       result below the smallest normal float, and kj treats {@code ERANGE} as failure. A
 *       subnormal Float32 therefore always prints with 8 digits ({@code 5.8774718e-39}, never
 *       {@code 5.87747e-39}). Float64 checks only the value, so subnormal doubles keep 15 digits
 *       when those read back ({@code 4.94065645841247e-324}).</li>
 * </ul>
 *
 * <p>Stateless and thread-safe. Printing is not a hot path: these methods allocate a few
 * temporary objects (exact decimal expansion and a read-back string) per call.
 */
public final class FloatFormat {
  /** Float32 first try: {@code FLT_DIG} significant digits. */
  private static final MathContext FLOAT_SHORT = new MathContext(6, RoundingMode.HALF_EVEN);
  /** Float32 fallback: {@code FLT_DIG + 2} digits, always enough to read back. */
  private static final MathContext FLOAT_LONG = new MathContext(8, RoundingMode.HALF_EVEN);
  /** Float64 first try: {@code DBL_DIG} significant digits. */
  private static final MathContext DOUBLE_SHORT = new MathContext(15, RoundingMode.HALF_EVEN);
  /** Float64 fallback: {@code DBL_DIG + 2} digits, always enough to read back. */
  private static final MathContext DOUBLE_LONG = new MathContext(17, RoundingMode.HALF_EVEN);

  private FloatFormat() {}

  /**
   * Appends {@code value} as {@code capnp} prints a Float32.
   *
   * @param out the builder to append to
   * @param value the value to print
   */
  public static void appendFloat32(StringBuilder out, float value) {
    if (appendNonFinite(out, value)) {
      return;
    }
    int start = out.length();
    appendG(out, value, FLOAT_SHORT);
    boolean subnormal = value != 0.0f && Math.abs(value) < Float.MIN_NORMAL;
    if (subnormal || Float.parseFloat(out.substring(start)) != value) {
      out.setLength(start);
      appendG(out, value, FLOAT_LONG);
    }
  }

  /**
   * Appends {@code value} as {@code capnp} prints a Float64.
   *
   * @param out the builder to append to
   * @param value the value to print
   */
  public static void appendFloat64(StringBuilder out, double value) {
    if (appendNonFinite(out, value)) {
      return;
    }
    int start = out.length();
    appendG(out, value, DOUBLE_SHORT);
    if (Double.parseDouble(out.substring(start)) != value) {
      out.setLength(start);
      appendG(out, value, DOUBLE_LONG);
    }
  }

  /** Appends {@code inf}, {@code -inf} or {@code nan} and returns true, or returns false. */
  private static boolean appendNonFinite(StringBuilder out, double value) {
    if (value != value) {
      out.append("nan");
    } else if (value == Double.POSITIVE_INFINITY) {
      out.append("inf");
    } else if (value == Double.NEGATIVE_INFINITY) {
      out.append("-inf");
    } else {
      return false;
    }
    return true;
  }

  /**
   * Appends a finite value as C {@code %.Pg} would, except that a positive exponent carries no
   * {@code +}. {@code P} is the precision of {@code digits}.
   *
   * <p>C's rule: round to P significant digits; let X be the decimal exponent of the rounded
   * value; use fixed notation with P-1-X decimals when -4 <= X < P, otherwise exponential
   * notation with P-1 decimals and an exponent of at least two digits; then drop trailing zeros
   * of the fraction, and the point if no fraction is left.
   */
  private static void appendG(StringBuilder out, double value, MathContext digits) {
    if (Double.doubleToRawLongBits(value) < 0) {
      out.append('-');
    }
    if (value == 0.0) {
      out.append('0');
      return;
    }
    // new BigDecimal(double) is the exact binary value, so rounding it is correct rounding.
    BigDecimal rounded = new BigDecimal(Math.abs(value)).round(digits);
    BigInteger unscaled = rounded.unscaledValue();
    String significand = unscaled.toString();
    int exponent = significand.length() - 1 - rounded.scale();
    int end = significand.length();
    while (end > 1 && significand.charAt(end - 1) == '0') {
      end--;
    }
    if (exponent < -4 || exponent >= digits.getPrecision()) {
      appendExponential(out, significand, end, exponent);
    } else {
      appendFixed(out, significand, end, exponent);
    }
  }

  /** {@code d.ddde-XX}: significand digits [0, end), exponent of at least two digits. */
  private static void appendExponential(
      StringBuilder out, String significand, int end, int exponent) {
    out.append(significand.charAt(0));
    if (end > 1) {
      out.append('.').append(significand, 1, end);
    }
    out.append('e');
    if (exponent < 0) {
      out.append('-');
    }
    int magnitude = Math.abs(exponent);
    if (magnitude < 10) {
      out.append('0');
    }
    out.append(magnitude);
  }

  /** {@code ddd.ddd} or {@code 0.000ddd}: significand digits [0, end) scaled by 10^exponent. */
  private static void appendFixed(StringBuilder out, String significand, int end, int exponent) {
    if (exponent < 0) {
      out.append("0.");
      for (int i = -1; i > exponent; i--) {
        out.append('0');
      }
      out.append(significand, 0, end);
      return;
    }
    for (int i = 0; i <= exponent; i++) {
      out.append(i < end ? significand.charAt(i) : '0');
    }
    if (end > exponent + 1) {
      out.append('.').append(significand, exponent + 1, end);
    }
  }
}
