package dev.rast.raft.cli;

import dev.rast.raft.core.Member;
import dev.rast.raft.kv.KvClient;
import dev.rast.raft.msg.KvMsg.Status;
import dev.rast.raft.net.TlsConfig;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rast member list|add|promote|remove} and {@code rast transfer-leader}: each request goes
 * to the leader (following redirects), a change waits until it is committed, and the new
 * configuration is printed on stdout, one member a line. Exit codes: 0 done, 1 refused by the
 * cluster (the reason on stderr: another change in flight, not caught up, unknown node, the last
 * voter...), 2 bad usage, 3 unavailable (no leader answered within --timeout-ms).
 */
@Command(
    name = "member",
    mixinStandardHelpOptions = true,
    header = "List, add, promote or remove cluster members.",
    description =
        "Each subcommand asks the leader, waits until a change is committed and prints the new configuration. "
            + "Exit 0 done, 1 refused by the cluster (the reason on stderr), 2 bad usage, 3 no leader answered in time. "
            + "To replace a dead member: remove it, start the new node with --join, add it --learner, promote it (CLUSTER.md).",
    subcommands = {
      MemberCommands.List.class,
      MemberCommands.Add.class,
      MemberCommands.Promote.class,
      MemberCommands.Remove.class
    })
final class MemberCommands implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    throw new ParameterException(
        spec.commandLine(), "give a subcommand: list, add, promote or remove");
  }

  /** Parses a node id argument; a usage error (exit 2) when it is not one. */
  static int nodeId(CommandSpec spec, String arg) {
    try {
      int id = Integer.parseInt(arg);
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new ParameterException(
        spec.commandLine(), "'" + arg + "' is not a node id (an integer > 0)");
  }

  interface Request {
    KvClient.Result send(KvClient c) throws Exception;
  }

  /** Sends one administration request and prints the configuration or the refusal. */
  static int run(ClientOptions o, String command, Request request) {
    TlsConfig tls = o.tls(); // a bad TLS flag or file is a usage error, before any connection
    try (KvClient c = new KvClient(o.nodes(), o.timeoutMs, 1000, tls)) {
      KvClient.Result r = request.send(c);
      if (r.status() == Status.OK) {
        for (KvClient.MemberStatus m : r.members()) {
          System.out.println(m);
        }
        return 0;
      }
      String why = r.message() != null ? r.message() : r.status().toString();
      System.err.println("rast " + command + ": "
          + (r.status() == Status.REFUSED ? "refused: " : "error: ") + why);
      return r.status() == Status.REFUSED ? 1 : 2;
    } catch (TimeoutException e) {
      System.err.println("rast " + command + ": unavailable: no leader answered within "
          + o.timeoutMs + " ms (" + o.cluster + "); a change sent may still take effect: see"
          + " `rast member list`");
      return 3;
    } catch (Exception e) {
      System.err.println(
          "rast " + command + ": unavailable: " + e.getMessage() + " (" + o.cluster + ")");
      return 3;
    }
  }

  @Command(
      name = "list",
      mixinStandardHelpOptions = true,
      header = "Print the configuration the leader has.",
      description =
          "One member a line: ID=HOST:PEERPORT:CLIENTPORT (voter|learner). The configuration printed is the newest "
              + "in the leader's log (a change in flight included).")
  static final class List implements Callable<Integer> {
    @Mixin
    ClientOptions o;

    @Override
    public Integer call() {
      return run(o, "member list", KvClient::members);
    }
  }

  @Command(
      name = "add",
      mixinStandardHelpOptions = true,
      header = "Add a node to the cluster.",
      description =
          "Adds node ID, reached at HOST:PEERPORT (peers) and HOST:CLIENTPORT (clients). Start the node first with "
              + "`rast node --join` (its --peers listing the cluster's nodes and itself). Add it --learner, then "
              + "`rast member promote ID` once it has caught up: a voter added empty would have to be counted in "
              + "every quorum before it holds the log.")
  static final class Add implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ClientOptions o;

    @Parameters(index = "0", paramLabel = "ID=HOST:PEERPORT:CLIENTPORT")
    String member;

    @Option(names = "--learner", description = "Add it as a learner (not counted in quorums).")
    boolean learner;

    @Override
    public Integer call() {
      Member m;
      try {
        m = Member.parse(member);
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), e.getMessage());
      }
      if (m.clientPort() == 0) {
        throw new ParameterException(
            spec.commandLine(), "'" + member + "' is not ID=HOST:PEERPORT:CLIENTPORT");
      }
      String address = m.host() + ":" + m.peerPort() + ":" + m.clientPort();
      return run(o, "member add", c -> c.addMember(m.id(), address, learner));
    }
  }

  /** A command on one node: the client options and the node's ID (picocli reads inherited fields). */
  abstract static class OnNode implements Callable<Integer> {
    @Mixin
    ClientOptions o;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID")
    String node;

    /** The ID parameter, or a usage error naming it. */
    int id() {
      return nodeId(spec, node);
    }
  }

  @Command(
      name = "promote",
      mixinStandardHelpOptions = true,
      header = "Make a learner a voter.",
      description =
          "Refused (exit 1) while the learner has not caught up with the leader's commit index: try again.")
  static final class Promote extends OnNode {
    @Override
    public Integer call() {
      int id = id();
      return run(o, "member promote", c -> c.promoteMember(id));
    }
  }

  @Command(
      name = "remove",
      mixinStandardHelpOptions = true,
      header = "Remove a voter or learner.",
      description =
          "Removing the leader is allowed: it commits the change, then hands leadership to another voter. "
              + "The last voter cannot be removed.")
  static final class Remove extends OnNode {
    @Override
    public Integer call() {
      int id = id();
      return run(o, "member remove", c -> c.removeMember(id));
    }
  }

  @Command(
      name = "transfer-leader",
      mixinStandardHelpOptions = true,
      header = "Hand leadership to another voter.",
      description =
          "Waits until node ID leads (at most 5 s on the leader's side), then prints the configuration. "
              + "Exit 0 done, 1 refused (not a voter, or it did not take over in time), 2 bad usage, 3 no leader answered.")
  static final class TransferLeader extends OnNode {
    @Override
    public Integer call() {
      int id = id();
      return run(o, "transfer-leader", c -> c.transferLeader(id));
    }
  }
}
