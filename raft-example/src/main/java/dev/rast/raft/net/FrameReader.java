package dev.rast.raft.net;

import dev.rast.raft.core.ChunkPool;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.ReadableByteChannel;

/**
 * Reads length-framed messages ({@code length:u32le bytes[length]}) from a channel into a chunk
 * buffer and hands each complete frame over in place.
 *
 * <p>Memory follows the bytes that actually arrived, never the length a peer announces: no chunk
 * exists before the first byte, the first is small, and a chunk grows (doubling) only when
 * received bytes fill it, up to the working size for a stream of small frames or up to the size
 * of the frame being received; once empty, a chunk grown past the working size is dropped. Every
 * chunk's capacity is reserved in the node's {@link InboundBudget} first; when the budget is
 * spent the read fails with a {@link ProtocolException} (the caller closes the connection).
 *
 * <p>Bytes {@code [0, consumed)} of the chunk were delivered, {@code [consumed, filled)} await a
 * complete frame. When the chunk runs out of room it is compacted in place — unless a handler
 * kept a reference into it, in which case the unparsed tail moves to a fresh chunk and the old one
 * is left to whoever references it (and no longer counts against the budget).
 *
 * <p>A frame longer than the maximum goes to {@link Handler#onOversized}: the handler answers it
 * and its bytes are discarded as they arrive, or the read fails with a {@link ProtocolException}.
 *
 * <p>Not thread-safe.
 */
public final class FrameReader {
  /** Receives one complete frame's payload, {@code buf}'s bytes {@code [start, end)}. */
  public interface Handler {
    /** Returns true when it keeps a reference to the bytes beyond the call. */
    boolean onFrame(ByteBuffer buf, int start, int end) throws IOException;

    /**
     * A frame announced {@code length} bytes, more than the maximum. Returns true to have its
     * bytes skipped as they arrive (the handler has answered it), false to fail the connection.
     */
    default boolean onOversized(int length) throws IOException {
      return false;
    }
  }

  private final int initialBytes;
  private final int chunkBytes;
  private final int maxFrameBytes;
  private final InboundBudget budget;
  /** Where working-size chunks come from and go back to (null: allocated, left to the GC). */
  private ChunkPool pool;

  private ByteBuffer chunk;
  private int consumed;
  private int filled;
  private boolean retained;
  /** Closed (possibly by a handler, from inside {@link #read}): reads nothing more. */
  private boolean closed;
  /** Bytes of an oversized frame still to discard. */
  private long skip;

  private long frames;

  /**
   * @param initialBytes the first chunk's size (allocated on the first byte)
   * @param chunkBytes the largest chunk for a stream of frames smaller than it
   * @param maxFrameBytes a longer frame goes to {@link Handler#onOversized}
   * @param budget where every chunk's capacity is reserved
   */
  public FrameReader(int initialBytes, int chunkBytes, int maxFrameBytes, InboundBudget budget) {
    if (initialBytes < 64 || chunkBytes < initialBytes) {
      throw new IllegalArgumentException(
          "need 64 <= initialBytes <= chunkBytes: " + initialBytes + ", " + chunkBytes);
    }
    this.initialBytes = initialBytes;
    this.chunkBytes = chunkBytes;
    this.maxFrameBytes = maxFrameBytes;
    this.budget = budget;
  }

  /**
   * Takes working-size chunks from {@code pool} (its chunk size must be {@code chunkBytes}) and
   * gives them back: a chunk a handler kept references into is reused once the references are
   * released ({@link ChunkPool}), instead of being left to the GC.
   */
  public void useChunkPool(ChunkPool pool) {
    if (pool != null && pool.chunkBytes() != chunkBytes) {
      throw new IllegalArgumentException(
          "pool chunks of " + pool.chunkBytes() + " bytes, reader chunks of " + chunkBytes);
    }
    this.pool = pool;
  }

  /**
   * Reads what the channel has (a few reads at most, so one busy connection cannot starve the
   * others) and delivers every complete frame. Returns false at end of stream, and once the reader
   * is closed (a handler may close its connection, and with it this reader, while a frame is
   * delivered: the frames after it in the chunk are then dropped unread).
   */
  public boolean read(ReadableByteChannel ch, Handler handler) throws IOException {
    for (int round = 0; round < 4; round++) {
      if (closed) {
        return false;
      }
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
      if (skip > 0) {
        int d = (int) Math.min(skip, filled - consumed);
        consumed += d;
        skip -= d;
      }
      parse(handler);
      if (closed) {
        return false;
      }
      if (filled < chunk.capacity()) {
        return true; // the socket had less than we could take: it is drained
      }
    }
    return true;
  }

