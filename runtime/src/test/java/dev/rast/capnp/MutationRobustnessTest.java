package dev.rast.capnp;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Damaged messages never break the reader: the official test messages (every encoding) and
 * generated multi-segment ones full of far pointers are mutated ({@link Mutator}), one mutant in
 * five is instead a random "pointer soup" (mostly plausible pointers: aliasing, overlaps, cycles),
 * and each is read and fully traversed ({@link FullTraversal}). Only {@link DecodeException} may escape;
 * anything else fails with the seed and mutant index, and the mutant is saved under
 * {@code target/mutation-failures/}.
 *
 * <p>Prints {@code MUTATION seed=S mutants=N}. Replay with {@code -Dmutation.seed=S}; replay one
 * mutant with {@code -Dmutation.seed=S -Dmutation.first=I -Dmutation.count=1}.
 */
class MutationRobustnessTest {
  private static final int DEFAULT_MUTANTS = 100_000;
  /** Only a safety net against hangs; the run normally takes seconds. */
  private static final Duration WALL_CLOCK_LIMIT = Duration.ofMinutes(4);

  /** A valid message to mutate, and how to read it. */
  record Base(String name, byte[] bytes, FullTraversal.Input input) {}

  @Test
  void mutantsRaiseNothingButDecodeException() {
    long seed = Long.getLong("mutation.seed", new SplittableRandom().nextLong());
    int count = Integer.getInteger("mutation.count", DEFAULT_MUTANTS);
    int first = Integer.getInteger("mutation.first", 0);
    System.out.println(
        "MUTATION seed=" + seed + " mutants=" + count + (first != 0 ? " first=" + first : ""));
    List<Base> corpus = corpus();
    FullTraversal traversal = new FullTraversal();
    long start = System.nanoTime();
    long[] slowest = new long[2];
    assertTimeoutPreemptively(
        WALL_CLOCK_LIMIT,
        () -> {
          for (int i = first; i < first + count; i++) {
            long t0 = System.nanoTime();
            runMutant(corpus, traversal, seed, i);
            long t = System.nanoTime() - t0;
            if (t > slowest[0]) {
              slowest[0] = t;
              slowest[1] = i;
            }
          }
        },
        "MUTATION seed=" + seed + ": the run exceeded its wall-clock safety net (a mutant hangs?)");
    long millis = (System.nanoTime() - start) / 1_000_000;
    System.out.printf(
        "MUTATION seed=%d mutants=%d: %d unreadable, %d clean, %d rejected steps, %d rejected"
            + " pointers while walking, %d ms; slowest mutant %d took %d us%n",
        seed,
        count,
        traversal.unreadableInputs,
        traversal.cleanInputs,
        traversal.rejectedSteps,
        traversal.walkerRejections(),
        millis,
        slowest[1],
        slowest[0] / 1000);
    if (count >= 10_000) {
      // The mutations must neither be all fatal nor all harmless to test anything.
      assertTrue(
          traversal.cleanInputs > count / 20,
          "too few mutants traverse cleanly: " + traversal.cleanInputs);
      assertTrue(
          traversal.unreadableInputs > count / 20,
          "too few mutants are unreadable: " + traversal.unreadableInputs);
      assertTrue(
          traversal.rejectedSteps - traversal.unreadableInputs > count / 20,
          "too few mutants fail while being traversed");
    }
  }

