package dev.rast.capnp;

import static dev.rast.capnp.TestBytes.concat;
import static dev.rast.capnp.TestBytes.hex;
import static dev.rast.capnp.TestBytes.testdata;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The streaming unpacker: any chunking, laziness, truncation, lifecycle. */
class PackedInputStreamTest {
  @Provide
  Arbitrary<byte[]> wordArrays() {
    return WordArrays.wordArrays();
  }

  @Provide
  Arbitrary<List<Integer>> chunkSizes() {
    return WordArrays.chunkSizes();
  }

  @Property
  void anyChunkingUnpacksLikeOneBufferCall(
      @ForAll("wordArrays") byte[] input,
      @ForAll("chunkSizes") List<Integer> sourceChunks,
      @ForAll("chunkSizes") List<Integer> reads)
      throws IOException {
    byte[] packed = TestBytes.pack(input);
    InputStream in = new PackedInputStream(new ChunkedInputStream(packed, sourceChunks));
    assertArrayEquals(input, readAll(in, reads));
  }

  @ParameterizedTest
  @ValueSource(strings = {"packed", "packedflat", "segmented-packed"})
  void testdataUnpacks(String file) throws IOException {
    byte[] expected = TestBytes.unpack(testdata(file));
    InputStream in =
        new PackedInputStream(new ChunkedInputStream(testdata(file), List.of(3, 1, 7)));
    assertArrayEquals(expected, readAll(in, List.of(5, 13, 1, 4096)));
  }

