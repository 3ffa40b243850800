package dev.rast.raft.loop;

import dev.rast.raft.core.RaftLog;
import dev.rast.raft.core.Ready;
import dev.rast.raft.log.Preallocator;
import dev.rast.raft.log.RecordConsumer;
import dev.rast.raft.log.SegmentedLog;
import dev.rast.raft.log.StoredHardState;
import dev.rast.raft.log.Syncer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A {@link SegmentedLog} with its {@link Syncer} as a {@link RaftStorage}: records go to the page
 * cache at once, the sync thread forces them in the background (the loop goes on stepping while
 * an fsync is in flight) and reports them durable; {@code wakeup} nudges the loop's thread when it
 * does. The core reads older records back through it: terms from the log's in-memory index,
 * records with positional reads from the segment files; an IO error there is thrown unchecked
 * (naming the directory), which stops the node: a node that cannot read its own log must not go
 * on.
 */
public final class SegmentedStorage implements RaftStorage {
  private final SegmentedLog log;
  private final Syncer syncer;
  /** Extends the open segment with zeros ahead of the records, off the loop's thread. */
  private final Preallocator preallocator;

  private final Runnable wakeup;
  private final String name;
  /**
   * Deletes the segment files compaction detached (and fsyncs the directory after each), off the
   * loop's thread: that took up to 12.5 ms of the loop per snapshot. Started on first use.
   */
  private ExecutorService deleter;

  private final Runnable deleteDetached = this::deleteDetached;
  // the sync thread's newest report, guarded by this
  private long seq;
  private long index;
  private long term;
  private IOException error;
  /**
   * A report the loop has not collected yet, whose wake-up is therefore still pending (guarded by
   * this). The next report then only updates the figures: one wake-up per collection, not per
   * fsync. Each wake-up takes the selector's interrupt lock, and the loop thread waited up to 5 ms
   * for it (JFR, in-process C=64: 405 waits of 0.2 ms or more in 20 s) while a descheduled sync
   * thread held it.
   */
  private boolean uncollected;

  /**
   * @param name names the owner in errors (e.g. {@code "node 2"})
   * @param wakeup called on the sync thread after a report when the loop has collected the one
   *     before (wakes the loop's selector); the loop must call {@link #durable} after each wake-up
   */
  public SegmentedStorage(SegmentedLog log, String name, Runnable wakeup) {
    this.log = log;
    this.name = name;
    this.wakeup = wakeup;
    this.seq = log.durableSeq();
    this.preallocator = new Preallocator(log);
    this.syncer = new Syncer(log, new Syncer.Listener() {
      @Override
      public void durable(long s, long i, long t) {
        boolean wake;
        synchronized (SegmentedStorage.this) {
          seq = s;
          index = i;
          term = t;
          wake = !uncollected;
          uncollected = true;
        }
        if (wake) {
          wakeup.run();
        }
      }

      @Override
      public void failed(IOException e) {
        synchronized (SegmentedStorage.this) {
          error = e;
        }
        wakeup.run();
      }
    });
  }

  /** The log itself (for the status: disk bytes, fsyncs). */
  public SegmentedLog log() {
    return log;
  }

  @Override
  public void start() {
    preallocator.start();
    syncer.start();
  }

  @Override
  public long firstIndex() {
    return log.firstIndex();
  }

  @Override
  public long lastIndex() {
    return log.lastIndex();
  }

  @Override
  public long term(long i) {
    return log.term(i);
  }

  @Override
  public int recordLength(long i) {
    return log.recordLength(i);
  }

  @Override
  public int read(long from, long to, int maxBytes, ByteBuffer dst) {
    int n = log.countWithin(from, maxBytes, (int) Math.min(Integer.MAX_VALUE, to - from + 1));
    try {
      log.read(from, from + n - 1, dst);
    } catch (IOException e) {
      throw new UncheckedIOException(
          "reading records " + from + ".." + (from + n - 1) + " from " + log.dir(), e);
    }
    return n;
  }

  @Override
  public StoredHardState hardState() {
    return log.hardState();
  }

  @Override
  public void replay(RecordConsumer consumer) {
    log.replay(consumer);
  }

  @Override
  public long write(Ready ready, RaftLog raftLog) throws IOException {
    return log.persist(ready, raftLog);
  }

  @Override
  public void sync(long s) {
    syncer.request();
  }

  @Override
  public synchronized void durable(long[] out) throws IOException {
    if (error != null) {
      throw new IOException(
          name + ": syncing the log in " + log.dir() + " failed; stopping", error);
    }
    out[0] = seq;
    out[1] = index;
    out[2] = term;
    uncollected = false;
  }

  @Override
  public long durableSeq() {
    return log.durableSeq();
  }

  @Override
  public void compactBefore(long keepFrom) throws IOException {
    if (log.detachBefore(keepFrom) > 0) {
      if (deleter == null) {
        deleter = Executors.newSingleThreadExecutor(r -> {
          Thread t = new Thread(r, "rast-log-compact-" + log.dir().getFileName());
          t.setDaemon(true);
          return t;
        });
      }
      deleter.execute(deleteDetached);
    }
  }

  /** On the deleter's thread: a failure leaves the files, a valid suffix of the log, for the next try. */
  private void deleteDetached() {
    try {
      log.deleteDetached();
    } catch (IOException e) {
      System.err.println(name + ": deleting compacted log segments in " + log.dir()
          + " failed (they stay on disk; retried at the next compaction): " + e);
    }
  }

  @Override
  public void restartAt(long next) throws IOException {
    log.restartAt(next);
  }

  /**
   * Stops the sync thread (after a final sync), the preallocator and the deleter, and closes the
   * log.
   */
  @Override
  public void close() throws IOException {
    try {
      syncer.close();
      preallocator.close();
      if (deleter != null) {
        deleter.shutdown(); // the deletions queued still run; close() deletes what is left
        deleter.awaitTermination(1, TimeUnit.MINUTES);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      log.close();
    }
  }
}
