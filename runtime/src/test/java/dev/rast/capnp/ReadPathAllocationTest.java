package dev.rast.capnp;

import static dev.rast.capnp.AllocationMeter.assertAllocatesNothing;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.ReadableByteChannel;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Every read path allocates nothing once its flyweights exist: framing into a reused {@link
 * MessageReader}, scalars of each width, far and double-far pointers, each list encoding, text and
 * data views, and {@code AnyPointer}.
 */
@Tag("allocation")
class ReadPathAllocationTest {
  private static long sink;
  private static double sinkD;

  /** The sample framed, in one segment. */
  private final ByteBuffer framed = frame(new MessageBuilder());
  /**
   * The sample framed from 4-word fixed-size segments: every object is behind a far pointer, and
   * objects that fill their segment exactly behind a double-far one.
   */
  private final ByteBuffer framedFar =
      frame(new MessageBuilder(4, MessageBuilder.Growth.FIXED_SIZE, false));

  private final MessageReader message = new MessageReader();
  private final Sample.Reader root = new Sample.Reader();
  private final Sample.Reader struct = new Sample.Reader();
  private final ListReader list = new ListReader();
  private final ListReader inner = new ListReader();
  private final TextReader text = new TextReader();
  private final DataReader data = new DataReader();
  private final AnyPointerReader any = new AnyPointerReader();
  private final byte[] copy = new byte[SampleMessage.DATA.length];

  private static ByteBuffer frame(MessageBuilder b) {
    new SampleMessage().build(b);
    ByteBuffer out =
        ByteBuffer.allocate((int) Framing.serializedSize(b)).order(ByteOrder.LITTLE_ENDIAN);
    Framing.write(b, out);
    return out.flip();
  }

  private Sample.Reader readRoot(ByteBuffer src) {
    src.position(0);
    return Framing.read(src, message).getRoot(root);
  }

  @Test
  void framingFromBufferAndRoot() {
    assertEquals(1_000_000_007L, readRoot(framed).getI64());
    assertAllocatesNothing(
        "Framing.read(ByteBuffer) + getRoot", () -> sink += readRoot(framed).getI64());
  }

  @Test
  void framingFromChannelStreamAndFlat() {
    byte[] bytes = new byte[framed.limit()];
    framed.get(0, bytes);
    RewindableChannel channel = new RewindableChannel(bytes);
    ByteArrayInputStream stream = new ByteArrayInputStream(bytes);
    assertAllocatesNothing("Framing.read(ReadableByteChannel) + getRoot", () -> {
      channel.rewind();
      try {
        Framing.read(channel, message);
      } catch (java.io.IOException e) {
        throw new AssertionError(e);
      }
      sink += message.getRoot(root).getI64();
    });
    assertAllocatesNothing("Framing.read(InputStream) + getRoot", () -> {
      stream.reset();
      try {
        Framing.read(stream, message);
      } catch (java.io.IOException e) {
        throw new AssertionError(e);
      }
      sink += message.getRoot(root).getI64();
    });
    ByteBuffer flat = framed
        .duplicate()
        .order(ByteOrder.LITTLE_ENDIAN)
        .position(8)
        .slice()
        .order(ByteOrder.LITTLE_ENDIAN);
    assertAllocatesNothing(
        "initFlat + getRoot", () -> sink += message.initFlat(flat).getRoot(root).getI64());
  }

  @Test
  void scalarsOfEveryWidth() {
    Sample.Reader r = readRoot(framed);
    assertEquals(1, r.getI8());
    assertEquals(100, r.getI16());
    assertEquals(10_000, r.getI32());
    assertEquals((byte) 201, r.getU8());
    assertEquals(2.25, r.getF64());
    assertAllocatesNothing("scalar reads", () -> {
      sink += r.getI8() + r.getI16() + r.getI32() + r.getI64() + r.getU8();
      sinkD += r.getF32() + r.getF64();
    });
    // A List(Int32) read as a struct list: each element is a 4-byte data section, so the wider
    // fields are past its end and read as their defaults.
    r.getInts(list);
    Sample.Reader small =
        r.readList(8, ElementSize.INLINE_COMPOSITE, list, null).getStruct(1, struct);
    assertEquals((byte) (SampleMessage.INTS[1] >> 8), small.getI8());
    assertEquals(123, small.getI32());
    assertAllocatesNothing("scalar reads past the data section", () -> {
      Sample.Reader s = list.getStruct(1, struct);
      sink += s.getI8() + s.getI16() + s.getI32() + s.getI64() + s.getU8();
      sinkD += s.getF32() + s.getF64();
    });
  }

  @Test
  void bools() {
    Sample.Reader r = readRoot(framed);
    assertTrue(r.getFlag());
    assertAllocatesNothing("bool reads", () -> {
      sink += (r.getFlag() ? 1 : 0) + (r.getChild(struct).getFlag() ? 2 : 0);
    });
  }

  @Test
  void farAndDoubleFarPointers() {
    Sample.Reader r = readRoot(framedFar);
    assertTrue(message.segmentCount() > 4, "segments: " + message.segmentCount());
    long rootPtr = message.buffer(0).getLong(message.start(0));
    assertEquals(Wire.FAR, Wire.kind(rootPtr));
    assertTrue(Wire.farIsDouble(rootPtr), "the root is behind a double-far pointer");
    int singleFar = 0;
    for (int i = 0; i < Sample.SIZE.pointers; i++) {
      long p = r.buffer.getLong(r.ptrPos + 8 * i);
      if (Wire.kind(p) == Wire.FAR && !Wire.farIsDouble(p)) {
        singleFar++;
      }
    }
    assertTrue(singleFar > 0, "some field is behind a single far pointer");
    assertTrue(r.getText(text).contentEquals(SampleMessage.TEXT));
    assertTrue(r.getData(data).contentEquals(SampleMessage.DATA));

    assertAllocatesNothing("far and double-far dereference", () -> {
      Sample.Reader m = readRoot(framedFar);
      sink += m.getI64()
          + m.getText(text).size()
          + m.getData(data).size()
          + m.getChild(struct).getI64();
      ListReader kids = m.getChildren(list);
      for (int i = 0; i < kids.size(); i++) {
        sink += kids.getStruct(i, struct).getText(text).size();
      }
      sink += m.getTexts(list).getText(2, text).size();
      sink += m.getAny(any).pointerType().ordinal() + any.getAsStruct(struct).getI64();
    });
  }

