package dev.rast.raft.log;

import java.util.concurrent.locks.LockSupport;

/** What the log's background threads ({@link Syncer}, {@link Preallocator}) share. */
final class LogThreads {
  private LogThreads() {}

  /**
   * Wakes {@code thread} from its park (its owner has just set its stop flag) and waits for it to
   * finish the work in hand and end.
   */
  static void wakeAndJoin(Thread thread) throws InterruptedException {
    LockSupport.unpark(thread);
    if (thread.isAlive()) {
      thread.join();
    }
  }
}
