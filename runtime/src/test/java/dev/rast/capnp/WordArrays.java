package dev.rast.capnp;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik generators of unpacked input biased towards what matters to packing: all-zero words,
 * words without zero bytes, words with exactly one or two zero bytes, and long repeats of them
 * around the 255-word run limit.
 */
final class WordArrays {
  private WordArrays() {}

  /** Byte arrays of whole words, mostly a few hundred words, sometimes thousands. */
  static Arbitrary<byte[]> wordArrays() {
    Arbitrary<Integer> repeats = Arbitraries.frequencyOf(
        Tuple.of(8, Arbitraries.just(1)),
        Tuple.of(3, Arbitraries.integers().between(2, 20)),
        Tuple.of(1, Arbitraries.integers().between(250, 262)),
        Tuple.of(1, Arbitraries.integers().between(500, 520)));
    Arbitrary<byte[]> run =
        Combinators.combine(word(), repeats).as((w, k) -> TestBytes.words(k, w));
    return run.list().ofMaxSize(30).map(WordArrays::concat);
  }

  /** Chunk sizes for splitting a stream, cycled; small sizes split words and tags. */
  static Arbitrary<List<Integer>> chunkSizes() {
    Arbitrary<Integer> size = Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.integers().between(0, 17)),
        Tuple.of(2, Arbitraries.integers().between(18, 300)),
        Tuple.of(1, Arbitraries.integers().between(301, 10_000)));
    return size.list().ofMinSize(1).ofMaxSize(20).filter(WordArrays::hasPositive);
  }

  static Arbitrary<byte[]> word() {
    Arbitrary<Byte> nonZero = Arbitraries.bytes().filter(b -> b != 0);
    Arbitrary<byte[]> full = nonZero.array(byte[].class).ofSize(8);
    Arbitrary<Integer> index = Arbitraries.integers().between(0, 7);
    Arbitrary<byte[]> oneZero = Combinators.combine(full, index).as((w, i) -> zeroAt(w, i, i));
    Arbitrary<Integer> distance = Arbitraries.integers().between(1, 7);
    Arbitrary<byte[]> twoZeros =
        Combinators.combine(full, index, distance).as((w, i, d) -> zeroAt(w, i, (i + d) % 8));
    Arbitrary<byte[]> sparse = Arbitraries.frequencyOf(
            Tuple.of(3, Arbitraries.just((byte) 0)), Tuple.of(1, nonZero))
        .array(byte[].class)
        .ofSize(8);
    Arbitrary<byte[]> anyBytes = Arbitraries.bytes().array(byte[].class).ofSize(8);
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.just(new byte[8])),
        Tuple.of(3, full),
        Tuple.of(2, oneZero),
        Tuple.of(2, twoZeros),
        Tuple.of(2, sparse),
        Tuple.of(1, anyBytes));
  }

  private static byte[] zeroAt(byte[] word, int i, int j) {
    byte[] copy = word.clone();
    copy[i] = 0;
    copy[j] = 0;
    return copy;
  }

  private static byte[] concat(List<byte[]> parts) {
    return TestBytes.concat(parts.toArray(new byte[0][]));
  }

  private static boolean hasPositive(List<Integer> sizes) {
    for (int s : sizes) {
      if (s > 0) {
        return true;
      }
    }
    return false;
  }
}
