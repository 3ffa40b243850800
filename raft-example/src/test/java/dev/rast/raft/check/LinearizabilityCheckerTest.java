package dev.rast.raft.check;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The checker against known histories, generated sequential histories and a large history. */
class LinearizabilityCheckerTest {

  private static boolean ok(Op... ops) {
    return LinearizabilityChecker.check(List.of(ops)).ok();
  }

  @Test
  void emptyHistoryIsLinearizable() {
    assertTrue(ok());
  }

  @Test
  void readOfInitialValue() {
    assertTrue(ok(Op.get(1, 0, 0, 0, 1)));
    assertFalse(ok(Op.get(1, 0, 5, 0, 1)));
  }

  @Test
  void sequentialWriteThenRead() {
    assertTrue(ok(Op.put(1, 0, 7, 0, 1), Op.get(2, 0, 7, 2, 3)));
    assertFalse(
        ok(Op.put(1, 0, 7, 0, 1), Op.get(2, 0, 0, 2, 3)), "stale read after a completed write");
  }

  @Test
  void concurrentReadMaySeeEitherValue() {
    assertTrue(ok(Op.put(1, 0, 7, 0, 10), Op.get(2, 0, 0, 1, 2)));
    assertTrue(ok(Op.put(1, 0, 7, 0, 10), Op.get(2, 0, 7, 1, 2)));
  }

  @Test
  void readsMustNotGoBackInTime() {
    // Both reads overlap the write, but once one read saw 7, a later read cannot see 0.
    assertFalse(ok(Op.put(1, 0, 7, 0, 10), Op.get(2, 0, 7, 1, 2), Op.get(3, 0, 0, 3, 4)));
    assertTrue(ok(Op.put(1, 0, 7, 0, 10), Op.get(2, 0, 0, 1, 2), Op.get(3, 0, 7, 3, 4)));
  }

  @Test
  void compareAndPut() {
    assertTrue(ok(Op.put(1, 0, 1, 0, 1), Op.cput(2, 0, 1, 2, true, 2, 3), Op.get(1, 0, 2, 4, 5)));
    assertFalse(ok(Op.put(1, 0, 1, 0, 1), Op.cput(2, 0, 1, 2, false, 2, 3)), "cput must succeed");
    assertFalse(ok(Op.put(1, 0, 1, 0, 1), Op.cput(2, 0, 9, 2, true, 2, 3)), "cput must fail");
    // Two concurrent cputs from the same expected value: at most one may succeed.
    assertFalse(ok(
        Op.put(1, 0, 1, 0, 1), Op.cput(2, 0, 1, 2, true, 2, 5), Op.cput(3, 0, 1, 3, true, 2, 5)));
    assertTrue(ok(
        Op.put(1, 0, 1, 0, 1), Op.cput(2, 0, 1, 2, true, 2, 5), Op.cput(3, 0, 1, 3, false, 2, 5)));
  }

  @Test
  void indefiniteWriteMayTakeEffectLaterOrNever() {
    Op lost = Op.put(1, 0, 7, 0, Op.INDEFINITE);
    assertTrue(ok(lost, Op.get(2, 0, 0, 5, 6)), "never took effect");
    assertTrue(ok(lost, Op.get(2, 0, 7, 5, 6)), "took effect");
    assertTrue(ok(lost, Op.get(2, 0, 0, 5, 6), Op.get(2, 0, 7, 7, 8)), "took effect late");
    assertFalse(ok(lost, Op.get(2, 0, 7, 5, 6), Op.get(2, 0, 0, 7, 8)), "cannot be undone");
    assertFalse(
        ok(Op.get(2, 0, 7, 0, 1), Op.put(1, 0, 7, 2, Op.INDEFINITE)), "not before its call");
  }

  @Test
  void keysAreIndependent() {
    assertTrue(ok(
        Op.put(1, 0, 7, 0, 1),
        Op.put(1, 1, 8, 2, 3),
        Op.get(2, 0, 7, 4, 5),
        Op.get(2, 1, 8, 4, 5)));
    assertFalse(ok(Op.put(1, 0, 7, 0, 1), Op.get(2, 1, 7, 4, 5)));
  }

