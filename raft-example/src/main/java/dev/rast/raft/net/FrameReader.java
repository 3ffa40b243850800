package dev.rast.raft.net;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.ReadableByteChannel;

/**
 * Reads length-framed messages ({@code length:u32le bytes[length]}) from a channel into a chunk
 * buffer and hands each complete frame over in place.
 *
 * <p>Bytes {@code [0, consumed)} of the chunk were delivered, {@code [consumed, filled)} await a
 * complete frame. When the chunk fills up it is compacted in place and reused — unless a handler
 * kept a reference into it, in which case the unparsed tail moves to a fresh chunk and the old one
 * is left to whoever references it. So no allocation happens per message, and a chunk is
 * allocated only when the previous one is full and referenced.
 *
 * <p>Not thread-safe.
 */
public final class FrameReader {
  /** Receives one complete frame's payload, {@code buf}'s bytes {@code [start, end)}. */
  public interface Handler {
    /** Returns true when it keeps a reference to the bytes beyond the call. */
    boolean onFrame(ByteBuffer buf, int start, int end) throws IOException;
  }

  private final int chunkBytes;
  private final int maxFrameBytes;
  private ByteBuffer chunk;
  private int consumed;
  private int filled;
  private boolean retained;

  /**
   * @param chunkBytes the usual chunk size
   * @param maxFrameBytes a larger frame length is a protocol error (closes the connection)
   */
  public FrameReader(int chunkBytes, int maxFrameBytes) {
    this.chunkBytes = chunkBytes;
    this.maxFrameBytes = maxFrameBytes;
    this.chunk = ByteBuffer.allocate(chunkBytes).order(ByteOrder.LITTLE_ENDIAN);
  }

  /**
   * Reads what the channel has (a few reads at most, so one busy connection cannot starve the
   * others) and delivers every complete frame. Returns false at end of stream.
   */
  public boolean read(ReadableByteChannel ch, Handler handler) throws IOException {
    for (int round = 0; round < 4; round++) {
      ensureRoom();
      chunk.limit(chunk.capacity()).position(filled);
      int n = ch.read(chunk);
      if (n < 0) {
        return false;
      }
      if (n == 0) {
        return true;
      }
      filled += n;
      parse(handler);
      if (filled < chunk.capacity()) {
        return true; // the socket had less than we could take: it is drained
      }
    }
    return true;
  }

  private void parse(Handler handler) throws IOException {
    while (filled - consumed >= 4) {
      int len = chunk.getInt(consumed);
      if (len < 0 || len > maxFrameBytes) {
        throw new IOException("frame of " + len + " bytes (at most " + maxFrameBytes + " allowed)");
      }
      if (filled - consumed - 4 < len) {
        return;
      }
      int start = consumed + 4;
      consumed = start + len;
      if (handler.onFrame(chunk, start, start + len)) {
        retained = true;
      }
    }
  }

  private void ensureRoom() {
    if (consumed == filled && !retained) {
      consumed = filled = 0;
    }
    int pending = filled - consumed;
    int need = chunkBytes / 4;
    if (pending >= 4) {
      need = Math.max(need, 4 + chunk.getInt(consumed) - pending);
    }
    if (chunk.capacity() - filled >= need) {
      return;
    }
    int size = Math.max(chunkBytes, pending + need);
    if (!retained && chunk.capacity() >= size) {
      // Nothing references this chunk: slide the partial frame to the front and reuse it.
      chunk.limit(filled).position(consumed);
      chunk.compact();
    } else {
      ByteBuffer fresh = ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
      fresh.put(0, chunk, consumed, pending);
      chunk = fresh;
      retained = false;
    }
    consumed = 0;
    filled = pending;
  }
}
