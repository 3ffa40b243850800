package dev.rast.raft.snapshot;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;

/**
 * Writes snapshots on its own thread, one at a time, so that the event loop only takes the
 * (cheap) {@link StateView} and goes on applying. The loop starts a write with {@link #start} and
 * polls {@link #poll} for the outcome; a {@code wakeup} runnable is called when one is ready.
 */
public final class Snapshotter implements AutoCloseable {
  /** The outcome of one write: the published file, or the error. */
  public record Done(
      long index, long term, Path file, IOException error, long bytes, long millis) {}

  private final Path dir;
  private final Runnable wakeup;
  private Thread thread;
  private volatile Done done;
  private boolean busy;

  /** Snapshots go to {@code dir}; {@code wakeup} (any thread) nudges the owner to {@link #poll}. */
  public Snapshotter(Path dir, Runnable wakeup) {
    this.dir = dir;
    this.wakeup = wakeup;
  }

  /** Whether a write is in progress or its outcome not yet polled. Owner thread. */
  public boolean busy() {
    return busy;
  }

  /** Starts writing {@code view}, the state up to entry ({@code index}, {@code term}). Owner thread; not while busy. */
  public void start(StateView view, long index, long term) {
    start(view, index, term, null);
  }

  /**
   * As {@link #start(StateView, long, long)}, the file carrying {@code configuration} (the framed
   * cluster configuration as of {@code index}; null: none).
   */
  public void start(StateView view, long index, long term, ByteBuffer configuration) {
    if (busy) {
      throw new IllegalStateException("a snapshot is already being written");
    }
    busy = true;
    thread = new Thread(
        () -> {
          long t0 = System.nanoTime();
          Done d;
          try (SnapshotWriter w = SnapshotWriter.create(dir, index, term, configuration)) {
            view.writeTo(w);
            Path file = w.publish();
            d = new Done(index, term, file, null, w.bytes(), (System.nanoTime() - t0) / 1_000_000);
          } catch (IOException e) {
            d = new Done(index, term, null, e, 0, (System.nanoTime() - t0) / 1_000_000);
          } catch (RuntimeException e) {
            d = new Done(
                index, term, null, new IOException("the state view failed: " + e, e), 0, 0);
          }
          done = d;
          wakeup.run();
        },
        "rast-snapshot");
    thread.setDaemon(true);
    thread.start();
  }

  /** The outcome of the write started last, once, when it is finished; else null. Owner thread. */
  public Done poll() {
    Done d = done;
    if (d != null) {
      done = null;
      busy = false;
    }
    return d;
  }

  /** Waits up to {@code millis} for a write in progress (at shutdown). */
  @Override
  public void close() throws InterruptedException {
    Thread t = thread;
    if (t != null) {
      t.join(10_000);
    }
  }
}
