package dev.rast.capnp;

import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * Unpacks a packed stream (see {@link Packing}) as it is read, so a packed message can be read
 * from a socket or file without first holding all of it.
 *
 * <p>Decoding is lazy: {@code read} returns the bytes that are already decodable before it asks
 * the wrapped stream for more, and it blocks only when it has nothing to return. The wrapped
 * stream may deliver the packed bytes in chunks of any size. A stream that ends inside a tag's
 * encoding or inside a literal run raises {@link DecodeException} with the packed-byte offset,
 * once the bytes before the damage have been read. Ending exactly after a tag's encoding is a
 * clean end of stream: framing, not packing, knows how long a message is.
 *
 * <p>The packed-input buffer is allocated by the constructor; reading allocates nothing.
 * Not thread-safe.
 */
public final class PackedInputStream extends InputStream {
  private static final int BUFFER_SIZE = 8192;

  private final InputStream in;
  private final PackedDecoder decoder;
  private final byte[] oneByte = new byte[1];
  private boolean closed;

  /**
   * Creates a stream that unpacks the bytes read from {@code in}.
   *
   * @param in the packed bytes
   */
  public PackedInputStream(InputStream in) {
    this.in = Objects.requireNonNull(in, "in == null");
    this.decoder = new StreamDecoder(in, new byte[BUFFER_SIZE]);
  }

  /** Reads one unpacked byte, or -1 at the end of the packed stream. */
  @Override
  public int read() throws IOException {
    ensureOpen();
    int n;
    do {
      n = decoder.read(oneByte, 0, 1);
    } while (n == 0);
    return n < 0 ? -1 : oneByte[0] & 0xFF;
  }

  /**
   * Reads up to {@code len} unpacked bytes; returns -1 at the end of the packed stream.
   *
   * @throws DecodeException if the packed stream is truncated (only once the bytes before the
   *     damage have been returned)
   */
  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    ensureOpen();
    return decoder.read(b, off, len);
  }

  /** Returns how many unpacked bytes can be read without reading the wrapped stream. */
  @Override
  public int available() throws IOException {
    ensureOpen();
    return decoder.available();
  }

  /** Closes the wrapped stream. */
  @Override
  public void close() throws IOException {
    if (!closed) {
      closed = true;
      in.close();
    }
  }

  private void ensureOpen() throws IOException {
    if (closed) {
      throw new IOException("PackedInputStream is closed");
    }
  }

  private static final class StreamDecoder extends PackedDecoder {
    private final InputStream in;

    StreamDecoder(InputStream in, byte[] input) {
      super(input);
      this.in = in;
    }

    @Override
    int readSource(byte[] b, int off, int len) throws IOException {
      return in.read(b, off, len);
    }
  }
}
