package dev.rast.raft.sim;

import java.util.SplittableRandom;

/**
 * The in-memory network between nodes: per-link blocking (partitions, counted so overlapping
 * faults compose), drops, duplicates, reordering jitter and long delays. Times in microseconds.
 */
final class SimNetwork {
  private final Simulation sim;
  private final SplittableRandom random;
  final int[][] blocked;
  double dropP;
  double duplicateP;
  boolean reorder;
  double longDelayP;
  long sent;
  long delivered;

  SimNetwork(Simulation sim, SplittableRandom random, int nodes) {
    this.sim = sim;
    this.random = random;
    this.blocked = new int[nodes + 1][nodes + 1];
  }

  void send(int from, int to, byte[] bytes) {
    sent++;
    if (blocked[from][to] > 0 || random.nextDouble() < dropP) {
      return;
    }
    int copies = random.nextDouble() < duplicateP ? 2 : 1;
    for (int c = 0; c < copies; c++) {
      long delay = 200 + random.nextInt(1800);
      if (reorder) {
        delay += random.nextInt(20_000);
      }
      if (longDelayP > 0 && random.nextDouble() < longDelayP) {
        delay += 200_000 + random.nextInt(1_300_000);
      }
      sim.loop.after(delay, () -> {
        if (blocked[from][to] == 0) {
          delivered++;
          sim.node(to).deliver(bytes);
        }
      });
    }
  }

  void heal() {
    for (int[] row : blocked) {
      java.util.Arrays.fill(row, 0);
    }
    dropP = 0;
    duplicateP = 0;
    reorder = false;
    longDelayP = 0;
  }
}
