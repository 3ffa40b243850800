package dev.rast.raft.log;

import java.io.IOException;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs a {@link SegmentedLog}'s syncs on one background thread, so the node thread never waits
 * for an fsync: group commit with pipelining.
 *
 * <p>The node thread appends and {@code flush()}es (getting a write sequence number), then calls
 * {@link #request()}, which only sets a flag and wakes this thread. This thread syncs everything
 * flushed up to the moment it starts (one fsync, however many records and flushes that covers),
 * then reports {@link Listener#durable} and, if more was requested meanwhile, syncs again. While
 * an fsync is in flight the node keeps stepping, appending and flushing; all of that is covered by
 * the next fsync. Requests made during a sync coalesce into one.
 *
 * <p>Threading: {@link #request()} may be called from any thread and never blocks or allocates.
 * The listener runs on the sync thread; it should hand the result to the node thread (e.g. put it
 * on the node's event queue) rather than touch the node. After a failure ({@link Listener#failed})
 * the thread stops: an fsync that failed cannot be retried safely, the node must stop.
 */
public final class Syncer implements AutoCloseable {
  /** Receives the outcome of each sync, on the sync thread. */
  public interface Listener {
    /**
     * Every write up to sequence number {@code seq} (see {@link SegmentedLog#flush}) is durable;
     * {@code index} and {@code term} are the last durable record's (for {@code
     * RaftNode.persisted(index, term)}; index 0 when the log is empty).
     */
    void durable(long seq, long index, long term);

    /** A sync failed; the log is unusable and no more syncs will run. */
    void failed(IOException e);
  }

  private final SegmentedLog log;
  private final Listener listener;
  private final Thread thread;
  private final SegmentedLog.SyncResult result = new SegmentedLog.SyncResult();
  private volatile boolean requested;
  private volatile boolean stopping;
  private volatile long reportedSeq;

  /** A syncer for {@code log}; call {@link #start()}. */
  public Syncer(SegmentedLog log, Listener listener) {
    this.log = log;
    this.listener = listener;
    this.thread = new Thread(this::run, "rast-log-sync-" + log.dir().getFileName());
    this.thread.setDaemon(true);
  }

  /** Starts the sync thread. */
  public void start() {
    thread.start();
  }

  /** Asks for a sync of everything flushed so far (any thread; never blocks). */
  public void request() {
    requested = true;
    LockSupport.unpark(thread);
  }

  /** The highest sequence number reported durable so far. */
  public long reportedSeq() {
    return reportedSeq;
  }

  private void run() {
    while (true) {
      if (!requested) {
        if (stopping) {
          return;
        }
        // A commit-only hard state change waits for the next sync; when none comes (the node went
        // idle), sync once it is due, so the stored commit index lags by a bounded time.
        long due = log.hardStateDueInNanos();
        if (due < 0) {
          LockSupport.park(this);
          continue;
        }
        if (due > 0) {
          LockSupport.parkNanos(this, due);
          continue;
        }
      }
      requested = false;
      try {
        log.syncFlushed(result);
      } catch (IOException e) {
        listener.failed(e);
        return;
      }
      if (result.seq > reportedSeq) {
        reportedSeq = result.seq;
        listener.durable(result.seq, result.index, result.term);
      }
    }
  }

  /**
   * Runs the syncs still requested, then stops the thread and waits for it. Does not close the
   * log.
   */
  @Override
  public void close() throws InterruptedException {
    stopping = true;
    LogThreads.wakeAndJoin(thread);
  }
}
