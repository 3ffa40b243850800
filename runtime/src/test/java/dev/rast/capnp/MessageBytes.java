package dev.rast.capnp;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.util.Arrays;

/**
 * Every way a message becomes bytes and bytes become a message: framed through a buffer, a
 * stream and a channel; flat; packed buffer to buffer and through the packed stream and channel.
 * Readers are made with the caller's limits. IO on in-memory streams cannot fail, so checked
 * exceptions become unchecked.
 */
final class MessageBytes {
  private MessageBytes() {}

  // ---- writing ----

  static byte[] framed(MessageBuilder m) {
    ByteBuffer out = ByteBuffer.allocate(Math.toIntExact(Framing.serializedSize(m)));
    Framing.write(m, out);
    if (out.hasRemaining()) {
      throw new AssertionError("serializedSize overstates by " + out.remaining() + " bytes");
    }
    return out.array();
  }

  static byte[] framedThroughStream(MessageBuilder m) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Framing.write(m, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static byte[] framedThroughChannel(MessageBuilder m) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      Framing.write(m, (java.nio.channels.GatheringByteChannel) new GatheringSink(out));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  /** The single segment without a table. */
  static byte[] flat(MessageBuilder m) {
    ByteBuffer out = ByteBuffer.allocate(m.segmentWords(0) * 8);
    Framing.writeFlat(m, out);
    return out.array();
  }

  static byte[] pack(byte[] unpacked) {
    return TestBytes.pack(unpacked);
  }

  /** Unpacks buffer to buffer; {@link DecodeException} for a malformed packed stream. */
  static byte[] unpack(byte[] packed, long maxBytes) {
    long size = Packing.unpackedSize(ByteBuffer.wrap(packed));
    if (size > maxBytes) {
      throw new DecodeException(
          "packed input unpacks to " + size + " bytes, more than " + maxBytes);
    }
    byte[] out = new byte[(int) size];
    Packing.unpack(ByteBuffer.wrap(packed), ByteBuffer.wrap(out));
    return out;
  }

  // ---- reading ----

  static MessageReader readFramed(byte[] bytes, ReaderOptions options) {
    return Framing.read(TestData.le(bytes), new MessageReader(options));
  }

  static MessageReader readFlat(byte[] bytes, ReaderOptions options) {
    return new MessageReader(options).initFlat(TestData.le(bytes));
  }

  static MessageReader readFromStream(byte[] bytes, ReaderOptions options) {
    MessageReader m = new MessageReader(options);
    try {
      if (!Framing.read(new ByteArrayInputStream(bytes), m)) {
        throw new DecodeException("empty stream");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return m;
  }

  static MessageReader readFromChannel(byte[] bytes, ReaderOptions options) {
    MessageReader m = new MessageReader(options);
    try {
      if (!Framing.read(Channels.newChannel(new ByteArrayInputStream(bytes)), m)) {
        throw new DecodeException("empty stream");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return m;
  }

  static MessageReader readPackedFromStream(byte[] packed, ReaderOptions options) {
    MessageReader m = new MessageReader(options);
    try {
      if (!Framing.read(new PackedInputStream(new ByteArrayInputStream(packed)), m)) {
        throw new DecodeException("empty stream");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return m;
  }

  static MessageReader readPackedFromChannel(byte[] packed, ReaderOptions options) {
    MessageReader m = new MessageReader(options);
    try {
      PackedReadableChannel in =
          new PackedReadableChannel(Channels.newChannel(new ByteArrayInputStream(packed)));
      if (!Framing.read(in, m)) {
        throw new DecodeException("empty stream");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return m;
  }

  /** A gathering channel over a byte stream that accepts at most 7 bytes per call. */
  private static final class GatheringSink implements java.nio.channels.GatheringByteChannel {
    private final ByteArrayOutputStream out;

    GatheringSink(ByteArrayOutputStream out) {
      this.out = out;
    }

    @Override
    public long write(ByteBuffer[] srcs, int offset, int length) {
      // A short gathering write: at most 7 bytes in all, in buffer order, as a socket may do.
      long n = 0;
      for (int i = offset; i < offset + length && n < 7; i++) {
        ByteBuffer b = srcs[i];
        int k = (int) Math.min(7 - n, b.remaining());
        byte[] chunk = new byte[k];
        b.get(chunk);
        out.write(chunk, 0, k);
        n += k;
      }
      return n;
    }

    @Override
    public long write(ByteBuffer[] srcs) {
      return write(srcs, 0, srcs.length);
    }

    @Override
    public int write(ByteBuffer src) {
      // Short writes: callers must loop until everything is written.
      int n = Math.min(7, src.remaining());
      byte[] b = new byte[n];
      src.get(b);
      out.write(b, 0, n);
      return n;
    }

    @Override
    public boolean isOpen() {
      return true;
    }

    @Override
    public void close() {}
  }

  static String hex(byte[] bytes, int max) {
    byte[] head = Arrays.copyOf(bytes, Math.min(bytes.length, max));
    return TestBytes.toHex(head) + (bytes.length > max ? " ... (" + bytes.length + " bytes)" : "");
  }
}
