package dev.rast.capnp;

import static dev.rast.capnp.TestBytes.concat;
import static dev.rast.capnp.TestBytes.hex;
import static dev.rast.capnp.TestBytes.pack;
import static dev.rast.capnp.TestBytes.toHex;
import static dev.rast.capnp.TestBytes.unpack;
import static dev.rast.capnp.TestBytes.words;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Buffer-to-buffer packing: spec vectors, run limits, the run-extension rule, buffers, errors. */
class PackingTest {
  private static final byte[] ZERO = new byte[8];
  private static final byte[] FULL = hex("11 22 33 44 55 66 77 88");
  private static final byte[] ONE_ZERO = hex("11 22 00 44 55 66 77 88");
  private static final byte[] TWO_ZEROS = hex("11 00 33 44 55 66 77 00");
  private static final byte[] ONE_BYTE = hex("01 00 00 00 00 00 00 00");

  /** The vectors of CAPNP-NOTES item 15 (upstream serialize-packed-test.c++). */
  static Stream<Arguments> specVectors() {
    return Stream.of(
        Arguments.of("", ""),
        Arguments.of("00 00 00 00 00 00 00 00", "00 00"),
        Arguments.of("00 00 0c 00 00 22 00 00", "24 0c 22"),
        Arguments.of("01 03 02 04 05 07 06 08", "ff 01 03 02 04 05 07 06 08 00"),
        Arguments.of(
            "08 00 64 06 00 01 01 02" + " 00".repeat(24) + " 00 00 01 00 02 00 03 01",
            "ed 08 64 06 01 01 02 00 02 d4 01 02 03 01"));
  }

  @ParameterizedTest
  @MethodSource("specVectors")
  void specVectorsPack(String unpacked, String packed) {
    assertEquals(packed, toHex(pack(hex(unpacked))));
    assertEquals(hex(packed).length, Packing.packedSize(ByteBuffer.wrap(hex(unpacked))));
  }

  @ParameterizedTest
  @MethodSource("specVectors")
  void specVectorsUnpack(String unpacked, String packed) {
    assertEquals(unpacked.trim(), toHex(unpack(hex(packed))));
    assertEquals(hex(unpacked).length, Packing.unpackedSize(ByteBuffer.wrap(hex(packed))));
  }

  @Test
  void zeroRunCountsAtMost255MoreWords() {
    assertPacksTo(words(255, ZERO), "00 fe");
    assertPacksTo(words(256, ZERO), "00 ff");
    assertPacksTo(words(257, ZERO), "00 ff 00 00");
    assertPacksTo(words(512, ZERO), "00 ff 00 ff");
    assertPacksTo(concat(words(256, ZERO), ONE_BYTE), "00 ff 01 01");
  }

  @Test
  void zeroRunEndsAtEndOfInput() {
    assertPacksTo(concat(ONE_BYTE, words(3, ZERO)), "01 01 00 02");
    assertPacksTo(concat(words(2, ZERO), ONE_BYTE, ZERO), "00 01 01 01 00 00");
  }

  @Test
  void literalRunCountsAtMost255MoreWords() {
    byte[] full256 = words(256, FULL);
    assertArrayEquals(concat(hex("ff"), FULL, hex("ff"), words(255, FULL)), pack(full256));
    assertArrayEquals(
        concat(hex("ff"), FULL, hex("ff"), words(255, FULL), hex("ff"), FULL, hex("00")),
        pack(words(257, FULL)));
    assertArrayEquals(
        concat(hex("ff"), FULL, hex("ff"), words(255, FULL), hex("00 00")),
        pack(concat(full256, ZERO)));
    assertRoundTrips(words(257, FULL));
    assertRoundTrips(words(600, ONE_ZERO));
  }

  @Test
  void literalRunEndsAtEndOfInput() {
    assertArrayEquals(concat(hex("ff"), FULL, hex("02"), FULL, FULL), pack(words(3, FULL)));
  }

  @Test
  void wordWithOneZeroByteExtendsLiteralRun() {
    assertArrayEquals(concat(hex("ff"), FULL, hex("01"), ONE_ZERO), pack(concat(FULL, ONE_ZERO)));
    // Inside the run, words without zero bytes and with one zero byte mix freely.
    assertArrayEquals(
        concat(hex("ff"), FULL, hex("03"), ONE_ZERO, FULL, ONE_ZERO),
        pack(concat(FULL, ONE_ZERO, FULL, ONE_ZERO)));
  }

