package dev.rast.capnp;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ReadableByteChannel;
import java.util.Objects;

/**
 * Unpacks a packed byte channel (see {@link Packing}) as it is read: the channel counterpart of
 * {@link PackedInputStream}, sharing its decoder, for NIO code that reads packed messages.
 *
 * <p>Decoding is lazy, as in {@link PackedInputStream}. With a non-blocking channel, {@code read}
 * returns 0 when nothing can be decoded yet, keeping a partial tag for the next call. A channel
 * that ends inside a tag's encoding or a literal run raises {@link DecodeException} with the
 * packed-byte offset.
 *
 * <p>Buffers are allocated by the constructor; reading allocates nothing. Destinations with an
 * accessible array are filled directly, others (direct buffers) through an internal buffer.
 * Not thread-safe.
 */
public final class PackedReadableChannel implements ReadableByteChannel {
  private static final int BUFFER_SIZE = 8192;

  private final ReadableByteChannel channel;
  private final PackedDecoder decoder;
  /** Unpacked bytes on their way to a destination without an accessible array. */
  private final byte[] scratch = new byte[BUFFER_SIZE];

  private boolean open = true;

  /**
   * Creates a channel that unpacks the bytes read from {@code channel}.
   *
   * @param channel the packed bytes
   */
  public PackedReadableChannel(ReadableByteChannel channel) {
    this.channel = Objects.requireNonNull(channel, "channel == null");
    this.decoder = new ChannelDecoder(channel, new byte[BUFFER_SIZE]);
  }

  /**
   * Unpacks up to {@code dst.remaining()} bytes into {@code dst} and advances its position.
   *
   * @return the number of bytes unpacked, possibly 0 for a non-blocking channel, or -1 at the end
   *     of the packed stream
   * @throws DecodeException if the packed stream is truncated (only once the bytes before the
   *     damage have been returned)
   */
  @Override
  public int read(ByteBuffer dst) throws IOException {
    if (!open) {
      throw new ClosedChannelException();
    }
    int len = dst.remaining();
    if (len == 0) {
      return 0;
    }
    int n;
    if (dst.hasArray()) {
      n = decoder.read(dst.array(), dst.arrayOffset() + dst.position(), len);
      if (n > 0) {
        dst.position(dst.position() + n);
      }
    } else {
      n = decoder.read(scratch, 0, Math.min(len, scratch.length));
      if (n > 0) {
        dst.put(scratch, 0, n);
      }
    }
    return n;
  }

  /** Whether this channel is open; closing it closes the wrapped channel. */
  @Override
  public boolean isOpen() {
    return open;
  }

  /** Closes the wrapped channel. */
  @Override
  public void close() throws IOException {
    if (open) {
      open = false;
      channel.close();
    }
  }

  private static final class ChannelDecoder extends PackedDecoder {
    private final ReadableByteChannel channel;
    /** A view of the decoder's input buffer, so the channel can fill it without copying. */
    private final ByteBuffer view;

    ChannelDecoder(ReadableByteChannel channel, byte[] input) {
      super(input);
      this.channel = channel;
      this.view = ByteBuffer.wrap(input);
    }

    @Override
    int readSource(byte[] b, int off, int len) throws IOException {
      // The decoder only ever fills its own input buffer, which is the array behind view.
      view.limit(off + len).position(off);
      return channel.read(view);
    }
  }
}
