package dev.rast.capnp.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** Tests of {@link IntegerFormat}. */
class IntegerFormatTest {
  private static String int64(long value) {
    StringBuilder out = new StringBuilder();
    IntegerFormat.appendInt64(out, value);
    return out.toString();
  }

  private static String uint64(long value) {
    StringBuilder out = new StringBuilder();
    IntegerFormat.appendUInt64(out, value);
    return out.toString();
  }

  @Test
  void signedExtremes() {
    assertEquals("-9223372036854775808", int64(Long.MIN_VALUE));
    assertEquals("9223372036854775807", int64(Long.MAX_VALUE));
    assertEquals("0", int64(0));
    assertEquals("-1", int64(-1));
  }

  @Test
  void unsignedExtremes() {
    assertEquals("18446744073709551615", uint64(-1));
    assertEquals("9223372036854775808", uint64(Long.MIN_VALUE));
    assertEquals("9223372036854775807", uint64(Long.MAX_VALUE));
    assertEquals("12345678901234567890", uint64(0xab54a98ceb1f0ad2L));
    assertEquals("0", uint64(0));
  }

  @Property(tries = 5000)
  void unsignedMatchesLongToUnsignedString(@ForAll long value) {
    assertEquals(Long.toUnsignedString(value), uint64(value));
  }

  @Test
  void unknownEnum() {
    StringBuilder out = new StringBuilder();
    IntegerFormat.appendUnknownEnum(out, 3);
    IntegerFormat.appendUnknownEnum(out, 65535);
    assertEquals("(3)(65535)", out.toString());
    assertThrows(IllegalArgumentException.class, () -> IntegerFormat.appendUnknownEnum(out, 65536));
    assertThrows(IllegalArgumentException.class, () -> IntegerFormat.appendUnknownEnum(out, -1));
  }
}
