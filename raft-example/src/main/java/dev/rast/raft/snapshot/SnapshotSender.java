package dev.rast.raft.snapshot;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The leader's side of one InstallSnapshot transfer to one follower: the bytes of one published
 * snapshot file, read a chunk at a time, with at most {@code window} chunks unacknowledged (flow
 * control: memory and queued bytes are bounded by {@code window * chunkBytes}). An answer moves
 * the acknowledged mark; a sign of lost chunks or a follower that started over rewinds to what the
 * follower holds ({@link #answer}). The file stays readable while the transfer runs even if a newer snapshot replaces
 * it (the channel is open). One thread (the node's).
 */
public final class SnapshotSender implements AutoCloseable {
  private final int peer;
  private final Path file;
  private final long index;
  private final long term;
  private final FileChannel channel;
  private final long size;
  private final int chunkBytes;
  private final int window;
  private long sent;
  private long acked;
  private long lastProgressNanos;
  private final long startNanos;
  /** Every byte read for sending, retransmissions included. */
  private long bytesOut;
  /** The offset last gone back to (-1: none), so that one gap costs one rewind. */
  private long rewoundTo = -1;

  /** A transfer of {@code file}, the snapshot of ({@code index}, {@code term}), to {@code peer}. */
  public SnapshotSender(
      int peer, Path file, long index, long term, int chunkBytes, int window, long nowNanos)
      throws IOException {
    this.peer = peer;
    this.file = file;
    this.index = index;
    this.term = term;
    this.channel = FileChannel.open(file, StandardOpenOption.READ);
    this.size = channel.size();
    this.chunkBytes = chunkBytes;
    this.window = window;
    this.lastProgressNanos = nowNanos;
    this.startNanos = nowNanos;
  }

  public int peer() {
    return peer;
  }

  public long index() {
    return index;
  }

  public long term() {
    return term;
  }

  public long size() {
    return size;
  }

  /** Bytes acknowledged by the follower. */
  public long acked() {
    return acked;
  }

  /** Bytes sent (including retransmissions after a rewind). */
  public long sent() {
    return sent;
  }

  /** Bytes handed out by {@link #nextChunk} since the transfer began, retransmissions included. */
  public long bytesOut() {
    return bytesOut;
  }

  /** When the transfer began ({@code nowNanos} of the constructor). */
  public long startNanos() {
    return startNanos;
  }

  /** Whether another chunk may go now (the window is not full and the file not all sent). */
  public boolean canSend() {
    return sent < size && sent - acked < (long) window * chunkBytes;
  }

  /** The offset the next chunk starts at. */
  public long nextOffset() {
    return sent;
  }

  /**
   * Reads the next chunk into {@code dst} (cleared; at least {@code chunkBytes} of room), flipped
   * for reading; advances the sent mark. Returns whether it is the last chunk.
   */
  public boolean nextChunk(ByteBuffer dst) throws IOException {
    dst.clear();
    int n = (int) Math.min(chunkBytes, size - sent);
    dst.limit(n);
    long at = sent;
    while (dst.hasRemaining()) {
      int r = channel.read(dst, at);
      if (r < 0) {
        throw new IOException(
            file + " ended at " + at + " while being sent (expected " + size + " bytes)");
      }
      at += r;
    }
    dst.flip();
    sent += n;
    bytesOut += n;
    return sent == size;
  }

  /**
   * Takes the follower's answer: it holds {@code received} bytes of snapshot {@code index}. Every
   * chunk is answered, so with a window in flight most answers are below what was sent; the sender
   * goes back only when the follower lost chunks: it answers the same amount twice (a chunk after a
   * gap), once per gap, or less than it had acknowledged (it started over).
   */
  public void answer(long index, long received, long nowNanos) {
    if (index != this.index) {
      return;
    }
    if (received > acked) {
      acked = Math.min(received, size);
      lastProgressNanos = nowNanos;
    } else if (received < acked
        || (received == acked && received < sent && rewoundTo != received)) {
      sent = Math.max(received, 0);
      acked = sent;
      rewoundTo = sent;
    }
  }

  /** The chunk at {@code offset} could not be queued: it goes again next time. */
  public void unsend(long offset) {
    sent = Math.min(sent, offset);
  }

  /** Whether no answer moved the transfer for {@code timeoutNanos}: the caller restarts it from 0. */
  public boolean stalled(long nowNanos, long timeoutNanos) {
    return nowNanos - lastProgressNanos > timeoutNanos;
  }

  /** Starts over from offset 0 (after a stall). */
  public void rewind(long nowNanos) {
    sent = 0;
    acked = 0;
    rewoundTo = 0;
    lastProgressNanos = nowNanos;
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
