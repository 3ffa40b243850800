package dev.rast.capnp;

import static dev.rast.capnp.TestBytes.concat;
import static dev.rast.capnp.TestBytes.hex;
import static dev.rast.capnp.TestBytes.testdata;
import static dev.rast.capnp.TestBytes.words;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The streaming packer: same bytes as {@link Packing#pack} for any chunking, runs, lifecycle. */
class PackedOutputStreamTest {
  private static final byte[] FULL = hex("11 22 33 44 55 66 77 88");

  @Provide
  Arbitrary<byte[]> wordArrays() {
    return WordArrays.wordArrays();
  }

  @Provide
  Arbitrary<List<Integer>> chunkSizes() {
    return WordArrays.chunkSizes();
  }

  @Property
  void anyChunkingPacksLikeOneBufferCall(
      @ForAll("wordArrays") byte[] input, @ForAll("chunkSizes") List<Integer> chunks)
      throws IOException {
    assertArrayEquals(TestBytes.pack(input), packChunked(input, chunks));
  }

  @Test
  void specVectorsByteByByte() throws IOException {
    byte[] input = concat(
        hex("08 00 64 06 00 01 01 02"),
        new byte[24],
        hex("00 00 01 00 02 00 03 01"),
        hex("01 03 02 04 05 07 06 08"));
    assertArrayEquals(TestBytes.pack(input), packChunked(input, List.of(1)));
  }

  @Test
  void runLimitsAcrossWritesMatchBufferPacking() throws IOException {
    byte[] input = concat(words(600, new byte[8]), words(600, FULL), words(3, new byte[8]));
    for (int chunk : new int[] {1, 3, 8, 13, 2048, 100_000}) {
      assertArrayEquals(
          TestBytes.pack(input), packChunked(input, List.of(chunk)), "chunk " + chunk);
    }
  }

  @Test
  void binaryPacksToPacked() throws IOException {
    assertArrayEquals(testdata("packed"), packChunked(testdata("binary"), List.of(5, 64, 1)));
  }

  @Test
  void endRunAtPieceBoundariesReproducesCapnpForSegmentedMessages() throws IOException {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    try (PackedOutputStream out = new PackedOutputStream(sink)) {
      for (byte[] piece : TestBytes.framePieces(testdata("segmented"))) {
        out.write(piece);
        out.endRun();
      }
    }
    assertArrayEquals(testdata("segmented-packed"), sink.toByteArray());
  }

  @Test
  void endRunInsideWordIsRejected() throws IOException {
    PackedOutputStream out = new PackedOutputStream(new ByteArrayOutputStream());
    out.write(new byte[3]);
    assertThrows(IllegalStateException.class, out::endRun);
  }

  @Test
  void flushPassesCompleteWordsOnAndKeepsPartialWord() throws IOException {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    PackedOutputStream out = new PackedOutputStream(sink);
    byte[] input = concat(words(4, new byte[8]), words(3, FULL));
    out.write(input, 0, input.length);
    out.write(hex("01 02 03"));
    assertEquals(0, sink.size(), "buffered until flush");
    out.flush();
    assertArrayEquals(input, TestBytes.unpack(sink.toByteArray()));
    out.write(hex("04 05 06 07 08"));
    out.close();
    assertArrayEquals(
        concat(input, hex("01 02 03 04 05 06 07 08")), TestBytes.unpack(sink.toByteArray()));
  }

  @Test
  void closeAfterPartialWordFailsButClosesUnderlyingStream() throws IOException {
    RecordingStream sink = new RecordingStream();
    PackedOutputStream out = new PackedOutputStream(sink);
    out.write(concat(FULL, hex("01 02")));
    IllegalStateException e = assertThrows(IllegalStateException.class, out::close);
    assertTrue(e.getMessage().contains("2 bytes past a multiple of 8"), e.getMessage());
    assertTrue(sink.closed);
    assertArrayEquals(FULL, TestBytes.unpack(sink.toByteArray()));
  }

  @Test
  void writeAfterCloseFailsAndCloseIsIdempotent() throws IOException {
    RecordingStream sink = new RecordingStream();
    PackedOutputStream out = new PackedOutputStream(sink);
    out.close();
    out.close();
    assertEquals(1, sink.closeCount);
    assertThrows(IOException.class, () -> out.write(1));
    assertThrows(IOException.class, () -> out.write(new byte[8]));
    assertThrows(IOException.class, out::flush);
  }

  @Test
  void closeFlushesUnderlyingStream() throws IOException {
    RecordingStream sink = new RecordingStream();
    try (PackedOutputStream out = new PackedOutputStream(sink)) {
      out.write(words(2, new byte[8]));
    }
    assertEquals("00 01", TestBytes.toHex(sink.toByteArray()));
    assertTrue(sink.flushed);
  }

  @Test
  void badWriteArgumentsAreRejected() {
    PackedOutputStream out = new PackedOutputStream(new ByteArrayOutputStream());
    assertThrows(IndexOutOfBoundsException.class, () -> out.write(new byte[4], 2, 3));
    assertThrows(NullPointerException.class, () -> new PackedOutputStream(null));
  }

  /** Packs through the stream, writing chunks of the given sizes in turn (1 = write(int)). */
  static byte[] packChunked(byte[] input, List<Integer> chunks) throws IOException {
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    try (PackedOutputStream out = new PackedOutputStream(sink)) {
      int at = 0;
      int next = 0;
      while (at < input.length) {
        int size = Math.min(chunks.get(next++ % chunks.size()), input.length - at);
        if (size == 1) {
          out.write(input[at]);
        } else {
          out.write(input, at, size);
        }
        at += size;
      }
    }
    return sink.toByteArray();
  }

  private static final class RecordingStream extends ByteArrayOutputStream {
    boolean closed;
    boolean flushed;
    int closeCount;

    @Override
    public void flush() {
      flushed = true;
    }

    @Override
    public void close() {
      closed = true;
      closeCount++;
    }
  }
}