  @Test
  void wordWithTwoZeroBytesEndsLiteralRun() {
    assertArrayEquals(
        concat(hex("ff"), FULL, hex("00 7d 11 33 44 55 66 77")), pack(concat(FULL, TWO_ZEROS)));
    assertArrayEquals(
        concat(hex("ff"), FULL, hex("01"), ONE_ZERO, hex("00 00")),
        pack(concat(FULL, ONE_ZERO, ZERO)));
  }

  @Test
  void wordWithOneZeroByteOutsideRunIsTagged() {
    assertPacksTo(ONE_ZERO, "fb 11 22 44 55 66 77 88");
    assertPacksTo(concat(TWO_ZEROS, ONE_ZERO), "7d 11 33 44 55 66 77 fb 11 22 44 55 66 77 88");
  }

  @Test
  void maxPackedSizeIsTheExactWorstCase() {
    // Exhaustive over word classes (zero, >=2 zero bytes, 1 zero byte, no zero byte): the largest
    // output any sequence of n words can pack to, including the effect of the 255-word limit.
    long[] worst = worstPackedSizes(600);
    for (int n = 0; n <= 600; n++) {
      assertEquals(worst[n], Packing.maxPackedSize(n * 8), "words: " + n);
    }
  }

  @Test
  void maxPackedSizeIsReachedByAlternatingFullAndTwoZeroWords() {
    for (int n = 1; n <= 40; n++) {
      byte[] input = new byte[n * 8];
      for (int w = 0; w < n; w++) {
        byte[] word = w % 2 == 0 ? FULL : (w == n - 1 ? ONE_ZERO : TWO_ZEROS);
        System.arraycopy(word, 0, input, w * 8, 8);
      }
      assertEquals(Packing.maxPackedSize(input.length), pack(input).length, "words: " + n);
    }
  }

  @Test
  void maxPackedSizeRejectsPartialWordsAndOverflow() {
    assertEquals(0, Packing.maxPackedSize(0));
    assertThrows(IllegalArgumentException.class, () -> Packing.maxPackedSize(-8));
    assertThrows(IllegalArgumentException.class, () -> Packing.maxPackedSize(12));
    assertThrows(
        IllegalArgumentException.class, () -> Packing.maxPackedSize(Integer.MAX_VALUE & ~7));
  }

  @Test
  void sizesDoNotMovePositions() {
    ByteBuffer unpacked = ByteBuffer.wrap(concat(FULL, ZERO, ZERO, TWO_ZEROS));
    assertEquals(19, Packing.packedSize(unpacked));
    assertEquals(0, unpacked.position());
    ByteBuffer packed = ByteBuffer.wrap(pack(TestBytes.remaining(unpacked)));
    assertEquals(32, Packing.unpackedSize(packed));
    assertEquals(0, packed.position());
  }

  @Test
  void partialWordsAreRejected() {
    ByteBuffer src = ByteBuffer.allocate(12);
    ByteBuffer dst = ByteBuffer.allocate(100);
    assertThrows(IllegalArgumentException.class, () -> Packing.pack(src, dst));
    assertThrows(IllegalArgumentException.class, () -> Packing.packedSize(src));
    assertEquals(0, src.position());
    assertEquals(0, dst.position());
  }

  @Test
  void sameBufferIsRejected() {
    ByteBuffer buffer = ByteBuffer.allocate(64);
    assertThrows(IllegalArgumentException.class, () -> Packing.pack(buffer, buffer));
    assertThrows(IllegalArgumentException.class, () -> Packing.unpack(buffer, buffer));
  }

