package dev.rast.bench.std;

import dev.rast.capnp.Framing;
import dev.rast.capnp.MessageBuilder;
import dev.rast.capnp.MessageReader;
import dev.rast.capnp.Packing;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * One direction (request or response) of a rast-java round: the message builder of the sender and
 * the reader of the receiver, and for the bytes and packed modes the buffers in between.
 *
 * <p>With reuse, the builder (one large first segment, as upstream's scratch space), the reader
 * and the buffers are made once and reused; each round then allocates nothing. Without, every
 * message gets a new builder, new reader and new exactly sized buffers.
 */
final class RastChannel {
  /** First segment of a reused builder, in words: upstream's scratch size (1 MiB). */
  static final int SCRATCH_WORDS = 128 * 1024;

  private final boolean reuse;
  private final boolean packed;
  private final MessageBuilder heldBuilder;
  private final MessageReader heldReader;
  private ByteBuffer framed;
  private ByteBuffer packedBytes;
  private ByteBuffer unpacked;

  RastChannel(boolean reuse, boolean packed) {
    this.reuse = reuse;
    this.packed = packed;
    this.heldBuilder = reuse ? new MessageBuilder(SCRATCH_WORDS) : null;
    this.heldReader = reuse ? new MessageReader() : null;
  }

  /** An empty builder for the next message. */
  MessageBuilder builder() {
    if (!reuse) {
      return new MessageBuilder();
    }
    heldBuilder.clear();
    return heldBuilder;
  }

  /**
   * Serializes {@code m} (framed, then packed in packed mode), and on the receiving side unpacks
   * and reads the framing back.
   *
   * @return the reader over the received message
   */
  MessageReader send(MessageBuilder m) {
    int size = (int) Framing.serializedSize(m);
    framed = buffer(framed, size);
    Framing.write(m, framed);
    framed.flip();
    MessageReader into = reuse ? heldReader : new MessageReader();
    if (!packed) {
      sentBytes = size;
      return Framing.read(framed, into);
    }
    packedBytes = buffer(packedBytes, Packing.maxPackedSize(size));
    sentBytes = Packing.pack(framed, packedBytes);
    packedBytes.flip();
    // The receiver unpacks into its own buffer, sized as the segment table at the start of the
    // message says (upstream's packed reader also learns it from there).
    unpacked = buffer(unpacked, size);
    Packing.unpack(packedBytes, unpacked);
    unpacked.flip();
    return Framing.read(unpacked, into);
  }

  /** The bytes the last {@link #send} put on the wire (packed size in packed mode). */
  int sentBytes() {
    return sentBytes;
  }

  private int sentBytes;

  /** The bytes the last {@link #send} put on the wire (a copy, for tests). */
  byte[] lastWire() {
    return java.util.Arrays.copyOf((packed ? packedBytes : framed).array(), sentBytes);
  }

  private ByteBuffer buffer(ByteBuffer held, int size) {
    if (!reuse || held == null || held.capacity() < size) {
      int capacity = reuse ? Math.max(size, SCRATCH_WORDS * 8) : size;
      return ByteBuffer.allocate(capacity).order(ByteOrder.LITTLE_ENDIAN);
    }
    held.clear();
    return held;
  }
}
