package dev.rast.raft.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides whether a history of key-value operations is linearizable (Herlihy &amp; Wing), in the
 * style of Wing &amp; Gong's search with Lowe's memoization, as Porcupine implements it.
 *
 * <p>Keys are independent in the model, so the history is partitioned by key and each part
 * checked alone (linearizability is compositional). Per part, the call and return events are
 * laid out in time order in a linked list; a depth-first search repeatedly picks a call whose
 * operation can be linearized next (the model accepts its output in the current state), removes
 * ("lifts") its call and return from the list and continues; reaching a return event whose call
 * was not lifted means the current order failed, so it backtracks. A cache of (set of linearized
 * operations, state) pairs already explored prunes repeated work. An indefinite operation returns
 * at infinity: it may be linearized anywhere after its call — at the very end, where it is
 * invisible, if it never took effect.
 */
public final class LinearizabilityChecker {
  private LinearizabilityChecker() {}

  /** The verdict: linearizable, or the first key whose operations are not. */
  public record Result(boolean ok, int badKey, List<Op> badOps) {
    @Override
    public String toString() {
      return ok ? "linearizable" : "NOT linearizable on key " + badKey + ": " + badOps;
    }
  }

  /** Checks a whole history (operations of any keys, in any order). */
  public static Result check(List<Op> history) {
    Map<Integer, List<Op>> byKey = new HashMap<>();
    for (Op op : history) {
      byKey.computeIfAbsent(op.key(), k -> new ArrayList<>()).add(op);
    }
    List<Integer> keys = new ArrayList<>(byKey.keySet());
    keys.sort(null);
    for (int key : keys) {
      List<Op> ops = byKey.get(key);
      if (!checkKey(ops)) {
        return new Result(false, key, ops);
      }
    }
    return new Result(true, -1, List.of());
  }

  /** A node of the event list: a call or a return of {@code op}. */
  private static final class Event {
    final int op;
    final boolean call;
    final long time;
    Event match;
    Event prev;
    Event next;

    Event(int op, boolean call, long time) {
      this.op = op;
      this.call = call;
      this.time = time;
    }
  }

  private record CacheKey(long[] bits, long state) {
    @Override
    public boolean equals(Object o) {
      return o instanceof CacheKey k && k.state == state && Arrays.equals(k.bits, bits);
    }

    @Override
    public int hashCode() {
      return Arrays.hashCode(bits) * 31 + Long.hashCode(state);
    }
  }

  static boolean checkKey(List<Op> ops) {
    int n = ops.size();
    List<Event> events = new ArrayList<>(2 * n);
    for (int i = 0; i < n; i++) {
      Op op = ops.get(i);
      Event c = new Event(i, true, op.call());
      Event r = new Event(i, false, op.ret());
      c.match = r;
      r.match = c;
      events.add(c);
      events.add(r);
    }
    // Time order; at equal times calls first, so touching intervals count as concurrent.
    events.sort(Comparator.comparingLong((Event e) -> e.time).thenComparing(e -> !e.call));
    Event head = new Event(-1, false, Long.MIN_VALUE); // sentinel
    Event prev = head;
    for (Event e : events) {
      prev.next = e;
      e.prev = prev;
      prev = e;
    }
    BitSet linearized = new BitSet(n);
    Set<CacheKey> cache = new HashSet<>();
    Event[] stackEvent = new Event[n];
    long[] stackState = new long[n];
    int depth = 0;
    long state = 0;
    Event entry = head.next;
    while (head.next != null) {
      if (entry == null) {
        return false; // cannot happen with a sentinel-terminated list, kept for safety
      }
      if (entry.call) {
        long next = KvModel.step(state, ops.get(entry.op));
        if (next != KvModel.ILLEGAL) {
          linearized.set(entry.op);
          if (cache.add(new CacheKey(linearized.toLongArray(), next))) {
            stackEvent[depth] = entry;
            stackState[depth] = state;
            depth++;
            state = next;
            lift(entry);
            entry = head.next;
            continue;
          }
          linearized.clear(entry.op);
        }
        entry = entry.next;
      } else {
        if (depth == 0) {
          return false;
        }
        depth--;
        entry = stackEvent[depth];
        state = stackState[depth];
        linearized.clear(entry.op);
        unlift(entry);
        entry = entry.next;
      }
    }
    return true;
  }

  private static void lift(Event call) {
    call.prev.next = call.next;
    if (call.next != null) {
      call.next.prev = call.prev;
    }
    Event ret = call.match;
    ret.prev.next = ret.next;
    if (ret.next != null) {
      ret.next.prev = ret.prev;
    }
  }

  private static void unlift(Event call) {
    Event ret = call.match;
    ret.prev.next = ret;
    if (ret.next != null) {
      ret.next.prev = ret;
    }
    call.prev.next = call;
    if (call.next != null) {
      call.next.prev = call;
    }
  }
}
