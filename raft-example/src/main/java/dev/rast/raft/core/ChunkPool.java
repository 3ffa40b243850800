package dev.rast.raft.core;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * Reusable record buffers with reference counts: the chunks a leader encodes its proposals into and
 * a node receives peer messages into, handed back when nothing refers to them any more, so that a
 * node in steady state allocates no buffer per write.
 *
 * <p>A chunk is {@link #take taken} with one reference (its producer: the arena or the frame
 * reader filling it); {@link RaftLog} adds one per record it holds in the chunk and drops it when
 * the record leaves its window (evicted, truncated, or replaced by a snapshot); the producer drops
 * its own when it moves on to another chunk. At zero the chunk is free for the next {@code take}.
 * The pool grows only while more chunks are referenced at once than ever before (bounded by the
 * core's log cache plus what is in flight). Buffers that did not come from the pool are ignored by
 * {@link #retain} and {@link #release}, so callers need not tell them apart.
 *
 * <p>Chunks are direct buffers when asked: socket reads land in them and positional file writes
 * go out from them without the JDK's copy through a temporary direct buffer. Little-endian.
 *
 * <p>Not thread-safe: one owner thread (the node's loop) does everything.
 */
public final class ChunkPool {
  private final int chunkBytes;
  private final boolean direct;
  private ByteBuffer[] chunks = new ByteBuffer[16];
  private int[] refs = new int[16];
  private int count;
  private int[] free = new int[16];
  private int freeCount;
  /** The chunk found by the last lookup: records come and go in runs of one chunk. */
  private int last = -1;

  private long taken;

  /**
   * @param chunkBytes the size of every chunk
   * @param direct whether the chunks are direct (off-heap) buffers
   */
  public ChunkPool(int chunkBytes, boolean direct) {
    if (chunkBytes < 64) {
      throw new IllegalArgumentException("chunkBytes must be at least 64: " + chunkBytes);
    }
    this.chunkBytes = chunkBytes;
    this.direct = direct;
  }

  /** The size of every chunk. */
  public int chunkBytes() {
    return chunkBytes;
  }

  /** A cleared chunk holding one reference, the caller's; reused when one is free. */
  public ByteBuffer take() {
    taken++;
    int i;
    if (freeCount > 0) {
      i = free[--freeCount];
    } else {
      if (count == chunks.length) {
        chunks = java.util.Arrays.copyOf(chunks, count * 2);
        refs = java.util.Arrays.copyOf(refs, count * 2);
        free = java.util.Arrays.copyOf(free, count * 2);
      }
      i = count++;
      chunks[i] = (direct ? ByteBuffer.allocateDirect(chunkBytes) : ByteBuffer.allocate(chunkBytes))
          .order(ByteOrder.LITTLE_ENDIAN);
    }
    refs[i] = 1;
    last = i;
    ByteBuffer b = chunks[i];
    b.clear();
    return b;
  }

  private int find(ByteBuffer b) {
    if (last >= 0 && chunks[last] == b) {
      return last;
    }
    for (int i = 0; i < count; i++) {
      if (chunks[i] == b) {
        last = i;
        return i;
      }
    }
    return -1;
  }

  /** Adds a reference to {@code b} when it is one of this pool's chunks. */
  public void retain(ByteBuffer b) {
    int i = find(b);
    if (i >= 0) {
      refs[i]++;
    }
  }

  /** Drops a reference to {@code b} when it is one of this pool's chunks; at zero it is free. */
  public void release(ByteBuffer b) {
    int i = find(b);
    if (i < 0) {
      return;
    }
    if (refs[i] <= 0) {
      throw new IllegalStateException("chunk " + i + " released more often than retained");
    }
    if (--refs[i] == 0) {
      free[freeCount++] = i;
    }
  }

  /** Whether {@code b} is one of this pool's chunks and referenced by more than its producer. */
  public boolean sharedBeyondProducer(ByteBuffer b) {
    int i = find(b);
    return i >= 0 && refs[i] > 1;
  }

  /** Whether {@code b} is one of this pool's chunks. */
  public boolean owns(ByteBuffer b) {
    return find(b) >= 0;
  }

  /** Chunks created so far (free or in use). */
  public int chunks() {
    return count;
  }

  /** Chunks free now. */
  public int freeChunks() {
    return freeCount;
  }

  /** Chunks handed out by {@link #take} so far (reused ones included). */
  public long taken() {
    return taken;
  }
}
