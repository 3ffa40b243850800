package dev.rast.raft.cli;

import dev.rast.raft.kv.KvClient;
import dev.rast.raft.kv.KvClient.MemberStatus;
import dev.rast.raft.msg.KvMsg.Status;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * The membership scenario of {@code rast demo --scenario membership}, run while the clients load
 * the cluster: node 4 joins and is added as a learner, then promoted; node 1 is removed (it keeps
 * running, a non-member that must not disturb anyone); node 2 is killed with kill -9, its data
 * directory wiped, and it is removed and comes back, empty, as node 5 on the same ports, added as a
 * learner and promoted. Each step goes through the administration requests `rast member` sends and
 * is retried while the cluster answers "not now" (a change in flight, a learner not caught up, an
 * election).
 */
final class MembershipScenario {
  /** Called with a line for each event of the scenario. */
  interface Events {
    void event(String what);
  }

  private static final long STEP_NANOS = TimeUnit.SECONDS.toNanos(30);

  private final LocalCluster cluster;
  private final Events events;

  MembershipScenario(LocalCluster cluster, Events events) {
    this.cluster = cluster;
    this.events = events;
  }

  /** The client addresses of the nodes the cluster starts with. */
  static Map<Integer, InetSocketAddress> bootstrapClients(LocalCluster cluster) {
    Map<Integer, InetSocketAddress> m = new TreeMap<>();
    for (int i = 1; i <= cluster.bootstrapSize(); i++) {
      m.put(i, cluster.clientAddresses().get(i));
    }
    return m;
  }

  /** Runs the steps; {@code at} is told the fraction of the run each step waits for. */
  void run(KvClient admin, Demo.Clock at) throws Exception {
    at.sleepUntil(10);
    join(admin, 4);
    at.sleepUntil(35);
    events.event("member remove 1 (node 1 keeps running, as a non-member)");
    step(admin, "remove node 1", m -> !has(m, 1), c -> c.removeMember(1));
    at.sleepUntil(55);
    events.event("kill -9 node 2, wipe its data directory");
    cluster.kill(2);
    cluster.wipe(2);
    events.event("member remove 2");
    step(admin, "remove node 2", m -> !has(m, 2), c -> c.removeMember(2));
    cluster.moveAddresses(2, 5);
    join(admin, 5);
  }

  /** Starts node {@code id} with --join (its seeds: the members now), adds it as a learner, promotes it. */
  private void join(KvClient admin, int id) throws Exception {
    List<Integer> seeds =
        admin.members().members().stream().map(MemberStatus::id).toList();
    events.event("start node " + id + " --join (seeds: nodes " + seeds + ")");
    cluster.startJoining(id, seeds);
    String address = cluster.memberAddress(id);
    events.event("member add " + id + "=" + address + " --learner");
    step(admin, "add node " + id, m -> has(m, id), c -> c.addMember(id, address, true));
    events.event("member promote " + id + " (once it has caught up)");
    step(admin, "promote node " + id, m -> isVoter(m, id), c -> c.promoteMember(id));
    events.event("node " + id + " is a voter: " + voters(admin.members().members()));
  }

  interface Change {
    KvClient.Result send(KvClient c) throws Exception;
  }

  /**
   * Sends {@code change} until the leader's configuration satisfies {@code done}: refusals that
   * mean "not now" are retried every 100 ms; a lost answer (a leader change) is checked against the
   * member list before it is sent again. Fails after 30 s.
   */
  private static void step(
      KvClient admin, String what, Predicate<List<MemberStatus>> done, Change change)
      throws Exception {
    long end = System.nanoTime() + STEP_NANOS;
    String last = "no answer";
    while (System.nanoTime() < end) {
      KvClient.Result list = admin.members();
      if (list.status() == Status.OK && done.test(list.members())) {
        return;
      }
      KvClient.Result r = change.send(admin);
      if (r.status() == Status.OK && done.test(r.members())) {
        return;
      }
      last = r.status() + (r.message() == null ? "" : ": " + r.message());
      Thread.sleep(100);
    }
    throw new IllegalStateException(
        what + " did not succeed within 30 s (last answer: " + last + ")");
  }

  private static boolean has(List<MemberStatus> members, int id) {
    return members.stream().anyMatch(m -> m.id() == id);
  }

  private static boolean isVoter(List<MemberStatus> members, int id) {
    return members.stream().anyMatch(m -> m.id() == id && !m.learner());
  }

  /** The voters' ids, e.g. {@code [3, 4, 5]}. */
  static String voters(List<MemberStatus> members) {
    return members.stream()
        .filter(m -> !m.learner())
        .map(MemberStatus::id)
        .toList()
        .toString();
  }
}