  @Test
  void packIntoTooSmallDestinationFailsBeforeWriting() {
    byte[] input = concat(FULL, ZERO, ZERO, TWO_ZEROS);
    ByteBuffer src = ByteBuffer.wrap(input);
    ByteBuffer dst = ByteBuffer.allocate(16);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Packing.pack(src, dst));
    assertTrue(e.getMessage().contains("needs 19"), e.getMessage());
    assertArrayEquals(new byte[16], dst.array());
    assertEquals(0, src.position());
    assertEquals(0, dst.position());
  }

  @Test
  void packIntoExactlyPackedSizeSucceeds() {
    byte[] input = concat(FULL, ZERO, ZERO, TWO_ZEROS);
    ByteBuffer dst = ByteBuffer.allocate(Packing.packedSize(ByteBuffer.wrap(input)));
    assertTrue(dst.capacity() < Packing.maxPackedSize(input.length));
    assertEquals(19, Packing.pack(ByteBuffer.wrap(input), dst));
    assertArrayEquals(NaivePacking.pack(input), dst.array());
  }

  @Test
  void unpackIntoTooSmallDestinationSaysWhatIsNeeded() {
    byte[] packed = pack(concat(FULL, words(10, ZERO), TWO_ZEROS));
    for (int room : new int[] {0, 8, 16, 95}) {
      ByteBuffer src = ByteBuffer.wrap(packed);
      ByteBuffer dst = ByteBuffer.allocate(room);
      DecodeException e = assertThrows(DecodeException.class, () -> Packing.unpack(src, dst));
      assertTrue(e.getMessage().contains("unpacks to 96 bytes"), e.getMessage());
      assertTrue(e.getMessage().contains(room + " bytes remaining"), e.getMessage());
      assertEquals(0, src.position());
      assertEquals(0, dst.position());
    }
  }

  @Test
  void truncatedInputNamesTheDefectAndOffset() {
    assertTruncated(
        "01 01 ff 11 22", "tag 0xff at offset 2 needs 8 non-zero bytes", "ends at offset 5");
    assertTruncated("01 01 00", "tag 0x00 at offset 2 needs a run count", "ends at offset 3");
    assertTruncated(
        "ff 01 02 03 04 05 06 07 08", "tag 0xff at offset 0 needs a run count", "ends at offset 9");
    assertTruncated(
        "ff 01 02 03 04 05 06 07 08 02" + " 11".repeat(15),
        "tag 0xff at offset 0 announces 2 literal words (16 bytes) from offset 10",
        "ends at offset 25");
  }

  /** Every byte order, heap and direct, with positions, limits and slices away from zero. */
  static Stream<Arguments> bufferKinds() {
    Stream.Builder<Arguments> kinds = Stream.builder();
    for (boolean direct : new boolean[] {false, true}) {
      for (ByteOrder order : new ByteOrder[] {ByteOrder.LITTLE_ENDIAN, ByteOrder.BIG_ENDIAN}) {
        for (boolean slice : new boolean[] {false, true}) {
          kinds.add(Arguments.of(direct, order, slice));
        }
      }
    }
    return kinds.build();
  }

  @ParameterizedTest(name = "direct={0} order={1} slice={2}")
  @MethodSource("bufferKinds")
  void anyBufferKindPacksAndUnpacksOnlyBetweenPositionAndLimit(
      boolean direct, ByteOrder order, boolean slice) {
    byte[] input = randomWords(new SplittableRandom(42), 300);
    byte[] expected = NaivePacking.pack(input);

    ByteBuffer src = buffer(direct, order, slice, input.length + 11);
    src.position(5);
    src.put(input);
    src.limit(src.position()).position(5);
    ByteBuffer dst = buffer(direct, order, slice, expected.length + 20);
    fill(dst, (byte) 0x5a);
    dst.position(7).limit(7 + expected.length + 3);

    assertEquals(expected.length, Packing.pack(src, dst));
    assertEquals(src.limit(), src.position());
    assertEquals(7 + expected.length, dst.position());
    assertArrayEquals(expected, slice(dst, 7, expected.length));
    assertUntouched(dst, 0, 7, (byte) 0x5a);
    assertUntouched(dst, 7 + expected.length, dst.capacity(), (byte) 0x5a);

    ByteBuffer packed = buffer(direct, order, slice, expected.length + 9);
    packed.position(5).put(expected).limit(packed.position()).position(5);
    ByteBuffer out = buffer(direct, order, slice, input.length + 30);
    fill(out, (byte) 0x5a);
    out.position(13).limit(13 + input.length + 8);
    assertEquals(input.length, Packing.unpackedSize(packed));
    assertEquals(input.length, Packing.unpack(packed, out));
    assertEquals(packed.limit(), packed.position());
    assertEquals(13 + input.length, out.position());
    assertArrayEquals(input, slice(out, 13, input.length));
    assertUntouched(out, 0, 13, (byte) 0x5a);
    assertUntouched(out, 13 + input.length, out.capacity(), (byte) 0x5a);
  }

  @Test
  void readOnlySourcesWork() {
    byte[] input = randomWords(new SplittableRandom(7), 50);
    ByteBuffer dst = ByteBuffer.allocate(Packing.maxPackedSize(input.length));
    Packing.pack(ByteBuffer.wrap(input).asReadOnlyBuffer(), dst);
    dst.flip();
    ByteBuffer out = ByteBuffer.allocateDirect(input.length);
    Packing.unpack(dst.asReadOnlyBuffer(), out);
    out.flip();
    assertArrayEquals(input, TestBytes.remaining(out));
  }

  /** Input with every tag kind: mostly zero words, some full, one- and two-zero words. */
  static byte[] randomWords(SplittableRandom random, int count) {
    byte[] out = new byte[count * 8];
    for (int w = 0; w < count; w++) {
      int kind = random.nextInt(5);
      for (int i = 0; i < 8; i++) {
        boolean zero = kind == 0
            || (kind == 2 && i == 3)
            || (kind == 3 && (i == 1 || i == 6))
            || (kind == 4 && random.nextInt(3) != 0);
        out[w * 8 + i] = zero ? 0 : (byte) (1 + random.nextInt(255));
      }
    }
    return out;
  }

  private static void assertPacksTo(byte[] unpacked, String packedHex) {
    assertEquals(packedHex, toHex(pack(unpacked)));
    assertRoundTrips(unpacked);
  }

  private static void assertRoundTrips(byte[] unpacked) {
    byte[] packed = pack(unpacked);
    assertArrayEquals(NaivePacking.pack(unpacked), packed);
    assertEquals(packed.length, Packing.packedSize(ByteBuffer.wrap(unpacked)));
    assertArrayEquals(unpacked, unpack(packed));
  }

  private static void assertTruncated(String packedHex, String... messageParts) {
    byte[] packed = hex(packedHex);
    DecodeException size =
        assertThrows(DecodeException.class, () -> Packing.unpackedSize(ByteBuffer.wrap(packed)));
    ByteBuffer src = ByteBuffer.wrap(packed);
    DecodeException unpack =
        assertThrows(DecodeException.class, () -> Packing.unpack(src, ByteBuffer.allocate(4096)));
    assertEquals(0, src.position());
    for (String part : messageParts) {
      assertTrue(size.getMessage().contains(part), size.getMessage());
      assertTrue(unpack.getMessage().contains(part), unpack.getMessage());
    }
  }

  /** Worst packed size of n words, by dynamic programming over word classes and run state. */
  private static long[] worstPackedSizes(int maxWords) {
    // State: 0 = no run open; 1 + c = zero run with c extra words; 257 + c = literal run.
    int states = 1 + 256 + 256;
    long[] best = new long[states];
    Arrays.fill(best, -1);
    best[0] = 0;
    long[] result = new long[maxWords + 1];
    for (int n = 1; n <= maxWords; n++) {
      long[] next = new long[states];
      Arrays.fill(next, -1);
      for (int s = 0; s < states; s++) {
        if (best[s] < 0) {
          continue;
        }
        long v = best[s];
        boolean zeroRun = s >= 1 && s <= 256 && s - 1 < 255;
        boolean literalRun = s >= 257 && s - 257 < 255;
        // All-zero word.
        if (zeroRun) {
          relax(next, s + 1, v);
        } else {
          relax(next, 1, v + 2);
        }
        // Word with at least two zero bytes: at most tag + 6 bytes.
        relax(next, 0, v + 7);
        // Word with one zero byte, and word without zero bytes.
        if (literalRun) {
          relax(next, s + 1, v + 8);
          relax(next, s + 1, v + 8);
        } else {
          relax(next, 0, v + 8);
          relax(next, 257, v + 10);
        }
      }
      best = next;
      long max = 0;
      for (long v : best) {
        max = Math.max(max, v);
      }
      result[n] = max;
    }
    return result;
  }

  private static void relax(long[] states, int state, long value) {
    states[state] = Math.max(states[state], value);
  }

  private static ByteBuffer buffer(boolean direct, ByteOrder order, boolean slice, int size) {
    int extra = slice ? 3 : 0;
    ByteBuffer buffer =
        direct ? ByteBuffer.allocateDirect(size + extra) : ByteBuffer.allocate(size + extra);
    if (slice) {
      buffer.position(extra);
      buffer = buffer.slice();
    }
    return buffer.order(order);
  }

  private static void fill(ByteBuffer buffer, byte value) {
    for (int i = 0; i < buffer.capacity(); i++) {
      buffer.put(i, value);
    }
  }

  private static byte[] slice(ByteBuffer buffer, int from, int length) {
    ByteBuffer all = buffer.duplicate().clear();
    byte[] out = new byte[length];
    for (int i = 0; i < length; i++) {
      out[i] = all.get(from + i);
    }
    return out;
  }

  private static void assertUntouched(ByteBuffer buffer, int from, int to, byte value) {
    ByteBuffer all = buffer.duplicate().clear();
    for (int i = from; i < to; i++) {
      assertEquals(value, all.get(i), "byte " + i + " was overwritten");
    }
  }
}
