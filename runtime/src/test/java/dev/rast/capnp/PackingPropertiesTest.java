package dev.rast.capnp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** Properties of buffer-to-buffer packing over generated input, checked against the reference. */
class PackingPropertiesTest {
  @Provide
  Arbitrary<byte[]> wordArrays() {
    return WordArrays.wordArrays();
  }

  @Provide
  Arbitrary<byte[]> anyBytes() {
    return Arbitraries.frequencyOf(
            Tuple.of(1, Arbitraries.just((byte) 0)),
            Tuple.of(1, Arbitraries.just((byte) 0xFF)),
            Tuple.of(3, Arbitraries.bytes()))
        .array(byte[].class)
        .ofMaxSize(200);
  }

  @Property
  void unpackInvertsPack(@ForAll("wordArrays") byte[] input) {
    byte[] packed = TestBytes.pack(input);
    assertArrayEquals(input, TestBytes.unpack(packed));
  }

  @Property
  void packMatchesReferenceAndSizesAreExact(@ForAll("wordArrays") byte[] input) {
    byte[] packed = TestBytes.pack(input);
    assertArrayEquals(NaivePacking.pack(input), packed);
    assertEquals(packed.length, Packing.packedSize(ByteBuffer.wrap(input)));
    assertEquals(input.length, Packing.unpackedSize(ByteBuffer.wrap(packed)));
    assertTrue(packed.length <= Packing.maxPackedSize(input.length));
  }

  /**
   * Heap arrays take a word-at-a-time path and direct buffers the byte-buffer path: both give the
   * reference bytes, into a destination of exactly the packed size inside a larger array, without
   * touching a byte outside the destination's window.
   */
  @Property
  void heapAndDirectPathsAgreeAndStayInsideTheirWindow(@ForAll("wordArrays") byte[] input) {
    byte[] expected = NaivePacking.pack(input);
    assertWindowOnly(expected, window -> Packing.pack(ByteBuffer.wrap(input), window));
    ByteBuffer direct = ByteBuffer.allocateDirect(expected.length);
    Packing.pack(ByteBuffer.wrap(input), direct);
    byte[] viaDirect = new byte[expected.length];
    direct.flip().get(viaDirect);
    assertArrayEquals(expected, viaDirect);
    assertWindowOnly(input, window -> Packing.unpack(ByteBuffer.wrap(expected), window));
  }

  /**
   * Runs {@code write} on a heap window of {@code expected.length} bytes, 16 bytes into a larger
   * array filled with a marker, and checks that it returns that length, writes {@code expected}
   * there and leaves the marker bytes on both sides alone.
   */
  private static void assertWindowOnly(
      byte[] expected, java.util.function.ToIntFunction<ByteBuffer> write) {
    byte[] backing = new byte[expected.length + 32];
    Arrays.fill(backing, (byte) 0x5A);
    ByteBuffer window = ByteBuffer.wrap(backing, 16, expected.length).slice();
    assertEquals(expected.length, write.applyAsInt(window));
    assertArrayEquals(expected, Arrays.copyOfRange(backing, 16, 16 + expected.length));
    for (int i = 0; i < 16; i++) {
      assertEquals((byte) 0x5A, backing[i], "byte before the window");
      assertEquals((byte) 0x5A, backing[16 + expected.length + i], "byte after the window");
    }
  }

  /** Arbitrary bytes decode as the reference says, or raise DecodeException and nothing else. */
  @Property
  void arbitraryBytesUnpackOrRaiseDecodeException(@ForAll("anyBytes") byte[] packed) {
    byte[] reference = NaivePacking.unpackOrNull(packed);
    ByteBuffer dst = ByteBuffer.allocate(200 * 256 * 8);
    if (reference == null) {
      assertThrows(DecodeException.class, () -> Packing.unpackedSize(ByteBuffer.wrap(packed)));
      assertThrows(DecodeException.class, () -> Packing.unpack(ByteBuffer.wrap(packed), dst));
    } else {
      assertEquals(reference.length, Packing.unpackedSize(ByteBuffer.wrap(packed)));
      assertEquals(reference.length, Packing.unpack(ByteBuffer.wrap(packed), dst));
      assertArrayEquals(reference, Arrays.copyOf(dst.array(), reference.length));
    }
  }
}