  @Test
  void generatedSequentialHistoriesAreAcceptedAndRejectedOnceCorrupted() {
    SplittableRandom random = new SplittableRandom(42);
    for (int h = 0; h < 1000; h++) {
      List<Op> history = sequentialHistory(random, 20 + random.nextInt(40), 3);
      assertTrue(
          LinearizabilityChecker.check(history).ok(),
          () -> "rejected a sequential history: " + history);
      List<Integer> reads = new ArrayList<>();
      for (int i = 0; i < history.size(); i++) {
        if (history.get(i).kind() == Op.Kind.GET) {
          reads.add(i);
        }
      }
      if (reads.isEmpty()) {
        continue;
      }
      int victim = reads.get(random.nextInt(reads.size()));
      List<Op> corrupted = new ArrayList<>(history);
      corrupted.set(
          victim, history.get(victim).withOutput(history.get(victim).output() + 1_000_000));
      assertFalse(
          LinearizabilityChecker.check(corrupted).ok(),
          () -> "accepted a corrupted history: " + corrupted);
    }
  }

  @Test
  void largeConcurrentHistoryIsCheckedInSeconds() {
    List<Op> history = concurrentHistory(new SplittableRandom(7), 10_000, 10, 8);
    long start = System.nanoTime();
    LinearizabilityChecker.Result result = LinearizabilityChecker.check(history);
    long millis = (System.nanoTime() - start) / 1_000_000;
    assertTrue(result.ok(), result::toString);
    assertTrue(millis < 10_000, "took " + millis + " ms");
  }

  /** Operations executed one at a time against a real map (so the history is trivially linearizable). */
  static List<Op> sequentialHistory(SplittableRandom random, int n, int keys) {
    long[] state = new long[keys];
    List<Op> ops = new ArrayList<>();
    long t = 0;
    for (int i = 0; i < n; i++) {
      int key = random.nextInt(keys);
      int client = 1 + random.nextInt(3);
      long call = t++;
      long ret = t++;
      switch (random.nextInt(3)) {
        case 0 -> ops.add(Op.get(client, key, state[key], call, ret));
        case 1 -> {
          long v = i + 1;
          state[key] = v;
          ops.add(Op.put(client, key, v, call, ret));
        }
        default -> {
          long expected = random.nextBoolean() ? state[key] : i;
          long v = i + 1;
          boolean success = state[key] == expected;
          if (success) {
            state[key] = v;
          }
          ops.add(Op.cput(client, key, expected, v, success, call, ret));
        }
      }
    }
    return ops;
  }

  /**
   * {@code clients} concurrent clients: each operation takes effect at one instant inside its
   * interval (so the history is linearizable), with overlapping intervals and some indefinite writes.
   */
  static List<Op> concurrentHistory(SplittableRandom random, int n, int keys, int clients) {
    long[] state = new long[keys];
    long[] busyUntil = new long[clients];
    List<Op> ops = new ArrayList<>();
    long now = 0;
    for (int i = 0; i < n; i++) {
      now += 1 + random.nextInt(3); // the linearization point of operation i
      int client = random.nextInt(clients);
      long call = Math.max(busyUntil[client] + 1, now - random.nextInt(20));
      if (call > now) {
        call = now;
      }
      long ret = now + random.nextInt(20);
      busyUntil[client] = ret;
      int key = random.nextInt(keys);
      switch (random.nextInt(3)) {
        case 0 -> ops.add(Op.get(client, key, state[key], call, ret));
        case 1 -> {
          long v = i + 1;
          state[key] = v;
          boolean lost = random.nextInt(50) == 0;
          ops.add(Op.put(client, key, v, call, lost ? Op.INDEFINITE : ret));
        }
        default -> {
          long expected = random.nextBoolean() ? state[key] : i;
          long v = i + 1;
          boolean success = state[key] == expected;
          if (success) {
            state[key] = v;
          }
          ops.add(Op.cput(client, key, expected, v, success, call, ret));
        }
      }
    }
    return ops;
  }
}
