package dev.rast.bench.std;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import org.capnproto.ArrayInputStream;
import org.capnproto.ArrayOutputStream;
import org.capnproto.MessageBuilder;
import org.capnproto.MessageReader;
import org.capnproto.Serialize;
import org.capnproto.SerializePacked;

/**
 * One direction (request or response) of a capnproto-java round, as {@link RastChannel} is for
 * rast-java: the sender's {@link MessageBuilder}, and for the bytes and packed modes the buffer in
 * between and the receiver's {@link MessageReader}.
 *
 * <p>With reuse, one builder over a 1 MiB scratch first segment (upstream's scratch size) is
 * cleared with {@link MessageBuilder#clearFirstSegment()} for each message, and one output buffer
 * is reused. capnproto-java has no reusable reader: {@link Serialize#read(ByteBuffer)} makes a new
 * one per message over the bytes in place, and {@link SerializePacked#read} unpacks into new
 * segment buffers (that is its API). Without reuse, every message gets a new builder (default
 * first segment, 1024 words) and a new exactly sized output buffer.
 */
final class CapnpJavaChannel {
  private final boolean reuse;
  private final boolean packed;
  private final MessageBuilder heldBuilder;
  private ArrayOutputStream heldOut;
  private int sentBytes;
  private ArrayOutputStream lastOut;

  CapnpJavaChannel(boolean reuse, boolean packed) {
    this.reuse = reuse;
    this.packed = packed;
    this.heldBuilder =
        reuse ? new MessageBuilder(ByteBuffer.allocate(RastChannel.SCRATCH_WORDS * 8)) : null;
  }

  /** An empty builder for the next message. */
  MessageBuilder builder() {
    if (!reuse) {
      return new MessageBuilder();
    }
    heldBuilder.clearFirstSegment();
    return heldBuilder;
  }

  /** Serializes {@code m} (packed in packed mode) and reads it back on the receiving side. */
  MessageReader send(MessageBuilder m) {
    int size = (int) (Serialize.computeSerializedSizeInWords(m) * 8);
    // Packing adds at most one tag byte per word plus a count byte per run.
    int capacity = packed ? size + size / 8 + 16 : size;
    ArrayOutputStream out = output(capacity);
    lastOut = out;
    try {
      if (packed) {
        SerializePacked.write(out, m);
      } else {
        Serialize.write(out, m);
      }
      ByteBuffer wire = out.buf;
      wire.flip();
      sentBytes = wire.remaining();
      return packed ? SerializePacked.read(new ArrayInputStream(wire)) : Serialize.read(wire);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bytes the last {@link #send} put on the wire (packed size in packed mode). */
  int sentBytes() {
    return sentBytes;
  }

  /** The bytes the last {@link #send} put on the wire (a copy, for tests). */
  byte[] lastWire() {
    return java.util.Arrays.copyOf(lastOut.buf.array(), sentBytes);
  }

  private ArrayOutputStream output(int size) {
    if (!reuse) {
      return new ArrayOutputStream(ByteBuffer.allocate(size));
    }
    if (heldOut == null || heldOut.buf.capacity() < size) {
      heldOut =
          new ArrayOutputStream(ByteBuffer.allocate(Math.max(size, RastChannel.SCRATCH_WORDS * 8)));
    }
    heldOut.buf.clear();
    return heldOut;
  }
}
