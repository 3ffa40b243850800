package dev.rast.capnp;

import static dev.rast.capnp.Words.list;
import static dev.rast.capnp.Words.struct;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rast.capnp.Structs.B;
import dev.rast.capnp.Structs.R;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.Channels;
import java.nio.channels.GatheringByteChannel;
import java.nio.channels.ReadableByteChannel;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Stream framing: reading from buffers, channels and streams; writing to each; limits. */
class FramingTest {

  // ---- sources that deliver one byte per call ----

  /** An InputStream that returns at most one byte per read. */
  static final class Trickle extends InputStream {
    private final byte[] data;
    private int at;

    Trickle(byte[] data) {
      this.data = data;
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
      if (at >= data.length) {
        return -1;
      }
      b[off] = data[at++];
      return 1;
    }
  }

  /** A channel that returns at most one byte per read. */
  static ReadableByteChannel trickleChannel(byte[] data) {
    return new ReadableByteChannel() {
      int at;

      @Override
      public int read(ByteBuffer dst) {
        if (at >= data.length) {
          return -1;
        }
        if (!dst.hasRemaining()) {
          return 0;
        }
        dst.put(data[at++]);
        return 1;
      }

      @Override
      public boolean isOpen() {
        return true;
      }

      @Override
      public void close() {}
    };
  }

  /** A gathering channel that accepts at most 3 bytes per call. */
  static final class SlowSink implements GatheringByteChannel {
    final ByteArrayOutputStream out = new ByteArrayOutputStream();

    @Override
    public long write(ByteBuffer[] srcs, int offset, int length) {
      int budget = 3;
      long n = 0;
      for (int i = offset; i < offset + length && budget > 0; i++) {
        while (srcs[i].hasRemaining() && budget > 0) {
          out.write(srcs[i].get());
          budget--;
          n++;
        }
      }
      return n;
    }

    @Override
    public long write(ByteBuffer[] srcs) {
      return write(srcs, 0, srcs.length);
    }

    @Override
    public int write(ByteBuffer src) {
      return (int) write(new ByteBuffer[] {src});
    }

    @Override
    public boolean isOpen() {
      return true;
    }

    @Override
    public void close() {}
  }

  /** A 3-segment message (odd count: no table padding) built with small fixed segments. */
  static MessageBuilder multiSegment() {
    MessageBuilder b = new MessageBuilder(4, MessageBuilder.Growth.FIXED_SIZE, false);
    B root = b.initRoot(new StructSize(1, 2), new B());
    root.setU64(0, 0x1122334455667788L);
    root.text(0, "spills into the next segment");
    root.initList(1, ElementSize.EIGHT_BYTES, 3).setLong(2, -9);
    return b;
  }

  private static void assertMultiSegmentContent(MessageReader m) {
    R r = Structs.root(m);
    assertEquals(0x1122334455667788L, r.u64(0));
    assertEquals("spills into the next segment", r.text(0).toString());
    assertEquals(-9, r.list(1, ElementSize.EIGHT_BYTES).getLong(2));
  }

  private static final byte[] SMALL = Words.framed(
      new long[] {struct(0, 1, 1), 42, list(0, ElementSize.BYTE, 3), Words.bytes('a', 'b', 0)});

  // ---- reading ----

  @Test
  void readFromByteBufferIsZeroCopy() {
    ByteBuffer src = ByteBuffer.wrap(SMALL.clone()).order(ByteOrder.LITTLE_ENDIAN);
    MessageReader m = Framing.read(src, new MessageReader());
    assertEquals(SMALL.length, src.position(), "position advanced past the message");
    R r = Structs.root(m);
    assertEquals(42, r.u64(0));
    src.putLong(16, 43);
    assertEquals(43, r.u64(0), "the reader sees the caller's bytes, not a copy");
    src.put(32, (byte) 'z');
    assertEquals("zb", r.text(0).toString());
  }

