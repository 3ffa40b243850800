package dev.rast.capnp.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Table tests of {@link FloatFormat}: the worked examples of CAPNP-NOTES.md and C %g corners. */
class FloatFormatTest {
  private static String float32(float value) {
    StringBuilder out = new StringBuilder("prefix:");
    FloatFormat.appendFloat32(out, value);
    return out.substring("prefix:".length());
  }

  private static String float64(double value) {
    StringBuilder out = new StringBuilder("prefix:");
    FloatFormat.appendFloat64(out, value);
    return out.substring("prefix:".length());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    // CAPNP-NOTES worked examples (bits, text).
    "00000001, 1.4012985e-45",
    "7f7fffff, 3.4028235e38",
    "80000000, -0",
    "3eaaaaab, 0.33333334",
    "4b800000, 16777216",
    "3727c5ac, 1e-05",
    "4ceb79a3, 1.2345679e08",
    "7f800000, inf",
    "ff800000, -inf",
    "7fc00000, nan",
    "ffc00001, nan",
    // pretty.txt values.
    "449a5000, 1234.5",
    "af09705f, -1.25e-10",
    "7cf0bdc2, 1e37",
    "02081cea, 1e-37",
    "45ad9c00, 5555.5",
    "00000000, 0",
    "3f800000, 1",
    // 0.1f: the 6-digit form reads back.
    "3dcccccd, 0.1",
    // 1e-4 is fixed notation, 1e-5 exponential (X < -4).
    "38d1b717, 0.0001",
    // 123456 fits 6 digits; 1234567 needs 8 digits and then prints fixed (X = 6 < 8).
    "47f12000, 123456",
    "4996b438, 1234567",
    // 999999.5 rounds to 1e+06 at 6 digits (X = 6 >= P), which reads back as 1000000 != value.
    "497423f8, 999999.5",
    "49742400, 1e06",
    "4996b440, 1234568",
    // Exact ties at 8 digits round half to even: 1234567.25 -> .2, 1234567.75 -> .8.
    "4996b43a, 1234567.2",
    "4996b43e, 1234567.8",
    // Subnormals always take 8 digits (strtof reports ERANGE): 5.87747e-39 would read back.
    "00400000, 5.8774718e-39",
    "0000ffff, 9.1834095e-41",
    "007fffff, 1.1754942e-38",
    "00800000, 1.1754944e-38",
  })
  void float32(String bits, String expected) {
    assertEquals(expected, float32(Float.intBitsToFloat(Integer.parseUnsignedInt(bits, 16))));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    // CAPNP-NOTES worked examples.
    "0000000000000001, 4.94065645841247e-324",
    "7fefffffffffffff, 1.7976931348623157e308",
    "8000000000000000, -0",
    "3fd3333333333334, 0.30000000000000004",
    "444b1ae4d6e2ef50, 1e21",
    "3e7ad7f29abcaf48, 1e-07",
    "437b69b4ba630f35, 1.2345678901234568e17",
    "437b69b4ba630f34, 1.2345678901234566e17",
    "fff0000000000000, -inf",
    "7ff0000000000000, inf",
    "7ff8000000000000, nan",
    "fff8000000000001, nan",
    // pretty.txt values.
    "c9b58b82c0e0bb00, -1.23e47",
    "4075900000000000, 345",
    "42dc12218377de40, 123456789012345",
    "7f76c8e5ca239029, 1e306",
    "0066789e3750f791, 1e-306",
    "40be61c000000000, 7777.75",
    // 1/3: %.15g does not read back; %.17g shows the binary value's digits.
    "3fd5555555555555, 0.33333333333333331",
    // Smallest normal double: 17 digits.
    "0010000000000000, 2.2250738585072014e-308",
    // 1e15 fixed (X = 14 < 15), 1e16 exponential.
    "430c6bf526340000, 1e15",
    "4341c37937e08000, 1e16",
    // Exact ties at 17 digits round half to even: 1e15 + 0.25 -> .2, 1e15 + 0.75 -> .8.
    "430c6bf526340002, 1000000000000000.2",
    "430c6bf526340006, 1000000000000000.8",
  })
  void float64(String bits, String expected) {
    assertEquals(expected, float64(Double.longBitsToDouble(Long.parseUnsignedLong(bits, 16))));
  }
}
