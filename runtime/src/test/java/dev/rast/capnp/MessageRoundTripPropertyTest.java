package dev.rast.capnp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.LinkedHashMap;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;

/**
 * Random messages built with the builders (random nesting, section sizes, every list kind, text,
 * data, capabilities; tiny fixed-size segments for far and double-far pointers) survive every
 * serialization path, packing, deep copy and canonicalization: the values read back are the ones
 * written (checked against a plain Java model), and every form canonicalizes to the same bytes as
 * a naive canonical encoder working from the model alone. A message with a capability cannot be
 * copied or canonicalized (as in capnp C++): for those, the properties check that both fail.
 */
class MessageRoundTripPropertyTest {
  /** Generous limits: these messages are valid, the checks read them several times. */
  private static final ReaderOptions LIMITS = ReaderOptions.DEFAULT;

  /** A model and the arena shape to build it in. */
  record Sample(WireModel.Struct root, int segmentWords, MessageBuilder.Growth growth) {
    MessageBuilder build() {
      MessageBuilder m = new MessageBuilder(segmentWords, growth, false);
      WireModelWriter.writeRoot(m, root);
      return m;
    }
  }

  @Provide
  Arbitrary<Sample> samples() {
    return Combinators.combine(
            WireModels.roots(),
            WireModels.segmentWords(),
            Arbitraries.of(MessageBuilder.Growth.class))
        .as(Sample::new);
  }

  /** Every path from builder to reader, by name. */
  private static Map<String, MessageReader> readBack(MessageBuilder m) {
    byte[] framed = MessageBytes.framed(m);
    assertArrayEquals(framed, MessageBytes.framedThroughStream(m), "stream framing");
    assertArrayEquals(framed, MessageBytes.framedThroughChannel(m), "channel framing");
    byte[] packed = MessageBytes.pack(framed);
    Map<String, MessageReader> readers = new LinkedHashMap<>();
    readers.put("builder view", m.asReader());
    readers.put("framed buffer", MessageBytes.readFramed(framed, LIMITS));
    readers.put("framed stream", MessageBytes.readFromStream(framed, LIMITS));
    readers.put("framed channel", MessageBytes.readFromChannel(framed, LIMITS));
    readers.put(
        "unpacked", MessageBytes.readFramed(MessageBytes.unpack(packed, Long.MAX_VALUE), LIMITS));
    readers.put("packed stream", MessageBytes.readPackedFromStream(packed, LIMITS));
    readers.put("packed channel", MessageBytes.readPackedFromChannel(packed, LIMITS));
    if (m.segmentCount() == 1) {
      byte[] flat = MessageBytes.flat(m);
      readers.put("flat", MessageBytes.readFlat(flat, LIMITS));
      readers.put(
          "packed flat",
          MessageBytes.readFlat(
              MessageBytes.unpack(MessageBytes.pack(flat), Long.MAX_VALUE), LIMITS));
    }
    return readers;
  }

  /** Also shows that the samples exercise far and double-far pointers, not only single segments. */
  @Property(tries = 500)
  @StatisticsReport(onFailureOnly = true)
  void readingBackReturnsTheValuesWritten(@ForAll("samples") Sample sample) {
    MessageBuilder m = sample.build();
    Statistics.label("segments")
        .collect(m.segmentCount() == 1 ? "1" : m.segmentCount() <= 8 ? "2-8" : ">8");
    Statistics.label("segments").coverage(c -> {
      c.check("1").percentage(p -> p >= 10);
      c.check("2-8").percentage(p -> p >= 30);
    });
    FarPointerCensus census = FarPointerCensus.of(m);
    Statistics.label("far pointers")
        .collect(census.doubleFar() > 0 ? "double-far" : census.far() > 0 ? "far only" : "none");
    Statistics.label("far pointers").coverage(c -> {
      c.check("double-far").percentage(p -> p >= 25);
      c.check("far only").percentage(p -> p >= 3);
    });
    for (Map.Entry<String, MessageReader> e : readBack(m).entrySet()) {
      try {
        WireModelChecker.checkRoot(sample.root(), e.getValue());
      } catch (AssertionError err) {
        throw new AssertionError("read back through " + e.getKey() + ": " + err.getMessage(), err);
      }
    }
  }

  @Property(tries = 200)
  void copyingOrCanonicalizingACapabilityFails(@ForAll("samples") Sample sample) {
    if (!WireModel.hasCapability(sample.root())) {
      return;
    }
    MessageReader m = sample.build().asReader();
    DecodeException canonical = assertThrows(
        DecodeException.class, () -> Canonical.canonicalize(m.getRoot(new ModelStructReader())));
    assertTrue(
        canonical.getMessage().startsWith("Cannot create a canonical message with a capability"),
        canonical.getMessage());
    DecodeException copy = assertThrows(DecodeException.class, () -> new MessageBuilder()
        .setRoot(m.getRoot(new ModelStructReader())));
    assertTrue(
        copy.getMessage().startsWith("Message contained invalid capability pointer."),
        copy.getMessage());
  }