  @Test
  void everyListKind() {
    Sample.Reader r = readRoot(framed);
    assertEquals(SampleMessage.CHILDREN, r.getChildren(list).size());
    assertEquals(SampleMessage.VOIDS, r.getVoids(list).size());
    assertTrue(r.getTexts(list).getText(2, text).contentEquals("日本語"));
    assertEquals(
        SampleMessage.INTS[0] + 1,
        r.getNested(list).getList(1, ElementSize.FOUR_BYTES, inner).getInt(0));

    assertAllocatesNothing("list iteration", () -> {
      ListReader l = r.getChildren(list);
      for (int i = 0; i < l.size(); i++) {
        Sample.Reader s = l.getStruct(i, struct);
        sink += s.getI64() + s.getText(text).size();
      }
      l = r.getLongs(list);
      for (int i = 0; i < l.size(); i++) {
        sink += l.getLong(i);
      }
      l = r.getBools(list);
      for (int i = 0; i < l.size(); i++) {
        sink += l.getBoolean(i) ? 1 : 0;
      }
      l = r.getTexts(list);
      for (int i = 0; i < l.size(); i++) {
        sink += l.getText(i, text).size() + (l.hasPointer(i) ? 1 : 0);
      }
      l = r.getInts(list);
      for (int i = 0; i < l.size(); i++) {
        sink += l.getInt(i);
        sinkD += l.getFloat(i);
      }
      l = r.getShorts(list);
      for (int i = 0; i < l.size(); i++) {
        sink += l.getShort(i);
      }
      l = r.getBytes(list);
      for (int i = 0; i < l.size(); i++) {
        sink += l.getByte(i);
      }
      sink += r.getVoids(list).size();
      l = r.getDoubles(list);
      for (int i = 0; i < l.size(); i++) {
        sinkD += l.getDouble(i);
      }
      l = r.getNested(list);
      for (int i = 0; i < l.size(); i++) {
        ListReader in = l.getList(i, ElementSize.FOUR_BYTES, inner);
        for (int j = 0; j < in.size(); j++) {
          sink += in.getInt(j);
        }
      }
    });
  }

  @Test
  void textCompareAndView() {
    Sample.Reader r = readRoot(framed);
    TextReader t = r.getText(text);
    assertTrue(t.contentEquals(SampleMessage.TEXT));
    assertFalse(t.contentEquals("grüße, 世界 \uD83D\uDE43"));
    TextReader other = new TextReader();
    r.getChild(struct).getText(other);
    assertAllocatesNothing("TextReader.contentEquals(CharSequence)", () -> {
      sink += (t.contentEquals(SampleMessage.TEXT) ? 1 : 0) + (t.contentEquals("grüße") ? 2 : 0);
    });
    assertAllocatesNothing("TextReader view and comparisons", () -> {
      ByteBuffer b = r.getText(text).buffer();
      int off = text.offset();
      for (int i = 0; i < text.size(); i++) {
        sink += b.get(off + i) + text.byteAt(i);
      }
      sink += text.compareBytes(other) + text.contentHash() + (text.contentEquals(other) ? 1 : 0);
    });
  }

  @Test
  void dataView() {
    Sample.Reader r = readRoot(framed);
    assertTrue(r.getData(data).contentEquals(SampleMessage.DATA));
    assertAllocatesNothing("DataReader view, copy and compare", () -> {
      DataReader d = r.getData(data);
      ByteBuffer b = d.buffer();
      for (int i = 0; i < d.size(); i++) {
        sink += b.get(d.offset() + i);
      }
      d.copyTo(copy, 0);
      sink += (d.contentEquals(SampleMessage.DATA) ? 1 : 0) + copy[99];
    });
  }

  @Test
  void anyPointer() {
    readRoot(framed);
    assertEquals(PointerType.STRUCT, message.getRoot(any).pointerType());
    assertAllocatesNothing("AnyPointer reads", () -> {
      readRoot(framed);
      AnyPointerReader a = message.getRoot(any);
      sink += a.pointerType().ordinal()
          + (a.isNull() ? 1 : 0)
          + a.getAsStruct(struct).getI64();
      sink += root.getAny(any).pointerType().ordinal() + any.getAsStruct(struct).getI64();
      ListReader texts = root.getTexts(list);
      sink += texts.getAnyPointer(1, any).getAsText(text).size()
          + any.getAsData(data).size();
      sink +=
          root.readAnyPointer(4, any).getAsList(ElementSize.EIGHT_BYTES, inner).getLong(2);
    });
  }

  /** A channel over an array that can be read again from the start; allocates nothing. */
  static final class RewindableChannel implements ReadableByteChannel {
    private final byte[] bytes;
    private int at;

    RewindableChannel(byte[] bytes) {
      this.bytes = bytes;
    }

    void rewind() {
      at = 0;
    }

    @Override
    public int read(ByteBuffer dst) {
      if (at == bytes.length) {
        return -1;
      }
      int n = Math.min(dst.remaining(), bytes.length - at);
      dst.put(bytes, at, n);
      at += n;
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
