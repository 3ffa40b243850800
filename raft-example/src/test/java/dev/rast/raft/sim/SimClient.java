package dev.rast.raft.sim;

import dev.rast.raft.check.Op;

/**
 * A sequential client: one operation at a time, retried (same sequence number, so exactly once)
 * on timeouts and redirects. While faults are active it may give up on an operation after a few
 * timeouts: a write then goes into the history as indefinite, a read is dropped (an unobserved
 * read constrains nothing). After the final heal it never gives up: every operation must finish.
 */
final class SimClient {
  record Request(Op.Kind kind, int key, long a, long b) {}

  private static final long TIMEOUT = 400_000;
  private static final int ATTEMPTS_BEFORE_GIVING_UP = 3;

  final int id;
  private final Simulation sim;
  private long seq;
  private Request request;
  private long call;
  private int attempts;
  private int target;
  private long token;
  private boolean busy;
  private long lastSeen;
  int completedAfterHeal;
  boolean done;

  SimClient(Simulation sim, int id) {
    this.sim = sim;
    this.id = id;
    this.target = 1 + sim.random.nextInt(sim.totalNodes);
  }

  void next() {
    if (sim.healed()
        && completedAfterHeal >= sim.opsAfterHeal
        && sim.historySize() >= Simulation.MIN_OPERATIONS) {
      done = true;
      sim.doneClients++;
      busy = false;
      return;
    }
    seq++;
    int key = sim.random.nextInt(sim.keys);
    long value = (long) id * 1_000_000 + seq;
    int dice = sim.random.nextInt(10);
    if (dice < 4) {
      request = new Request(Op.Kind.GET, key, 0, 0);
    } else if (dice < 7) {
      request = new Request(Op.Kind.PUT, key, value, 0);
    } else {
      long expected = sim.random.nextBoolean() ? lastSeen : sim.random.nextInt(3);
      request = new Request(Op.Kind.CPUT, key, expected, value);
    }
    call = sim.loop.now();
    attempts = 0;
    busy = true;
    send();
  }

  private void send() {
    long t = ++token;
    long s = seq;
    Request req = request;
    SimNode node = sim.node(target);
    sim.loop.after(300 + sim.random.nextInt(700), () -> node.request(this, s, req));
    sim.loop.after(TIMEOUT, () -> {
      if (token == t && busy && seq == s) {
        onTimeout();
      }
    });
  }

  private void onTimeout() {
    attempts++;
    target = 1 + sim.random.nextInt(sim.totalNodes);
    if (!sim.healed() && attempts >= ATTEMPTS_BEFORE_GIVING_UP) {
      if (request.kind() != Op.Kind.GET) {
        sim.record(new Op(
            id, request.kind(), request.key(), request.a(), request.b(), 0, call, Op.INDEFINITE));
      }
      busy = false;
      sim.loop.after(1000, this::next);
      return;
    }
    send();
  }

  void onRedirect(long s, int hint) {
    if (!busy || s != seq) {
      return;
    }
    token++;
    target = hint != 0 ? hint : 1 + sim.random.nextInt(sim.totalNodes);
    long t = token;
    sim.loop.after(hint != 0 ? 500 : 5_000 + sim.random.nextInt(10_000), () -> {
      if (token == t && busy && seq == s) {
        send();
      }
    });
  }

  void onResult(long s, long value) {
    if (!busy || s != seq) {
      return;
    }
    busy = false;
    token++;
    long now = sim.loop.now();
    sim.record(new Op(
        id,
        request.kind(),
        request.key(),
        request.a(),
        request.b(),
        request.kind() == Op.Kind.PUT ? 0 : value,
        call,
        now));
    if (request.kind() == Op.Kind.GET) {
      lastSeen = value;
    }
    if (sim.healed() && call >= sim.healTime()) {
      completedAfterHeal++;
    }
    sim.loop.after(sim.random.nextInt(20_000), this::next);
  }
}