  @Property(tries = 500)
  void everyFormCanonicalizesToTheNaiveEncoding(@ForAll("capabilityFreeSamples") Sample sample) {
    byte[] expected = NaiveCanonical.encode(sample.root());
    MessageBuilder m = sample.build();
    for (Map.Entry<String, MessageReader> e : readBack(m).entrySet()) {
      byte[] actual = Canonical.canonicalize(e.getValue().getRoot(new ModelStructReader()));
      assertArrayEquals(expected, actual, "canonical form read back through " + e.getKey());
    }
    // Into a reused scratch builder too.
    MessageBuilder scratch = new MessageBuilder(expected.length / 8 + 1);
    ByteBuffer view =
        Canonical.canonicalize(m.asReader().getRoot(new ModelStructReader()), scratch);
    assertArrayEquals(expected, TestBytes.remaining(view), "canonical form into a scratch builder");
  }

  @Property(tries = 500)
  void canonicalizationIsIdempotentAndSizesAgree(@ForAll("capabilityFreeSamples") Sample sample) {
    MessageBuilder m = sample.build();
    MessageReader original = MessageBytes.readFramed(MessageBytes.framed(m), LIMITS);
    byte[] canonical = Canonical.canonicalize(original.getRoot(new ModelStructReader()));
    MessageReader flat = MessageBytes.readFlat(canonical, LIMITS);
    assertArrayEquals(
        canonical, Canonical.canonicalize(flat.getRoot(new ModelStructReader())), "idempotent");
    WireModelChecker.checkRoot(sample.root(), flat);
    // The canonical form is the root pointer plus exactly the objects totalSizeInWords counts.
    long canonicalTotal = flat.getRoot(new ModelStructReader()).totalSizeInWords();
    assertEquals(
        canonical.length / 8 - 1, canonicalTotal, "totalSizeInWords of the canonical form");
    long originalTotal = original.getRoot(new ModelStructReader()).totalSizeInWords();
    assertTrue(
        originalTotal >= canonicalTotal,
        "original " + originalTotal + " < canonical " + canonicalTotal);
    assertEquals(
        originalTotal,
        original.getRoot(new AnyPointerReader()).totalSizeInWords(),
        "AnyPointer total");
    assertTrue(
        m.sizeInWords() >= canonical.length / 8, "the arena is smaller than the canonical form");
  }

  @Property(tries = 500)
  void deepCopiesHoldTheValuesAndTheCanonicalForm(
      @ForAll("capabilityFreeSamples") Sample sample,
      @ForAll("copySegments") int copySegmentWords) {
    byte[] expected = NaiveCanonical.encode(sample.root());
    MessageReader source = MessageBytes.readFramed(MessageBytes.framed(sample.build()), LIMITS);

    MessageBuilder bySetRoot =
        new MessageBuilder(copySegmentWords, MessageBuilder.Growth.FIXED_SIZE, false);
    bySetRoot.setRoot(source.getRoot(new ModelStructReader()));
    MessageBuilder byAnyPointer =
        new MessageBuilder(copySegmentWords, MessageBuilder.Growth.FIXED_SIZE, true);
    byAnyPointer.getRoot(new AnyPointerBuilder()).set(source.getRoot(new AnyPointerReader()));
    MessageBuilder byCopyFrom = new MessageBuilder(copySegmentWords);
    byCopyFrom
        .initRoot(sample.root().size(), new ModelStructBuilder())
        .copyFrom(source.getRoot(new ModelStructReader()));

    Map<String, MessageBuilder> copies = new LinkedHashMap<>();
    copies.put("setRoot", bySetRoot);
    copies.put("AnyPointerBuilder.set", byAnyPointer);
    copies.put("copyFrom", byCopyFrom);
    for (Map.Entry<String, MessageBuilder> e : copies.entrySet()) {
      MessageBuilder copy = e.getValue();
      MessageReader back = MessageBytes.readFramed(MessageBytes.framed(copy), LIMITS);
      try {
        WireModelChecker.checkRoot(sample.root(), copy.asReader());
        WireModelChecker.checkRoot(sample.root(), back);
      } catch (AssertionError err) {
        throw new AssertionError("copy by " + e.getKey() + ": " + err.getMessage(), err);
      }
      assertArrayEquals(
          expected,
          Canonical.canonicalize(back.getRoot(new ModelStructReader())),
          "canonical form of the copy by " + e.getKey());
    }
  }

  /** Samples whose capabilities are nulled: what can be copied and canonicalized. */
  @Provide
  Arbitrary<Sample> capabilityFreeSamples() {
    return samples()
        .map(
            s -> new Sample(WireModel.withoutCapabilities(s.root()), s.segmentWords(), s.growth()));
  }

  @Provide
  Arbitrary<Integer> copySegments() {
    return WireModels.segmentWords();
  }
}