  @Test
  void readsConsecutiveMessagesFromOneBuffer() {
    byte[] two = new byte[SMALL.length * 2 + 3];
    System.arraycopy(SMALL, 0, two, 3, SMALL.length);
    System.arraycopy(SMALL, 0, two, 3 + SMALL.length, SMALL.length);
    ByteBuffer src = ByteBuffer.wrap(two).order(ByteOrder.LITTLE_ENDIAN);
    src.position(3); // not word-aligned in the array: still readable
    MessageReader m = new MessageReader();
    Framing.read(src, m);
    assertEquals(42, Structs.root(m).u64(0));
    Framing.read(src, m);
    assertEquals("ab", Structs.root(m).text(0).toString());
    assertFalse(src.hasRemaining());
  }

  @Test
  void readsFromDirectAndBigEndianBuffers() {
    ByteBuffer direct = ByteBuffer.allocateDirect(SMALL.length).order(ByteOrder.LITTLE_ENDIAN);
    direct.put(SMALL).flip();
    assertEquals(
        "ab", Structs.root(Framing.read(direct, new MessageReader())).text(0).toString());
    ByteBuffer bigEndian = ByteBuffer.wrap(SMALL); // the default order
    MessageReader m = Framing.read(bigEndian, new MessageReader());
    assertEquals(42, Structs.root(m).u64(0));
    assertEquals(ByteOrder.BIG_ENDIAN, bigEndian.order(), "the caller's order is left alone");
    ByteBuffer directBig = ByteBuffer.allocateDirect(SMALL.length);
    directBig.put(SMALL).flip();
    assertEquals(
        "ab", Structs.root(Framing.read(directBig, new MessageReader())).text(0).toString());
    ByteBuffer readOnly = ByteBuffer.wrap(SMALL).asReadOnlyBuffer();
    assertEquals(
        "ab", Structs.root(Framing.read(readOnly, new MessageReader())).text(0).toString());
  }

  @Test
  void readFromStreamAndChannelOneByteAtATime() throws IOException {
    byte[] framed = Words.serialize(multiSegment());
    MessageReader m = new MessageReader();
    assertTrue(Framing.read(new Trickle(framed), m));
    assertMultiSegmentContent(m);
    MessageReader c = new MessageReader();
    assertTrue(Framing.read(trickleChannel(framed), c));
    assertMultiSegmentContent(c);
  }

  @Test
  void readsSeveralMessagesFromOneStreamThenCleanEof() throws IOException {
    byte[] framed = Words.serialize(multiSegment());
    byte[] both = new byte[framed.length + SMALL.length];
    System.arraycopy(framed, 0, both, 0, framed.length);
    System.arraycopy(SMALL, 0, both, framed.length, SMALL.length);
    MessageReader m = new MessageReader();
    InputStream in = new ByteArrayInputStream(both);
    assertTrue(Framing.read(in, m));
    assertMultiSegmentContent(m);
    assertTrue(Framing.read(in, m));
    assertEquals(42, Structs.root(m).u64(0));
    assertFalse(Framing.read(in, m), "clean EOF before a message's first byte");
    ReadableByteChannel ch = Channels.newChannel(new ByteArrayInputStream(both));
    assertTrue(Framing.read(ch, m));
    assertTrue(Framing.read(ch, m));
    assertFalse(Framing.read(ch, m));
  }

  @Test
  void truncationAtEveryByteIsADecodeException() throws IOException {
    byte[] framed = Words.serialize(multiSegment());
    for (int n = 0; n < framed.length; n++) {
      byte[] cut = Arrays.copyOf(framed, n);
      int len = n;
      DecodeException e = assertThrows(
          DecodeException.class,
          () -> Framing.read(ByteBuffer.wrap(cut), new MessageReader()),
          "buffer cut at " + len);
      Messages.assertSays(e, "truncated");
      if (n == 0) {
        assertFalse(Framing.read(new Trickle(cut), new MessageReader()));
        assertFalse(Framing.read(trickleChannel(cut), new MessageReader()));
        continue;
      }
      Messages.assertSays(
          assertThrows(
              DecodeException.class,
              () -> Framing.read(new Trickle(cut), new MessageReader()),
              "stream cut at " + len),
          "truncated");
      Messages.assertSays(
          assertThrows(
              DecodeException.class,
              () -> Framing.read(trickleChannel(cut), new MessageReader()),
              "channel cut at " + len),
          "truncated");
    }
  }

