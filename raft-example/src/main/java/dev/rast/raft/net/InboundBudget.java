package dev.rast.raft.net;

/**
 * The bytes all inbound connection buffers of one node may hold together. A {@link FrameReader}
 * reserves its buffer's capacity here before allocating it and releases it when it drops the
 * buffer; a reservation that would exceed the bound fails, and the reader's connection is
 * closed. Owned by the node's event-loop thread (not thread-safe).
 */
public final class InboundBudget {
  private final long maxBytes;
  private long used;
  private long refusals;

  public InboundBudget(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** Reserves {@code bytes}; false (reserving nothing) when that would exceed the bound. */
  boolean reserve(long bytes) {
    if (used + bytes > maxBytes) {
      refusals++;
      return false;
    }
    used += bytes;
    return true;
  }

  void release(long bytes) {
    used -= bytes;
  }

  /** Bytes reserved now. */
  public long used() {
    return used;
  }

  public long maxBytes() {
    return maxBytes;
  }

  /** Reservations refused so far (each closed a connection). */
  public long refusals() {
    return refusals;
  }
}
