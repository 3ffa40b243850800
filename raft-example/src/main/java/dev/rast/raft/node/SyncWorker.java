package dev.rast.raft.node;

import java.io.IOException;
import java.nio.channels.Selector;

/**
 * The sync thread: forces the storage whenever writes were issued since the last force, then
 * publishes which write (tag, last index, its term) is now durable and wakes the event loop. Many
 * writes issued during one force are covered by the next one (group commit).
 */
final class SyncWorker implements Runnable {
  private final Storage storage;
  private final Selector selector;
  private long requestedTag;
  private long requestedIndex;
  private long requestedTerm;
  private long doneTag;
  private long doneIndex;
  private long doneTerm;
  private IOException error;
  private boolean stopped;

  SyncWorker(Storage storage, Selector selector) {
    this.storage = storage;
    this.selector = selector;
  }

  /** Asks for write {@code tag} (whose log ends at (index, term)) to be made durable. */
  synchronized void request(long tag, long index, long term) {
    requestedTag = tag;
    requestedIndex = index;
    requestedTerm = term;
    notifyAll();
  }

  /** Copies {tag, index, term} of the newest durable write into {@code out}; throws a sync failure. */
  synchronized void done(long[] out) throws IOException {
    if (error != null) {
      throw error;
    }
    out[0] = doneTag;
    out[1] = doneIndex;
    out[2] = doneTerm;
  }

  synchronized void stop() {
    stopped = true;
    notifyAll();
  }

  @Override
  public void run() {
    while (true) {
      long tag;
      long index;
      long term;
      synchronized (this) {
        while (requestedTag == doneTag && !stopped) {
          try {
            wait();
          } catch (InterruptedException e) {
            return;
          }
        }
        if (stopped) {
          return;
        }
        tag = requestedTag;
        index = requestedIndex;
        term = requestedTerm;
      }
      try {
        storage.sync();
      } catch (IOException e) {
        synchronized (this) {
          error = e;
        }
        selector.wakeup();
        return;
      }
      synchronized (this) {
        doneTag = tag;
        doneIndex = index;
        doneTerm = term;
      }
      selector.wakeup();
    }
  }
}