  // ---- limits in the segment table ----

  private static byte[] segments(int count) {
    long[][] segs = new long[count][];
    segs[0] = new long[] {struct(0, 1, 0), 42};
    for (int i = 1; i < count; i++) {
      segs[i] = new long[0];
    }
    return Words.framed(segs);
  }

  @Test
  void segmentCount511IsAcceptedAnd512Rejected() throws IOException {
    byte[] ok = segments(511);
    assertEquals(
        42, Structs.root(Framing.read(ByteBuffer.wrap(ok), new MessageReader())).u64(0));
    MessageReader s = new MessageReader();
    assertTrue(Framing.read(new ByteArrayInputStream(ok), s));
    assertEquals(511, s.segmentCount());
    assertTrue(Framing.read(trickleChannel(ok), new MessageReader()));

    byte[] tooMany = segments(512);
    Messages.assertSays(
        assertThrows(
            DecodeException.class,
            () -> Framing.read(ByteBuffer.wrap(tooMany), new MessageReader())),
        "too many segments");
    Messages.assertSays(
        assertThrows(
            DecodeException.class,
            () -> Framing.read(new ByteArrayInputStream(tooMany), new MessageReader())),
        "too many segments");
    Messages.assertSays(
        assertThrows(
            DecodeException.class,
            () -> Framing.read(trickleChannel(tooMany), new MessageReader())),
        "too many segments");
  }

  @Test
  void capnpDrawsTheSameSegmentCountLine() {
    assertFalse(CapnpTool.decode(segments(511), "Node").rejected());
    CapnpTool.Result r = CapnpTool.decode(segments(512), "Node");
    assertTrue(r.rejected());
    Messages.assertSays(new RuntimeException(r.stderr()), "too many segments");
  }

