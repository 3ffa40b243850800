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
