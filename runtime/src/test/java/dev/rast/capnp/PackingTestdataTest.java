package dev.rast.capnp;

import static dev.rast.capnp.TestBytes.pack;
import static dev.rast.capnp.TestBytes.testdata;
import static dev.rast.capnp.TestBytes.unpack;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.ByteBuffer;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The official Cap'n Proto testdata files (written by capnp's C++ implementation) as the oracle:
 * pack(binary) == packed, unpack(packed) == binary, and likewise for flat and segmented messages.
 */
class PackingTestdataTest {
  @Test
  void binaryPacksToPacked() {
    assertArrayEquals(testdata("packed"), pack(testdata("binary")));
  }

  @Test
  void packedUnpacksToBinary() {
    assertArrayEquals(testdata("binary"), unpack(testdata("packed")));
  }

  @Test
  void flatPacksToPackedflat() {
    assertArrayEquals(testdata("packedflat"), pack(testdata("flat")));
  }

  @Test
  void packedflatUnpacksToFlat() {
    assertArrayEquals(testdata("flat"), unpack(testdata("packedflat")));
  }

  /**
   * capnp packs the segment table and each segment with separate writes, and runs never cross
   * a write, so the oracle is one {@code pack} call per piece into the same destination.
   */
  @Test
  void segmentedPacksPieceByPieceToSegmentedPacked() {
    byte[] segmented = testdata("segmented");
    byte[] expected = testdata("segmented-packed");
    ByteBuffer dst = ByteBuffer.allocate(Packing.maxPackedSize(segmented.length));
    for (byte[] piece : TestBytes.framePieces(segmented)) {
      Packing.pack(ByteBuffer.wrap(piece), dst);
    }
    assertArrayEquals(expected, Arrays.copyOf(dst.array(), dst.position()));
  }

  /** Packing the framed stream in one call lets runs cross pieces: different bytes, same data. */
  @Test
  void segmentedPackedInOneCallDiffersButRoundTrips() {
    byte[] segmented = testdata("segmented");
    byte[] whole = pack(segmented);
    assertEquals(1348, whole.length);
    assertEquals(1352, testdata("segmented-packed").length);
    assertArrayEquals(segmented, unpack(whole));
  }

  @Test
  void segmentedPackedUnpacksToSegmented() {
    assertArrayEquals(testdata("segmented"), unpack(testdata("segmented-packed")));
  }

  /**
   * Cutting a valid packed stream anywhere either ends cleanly between two tags (and then decodes
   * to a prefix, as the reference says) or raises DecodeException: never another exception.
   */
  @ParameterizedTest
  @ValueSource(strings = {"packed", "packedflat", "segmented-packed"})
  void truncationAtEveryOffsetRaisesDecodeExceptionOnly(String file) {
    byte[] packed = testdata(file);
    int clean = 0;
    for (int cut = 0; cut <= packed.length; cut++) {
      byte[] prefix = Arrays.copyOf(packed, cut);
      byte[] reference = NaivePacking.unpackOrNull(prefix);
      ByteBuffer dst = ByteBuffer.allocate(8192);
      if (reference == null) {
        assertThrows(
            DecodeException.class,
            () -> Packing.unpackedSize(ByteBuffer.wrap(prefix)),
            "cut at " + cut);
        assertThrows(
            DecodeException.class,
            () -> Packing.unpack(ByteBuffer.wrap(prefix), dst),
            "cut at " + cut);
      } else {
        clean++;
        assertEquals(reference.length, Packing.unpackedSize(ByteBuffer.wrap(prefix)));
        Packing.unpack(ByteBuffer.wrap(prefix), dst);
        assertArrayEquals(reference, Arrays.copyOf(dst.array(), dst.position()), "cut at " + cut);
      }
    }
    assertFalse(clean == packed.length + 1, "some cuts must be truncations");
  }
}
