package dev.rast.bench.std;

import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.MessageLite;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * One direction of a protobuf-java round in bytes mode. With reuse, messages are written into one
 * growing byte array through {@link CodedOutputStream#newInstance(byte[], int, int)} (the encoder
 * {@code toByteArray()} uses, over a reused array); without, each message is
 * {@code toByteArray()}ed into a new array. Parsing always makes new message objects: protobuf-java
 * messages are immutable.
 */
final class ProtoWire {
  private final boolean reuse;
  private byte[] buffer = new byte[0];
  private int length;

  ProtoWire(boolean reuse) {
    this.reuse = reuse;
  }

  /** Serializes {@code message}; {@link #bytes()} and {@link #length()} then hold the encoding. */
  void write(MessageLite message) {
    if (!reuse) {
      buffer = message.toByteArray();
      length = buffer.length;
      return;
    }
    int size = message.getSerializedSize();
    if (buffer.length < size) {
      buffer = new byte[Math.max(size, 2 * buffer.length)];
    }
    CodedOutputStream out = CodedOutputStream.newInstance(buffer, 0, size);
    try {
      message.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.checkNoSpaceLeft();
    length = size;
  }

  /** The array holding the last encoding, from offset 0. */
  byte[] bytes() {
    return buffer;
  }

  /** The length of the last encoding. */
  int length() {
    return length;
  }
}
