package dev.rast.raft.sim;

import java.util.PriorityQueue;

/**
 * The simulator's only scheduler: events run one at a time in (virtual time, insertion) order,
 * so a run is a pure function of its seed.
 */
final class EventLoop {
  private record Event(long time, long seq, Runnable action) {}

  private final PriorityQueue<Event> queue = new PriorityQueue<>(
      (x, y) -> x.time != y.time ? Long.compare(x.time, y.time) : Long.compare(x.seq, y.seq));
  private long now;
  private long seq;
  private long executed;

  /** Virtual time in microseconds. */
  long now() {
    return now;
  }

  long executed() {
    return executed;
  }

  void after(long delay, Runnable action) {
    queue.add(new Event(now + Math.max(0, delay), seq++, action));
  }

  /** Runs the next event; false when none is left. */
  boolean runOne() {
    Event e = queue.poll();
    if (e == null) {
      return false;
    }
    now = e.time;
    executed++;
    e.action.run();
    return true;
  }
}