  private static long allocatedBytes() {
    return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean())
        .getThreadAllocatedBytes(Thread.currentThread().getId());
  }

  @ParameterizedTest(name = "table word {0}")
  @ValueSource(
      longs = {0xFFFF_FFFFL, 0x0000_0000_FFFF_FFFFL | (0xFFFF_FFFFL << 32), 0xFFFF_FFFF_0000_0000L})
  void hugeTableEntriesAreRejectedWithoutAllocating(long firstWord) throws IOException {
    // count-1 = 0xFFFFFFFF (count overflows 32 bits) and/or segment 0 of 0xFFFFFFFF words.
    byte[] header = new byte[8];
    ByteBuffer.wrap(header).order(ByteOrder.LITTLE_ENDIAN).putLong(firstWord);
    MessageReader m = new MessageReader();
    Framing.read(ByteBuffer.wrap(SMALL), m); // warm up the reader's own buffers
    long before = allocatedBytes();
    for (int i = 0; i < 10; i++) {
      DecodeException a =
          assertThrows(DecodeException.class, () -> Framing.read(ByteBuffer.wrap(header), m));
      DecodeException b = assertThrows(
          DecodeException.class, () -> Framing.read(new ByteArrayInputStream(header), m));
      DecodeException c =
          assertThrows(DecodeException.class, () -> Framing.read(trickleChannel(header), m));
      for (DecodeException e : new DecodeException[] {a, b, c}) {
        String msg = e.getMessage();
        assertTrue(msg.contains("too many segments") || msg.contains("too large"), msg);
      }
    }
    assertTrue(
        allocatedBytes() - before < 4 << 20, "rejecting must not allocate the declared size");
  }

  @Test
  void totalSizeOverTheTraversalLimitIsRejectedBeforeReading() throws IOException {
    ReaderOptions small = new ReaderOptions(100, 64);
    long[] hundredAndOne = new long[101];
    hundredAndOne[0] = struct(0, 100, 0);
    byte[] framed = Words.framed(hundredAndOne);
    // Only the table is supplied: "too large" must come before any attempt to read the body.
    byte[] tableOnly = Arrays.copyOf(framed, 8);
    Messages.assertSays(
        assertThrows(
            DecodeException.class,
            () -> Framing.read(ByteBuffer.wrap(framed), new MessageReader(small))),
        "too large");
    Messages.assertSays(
        assertThrows(
            DecodeException.class,
            () -> Framing.read(ByteBuffer.wrap(tableOnly), new MessageReader(small))),
        "too large");
    Messages.assertSays(
        assertThrows(
            DecodeException.class,
            () -> Framing.read(new ByteArrayInputStream(tableOnly), new MessageReader(small))),
        "too large");
    Messages.assertSays(
        assertThrows(
            DecodeException.class,
            () -> Framing.read(trickleChannel(tableOnly), new MessageReader(small))),
        "too large");
    long[] hundred = Arrays.copyOf(hundredAndOne, 100);
    hundred[0] = struct(0, 99, 0);
    assertEquals(
        792,
        Structs.root(Framing.read(ByteBuffer.wrap(Words.framed(hundred)), new MessageReader(small)))
            .dataSectionBytes());
  }

  @Test
  void initSegmentsChecksCountAndSize() {
    Messages.assertSays(
        assertThrows(
            DecodeException.class, () -> new MessageReader().initSegments(new ByteBuffer[0])),
        "no segments");
    ByteBuffer[] many = new ByteBuffer[512];
    Arrays.fill(many, ByteBuffer.allocate(8));
    Messages.assertSays(
        assertThrows(DecodeException.class, () -> new MessageReader().initSegments(many)),
        "too many segments");
    ByteBuffer[] ok = Arrays.copyOf(many, 511);
    assertEquals(511, new MessageReader().initSegments(ok).segmentCount());
    Messages.assertSays(
        assertThrows(DecodeException.class, () -> new MessageReader(new ReaderOptions(10, 64))
            .initSegments(new ByteBuffer[] {ByteBuffer.allocate(88)})),
        "too large");
  }

  // ---- writing ----

  @Test
  void everyWriterProducesTheSameBytesOfExactlySerializedSize() throws IOException {
    for (MessageBuilder b : new MessageBuilder[] {multiSegment(), single(), evenSegments()}) {
      long size = Framing.serializedSize(b);
      ByteBuffer buf = ByteBuffer.allocate((int) size + 5);
      buf.position(5);
      Framing.write(b, buf);
      assertEquals(size + 5, buf.position(), "write(ByteBuffer) advances by serializedSize");
      byte[] viaBuffer = Arrays.copyOfRange(buf.array(), 5, (int) size + 5);

      ByteArrayOutputStream os = new ByteArrayOutputStream();
      Framing.write(b, os);
      SlowSink sink = new SlowSink();
      Framing.write(b, sink);

      assertArrayEquals(viaBuffer, os.toByteArray(), "OutputStream");
      assertArrayEquals(
          viaBuffer, sink.out.toByteArray(), "GatheringByteChannel with partial writes");
      assertEquals(size, viaBuffer.length);
      assertEquals(
          b.segmentCount() - 1,
          ByteBuffer.wrap(viaBuffer).order(ByteOrder.LITTLE_ENDIAN).getInt(0));
    }
  }

  private static MessageBuilder single() {
    MessageBuilder b = new MessageBuilder();
    b.initRoot(new StructSize(1, 0), new B()).setU64(0, 5);
    return b;
  }

  /** A message with an even number of segments, so the table has a padding word. */
  private static MessageBuilder evenSegments() {
    MessageBuilder b = new MessageBuilder(3, MessageBuilder.Growth.FIXED_SIZE, false);
    B root = b.initRoot(new StructSize(1, 1), new B()).setU64(0, 5); // fills segment 0
    root.text(0, "abc"); // text and its landing pad go to segment 1
    assertEquals(2, b.segmentCount());
    return b;
  }

  @Test
  void writtenMessagesReadBack() throws IOException {
    MessageBuilder b = multiSegment();
    byte[] framed = Words.serialize(b);
    assertMultiSegmentContent(Framing.read(ByteBuffer.wrap(framed), new MessageReader()));
    MessageBuilder even = evenSegments();
    byte[] e = Words.serialize(even);
    assertEquals(Framing.tableBytes(2), 16);
    assertEquals(
        0, ByteBuffer.wrap(e).order(ByteOrder.LITTLE_ENDIAN).getInt(12), "padding is zero");
    assertEquals(5, Structs.root(Words.read(e)).u64(0));
  }

  @Test
  void writeIntoBigEndianAndDirectBuffers() {
    MessageBuilder b = multiSegment();
    byte[] expected = Words.serialize(b);
    ByteBuffer big = ByteBuffer.allocate(expected.length); // big-endian
    Framing.write(b, big);
    assertArrayEquals(
        expected, big.array(), "the table is little-endian whatever the buffer's order");
    assertEquals(ByteOrder.BIG_ENDIAN, big.order());
    ByteBuffer direct = ByteBuffer.allocateDirect(expected.length);
    Framing.write(b, direct);
    byte[] got = new byte[expected.length];
    direct.flip().get(got);
    assertArrayEquals(expected, got);
  }

  @Test
  void writeIntoATooSmallBufferFailsWithoutWriting() {
    MessageBuilder b = single();
    ByteBuffer small = ByteBuffer.allocate((int) Framing.serializedSize(b) - 1);
    assertThrows(IllegalArgumentException.class, () -> Framing.write(b, small));
    assertEquals(0, small.position());
  }

  @Test
  void directSegmentsWriteTheSameBytes() throws IOException {
    MessageBuilder heap = new MessageBuilder(4, MessageBuilder.Growth.FIXED_SIZE, false);
    MessageBuilder direct = new MessageBuilder(4, MessageBuilder.Growth.FIXED_SIZE, true);
    for (MessageBuilder b : new MessageBuilder[] {heap, direct}) {
      B root = b.initRoot(new StructSize(1, 1), new B());
      root.setU64(0, 77);
      root.text(0, "direct segments are written through a chunk");
    }
    byte[] expected = Words.serialize(heap);
    assertArrayEquals(expected, Words.serialize(direct));
    ByteArrayOutputStream os = new ByteArrayOutputStream();
    Framing.write(direct, os);
    assertArrayEquals(expected, os.toByteArray());
    SlowSink sink = new SlowSink();
    Framing.write(direct, sink);
    assertArrayEquals(expected, sink.out.toByteArray());
  }

  @Test
  void writeFlatWritesSegmentZeroWithoutTable() {
    MessageBuilder b = new MessageBuilder();
    B root = b.initRoot(new StructSize(1, 1), new B());
    root.setU64(0, 3);
    root.text(0, "flat");
    ByteBuffer dst = ByteBuffer.allocate(64);
    dst.position(8);
    Framing.writeFlat(b, dst);
    assertEquals(8 + b.segmentWords(0) * 8, dst.position());
    byte[] framed = Words.serialize(b);
    assertArrayEquals(
        Arrays.copyOfRange(framed, 8, framed.length),
        Arrays.copyOfRange(dst.array(), 8, dst.position()));
    ByteBuffer flat =
        ByteBuffer.wrap(dst.array(), 8, dst.position() - 8).slice().order(ByteOrder.LITTLE_ENDIAN);
    assertEquals(
        "flat", Structs.root(new MessageReader().initFlat(flat)).text(0).toString());
    assertThrows(
        IllegalStateException.class,
        () -> Framing.writeFlat(multiSegment(), ByteBuffer.allocate(1024)));
    assertThrows(
        IllegalArgumentException.class, () -> Framing.writeFlat(b, ByteBuffer.allocate(8)));
  }

  @Test
  void reusedReaderReadsLargerThenSmallerMessagesFromAStream() throws IOException {
    MessageReader m = new MessageReader();
    for (int round = 0; round < 3; round++) {
      assertTrue(Framing.read(new ByteArrayInputStream(Words.serialize(multiSegment())), m));
      assertMultiSegmentContent(m);
      assertTrue(Framing.read(new ByteArrayInputStream(SMALL), m));
      assertEquals(1, m.segmentCount());
      assertEquals(42, Structs.root(m).u64(0));
    }
  }
}