  /** Complete frames delivered so far. */
  public long frames() {
    return frames;
  }

  /** The current chunk's capacity (0: none). */
  public int bufferBytes() {
    return chunk == null ? 0 : chunk.capacity();
  }

  /**
   * Drops the chunk and returns its reservation to the budget (the connection is closing); the
   * reader reads nothing more. Safe to call from a handler during {@link #read}.
   */
  public void close() {
    closed = true;
    drop();
  }

  private void parse(Handler handler) throws IOException {
    while (!closed && skip == 0 && filled - consumed >= 4) {
      int len = chunk.getInt(consumed);
      if (len < 0 || len > maxFrameBytes) {
        long announced = len & 0xFFFFFFFFL;
        if (!handler.onOversized(len < 0 ? Integer.MAX_VALUE : len)) {
          throw new ProtocolException(
              "frame of " + announced + " bytes announced (at most " + maxFrameBytes + " allowed)");
        }
        long have = filled - consumed - 4L;
        long drop = Math.min(have, announced);
        consumed += 4 + (int) drop;
        skip = announced - drop;
        continue;
      }
      if (filled - consumed - 4 < len) {
        return;
      }
      int start = consumed + 4;
      consumed = start + len;
      frames++;
      if (handler.onFrame(chunk, start, start + len)) {
        retained = true;
      }
    }
  }

  /**
   * Whether a handler still references the chunk: for a pooled chunk its reference count says,
   * otherwise the handlers' answers since the chunk was taken.
   */
  private boolean kept() {
    if (!retained) {
      return false;
    }
    if (pool != null && pool.owns(chunk) && !pool.sharedBeyondProducer(chunk)) {
      retained = false; // every reference was released: the chunk is ours again
      return false;
    }
    return true;
  }

  private void ensureRoom() throws IOException {
    if (chunk != null && consumed == filled && chunk.capacity() > chunkBytes) {
      drop(); // a large frame has gone: let its buffer go (records referencing it keep it alive)
    }
    boolean kept = chunk != null && kept();
    if (chunk != null && consumed == filled && !kept) {
      consumed = filled = 0;
    }
    if (chunk == null) {
      replace(initialBytes, 0);
      return;
    }
    int cap = chunk.capacity();
    if (cap - filled >= Math.max(1, cap >> 2)) {
      return;
    }
    int pending = filled - consumed;
    long frameNeed = pending >= 4 && skip == 0 ? 4L + chunk.getInt(consumed) : 4;
    if (!kept && (pending <= cap - (cap >> 2) || frameNeed <= cap)) {
      // Nothing references this chunk: slide the partial frame to the front and reuse it.
      chunk.limit(filled).position(consumed);
      chunk.compact();
      consumed = 0;
      filled = pending;
      return;
    }
    int size = cap;
    if (frameNeed > cap) {
      size = (int) Math.min(2L * cap, frameNeed); // grows only as fast as the frame's bytes arrive
    } else if (kept && cap < chunkBytes) {
      size = Math.min(
          2 * cap, chunkBytes); // a busy stream whose chunks are kept: fewer, larger chunks
    }
    replace(size, pending);
  }

  /** Moves the pending bytes to a fresh chunk of {@code size} bytes. */
  private void replace(int size, int pending) throws IOException {
    if (!budget.reserve(size)) {
      throw new ProtocolException("the node's inbound buffers are at their bound (" + budget.used()
          + " of " + budget.maxBytes() + " bytes in use; " + size + " more needed)");
    }
    ByteBuffer fresh = pool != null && size == pool.chunkBytes()
        ? pool.take()
        : ByteBuffer.allocate(size).order(ByteOrder.LITTLE_ENDIAN);
    if (chunk != null) {
      fresh.put(0, chunk, consumed, pending);
      releaseChunk();
    }
    chunk = fresh;
    retained = false;
    consumed = 0;
    filled = pending;
  }

  /** Returns the chunk's reservation to the budget and, for a pooled one, the reader's reference. */
  private void releaseChunk() {
    budget.release(chunk.capacity());
    if (pool != null) {
      pool.release(chunk);
    }
  }

  private void drop() {
    if (chunk != null) {
      releaseChunk();
      chunk = null;
      consumed = filled = 0;
      retained = false;
    }
  }
}
