package dev.rast.raft.sim;

import dev.rast.raft.core.Membership;
import dev.rast.raft.core.MembershipChange;
import dev.rast.raft.core.Outcome;
import dev.rast.raft.core.Role;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Injects faults while the fault phase lasts: every few hundred milliseconds one fault of a random
 * kind starts, and ends after a random duration; several may overlap. {@link #healAll} ends them
 * all at once (the final heal). Counts what it injected, per kind.
 */
final class Nemesis {
  private final Simulation sim;
  private final SplittableRandom random;
  final Map<FaultKind, Integer> counts = new EnumMap<>(FaultKind.class);
  /** Bumped by the final heal, so scheduled fault ends do nothing afterwards. */
  private int generation;

  Nemesis(Simulation sim, SplittableRandom random) {
    this.sim = sim;
    this.random = random;
    for (FaultKind k : FaultKind.values()) {
      counts.put(k, 0);
    }
  }

  void scheduleNext(long until) {
    long delay = 50_000 + random.nextInt(350_000);
    if (sim.loop.now() + delay >= until) {
      return;
    }
    sim.loop.after(delay, () -> {
      inject(FaultKind.values()[random.nextInt(FaultKind.values().length)]);
      scheduleNext(until);
    });
  }

  private void later(Runnable end) {
    int gen = generation;
    sim.loop.after(100_000 + random.nextInt(1_400_000), () -> {
      if (gen == generation) {
        end.run();
      }
    });
  }

  private void inject(FaultKind kind) {
    int n = sim.totalNodes;
    SimNetwork net = sim.net;
    switch (kind) {
      case PARTITION -> {
        List<Integer> side = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          if (random.nextBoolean()) {
            side.add(i);
          }
        }
        if (side.isEmpty() || side.size() == n) {
          side = List.of(1 + random.nextInt(n));
        }
        List<int[]> links = new ArrayList<>();
        for (int a = 1; a <= n; a++) {
          for (int b = 1; b <= n; b++) {
            if (side.contains(a) != side.contains(b)) {
              links.add(new int[] {a, b});
            }
          }
        }
        block(links);
      }
      case ASYMMETRIC_PARTITION -> {
        List<int[]> links = new ArrayList<>();
        int k = 1 + random.nextInt(n);
        for (int i = 0; i < k; i++) {
          int a = 1 + random.nextInt(n);
          int b = 1 + random.nextInt(n);
          if (a != b) {
            links.add(new int[] {a, b});
          }
        }
        block(links);
      }
      case ISOLATE_LEADER -> {
        int leader = currentLeader();
        int victim = leader != 0 ? leader : 1 + random.nextInt(n);
        List<int[]> links = new ArrayList<>();
        for (int b = 1; b <= n; b++) {
          if (b != victim) {
            links.add(new int[] {victim, b});
            links.add(new int[] {b, victim});
          }
        }
        block(links);
      }
      case DROP -> {
        net.dropP = 0.05 + random.nextDouble() * 0.25;
        later(() -> net.dropP = 0);
      }
      case DUPLICATE -> {
        net.duplicateP = 0.1 + random.nextDouble() * 0.3;
        later(() -> net.duplicateP = 0);
      }
      case REORDER -> {
        net.reorder = true;
        later(() -> net.reorder = false);
      }
      case LONG_DELAY -> {
        net.longDelayP = 0.05 + random.nextDouble() * 0.15;
        later(() -> net.longDelayP = 0);
      }
      case CRASH, TORN_WRITE -> {
        SimNode victim = sim.node(1 + random.nextInt(n));
        if (!victim.up) {
          return;
        }
        victim.crash(kind == FaultKind.TORN_WRITE);
        sim.invariants.checkDurable();
        later(victim::start);
      }
      case LOST_TAIL -> {
        SimNode victim = sim.node(1 + random.nextInt(n));
        if (!victim.up) {
          return;
        }
        victim.crash(false);
        long keep = safeTailCut(victim);
        if (keep >= victim.disk.last()) {
          victim.start(); // nothing it could lose safely: an ordinary crash and restart
          return;
        }
        victim.disk.loseTailAfter(keep + random.nextLong(victim.disk.last() - keep));
        sim.invariants.checkDurable();
        later(victim::start);
      }
      case PAUSE -> {
        SimNode victim = sim.node(1 + random.nextInt(n));
        if (random.nextBoolean()) {
          int leader = currentLeader();
          victim = leader != 0 ? sim.node(leader) : victim;
        }
        if (!victim.up || victim.paused || victim.ticksStopped) {
          return;
        }
        if (random.nextBoolean()) {
          victim.paused = true;
        } else {
          victim.ticksStopped = true;
        }
        later(victim::resume);
      }
      case SLOW_LOOP -> {
        SimNode victim = sim.node(1 + random.nextInt(n));
        int leader = currentLeader();
        if (leader != 0 && random.nextInt(4) != 0) {
          victim = sim.node(leader);
        }
        if (!victim.up || victim.lagMicros > 0) {
          return;
        }
        SimNode slow = victim;
        slow.lagMicros = SimNode.TICK_MICROS + random.nextInt(25 * (int) SimNode.TICK_MICROS);
        later(() -> slow.lagMicros = 0);
      }
      case CLOCK_SKEW -> {
        SimNode victim = sim.node(1 + random.nextInt(n));
        victim.skew = random.nextBoolean()
            ? 0.5 + random.nextDouble() * 0.4
            : 1.2 + random.nextDouble() * 0.8;
        later(() -> victim.skew = 1.0);
      }
      case TRANSFER_LEADER -> {
        int leader = currentLeader();
        if (leader == 0) {
          return;
        }
        int target = 1 + random.nextInt(n);
        if (target == leader) {
          return;
        }
        sim.node(leader).transferLeadership(target);
      }
      case MEMBER_ADD, MEMBER_PROMOTE, MEMBER_REMOVE -> {
        int leader = currentLeader();
        if (leader == 0 || !change(sim.node(leader), kind)) {
          return;
        }
        if (random.nextInt(3) == 0) {
          // A second change at once: the core must refuse it until the first one commits (the
          // invariants check that no leader ever holds two uncommitted changes).
          change(
              sim.node(leader),
              FaultKind.values()[FaultKind.MEMBER_ADD.ordinal() + random.nextInt(3)]);
        }
      }
    }
    counts.merge(kind, 1, Integer::sum);
  }

  /** Proposes one random change of {@code kind} to {@code leader}; returns whether it was taken. */
  private boolean change(SimNode leader, FaultKind kind) {
    Membership m = leader.raft.membership();
    List<Integer> candidates = new ArrayList<>();
    for (int id = 1; id <= sim.totalNodes; id++) {
      boolean fits =
          switch (kind) {
            case MEMBER_ADD -> !m.contains(id);
            case MEMBER_PROMOTE -> m.isLearner(id);
            default -> m.isLearner(id) || (m.isVoter(id) && m.voterCount() > 2);
          };
      if (fits) {
        candidates.add(id);
      }
    }
    if (candidates.isEmpty()) {
      return false;
    }
    int target = candidates.get(random.nextInt(candidates.size()));
    MembershipChange change =
        switch (kind) {
          case MEMBER_ADD -> random.nextInt(4) == 0
              ? MembershipChange.ADD_VOTER
              : MembershipChange.ADD_LEARNER;
          case MEMBER_PROMOTE -> MembershipChange.PROMOTE;
          default -> MembershipChange.REMOVE;
        };
    boolean taken = leader.proposeChange(change, target) == Outcome.ACCEPTED;
    if (taken && change == MembershipChange.ADD_LEARNER && random.nextBoolean()) {
      promoteWhenCaughtUp(target, 10, generation);
    }
    return taken;
  }

  /** The operator's way: promote a new learner once it has caught up (retried every 100 ms). */
  private void promoteWhenCaughtUp(int learner, int tries, int gen) {
    sim.loop.after(100_000, () -> {
      int leader = currentLeader();
      if (gen != generation || leader == 0) {
        return;
      }
      Outcome o = sim.node(leader).proposeChange(MembershipChange.PROMOTE, learner);
      if (o == Outcome.ACCEPTED) {
        counts.merge(FaultKind.MEMBER_PROMOTE, 1, Integer::sum);
      } else if (tries > 1 && o != Outcome.INVALID_CHANGE) {
        promoteWhenCaughtUp(learner, tries - 1, gen);
      }
    });
  }

  private void block(List<int[]> links) {
    for (int[] l : links) {
      sim.net.blocked[l[0]][l[1]]++;
    }
    later(() -> {
      for (int[] l : links) {
        sim.net.blocked[l[0]][l[1]]--;
      }
    });
  }

  /**
   * The lowest index {@code k} such that every durable record of {@code victim} after {@code k}
   * (and none below its snapshot) is also durable, identical by term, on a quorum of the other
   * voters' disks in every configuration that may be in effect ({@link Invariants#configs}):
   * losing those records loses nothing the cluster committed.
   */
  private long safeTailCut(SimNode victim) {
    SimDisk d = victim.disk;
    long k = d.last();
    long floor = Math.max(d.first - 1, d.snapIndex);
    while (k > floor) {
      long term = victim.durableTerm(k);
      boolean safe = true;
      for (Membership m : sim.invariants.configs()) {
        int holders = 0;
        for (int i = 0; i < m.voterCount(); i++) {
          SimNode other = sim.node(m.voter(i));
          if (other != victim && other.durableTerm(k) == term) {
            holders++;
          }
        }
        safe &= holders >= m.quorum();
      }
      if (!safe) {
        break;
      }
      k--;
    }
    return k;
  }

  private int currentLeader() {
    int leader = 0;
    long term = -1;
    for (SimNode node : sim.nodes()) {
      if (node.up && node.raft.role() == Role.LEADER && node.raft.term() > term) {
        leader = node.id;
        term = node.raft.term();
      }
    }
    return leader;
  }

  /** The final heal: every fault ends, crashed nodes restart, paused ones resume. */
  void healAll() {
    generation++;
    sim.net.heal();
    for (SimNode node : sim.nodes()) {
      node.skew = 1.0;
      node.lagMicros = 0;
      if (!node.up) {
        node.start();
      } else if (node.paused || node.ticksStopped) {
        node.resume();
      }
    }
  }
}