  @Test
  void singleByteReadsUnpackEverything() throws IOException {
    byte[] packed = testdata("packed");
    PackedInputStream in = new PackedInputStream(new ByteArrayInputStream(packed));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int b = in.read(); b >= 0; b = in.read()) {
      out.write(b);
    }
    assertArrayEquals(testdata("binary"), out.toByteArray());
    assertEquals(-1, in.read());
  }

  /** Cut anywhere: a clean cut reads to -1 with the reference's bytes, any other one throws. */
  @ParameterizedTest
  @ValueSource(strings = {"packed", "segmented-packed"})
  void truncationAtEveryOffsetRaisesDecodeExceptionOnly(String file) throws IOException {
    byte[] packed = testdata(file);
    byte[] full = TestBytes.unpack(packed);
    for (int cut = 0; cut <= packed.length; cut++) {
      byte[] prefix = Arrays.copyOf(packed, cut);
      byte[] reference = NaivePacking.unpackOrNull(prefix);
      InputStream in = new PackedInputStream(new ChunkedInputStream(prefix, List.of(4, 9)));
      ByteArrayOutputStream delivered = new ByteArrayOutputStream();
      byte[] chunk = new byte[100];
      try {
        for (int n = in.read(chunk); n >= 0; n = in.read(chunk)) {
          delivered.write(chunk, 0, n);
        }
        if (reference == null) {
          fail("cut at " + cut + " was read to the end without an error");
        }
        assertArrayEquals(reference, delivered.toByteArray(), "cut at " + cut);
      } catch (DecodeException e) {
        if (reference != null) {
          throw new AssertionError("clean cut at " + cut + " raised " + e.getMessage(), e);
        }
        byte[] got = delivered.toByteArray();
        assertArrayEquals(Arrays.copyOf(full, got.length), got, "bytes before the damage");
      }
    }
  }

  @Test
  void readReturnsDecodableBytesWithoutReadingSourceAgain() throws IOException {
    // The source serves "01 01 00 02" then would block; the read must not ask it again.
    byte[] first = hex("01 01 00 02");
    InputStream source = new InputStream() {
      int served;

      @Override
      public int read() {
        throw new UnsupportedOperationException();
      }

      @Override
      public int read(byte[] b, int off, int len) {
        if (served++ > 0) {
          fail("read blocked on the source although bytes were decodable");
        }
        System.arraycopy(first, 0, b, off, first.length);
        return first.length;
      }
    };
    PackedInputStream in = new PackedInputStream(source);
    byte[] buffer = new byte[100];
    assertEquals(8, in.read(buffer, 0, 3) + in.read(buffer, 3, 5));
    assertEquals(24, in.available());
    assertEquals(24, in.read(buffer, 0, 100));
  }

  @Test
  void truncationIsReportedAfterTheBytesBeforeIt() throws IOException {
    PackedInputStream in = new PackedInputStream(new ByteArrayInputStream(hex("01 01 ff 11 22")));
    byte[] buffer = new byte[100];
    assertEquals(8, in.read(buffer));
    DecodeException e = assertThrows(DecodeException.class, () -> in.read(buffer));
    assertTrue(
        e.getMessage().contains("tag 0xff at offset 2 needs 8 non-zero bytes"), e.getMessage());
    assertTrue(e.getMessage().contains("ends at offset 5"), e.getMessage());
  }

  @Test
  void truncatedLiteralRunReportsOffsets() throws IOException {
    byte[] packed = concat(hex("00 00 ff 01 02 03 04 05 06 07 08 02"), new byte[11]);
    PackedInputStream in = new PackedInputStream(new ChunkedInputStream(packed, List.of(3)));
    byte[] buffer = new byte[100];
    DecodeException e = assertThrows(DecodeException.class, () -> {
      while (in.read(buffer) >= 0) {
        // Drain until the damage.
      }
    });
    assertTrue(
        e.getMessage()
            .contains("tag 0xff at offset 2 announces 2 literal words (16 bytes) from offset 12"),
        e.getMessage());
    assertTrue(e.getMessage().contains("ends at offset 23"), e.getMessage());
  }

  @Test
  void missingRunCountIsTruncation() {
    PackedInputStream in = new PackedInputStream(new ByteArrayInputStream(hex("00")));
    DecodeException e = assertThrows(DecodeException.class, () -> in.read(new byte[8]));
    assertTrue(e.getMessage().contains("tag 0x00 at offset 0 needs a run count"), e.getMessage());
  }

  @Test
  void longZeroRunsAreReadInSmallPieces() throws IOException {
    byte[] input = new byte[8 * 1000];
    InputStream in = new PackedInputStream(new ByteArrayInputStream(TestBytes.pack(input)));
    assertArrayEquals(input, readAll(in, List.of(7)));
  }

  @Test
  void emptyInputIsEndOfStream() throws IOException {
    PackedInputStream in = new PackedInputStream(new ByteArrayInputStream(new byte[0]));
    assertEquals(0, in.read(new byte[8], 0, 0));
    assertEquals(-1, in.read(new byte[8]));
    assertEquals(-1, in.read());
  }

  @Test
  void closeClosesSourceAndLaterReadsFail() throws IOException {
    boolean[] closed = new boolean[1];
    InputStream source = new ByteArrayInputStream(hex("00 00")) {
      @Override
      public void close() {
        closed[0] = true;
      }
    };
    PackedInputStream in = new PackedInputStream(source);
    in.close();
    assertTrue(closed[0]);
    assertThrows(IOException.class, in::read);
    assertThrows(IOException.class, () -> in.read(new byte[8]));
    assertThrows(IOException.class, in::available);
  }

  /** Reads to the end, asking for the given sizes in turn. */
  static byte[] readAll(InputStream in, List<Integer> reads) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[10_001];
    int next = 0;
    while (true) {
      int size = Math.min(reads.get(next++ % reads.size()), buffer.length);
      int n = in.read(buffer, 0, size);
      if (n < 0) {
        return out.toByteArray();
      }
      if (size > 0 && n == 0) {
        fail("read(" + size + ") returned 0");
      }
      out.write(buffer, 0, n);
    }
  }

  /** Serves its bytes in chunks of the given sizes in turn (a zero size serves one byte). */
  static final class ChunkedInputStream extends InputStream {
    private final byte[] data;
    private final List<Integer> chunks;
    private int at;
    private int next;

    ChunkedInputStream(byte[] data, List<Integer> chunks) {
      this.data = data;
      this.chunks = chunks;
    }

    @Override
    public int read() {
      return at < data.length ? data[at++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (len == 0) {
        return 0;
      }
      if (at == data.length) {
        return -1;
      }
      int size = Math.max(1, chunks.get(next++ % chunks.size()));
      int n = Math.min(Math.min(size, len), data.length - at);
      System.arraycopy(data, at, b, off, n);
      at += n;
      return n;
    }
  }
}
