package dev.rast.capnp.text;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The scalar inputs of the golden files: hand-picked edge cases plus seeded random ones. The
 * seeds are fixed, so the list is stable and the golden files can be checked against the tool.
 */
final class ScalarSamples {
  static final long SEED = 0x7e57_f10a_7000_0001L;
  static final int RANDOM_FLOATS = 3000;
  static final int RANDOM_BLOBS = 300;

  private ScalarSamples() {}

  /** Float32 bit patterns: edge cases first, then random ones, no duplicates. */
  static int[] float32Bits() {
    Set<Integer> bits = new LinkedHashSet<>();
    float[] edges = {
      0f,
      -0f,
      1f,
      -1f,
      Float.MIN_VALUE,
      -Float.MIN_VALUE,
      Float.MIN_NORMAL,
      Float.MAX_VALUE,
      Float.POSITIVE_INFINITY,
      Float.NEGATIVE_INFINITY,
      Float.NaN,
      1f / 3,
      16777216f,
      1e-5f,
      123456789f,
      1234.5f,
      -1.25e-10f,
      1e37f,
      -1e37f,
      1e-37f,
      5555.5f,
      1234567f,
      0.1f,
      0.5f,
      1e-4f,
      1e-5f,
      9.99999e-5f,
      999999.5f,
      999999f,
      1e6f,
      100000f,
      1234565f,
      1234575f,
      2e30f,
      4e30f,
      123f,
      1.5f,
      3.14159265f,
      2.7182817f,
      65504f,
      1e-45f,
      1e38f,
      8388608f,
      8388607.5f,
      1234567.25f,
      1234567.75f,
      1234566.25f,
      1234568.25f,
      123456.5f,
      0.125f,
      1.17549435e-38f
    };
    for (float f : edges) {
      int b = Float.floatToRawIntBits(f);
      bits.add(b);
      bits.add(b + 1);
      bits.add(b - 1);
    }
    bits.add(0x7fc00001); // NaN with payload
    bits.add(0xffc00000); // negative NaN
    bits.add(0x7f800001); // signalling NaN
    bits.add(0x007fffff); // largest subnormal
    bits.add(0x00400000);
    bits.add(0x0000ffff);
    for (int e = -45; e <= 38; e++) {
      float p = Float.parseFloat("1e" + e);
      bits.add(Float.floatToRawIntBits(p));
      bits.add(Float.floatToRawIntBits(Math.nextUp(p)));
      bits.add(Float.floatToRawIntBits(Math.nextDown(p)));
    }
    SplittableRandom random = new SplittableRandom(SEED);
    while (bits.size() < RANDOM_FLOATS) {
      switch (random.nextInt(4)) {
        case 0: // any bit pattern: all exponents, subnormals, NaNs
          bits.add(random.nextInt());
          break;
        case 1: // short decimals: the 6-digit form usually reads back
          bits.add(Float.floatToRawIntBits((float) (random.nextInt(2_000_000) - 1_000_000) / 1000));
          break;
        case 2: // integers around 7 digits: ties and 8-digit fallbacks
          bits.add(Float.floatToRawIntBits((float) random.nextInt(20_000_000)));
          break;
        default: // moderate magnitudes with full mantissas
          bits.add(Float.floatToRawIntBits(
              (float) (random.nextDouble() * Math.pow(10, random.nextInt(-12, 12)))));
          break;
      }
    }
    return toIntArray(bits);
  }

