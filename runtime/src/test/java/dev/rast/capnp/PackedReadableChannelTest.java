package dev.rast.capnp;

import static dev.rast.capnp.TestBytes.hex;
import static dev.rast.capnp.TestBytes.testdata;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ReadableByteChannel;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The channel unpacker: heap and direct destinations, non-blocking sources, truncation. */
class PackedReadableChannelTest {
  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void testdataUnpacksIntoHeapAndDirectBuffers(boolean direct) throws IOException {
    for (String file : new String[] {"packed", "packedflat", "segmented-packed"}) {
      byte[] expected = TestBytes.unpack(testdata(file));
      PackedReadableChannel channel =
          new PackedReadableChannel(new TrickleChannel(testdata(file), 7, false));
      assertArrayEquals(expected, readAll(channel, direct, 13), file);
    }
  }

  @Test
  void largeDirectReadsGoThroughScratchBufferInPieces() throws IOException {
    byte[] input = PackingTest.randomWords(new SplittableRandom(3), 5000);
    PackedReadableChannel channel =
        new PackedReadableChannel(new TrickleChannel(TestBytes.pack(input), 100_000, false));
    assertArrayEquals(input, readAll(channel, true, 50_000));
  }

  @Test
  void nonBlockingSourceYieldsZeroAndKeepsPartialTags() throws IOException {
    byte[] packed = testdata("packed");
    PackedReadableChannel channel = new PackedReadableChannel(new TrickleChannel(packed, 1, true));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteBuffer dst = ByteBuffer.allocate(64);
    int zeros = 0;
    for (int n = channel.read(dst); n >= 0; n = channel.read(dst)) {
      zeros += n == 0 ? 1 : 0;
      out.write(dst.array(), 0, dst.position());
      dst.clear();
    }
    assertTrue(zeros > 0);
    assertArrayEquals(testdata("binary"), out.toByteArray());
  }

  @Test
  void truncatedChannelRaisesDecodeException() throws IOException {
    PackedReadableChannel channel =
        new PackedReadableChannel(new TrickleChannel(hex("01 01 00"), 10, false));
    ByteBuffer dst = ByteBuffer.allocate(64);
    assertEquals(8, channel.read(dst));
    DecodeException e = assertThrows(DecodeException.class, () -> channel.read(dst));
    assertTrue(e.getMessage().contains("tag 0x00 at offset 2 needs a run count"), e.getMessage());
  }

  @Test
  void emptyDestinationReadsNothing() throws IOException {
    PackedReadableChannel channel =
        new PackedReadableChannel(new TrickleChannel(hex("00 00"), 10, false));
    assertEquals(0, channel.read(ByteBuffer.allocate(0)));
    assertEquals(8, channel.read(ByteBuffer.allocate(8)));
    assertEquals(-1, channel.read(ByteBuffer.allocate(8)));
  }

  @Test
  void closeClosesSourceAndLaterReadsFail() throws IOException {
    TrickleChannel source = new TrickleChannel(hex("00 00"), 10, false);
    PackedReadableChannel channel = new PackedReadableChannel(source);
    assertTrue(channel.isOpen());
    channel.close();
    assertFalse(channel.isOpen());
    assertFalse(source.isOpen());
    assertThrows(ClosedChannelException.class, () -> channel.read(ByteBuffer.allocate(8)));
  }

  private static byte[] readAll(ReadableByteChannel channel, boolean direct, int size)
      throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteBuffer dst = direct ? ByteBuffer.allocateDirect(size) : ByteBuffer.allocate(size);
    while (channel.read(dst) >= 0) {
      dst.flip();
      byte[] chunk = new byte[dst.remaining()];
      dst.get(chunk);
      out.write(chunk);
      dst.clear();
    }
    return out.toByteArray();
  }

  /** Serves at most {@code chunk} bytes per read; if {@code stutter}, every other read gets 0. */
  private static final class TrickleChannel implements ReadableByteChannel {
    private final byte[] data;
    private final int chunk;
    private final boolean stutter;
    private int at;
    private int reads;
    private boolean open = true;

    TrickleChannel(byte[] data, int chunk, boolean stutter) {
      this.data = data;
      this.chunk = chunk;
      this.stutter = stutter;
    }

    @Override
    public int read(ByteBuffer dst) {
      if (at == data.length) {
        return -1;
      }
      if (stutter && reads++ % 2 == 0) {
        return 0;
      }
      int n = Math.min(Math.min(chunk, dst.remaining()), data.length - at);
      dst.put(data, at, n);
      at += n;
      return n;
    }

    @Override
    public boolean isOpen() {
      return open;
    }

    @Override
    public void close() {
      open = false;
    }
  }
}
