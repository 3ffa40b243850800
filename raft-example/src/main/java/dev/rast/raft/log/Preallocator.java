package dev.rast.raft.log;

import java.io.IOException;
import java.util.concurrent.locks.LockSupport;

/**
 * Extends a {@link SegmentedLog}'s open segment with zeros on a background thread, ahead of the
 * records, so that the node's thread never writes megabytes of zeros in the middle of an append
 * and a sync of records never has to flush them (see the log's class documentation).
 *
 * <p>The owner's appends call {@link #request()} (a flag and a wake-up: no blocking, no
 * allocation) when the records come within {@link LogOptions#preallocateBytes} of the zeros. The
 * thread then writes zeros in 256 KiB chunks until the segment is that far ahead again, and keeps a
 * spare segment file ready for the next roll (a roll takes it and asks for another).
 * A failure here is not the log's: the thread reports it once and stops, and the owner goes back
 * to preallocating in line, where the same error (a full disk, say) surfaces on the append that
 * needs the space.
 */
public final class Preallocator implements AutoCloseable {
  private final SegmentedLog log;
  private final Thread thread;
  private volatile boolean requested;
  private volatile boolean stopping;

  /** A preallocator for {@code log}, attached to it at once; call {@link #start()}. */
  public Preallocator(SegmentedLog log) {
    this.log = log;
    this.thread = new Thread(this::run, "rast-log-prealloc-" + log.dir().getFileName());
    this.thread.setDaemon(true);
  }

  /** Attaches to the log and starts the thread, which first makes a spare segment ready. */
  public void start() {
    log.preallocateWith(this);
    thread.start();
    request();
  }

  /** Asks for the open segment to be extended to what the owner wants (any thread; never blocks). */
  void request() {
    requested = true;
    LockSupport.unpark(thread);
  }

  private void run() {
    while (!stopping) {
      if (!requested) {
        LockSupport.park(this);
        continue;
      }
      requested = false;
      try {
        log.closeRolled();
        log.preallocateAhead();
        log.prepareSpare();
      } catch (IOException | RuntimeException e) {
        log.preallocateWith(null);
        System.err.println(log.dir() + ": the log's background work (preallocation, spare"
            + " segment, closing a rolled segment) failed; the node's thread preallocates from now"
            + " on (a failed close leaves the log unusable, and the next append reports it): " + e);
        return;
      }
    }
  }

  /** Stops the thread and waits for it (a chunk in flight is finished). Does not close the log. */
  @Override
  public void close() throws InterruptedException {
    stopping = true;
    LogThreads.wakeAndJoin(thread);
  }
}
