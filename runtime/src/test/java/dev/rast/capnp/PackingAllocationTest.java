package dev.rast.capnp;

import static dev.rast.capnp.TestBytes.concat;
import static dev.rast.capnp.TestBytes.hex;
import static dev.rast.capnp.TestBytes.words;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Packing, unpacking and the streams allocate nothing once set up. Runs under {@code -Xint} (see
 * runtime/pom.xml) so that escape analysis cannot hide an allocation the code really makes.
 */
@Tag("allocation")
class PackingAllocationTest {
  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  /** Every tag kind: zero run, literal run with one-zero words, two-zero words, sparse words. */
  private static final byte[] INPUT = concat(
      words(5, new byte[8]),
      words(3, hex("11 22 33 44 55 66 77 88")),
      hex("11 22 00 44 55 66 77 88"),
      hex("11 00 33 44 55 66 77 00"),
      hex("00 00 0c 00 00 22 00 00"),
      words(2, new byte[8]),
      hex("01 03 02 04 05 07 06 08"));

  @BeforeAll
  static void measurementItselfAllocatesNothing() {
    allocatedBytes();
    long first = allocatedBytes();
    long second = allocatedBytes();
    assertEquals(0, second - first, "reading the allocation counter allocates");
  }

  @Test
  void packAndUnpackIntoCallerBuffersAllocateNothing() {
    assertNoAllocation(ByteBuffer.allocate(INPUT.length), ByteOrder.LITTLE_ENDIAN, false);
    assertNoAllocation(ByteBuffer.allocateDirect(INPUT.length), ByteOrder.BIG_ENDIAN, true);
  }

  @Test
  void streamsAllocateNothingAfterConstruction() throws IOException {
    byte[] packed = TestBytes.pack(INPUT);
    DiscardingStream sink = new DiscardingStream();
    PackedOutputStream out = new PackedOutputStream(sink);
    ReplayingStream source = new ReplayingStream(packed);
    PackedInputStream in = new PackedInputStream(source);
    byte[] chunk = new byte[INPUT.length];

    streamRounds(out, in, chunk, 10);
    long before = allocatedBytes();
    streamRounds(out, in, chunk, 1_000);
    long after = allocatedBytes();

    assertEquals(0, after - before, "bytes allocated by 1,000 stream rounds");
    assertArrayEquals(INPUT, chunk);
  }

  private static void assertNoAllocation(ByteBuffer src, ByteOrder order, boolean direct) {
    src.order(order).put(INPUT).flip();
    int capacity = Packing.maxPackedSize(INPUT.length);
    ByteBuffer packed =
        (direct ? ByteBuffer.allocateDirect(capacity) : ByteBuffer.allocate(capacity)).order(order);
    ByteBuffer out = (direct
            ? ByteBuffer.allocateDirect(INPUT.length)
            : ByteBuffer.allocate(INPUT.length))
        .order(order);

    long warm = bufferRounds(src, packed, out, 10);
    long before = allocatedBytes();
    long checksum = bufferRounds(src, packed, out, 10_000);
    long after = allocatedBytes();

    assertEquals(0, after - before, "bytes allocated by 10,000 rounds, direct = " + direct);
    assertEquals(warm * 1_000, checksum);
    byte[] result = new byte[INPUT.length];
    out.get(0, result);
    assertArrayEquals(INPUT, result);
  }

  /** Packs and unpacks {@code rounds} times, returning a checksum so the work is observable. */
  private static long bufferRounds(ByteBuffer src, ByteBuffer packed, ByteBuffer out, int rounds) {
    long checksum = 0;
    for (int i = 0; i < rounds; i++) {
      src.rewind();
      packed.clear();
      out.clear();
      checksum += Packing.packedSize(src);
      checksum += Packing.pack(src, packed);
      packed.flip();
      checksum += Packing.unpackedSize(packed);
      checksum += Packing.unpack(packed, out);
    }
    return checksum;
  }

  private static void streamRounds(
      PackedOutputStream out, PackedInputStream in, byte[] chunk, int rounds) throws IOException {
    for (int i = 0; i < rounds; i++) {
      out.write(INPUT, 0, 3);
      out.write(INPUT, 3, INPUT.length - 3);
      out.flush();
      int n = 0;
      while (n < chunk.length) {
        n += in.read(chunk, n, chunk.length - n);
      }
    }
  }

  private static long allocatedBytes() {
    return THREADS.getThreadAllocatedBytes(Thread.currentThread().getId());
  }

  private static final class DiscardingStream extends OutputStream {
    @Override
    public void write(int b) {}

    @Override
    public void write(byte[] b, int off, int len) {}
  }

  /** Serves the same packed bytes over and over, in chunks of 5 to split tags. */
  private static final class ReplayingStream extends InputStream {
    private final byte[] data;
    private int at;

    ReplayingStream(byte[] data) {
      this.data = data;
    }

    @Override
    public int read() {
      throw new UnsupportedOperationException();
    }

    @Override
    public int read(byte[] b, int off, int len) {
      int n = Math.min(Math.min(5, len), data.length - at);
      System.arraycopy(data, at, b, off, n);
      at += n;
      if (at == data.length) {
        at = 0;
      }
      return n;
    }
  }
}
