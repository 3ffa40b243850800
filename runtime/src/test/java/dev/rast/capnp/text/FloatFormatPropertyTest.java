package dev.rast.capnp.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.AfterFailureMode;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AddLifecycleHook;

/**
 * Properties of {@link FloatFormat}: the text reads back as the same value, and, on random batches
 * shown to the real tool in one message each, equals what {@code capnp decode --short} prints.
 */
class FloatFormatPropertyTest {
  /** Values per tool invocation. */
  private static final int BATCH = 1500;

  private static String float32(float value) {
    StringBuilder out = new StringBuilder();
    FloatFormat.appendFloat32(out, value);
    return out.toString();
  }

  private static String float64(double value) {
    StringBuilder out = new StringBuilder();
    FloatFormat.appendFloat64(out, value);
    return out.toString();
  }

  /** Reads the C-style text back; {@code inf}/{@code nan} are spelled differently in Java. */
  private static double readBack(String text) {
    switch (text) {
      case "inf":
        return Double.POSITIVE_INFINITY;
      case "-inf":
        return Double.NEGATIVE_INFINITY;
      case "nan":
        return Double.NaN;
      default:
        return Double.parseDouble(text);
    }
  }

  /**
   * Float32 text reads back as the same float, with one exception the tool has too: the
   * fallback uses 8 significant digits (FLT_DIG + 2) where a float may need 9, so an 8-digit
   * text can read back as an adjacent float (1000000.0625 prints {@code 1000000.1}, which reads
   * back as 1000000.125). Such a text is still the correctly rounded 8-digit form.
   */
  @Property(tries = 10000)
  void float32ReadsBack(@ForAll float value) {
    String text = float32(value);
    if (Float.isNaN(value)) {
      assertEquals("nan", text);
      return;
    }
    float back = Float.isInfinite(value) ? (float) readBack(text) : Float.parseFloat(text);
    if (Float.floatToIntBits(value) == Float.floatToIntBits(back)) {
      return;
    }
    BigDecimal eightDigits =
        new BigDecimal(value).round(new MathContext(8, RoundingMode.HALF_EVEN));
    assertEquals(
        0,
        eightDigits.compareTo(new BigDecimal(text)),
        text + " is not the 8-digit form of " + value);
    assertEquals(1, Math.abs(Float.floatToIntBits(back) - Float.floatToIntBits(value)), text);
  }

  @Property(tries = 10000)
  void float32FromBitsReadsBack(@ForAll("intBits") int bits) {
    float32ReadsBack(Float.intBitsToFloat(bits));
  }

  @Property(tries = 10000)
  void float64ReadsBack(@ForAll double value) {
    String text = float64(value);
    if (Double.isNaN(value)) {
      assertEquals("nan", text);
      return;
    }
    assertEquals(Double.doubleToLongBits(value), Double.doubleToLongBits(readBack(text)), text);
  }

  @Property(tries = 10000)
  void float64FromBitsReadsBack(@ForAll("longBits") long bits) {
    float64ReadsBack(Double.longBitsToDouble(bits));
  }

  /** Each try shows one batch of random bit patterns to the tool in a single message. */
  @Property(tries = 8, shrinking = ShrinkingMode.OFF, afterFailure = AfterFailureMode.RANDOM_SEED)
  @AddLifecycleHook(RequiresCapnp.class)
  void randomBatchesMatchTool(
      @ForAll("intBatch") List<Integer> float32Bits, @ForAll("longBatch") List<Long> float64Bits) {
    CapnpTool.assumeAvailable();
    int[] f32 = new int[float32Bits.size()];
    for (int i = 0; i < f32.length; i++) {
      f32[i] = float32Bits.get(i);
    }
    long[] f64 = new long[float64Bits.size()];
    for (int i = 0; i < f64.length; i++) {
      f64[i] = float64Bits.get(i);
    }
    String out = ScalarGoldens.decodeWithTool(f32, f64, List.of(), List.of(), new int[0]);
    List<String> tool32 = ListElements.of(out, "f32");
    List<String> tool64 = ListElements.of(out, "f64");
    List<String> mismatches = new ArrayList<>();
    for (int i = 0; i < f32.length; i++) {
      String mine = float32(Float.intBitsToFloat(f32[i]));
      if (!mine.equals(tool32.get(i))) {
        mismatches.add(String.format("f32 %08x: tool %s, ours %s", f32[i], tool32.get(i), mine));
      }
    }
    for (int i = 0; i < f64.length; i++) {
      String mine = float64(Double.longBitsToDouble(f64[i]));
      if (!mine.equals(tool64.get(i))) {
        mismatches.add(String.format("f64 %016x: tool %s, ours %s", f64[i], tool64.get(i), mine));
      }
    }
    assertEquals(List.of(), mismatches);
  }

  /** Uniform bit patterns (every exponent equally likely) mixed with jqwik's edge-biased ints. */
  @Provide
  Arbitrary<Integer> intBits() {
    return Arbitraries.oneOf(
        Arbitraries.integers().withDistribution(RandomDistribution.uniform()),
        Arbitraries.integers());
  }

  /** Uniform bit patterns mixed with jqwik's edge-biased longs. */
  @Provide
  Arbitrary<Long> longBits() {
    return Arbitraries.oneOf(
        Arbitraries.longs().withDistribution(RandomDistribution.uniform()), Arbitraries.longs());
  }

  @Provide
  Arbitrary<List<Integer>> intBatch() {
    return intBits().list().ofSize(BATCH);
  }

  @Provide
  Arbitrary<List<Long>> longBatch() {
    return longBits().list().ofSize(BATCH);
  }
}
