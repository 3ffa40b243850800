package dev.rast.capnp;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik generators of {@link WireModel} trees: structs with random data and pointer section sizes
 * (zero words and null pointers are frequent, so canonical trimming is exercised), every list
 * kind including lists of lists, text with multi-byte and NUL characters, data and capabilities.
 */
final class WireModels {
  /** Deepest nesting of pointers below the root. */
  static final int MAX_DEPTH = 4;
  /** Most objects in one message: keeps 1-word segments under the 511-segment limit. */
  static final int MAX_OBJECTS = 150;

  @SuppressWarnings("unchecked")
  private static final Arbitrary<WireModel>[] NODES =
      (Arbitrary<WireModel>[]) new Arbitrary<?>[MAX_DEPTH + 1];

  private WireModels() {}

  /** Root structs of at most {@link #MAX_OBJECTS} objects, at most {@link #MAX_DEPTH} deep. */
  static Arbitrary<WireModel.Struct> roots() {
    return struct(MAX_DEPTH).filter(s -> s.objects() <= MAX_OBJECTS);
  }

  /** First segment sizes: tiny ones force far and double-far pointers. */
  static Arbitrary<Integer> segmentWords() {
    return Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.integers().between(1, 8)),
        Tuple.of(1, Arbitraries.of(16, 64)),
        Tuple.of(1, Arbitraries.just(MessageBuilder.DEFAULT_FIRST_SEGMENT_WORDS)));
  }

  static Arbitrary<WireModel.Struct> struct(int depth) {
    Arbitrary<long[]> data = dataWord().list().ofMaxSize(4).map(WireModels::toArray);
    Arbitrary<List<WireModel>> ptrs = node(depth - 1).list().ofMaxSize(4);
    return Combinators.combine(data, ptrs).as(WireModel.Struct::new);
  }

  private static Arbitrary<WireModel.Struct> struct(int depth, int dataWords, int pointers) {
    Arbitrary<long[]> data = dataWord().list().ofSize(dataWords).map(WireModels::toArray);
    Arbitrary<List<WireModel>> ptrs = node(depth - 1).list().ofSize(pointers);
    return Combinators.combine(data, ptrs).as(WireModel.Struct::new);
  }

  /** Any pointer's content, at most {@code depth} levels of further pointers deep. */
  static synchronized Arbitrary<WireModel> node(int depth) {
    if (depth < 0) {
      return leaf();
    }
    if (NODES[depth] == null) {
      NODES[depth] = Arbitraries.frequencyOf(
          Tuple.of(6, leaf()),
          Tuple.of(3, struct(depth)),
          Tuple.of(2, node(depth - 1).list().ofMaxSize(5).map(WireModel.PointerList::new)),
          Tuple.of(2, structList(depth)));
    }
    return NODES[depth];
  }

  private static Arbitrary<WireModel> structList(int depth) {
    return Combinators.combine(
            Arbitraries.integers().between(0, 3),
            Arbitraries.integers().between(0, 2),
            Arbitraries.integers().between(0, 4))
        .flatAs((dw, pc, n) -> struct(depth, dw, pc)
            .list()
            .ofSize(n)
            .map(elements -> new WireModel.StructList(dw, pc, elements)));
  }

  private static Arbitrary<WireModel> leaf() {
    return Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.just(new WireModel.Null())),
        Tuple.of(2, text().map(WireModel.Text::new)),
        Tuple.of(2, Arbitraries.bytes().array(byte[].class).ofMaxSize(40).map(WireModel.Data::new)),
        Tuple.of(1, Arbitraries.integers().between(0, 100).map(WireModel.VoidList::new)),
        Tuple.of(
            1,
            Arbitraries.of(true, false)
                .array(boolean[].class)
                .ofMaxSize(130)
                .map(WireModel.BitList::new)),
        Tuple.of(3, primitiveList()),
        Tuple.of(1, Arbitraries.integers().between(0, 1000).map(WireModel.Capability::new)));
  }

  private static Arbitrary<WireModel> primitiveList() {
    return Combinators.combine(
            Arbitraries.of(
                ElementSize.BYTE,
                ElementSize.TWO_BYTES,
                ElementSize.FOUR_BYTES,
                ElementSize.EIGHT_BYTES),
            Arbitraries.longs().list().ofMaxSize(40))
        .as((size, values) -> {
          long[] v = new long[values.size()];
          for (int i = 0; i < v.length; i++) {
            v[i] = WireModel.truncate(values.get(i), size);
          }
          return new WireModel.PrimitiveList(size, v);
        });
  }

  /** Valid strings: ASCII, multi-byte BMP characters, supplementary characters and NULs. */
  private static Arbitrary<String> text() {
    Arbitrary<String> simple = Arbitraries.strings()
        .withCharRange('a', 'z')
        .withChars('\0', ' ', '\n', '\u007f', '\u00e9', '\u00df', '\u20ac', '\u4e2d')
        .ofMaxLength(40);
    Arbitrary<String> special =
        Arbitraries.of("", "\0", "\uD83D\uDE00", "a\0b", "\uD834\uDD1E x", "1234567");
    return Arbitraries.frequencyOf(Tuple.of(4, simple), Tuple.of(1, special));
  }

  private static Arbitrary<Long> dataWord() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.just(0L)),
        Tuple.of(1, Arbitraries.longs().between(-3, 300)),
        Tuple.of(2, Arbitraries.longs()));
  }

  private static long[] toArray(List<Long> values) {
    long[] a = new long[values.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = values.get(i);
    }
    return a;
  }
}
