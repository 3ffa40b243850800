package dev.rast.capnp;

import static dev.rast.capnp.AllocationMeter.assertAllocatesNothing;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.GatheringByteChannel;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * A reused {@link MessageBuilder} allocates nothing: clearing and building the same message again
 * (scalars, text, data, struct lists, nested structs, lists, far pointers), serializing it into a
 * caller's buffer or a gathering channel, canonicalizing into a reused scratch builder, and deep
 * copies ({@link StructBuilder#copyFrom}, {@link MessageBuilder#setRoot}, the {@code copy*}
 * accessors).
 */
@Tag("allocation")
class BuildPathAllocationTest {
  private static long sink;

  private final SampleMessage sample = new SampleMessage();
  private final Sample.Reader reader = new Sample.Reader();
  private final Sample.Reader readerB = new Sample.Reader();
  private final Sample.Builder builder = new Sample.Builder();
  private final TextReader text = new TextReader();
  private final DataReader data = new DataReader();
  private final ListReader list = new ListReader();
  private final ListBuilder listBuilder = new ListBuilder();

  private static byte[] framedBytes(MessageBuilder m) {
    ByteBuffer out = ByteBuffer.allocate((int) Framing.serializedSize(m));
    Framing.write(m, out);
    return out.array();
  }

  @Test
  void clearAndRebuild() {
    MessageBuilder m = new MessageBuilder();
    sample.build(m);
    byte[] first = framedBytes(m);
    m.clear();
    sample.build(m);
    assertArrayEquals(first, framedBytes(m), "a rebuilt message has the same bytes");
    assertAllocatesNothing("clear() + build", () -> {
      m.clear();
      sink += sample.build(m).getI64();
    });
  }

  @Test
  void clearAndRebuildAcrossFarPointers() {
    MessageBuilder m = new MessageBuilder(4, MessageBuilder.Growth.FIXED_SIZE, false);
    sample.build(m);
    byte[] first = framedBytes(m);
    assertTrue(m.segmentCount() > 4);
    m.clear();
    sample.build(m);
    assertArrayEquals(first, framedBytes(m));
    assertAllocatesNothing("clear() + build in small fixed-size segments", () -> {
      m.clear();
      sink += sample.build(m).getI64();
    });
  }

  @Test
  void framingWriteToBuffer() {
    MessageBuilder m = new MessageBuilder(4, MessageBuilder.Growth.FIXED_SIZE, false);
    sample.build(m);
    ByteBuffer dst = ByteBuffer.allocate((int) Framing.serializedSize(m) + 64);
    ByteBuffer flatDst = ByteBuffer.allocate(8 * 1024);
    MessageBuilder single = new MessageBuilder();
    sample.build(single);
    assertAllocatesNothing("Framing.write(ByteBuffer)", () -> {
      dst.clear();
      Framing.write(m, dst);
      flatDst.clear();
      Framing.writeFlat(single, flatDst);
      sink += dst.position() + flatDst.position();
    });
  }

  @Test
  void framingWriteToGatheringChannel() throws IOException {
    MessageBuilder m = new MessageBuilder(4, MessageBuilder.Growth.FIXED_SIZE, false);
    sample.build(m);
    DiscardingChannel out = new DiscardingChannel();
    Framing.write(m, out);
    assertEquals(Framing.serializedSize(m), out.written);
    assertAllocatesNothing("Framing.write(GatheringByteChannel)", () -> {
      try {
        Framing.write(m, out);
      } catch (IOException e) {
        throw new AssertionError(e);
      }
    });
  }

  @Test
  void canonicalizeIntoReusedScratch() {
    MessageBuilder source = new MessageBuilder(4, MessageBuilder.Growth.FIXED_SIZE, false);
    StructReader root = sample.build(source).asReader(reader);
    MessageBuilder scratch = new MessageBuilder(1024);
    ByteBuffer canonical = Canonical.canonicalize(root, scratch);
    byte[] expected = new byte[canonical.remaining()];
    canonical.get(0, expected);
    assertArrayEquals(expected, Canonical.canonicalize(root));
    assertAllocatesNothing(
        "Canonical.canonicalize(root, scratch)",
        () -> sink += Canonical.canonicalize(root, scratch).remaining());
  }

  @Test
  void copyFromAndSetRoot() {
    MessageBuilder source = new MessageBuilder(4, MessageBuilder.Growth.FIXED_SIZE, false);
    Sample.Reader value = sample.build(source).asReader(reader);
    byte[] canonical = Canonical.canonicalize(value);
    MessageBuilder target = new MessageBuilder();

    target.setRoot(value);
    assertArrayEquals(
        canonical, Canonical.canonicalize(target.getRoot(Sample.SIZE, builder).asReader(readerB)));
    assertAllocatesNothing("clear() + MessageBuilder.setRoot", () -> {
      target.clear();
      target.setRoot(value);
    });

    target.clear();
    target.initRoot(Sample.SIZE, builder).copyFrom(value);
    assertArrayEquals(canonical, Canonical.canonicalize(builder.asReader(readerB)));
    assertAllocatesNothing("clear() + StructBuilder.copyFrom", () -> {
      target.clear();
      target.initRoot(Sample.SIZE, builder).copyFrom(value);
    });

    assertAllocatesNothing("clear() + copy accessors", () -> {
      target.clear();
      Sample.Builder b = target.initRoot(Sample.SIZE, builder);
      b.setTextCopy(value.getText(text));
      b.setDataCopy(value.getData(data));
      b.setChild(value.getChild(readerB));
      b.setLongs(value.getLongs(list));
      ListBuilder kids = b.initChildren(2, listBuilder);
      kids.setStruct(0, value.getChild(readerB));
      kids.setStruct(1, value);
      sink += b.asReader(readerB).getI64();
    });
  }

  /** A channel that counts and drops what it is given; allocates nothing. */
  static final class DiscardingChannel implements GatheringByteChannel {
    long written;

    @Override
    public long write(ByteBuffer[] srcs, int offset, int length) {
      long n = 0;
      for (int i = offset; i < offset + length; i++) {
        n += srcs[i].remaining();
        srcs[i].position(srcs[i].limit());
      }
      written += n;
      return n;
    }

    @Override
    public long write(ByteBuffer[] srcs) {
      return write(srcs, 0, srcs.length);
    }

    @Override
    public int write(ByteBuffer src) {
      int n = src.remaining();
      src.position(src.limit());
      written += n;
      return n;
    }

    @Override
    public boolean isOpen() {
      return true;
    }

    @Override
    public void close() {}
  }
}
