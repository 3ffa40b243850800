package dev.rast.raft.net;

import dev.rast.capnp.Framing;
import dev.rast.capnp.MessageBuilder;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.SelectionKey;
import java.nio.channels.WritableByteChannel;

/**
 * The outgoing side of one connection: length-framed messages ({@code length:u32le bytes}) queued
 * in one buffer and written to a non-blocking channel, shared by the peer links ({@link
 * PeerLink}) and the client connections of a node. Messages are serialized straight into the
 * buffer; {@link #flush} writes what the socket takes and asks the selector for {@code OP_WRITE}
 * only while bytes remain.
 *
 * <p>Memory: the buffer is allocated at the first message ({@code firstBytes}) and doubles as
 * messages wait, up to {@code boundBytes}; a message that does not fit under the bound is refused
 * (the owner drops it, or closes the connection), except that an empty queue admits one message of
 * any size, so a message larger than the bound still goes out. Once drained, a buffer grown past
 * {@code keepBytes} is let go. Not thread-safe (the event loop owns it).
 */
public final class FrameWriter {
  private final int firstBytes;
  private final int boundBytes;
  private final int keepBytes;
  /** Frames waiting to be written, in write mode (null: none, and no buffer held). */
  private ByteBuffer out;

  /**
   * @param firstBytes the buffer's size at the first message
   * @param boundBytes the most bytes queued (one larger message is admitted into an empty queue)
   * @param keepBytes a drained buffer larger than this is let go
   */
  public FrameWriter(int firstBytes, int boundBytes, int keepBytes) {
    if (firstBytes < 8 || boundBytes < firstBytes) {
      throw new IllegalArgumentException(
          "need 8 <= firstBytes <= boundBytes: " + firstBytes + ", " + boundBytes);
    }
    this.firstBytes = firstBytes;
    this.boundBytes = boundBytes;
    this.keepBytes = keepBytes;
  }

  /** Queues {@code m}, serialized straight into the buffer; false when it does not fit. */
  public boolean write(MessageBuilder m) {
    long size = Framing.serializedSize(m);
    if (!admit(4 + size)) {
      return false;
    }
    out.putInt((int) size);
    Framing.write(m, out);
    return true;
  }

  /** Queues one framed message given as bytes {@code [offset, offset + length)} of {@code src}; false when it does not fit. */
  public boolean write(ByteBuffer src, int offset, int length) {
    if (!admit(4L + length)) {
      return false;
    }
    int p = out.position();
    out.putInt(p, length);
    out.put(p + 4, src, offset, length);
    out.position(p + 4 + length);
    return true;
  }

  /** Makes room for {@code bytes} more, growing the buffer as the class documentation says. */
  private boolean admit(long bytes) {
    int used = queuedBytes();
    long need = used + bytes;
    if (out != null && need <= out.capacity()) {
      return true;
    }
    if ((need > boundBytes && used > 0) || need > Integer.MAX_VALUE - 8) {
      return false;
    }
    long size = out == null ? firstBytes : out.capacity();
    while (size < need) {
      size *= 2;
    }
    size = need > boundBytes ? need : Math.min(size, boundBytes);
    ByteBuffer bigger = ByteBuffer.allocate((int) size).order(ByteOrder.LITTLE_ENDIAN);
    if (out != null) {
      bigger.put(0, out, 0, used).position(used);
    }
    out = bigger;
    return true;
  }

  /**
   * Writes what {@code ch} takes now, then sets {@code key}'s {@code OP_WRITE} interest exactly
   * when bytes remain (so the selector wakes the owner to write the rest, and only then).
   */
  public void flush(WritableByteChannel ch, SelectionKey key) throws IOException {
    if (out != null && out.position() > 0) {
      out.flip();
      try {
        ch.write(out);
      } finally {
        out.compact();
      }
      if (out.position() == 0 && out.capacity() > keepBytes) {
        out = null; // a burst went out: do not keep its buffer
      }
    }
    int ops = key.interestOps();
    int want = queuedBytes() > 0 ? ops | SelectionKey.OP_WRITE : ops & ~SelectionKey.OP_WRITE;
    if (want != ops) {
      key.interestOps(want);
    }
  }

  /** Bytes queued and not yet written. */
  public int queuedBytes() {
    return out == null ? 0 : out.position();
  }

  /** The bound of queued bytes. */
  public int boundBytes() {
    return boundBytes;
  }

  /** Drops everything queued (the connection is gone); keeps a buffer of at most {@code keepBytes}. */
  public void clear() {
    if (out != null && out.capacity() <= keepBytes) {
      out.clear(); // kept, as after a drain: a reconnecting link allocates nothing
    } else {
      out = null;
    }
  }
}