  private static void runMutant(List<Base> corpus, FullTraversal traversal, long seed, int index) {
    SplittableRandom r = new SplittableRandom(seed + index * 0x9E3779B97F4A7C15L);
    Base base = corpus.get(r.nextInt(corpus.size()));
    StringBuilder log = new StringBuilder();
    FullTraversal.Input input = base.input();
    byte[] mutant;
    boolean packed =
        input == FullTraversal.Input.PACKED || input == FullTraversal.Input.PACKED_FLAT;
    if (r.nextInt(5) == 0) {
      // One mutant in five is not derived from a valid message at all.
      mutant = Mutator.pointerSoup(r, log);
      input = FullTraversal.Input.FRAMED;
      base = new Base("(none)", mutant, input);
      if (r.nextBoolean()) {
        mutant = MessageBytes.pack(mutant);
        input = FullTraversal.Input.PACKED;
        log.append("packed; ");
      }
    } else if (packed && r.nextBoolean()) {
      mutant = Mutator.mutatePacked(base.bytes(), r, log);
    } else if (packed) {
      // Damage the message, then pack it: the packing is valid, the content is not.
      byte[] unpacked = TestBytes.unpack(base.bytes());
      log.append("unpacked; ");
      mutant = MessageBytes.pack(
          wholeWords(Mutator.mutate(unpacked, input == FullTraversal.Input.PACKED, r, log)));
      log.append("packed; ");
    } else {
      mutant = Mutator.mutate(base.bytes(), input == FullTraversal.Input.FRAMED, r, log);
    }
    // Now and then read the bytes the wrong way too (a framed message as flat and so on).
    FullTraversal.Input as = r.nextInt(8) == 0 ? FullTraversal.Input.values()[r.nextInt(4)] : input;
    try {
      traversal.run(mutant, as, index);
    } catch (Throwable t) {
      Path saved = save(seed, index, mutant);
      throw new AssertionError(
          "MUTATION seed=" + seed + " mutant=" + index + " (replay: -Dmutation.seed=" + seed
              + " -Dmutation.first=" + index + " -Dmutation.count=1): " + t + "\n  base "
              + base.name() + " read as " + as
              + "\n  mutations: " + log + "\n  mutant saved to " + saved + "\n  bytes "
              + MessageBytes.hex(mutant, 96),
          t);
    }
  }

  private static byte[] wholeWords(byte[] b) {
    return java.util.Arrays.copyOf(b, b.length & ~7);
  }

  private static Path save(long seed, int index, byte[] mutant) {
    try {
      Path dir = Paths.get("target", "mutation-failures");
      Files.createDirectories(dir);
      return Files.write(dir.resolve(seed + "-" + index + ".bin"), mutant).toAbsolutePath();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The messages that are mutated: official ones and generated multi-segment ones. */
  static List<Base> corpus() {
    List<Base> c = new ArrayList<>();
    FullTraversal.Input framed = FullTraversal.Input.FRAMED;
    for (String name :
        new String[] {"binary", "segmented", "lists.binary", "annotated-json.binary"}) {
      c.add(new Base(name, TestData.bytes(name), framed));
    }
    c.add(new Base("flat", TestData.bytes("flat"), FullTraversal.Input.FLAT));
    c.add(new Base("packed", TestData.bytes("packed"), FullTraversal.Input.PACKED));
    c.add(new Base(
        "segmented-packed", TestData.bytes("segmented-packed"), FullTraversal.Input.PACKED));
    c.add(new Base("packedflat", TestData.bytes("packedflat"), FullTraversal.Input.PACKED_FLAT));
    // The official values re-laid-out in tiny fixed-size segments: far and double-far pointers.
    for (int words : new int[] {1, 3, 8}) {
      MessageBuilder b = copyIntoSegments(TestData.bytes("binary"), words);
      c.add(new Base("binary in " + words + "-word segments", MessageBytes.framed(b), framed));
      c.add(new Base(
          "binary in " + words + "-word segments, packed",
          MessageBytes.pack(MessageBytes.framed(b)),
          FullTraversal.Input.PACKED));
    }
    c.add(new Base(
        "lists in 2-word segments",
        MessageBytes.framed(copyIntoSegments(TestData.bytes("lists.binary"), 2)),
        framed));
    // Generated values: every list kind, text, data, capabilities.
    Random random = new Random(0x5EED);
    for (int i = 0; i < 8; i++) {
      WireModel.Struct root = RandomWireModels.root(random, 60);
      MessageBuilder b = new MessageBuilder(1 + i, MessageBuilder.Growth.FIXED_SIZE, false);
      WireModelWriter.writeRoot(b, root);
      c.add(new Base("generated #" + i, MessageBytes.framed(b), framed));
      c.add(new Base(
          "generated #" + i + ", canonical",
          NaiveCanonical.encode(root),
          FullTraversal.Input.FLAT));
    }
    return c;
  }

  private static MessageBuilder copyIntoSegments(byte[] framed, int words) {
    MessageReader m = MessageBytes.readFramed(framed, ReaderOptions.DEFAULT);
    MessageBuilder b = new MessageBuilder(words, MessageBuilder.Growth.FIXED_SIZE, false);
    b.setRoot(m.getRoot(new ModelStructReader()));
    return b;
  }
}
