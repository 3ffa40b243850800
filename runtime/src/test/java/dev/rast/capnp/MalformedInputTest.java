package dev.rast.capnp;

import static dev.rast.capnp.Words.far;
import static dev.rast.capnp.Words.list;
import static dev.rast.capnp.Words.struct;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rast.capnp.Structs.B;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * Hostile bytes: valid messages mutated at random (bytes, whole pointer words, segment table,
 * truncation), then walked in every way the API allows. Only {@link DecodeException} may escape;
 * no {@code IndexOutOfBoundsException}, {@code IllegalArgumentException}, {@code
 * NegativeArraySizeException}, {@code OutOfMemoryError} or {@code StackOverflowError}.
 */
class MalformedInputTest {
  private static final List<byte[]> BASES = List.of(
      TestData.bytes("binary"),
      TestData.bytes("segmented"),
      farHeavy(),
      Words.framed(NestingLimitTest.chain(70)));

  /** A message built in 6-word segments: far and double-far pointers everywhere. */
  private static byte[] farHeavy() {
    MessageBuilder b = new MessageBuilder(6, MessageBuilder.Growth.FIXED_SIZE, false);
    B root = b.initRoot(new StructSize(2, 4), new B());
    root.setU64(0, 1).setU32(8, 2);
    root.text(0, "text in a far segment");
    ListBuilder structs = root.initStructList(1, new StructSize(1, 2), 3);
    for (int i = 0; i < 3; i++) {
      B e = structs.getStruct(i, new B());
      e.setU64(0, i);
      e.text(0, "element " + i);
      e.initList(1, ElementSize.BIT, 9).setBoolean(8, true);
    }
    ListBuilder lists = root.initList(2, ElementSize.POINTER, 2);
    lists.initList(0, ElementSize.TWO_BYTES, 5, new ListBuilder()).setShort(4, (short) 9);
    lists.setData(1, new byte[] {1, 2, 3}, 0, 3);
    root.initStruct(3, new StructSize(6, 0)).setU64(40, -1);
    return Words.serialize(b);
  }

  private static final long[] POINTER_SHAPES = {0, 1, 2, 3};

  /** A random but plausible pointer word: small offsets and sizes hit real objects. */
  private static long randomPointer(Random rnd) {
    int off = rnd.nextInt(17) - 8;
    switch (rnd.nextInt(6)) {
      case 0:
        return struct(off, rnd.nextInt(4), rnd.nextInt(4));
      case 1:
        return list(off, rnd.nextInt(8), rnd.nextInt(24));
      case 2:
        return far(rnd.nextBoolean(), rnd.nextInt(12), rnd.nextInt(4));
      case 3:
        return Words.cap(rnd.nextInt(3));
      case 4:
        return 3L
            | ((long) rnd.nextInt() << 2 & 0xFFFF_FFFCL)
            | ((long) rnd.nextInt() << 32); // reserved, mostly
      default:
        return rnd.nextLong();
    }
  }

  static byte[] mutate(byte[] base, Random rnd) {
    byte[] b = base.clone();
    int edits = 1 + rnd.nextInt(4);
    for (int k = 0; k < edits; k++) {
      switch (rnd.nextInt(5)) {
        case 0 -> b[rnd.nextInt(b.length)] = (byte) rnd.nextInt(256);
        case 1, 2 -> {
          int word = rnd.nextInt(b.length / 8);
          ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putLong(word * 8, randomPointer(rnd));
        }
        case 3 -> {
          // a segment-table entry (sizes or count)
          int entry = rnd.nextInt(Math.min(4, b.length / 4));
          int delta = rnd.nextInt(9) - 4;
          ByteBuffer bb = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
          bb.putInt(entry * 4, bb.getInt(entry * 4) + delta);
        }
        default -> b = Arrays.copyOf(b, rnd.nextInt(b.length + 1));
      }
      if (b.length < 8) {
        break;
      }
    }
    return b;
  }

  /** Parses and walks; returns normally or with DecodeException counted inside the walker. */
  static void parseAndWalk(byte[] bytes) {
    parseAndWalk(bytes, 400, 50);
  }

  /**
   * Parses and walks with the given step budgets for the buffer and the stream reading. Every step
   * may raise dozens of DecodeExceptions, so exhaustive sweeps use small budgets to stay fast.
   */
  static void parseAndWalk(byte[] bytes, int bufferSteps, int streamSteps) {
    MessageReader m;
    try {
      m = Framing.read(ByteBuffer.wrap(bytes), new MessageReader());
    } catch (DecodeException e) {
      return;
    }
    new Walker(bufferSteps).walkMessage(m);
    try {
      MessageReader s = new MessageReader();
      if (Framing.read(new ByteArrayInputStream(bytes), s)) {
        new Walker(streamSteps).walkMessage(s);
      }
    } catch (DecodeException e) {
      // fine
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  @Property(tries = 600, seed = "20240611")
  void mutatedMessagesOnlyEverRaiseDecodeException(
      @ForAll @IntRange(min = 0, max = 3) int base, @ForAll long seed) {
    byte[] bytes = mutate(BASES.get(base), new Random(seed));
    try {
      parseAndWalk(bytes);
    } catch (RuntimeException | Error e) {
      throw new AssertionError("base " + base + ", seed " + seed + ": " + e, e);
    }
  }

  @Property(tries = 150)
  void randomSeedsToo(@ForAll @IntRange(min = 0, max = 3) int base, @ForAll long seed) {
    mutatedMessagesOnlyEverRaiseDecodeException(base, seed);
  }

  @Test
  void unmodifiedBasesWalkWithoutErrorsAtTheTop() {
    for (byte[] b : BASES.subList(0, 3)) {
      Walker w = new Walker(100_000);
      MessageReader m = Words.read(b);
      w.walkMessage(m);
      assertTrue(
          w.decodeErrors > 0, "reading pointers as the wrong type is expected to fail somewhere");
    }
  }

  /**
   * Sets bytes to boundary values. The small far-pointer base gets every value at every byte; the
   * two large bases (2.8 and 5.5 KB, each full walk ~3 ms) get every fourth byte, with the value
   * rotating so that each value still lands on headers, pointers and data alike.
   */
  @Test
  void everyByteOfEveryBaseFlippedToEachInterestingValue() {
    int[] values = {0x00, 0x01, 0x02, 0x03, 0x04, 0x07, 0x7F, 0x80, 0xFC, 0xFE, 0xFF};
    for (byte[] base : BASES.subList(0, 3)) {
      boolean exhaustive = base.length <= 1024;
      for (int i = 0; i < base.length; i += exhaustive ? 1 : 4) {
        for (int k = 0; k < values.length; k++) {
          int v = exhaustive ? values[k] : values[(i / 4) % values.length];
          byte[] b = base.clone();
          b[i] = (byte) v;
          try {
            parseAndWalk(b, 24, 4);
          } catch (RuntimeException | Error e) {
            throw new AssertionError("byte " + i + " = " + v + ": " + e, e);
          }
          if (!exhaustive) {
            break;
          }
        }
      }
    }
  }
}