  /** Float64 bit patterns: edge cases first, then random ones, no duplicates. */
  static long[] float64Bits() {
    Set<Long> bits = new LinkedHashSet<>();
    double[] edges = {
      0d,
      -0d,
      1d,
      -1d,
      Double.MIN_VALUE,
      -Double.MIN_VALUE,
      Double.MIN_NORMAL,
      Double.MAX_VALUE,
      Double.POSITIVE_INFINITY,
      Double.NEGATIVE_INFINITY,
      Double.NaN,
      1d / 3,
      0.1 + 0.2,
      1e21,
      1e-7,
      123456789012345678d,
      -1.23e47,
      345,
      123456789012345d,
      1e306,
      -1e306,
      1e-306,
      7777.75,
      0.1,
      1e15,
      1e16,
      1e17,
      999999999999999.5,
      1234567890123455d,
      1234567890123465d,
      9007199254740993d,
      1e-4,
      1e-5,
      9.999999999999995e-5,
      2.5e-324,
      1e308,
      1e-300,
      Math.PI,
      Math.E,
      4.35,
      2.675,
      1000000000000000.25,
      1000000000000000.75,
      4503599627370497.5,
      0.125
    };
    for (double d : edges) {
      long b = Double.doubleToRawLongBits(d);
      bits.add(b);
      bits.add(b + 1);
      bits.add(b - 1);
    }
    bits.add(0x7ff8000000000001L);
    bits.add(0xfff8000000000000L);
    bits.add(0x7ff0000000000001L);
    bits.add(0x000fffffffffffffL);
    for (int e = -323; e <= 308; e += 7) {
      double p = Double.parseDouble("1e" + e);
      bits.add(Double.doubleToRawLongBits(p));
      bits.add(Double.doubleToRawLongBits(Math.nextUp(p)));
      bits.add(Double.doubleToRawLongBits(Math.nextDown(p)));
    }
    SplittableRandom random = new SplittableRandom(SEED + 1);
    while (bits.size() < RANDOM_FLOATS) {
      switch (random.nextInt(4)) {
        case 0:
          bits.add(random.nextLong());
          break;
        case 1: // short decimals: the 15-digit form reads back
          bits.add(Double.doubleToRawLongBits(
              (double) (random.nextLong(2_000_000_000L) - 1_000_000_000L) / 1e6));
          break;
        case 2: // integers around 16 digits: ties and 17-digit fallbacks
          bits.add(Double.doubleToRawLongBits((double) random.nextLong(1L << 56)));
          break;
        default: // sums that need 17 digits
          bits.add(Double.doubleToRawLongBits(
              random.nextInt(1000) / 10.0 + random.nextInt(1000) / 100.0));
          break;
      }
    }
    long[] result = new long[bits.size()];
    int i = 0;
    for (long b : bits) {
      result[i++] = b;
    }
    return result;
  }

  /** Byte strings for Text and Data: escapes, valid UTF-8 of each length, malformed UTF-8. */
  static List<byte[]> blobs() {
    List<byte[]> blobs = new ArrayList<>();
    blobs.add(new byte[0]);
    byte[] allBytes = new byte[255];
    for (int i = 1; i <= 255; i++) {
      allBytes[i - 1] = (byte) i;
    }
    blobs.add(allBytes);
    blobs.add(new byte[] {0});
    blobs.add(new byte[] {'a', 0, 'b'});
    String[] strings = {
      "tab\there \"q\" \\ nl\n é \u0001\u007f",
      "?",
      "'",
      "a\u0007\b\f\n\r\t\u000b\\",
      "€",
      "\ud83d\ude00",
      "日本語テキスト",
      "mixé 𝄞 end",
      "x".repeat(30)
    };
    for (String s : strings) {
      blobs.add(s.getBytes(StandardCharsets.UTF_8));
    }
    int[][] malformed = {
      {0x80},
      {0xbf},
      {0xc0, 0xaf},
      {0xc1, 0xbf},
      {0xc2},
      {0xc2, 0x41},
      {0xe0, 0x80, 0x80},
      {0xe0, 0xa0},
      {0xe0, 0xa0, 0x41},
      {0xed, 0xa0, 0x80},
      {0xed, 0x9f, 0xbf},
      {0xef, 0xbf},
      {0xf0, 0x80, 0x80, 0x80},
      {0xf0, 0x90, 0x80},
      {0xf0, 0x90, 0x80, 0x41},
      {0xf4, 0x90, 0x80, 0x80},
      {0xf4, 0x8f, 0xbf, 0xbf},
      {0xf5, 0x80},
      {0xfe},
      {0xff, 0xfe},
      {0xe1, 0x80, 0xe1, 0x80, 0x80},
      {0xc3, 0x0a},
      {0xc3, '"'},
      {0xf1, 0x80, 0x80}
    };
    for (int[] m : malformed) {
      byte[] b = new byte[m.length];
      for (int i = 0; i < m.length; i++) {
        b[i] = (byte) m[i];
      }
      blobs.add(b);
    }
    SplittableRandom random = new SplittableRandom(SEED + 2);
    while (blobs.size() < RANDOM_BLOBS) {
      byte[] b = new byte[random.nextInt(24)];
      for (int i = 0; i < b.length; i++) {
        switch (random.nextInt(4)) {
          case 0:
            b[i] = (byte) random.nextInt(0x20);
            break;
          case 1:
            b[i] = (byte) random.nextInt(0x20, 0x80);
            break;
          case 2:
            b[i] = (byte) random.nextInt(0x80, 0xc0);
            break;
          default:
            b[i] = (byte) random.nextInt(0xc0, 0x100);
            break;
        }
      }
      blobs.add(b);
    }
    return blobs;
  }

  private static int[] toIntArray(Set<Integer> set) {
    int[] result = new int[set.size()];
    int i = 0;
    for (int b : set) {
      result[i++] = b;
    }
    return result;
  }
}
