package dev.rast.capnp.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rast.capnp.Canonical;
import dev.rast.capnp.Framing;
import dev.rast.capnp.MessageBuilder;
import dev.rast.capnp.MessageReader;
import dev.rast.capnp.StructBuilder;
import dev.rast.capnp.StructReader;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Round trips with the real {@code capnp} tool for every struct type of test.capnp and the files
 * it imports (schema.capnp's too), over many random values per type ({@link RandomValues}, seeded
 * by {@link #SEED} and the type name; failures name the seed and message):
 * <ol>
 *   <li>our framed bytes, decoded by {@code capnp decode --short} (and pretty), print exactly as
 *       our {@code toString()} (and {@code toPrettyString()});
 *   <li>{@code capnp encode} of our {@code toString()}, read with our reader, prints the same and
 *       has our canonical bytes;
 *   <li>{@code capnp convert binary:canonical} of our bytes equals {@code Canonical.canonicalize};
 *   <li>copies, deep ({@code MessageBuilder.setRoot}) and field by field through the generated
 *       setters ({@link SetterCopier}), equal the original.
 * </ol>
 * Each check runs one capnp process for all messages of a type (capnp reads a stream of
 * messages). Needs {@code capnp}: skipped without it unless {@code CI} is set.
 */
class CapnpRoundTripTest {
  static final long SEED = 0x7E57_C0DE_2024L;
  private static final int MESSAGES = 40;

  private static CapnpTool capnp;

  @BeforeAll
  static void tool() {
    capnp = CapnpTool.require();
    System.out.println("CapnpRoundTripTest seed " + Long.toHexString(SEED));
  }

  static Stream<String> types() {
    return SchemaTypes.names().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void randomValuesRoundTrip(String type) {
    assumeTextFormat(type);
    Batch b = Batch.make(type, new RandomValues.Options(), seed(type, 0));
    b.assertCapnpPrintsAsWeDo();
    b.assertCapnpParsesOurText();
    b.assertCapnpCanonicalizesAsWeDo();
    b.assertCopiesAreEqual();
    b.assertSetterCopiesAreEqual();
  }

  /** Values text cannot round-trip (NaN payloads, unknown enum numbers) still print and canonicalize alike. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  void wildValuesPrintAndCanonicalizeAsCapnp(String type) {
    RandomValues.Options o = new RandomValues.Options();
    o.wild = true;
    Batch b = Batch.make(type, o, seed(type, 1));
    b.assertCapnpCanonicalizesAsWeDo();
    b.assertCopiesAreEqual();
    b.assertSetterCopiesAreEqual();
    assumeTextFormat(type);
    b.assertCapnpPrintsAsWeDo();
  }

  /** capnp's text format cannot load {@code TestListOfAny}: "List(AnyPointer) not supported". */
  private static void assumeTextFormat(String type) {
    Assumptions.assumeFalse(
        type.equals("TestListOfAny"),
        "capnp 0.9.2's dynamic API rejects List(AnyPointer) fields (capnp/dynamic.c++:91)");
  }

  /**
   * More values of the types that bind generic parameters through brands (e.g. {@code
   * TestUseGenerics.basic :TestGenerics(TestAllTypes, TestAnyPointer)}), whose parameter fields
   * are written through the generated {@code AnyPointer} initers with the bound type: capnp reads
   * them as that type, our typed readers print them as capnp does, and capnp's text of our bytes
   * parses back to our canonical bytes.
   */
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"TestUseGenerics", "TestGenericsWrapper2"})
  void boundGenericParametersAreWhatCapnpExpects(String type) {
    RandomValues.Options o = new RandomValues.Options();
    o.genericParameters = true;
    Batch b = Batch.make(type, o, seed(type, 2));
    b.assertCapnpPrintsAsWeDo();
    b.assertCapnpParsesOurText();
    b.assertCapnpTextOfOursParsesBackToOurs();
    b.assertCapnpCanonicalizesAsWeDo();
    b.assertCopiesAreEqual();
    b.assertSetterCopiesAreEqual();
  }

  private static long seed(String type, int variant) {
    return SEED ^ ((long) type.hashCode() << 8) ^ variant;
  }

  /** Random messages of one type, framed, with what our reader makes of them. */
  private static final class Batch {
    final String type;
    final long seed;
    final long id;
    final List<byte[]> framed = new ArrayList<>();
    final List<String> shortText = new ArrayList<>();
    final List<String> prettyText = new ArrayList<>();
    final List<byte[]> canonical = new ArrayList<>();

    private Batch(String type, long seed) {
      this.type = type;
      this.seed = seed;
      this.id = SchemaTypes.get().structsByCapnpName().get(type);
    }

    static Batch make(String type, RandomValues.Options options, long seed) {
      Batch b = new Batch(type, seed);
      SchemaTypes schema = SchemaTypes.get();
      SplittableRandom random = new SplittableRandom(seed);
      RandomValues values = new RandomValues(schema, random, options);
      for (int i = 0; i < MESSAGES; i++) {
        MessageBuilder m = newBuilder(random);
        StructBuilder root =
            m.initRoot(schema.size(b.id), schema.newInstance(schema.builderClass(b.id)));
        values.fillRoot(root, b.id);
        ByteBuffer out =
            ByteBuffer.allocate((int) Framing.serializedSize(m)).order(ByteOrder.LITTLE_ENDIAN);
        Framing.write(m, out);
        byte[] bytes = out.array();
        b.framed.add(bytes);
        StructReader r = b.read(Official.le(bytes));
        b.shortText.add(r.toString());
        b.prettyText.add(invokePretty(r));
        b.canonical.add(Canonical.canonicalize(r));
      }
      return b;
    }

    /** Message sizes that exercise far pointers and multi-segment framing. */
    private static MessageBuilder newBuilder(SplittableRandom random) {
      switch (random.nextInt(4)) {
        case 0:
          return new MessageBuilder(4, MessageBuilder.Growth.GROW_HEURISTICALLY, false);
        case 1:
          return new MessageBuilder(16, MessageBuilder.Growth.FIXED_SIZE, random.nextBoolean());
        default:
          return new MessageBuilder();
      }
    }

    StructReader read(ByteBuffer framed) {
      SchemaTypes schema = SchemaTypes.get();
      return Framing.read(framed, new MessageReader())
          .getRoot((StructReader) schema.newInstance(schema.readerClass(id)));
    }

    String where(int i) {
      return type + " message " + i + " (seed 0x" + Long.toHexString(seed) + ")";
    }

    byte[] stream() {
      ByteArrayOutputStream s = new ByteArrayOutputStream();
      for (byte[] f : framed) {
        s.writeBytes(f);
      }
      return s.toByteArray();
    }

    void assertCapnpPrintsAsWeDo() {
      String[] theirs = capnp.decode(type, stream(), true).split("\n", -1);
      assertEquals(
          framed.size() + 1, theirs.length, type + ": capnp printed a different number of lines");
      for (int i = 0; i < framed.size(); i++) {
        assertEquals(theirs[i], shortText.get(i), where(i));
      }
      StringBuilder ours = new StringBuilder();
      for (String p : prettyText) {
        ours.append(p).append('\n');
      }
      String pretty = capnp.decode(type, stream(), false);
      if (!pretty.contentEquals(ours)) {
        // Report the first message whose pretty form differs.
        for (int i = 0; i < framed.size(); i++) {
          assertEquals(
              capnp.decode(type, framed.get(i), false),
              prettyText.get(i) + "\n",
              where(i) + " (pretty)");
        }
        assertEquals(pretty, ours.toString(), type + " (pretty)");
      }
    }

    /** On a difference, saves both forms and our framed message to files the message names. */
    void assertSameCanonical(byte[] ours, byte[] theirs, int i, String text) {
      if (Arrays.equals(ours, theirs)) {
        return;
      }
      String saved;
      try {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("roundtrip-");
        java.nio.file.Files.write(dir.resolve("ours.canonical"), ours);
        java.nio.file.Files.write(dir.resolve("theirs.canonical"), theirs);
        java.nio.file.Files.write(dir.resolve("ours.bin"), framed.get(i));
        saved = " (saved in " + dir + ")";
      } catch (java.io.IOException e) {
        saved = "";
      }
      assertArrayEquals(ours, theirs, where(i) + saved + ": " + text);
    }

    void assertCapnpParsesOurText() {
      byte[] encoded = capnp.encode(type, String.join("\n", shortText) + "\n");
      ByteBuffer in = Official.le(encoded);
      for (int i = 0; i < framed.size(); i++) {
        StructReader theirs = read(in);
        // Their layout, read through our generated getters, prints our text again.
        assertEquals(
            shortText.get(i), theirs.toString(), where(i) + ": capnp's encoding of our text");
        assertSameCanonical(canonical.get(i), Canonical.canonicalize(theirs), i, shortText.get(i));
      }
      assertEquals(0, in.remaining(), type + ": capnp encoded more messages than we gave it");
    }

    void assertCapnpTextOfOursParsesBackToOurs() {
      String text = capnp.decode(type, stream(), true);
      ByteBuffer in = Official.le(capnp.encode(type, text));
      String[] lines = text.split("\n");
      for (int i = 0; i < framed.size(); i++) {
        assertSameCanonical(canonical.get(i), Canonical.canonicalize(read(in)), i, lines[i]);
      }
    }

    /** A deep copy ({@code MessageBuilder.setRoot}) of each message has the same canonical form and text. */
    void assertCopiesAreEqual() {
      for (int i = 0; i < framed.size(); i++) {
        StructReader original = read(Official.le(framed.get(i)));
        MessageBuilder copy = new MessageBuilder(8, MessageBuilder.Growth.FIXED_SIZE, false);
        copy.setRoot(original);
        StructReader copied = copy.asReader().getRoot((StructReader)
            SchemaTypes.get().newInstance(SchemaTypes.get().readerClass(id)));
        assertEquals(shortText.get(i), copied.toString(), where(i) + " (copy)");
        assertSameCanonical(canonical.get(i), Canonical.canonicalize(copied), i, shortText.get(i));
        assertEquals(original, copied, where(i) + " (copy)");
        assertEquals(original.hashCode(), copied.hashCode(), where(i) + " (copy)");
      }
    }

    /** A copy made field by field through generated getters and setters equals the original. */
    void assertSetterCopiesAreEqual() {
      SchemaTypes schema = SchemaTypes.get();
      SetterCopier copier = new SetterCopier(schema);
      for (int i = 0; i < framed.size(); i++) {
        StructReader original = read(Official.le(framed.get(i)));
        MessageBuilder copy = new MessageBuilder(16, MessageBuilder.Growth.FIXED_SIZE, false);
        copier.copy(
            original,
            copy.initRoot(schema.size(id), schema.newInstance(schema.builderClass(id))),
            id);
        StructReader copied =
            copy.asReader().getRoot((StructReader) schema.newInstance(schema.readerClass(id)));
        assertEquals(shortText.get(i), copied.toString(), where(i) + " (setter copy)");
        assertSameCanonical(canonical.get(i), Canonical.canonicalize(copied), i, shortText.get(i));
      }
    }

    void assertCapnpCanonicalizesAsWeDo() {
      byte[] theirs = capnp.convert("binary:canonical", stream());
      int at = 0;
      for (int i = 0; i < framed.size(); i++) {
        byte[] ours = canonical.get(i);
        byte[] slice = Arrays.copyOfRange(
            theirs, Math.min(at, theirs.length), Math.min(at + ours.length, theirs.length));
        assertSameCanonical(ours, slice, i, shortText.get(i));
        at += ours.length;
      }
      assertEquals(theirs.length, at, type + ": capnp's canonical output is longer");
    }
  }

  private static String invokePretty(StructReader r) {
    try {
      return (String) r.getClass().getMethod("toPrettyString").invoke(r);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }
}
