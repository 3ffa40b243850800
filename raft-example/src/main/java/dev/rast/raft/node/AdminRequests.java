package dev.rast.raft.node;

import dev.rast.raft.core.Member;
import dev.rast.raft.core.Membership;
import dev.rast.raft.core.MembershipChange;
import dev.rast.raft.core.Outcome;
import dev.rast.raft.core.Role;
import dev.rast.raft.loop.RaftLoop;
import dev.rast.raft.msg.KvMsg.KvRequest;
import dev.rast.raft.msg.KvMsg.Op;
import dev.rast.raft.msg.KvMsg.Status;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The administration requests of the client protocol on the leader: the member list, membership
 * changes (answered once their config entry is committed, with the new configuration) and
 * leadership transfers (answered once the target leads). A change or transfer the node cannot make
 * is answered {@code refused} with the reason; a follower answers {@code notLeader} so that the
 * client goes to the leader. Event-loop thread only.
 */
final class AdminRequests {
  /** How the node answers: status, the configuration to send (null: none), a message (null: none). */
  interface Responder {
    void answer(ClientConn conn, long requestId, Status status, Membership members, String message);
  }

  private static final long TRANSFER_NANOS = TimeUnit.SECONDS.toNanos(5);

  /** A change waiting for its entry to commit, or a transfer waiting for its target to lead. */
  private record Waiting(
      ClientConn conn, long requestId, long index, int transferTo, long deadline) {}

  private final RaftLoop loop;
  private final Responder out;
  private final List<Waiting> waiting = new ArrayList<>();

  AdminRequests(RaftLoop loop, Responder out) {
    this.loop = loop;
    this.out = out;
  }

  /** Serves one administration request (already checked by {@code RequestCheck}). */
  void handle(ClientConn conn, long id, KvRequest.Reader req, long now) {
    Op op = req.getOp();
    if (loop.role() != Role.LEADER) {
      out.answer(conn, id, Status.NOT_LEADER, loop.membership(), null);
      return;
    }
    int node = req.getNode();
    switch (op) {
      case MEMBERS -> out.answer(conn, id, Status.OK, loop.membership(), null);
      case TRANSFER_LEADER -> transfer(conn, id, node, now);
      default -> change(conn, id, op, node, req);
    }
  }

  private void transfer(ClientConn conn, long id, int node, long now) {
    Outcome o = loop.transferLeadership(node);
    if (o == Outcome.ACCEPTED && node == loop.raft().id()) {
      out.answer(conn, id, Status.OK, loop.membership(), null);
    } else if (o == Outcome.ACCEPTED) {
      waiting.add(new Waiting(conn, id, 0, node, now + TRANSFER_NANOS));
    } else if (o == Outcome.NOT_LEADER) {
      out.answer(conn, id, Status.NOT_LEADER, loop.membership(), null);
    } else {
      out.answer(
          conn,
          id,
          Status.REFUSED,
          null,
          "node " + node + " is not a voter (" + loop.membership() + "): only a voter can lead");
    }
  }

  private void change(ClientConn conn, long id, Op op, int node, KvRequest.Reader req) {
    MembershipChange change =
        switch (op) {
          case ADD_MEMBER -> req.getLearner()
              ? MembershipChange.ADD_LEARNER
              : MembershipChange.ADD_VOTER;
          case PROMOTE_MEMBER -> MembershipChange.PROMOTE;
          default -> MembershipChange.REMOVE;
        };
    Member address = null;
    if (op == Op.ADD_MEMBER) {
      try {
        address = Member.parse(node + "=" + req.getAddress().toString());
      } catch (IllegalArgumentException e) {
        out.answer(conn, id, Status.ERROR, null, "bad address: " + e.getMessage());
        return;
      }
      if (address.clientPort() == 0) {
        out.answer(
            conn,
            id,
            Status.ERROR,
            null,
            "the address needs the client port too: HOST:PEERPORT:CLIENTPORT");
        return;
      }
    }
    Membership before = loop.membership();
    long commit = loop.committed();
    Outcome o = loop.proposeChange(change, node, address);
    switch (o) {
      case ACCEPTED -> waiting.add(new Waiting(conn, id, loop.lastIndex(), 0, 0));
      case NOT_LEADER -> out.answer(conn, id, Status.NOT_LEADER, loop.membership(), null);
      case INVALID_CHANGE -> out.answer(
          conn, id, Status.REFUSED, before, before.whyNot(change, node) + " (" + before + ")");
      case CHANGE_IN_PROGRESS -> out.answer(
          conn,
          id,
          Status.REFUSED,
          before,
          "a membership change is already in flight (the configuration " + before
              + " is not committed yet, or this leader has not committed an entry of its term):"
              + " try again in a moment");
      case NOT_CAUGHT_UP -> out.answer(
          conn,
          id,
          Status.REFUSED,
          before,
          "learner " + node + " has not caught up yet (it holds the log to "
              + loop.raft().matchOf(node) + ", the commit index is " + commit
              + "): try again when it has");
      case TRANSFERRING -> out.answer(
          conn, id, Status.REFUSED, before, "a leadership transfer is in progress: try again");
      default -> out.answer(conn, id, Status.REFUSED, before, "refused: " + o);
    }
  }

  /** Answers the changes now committed and the transfers done or timed out. Each loop turn. */
  void poll(long now) {
    if (waiting.isEmpty()) {
      return;
    }
    for (Iterator<Waiting> it = waiting.iterator(); it.hasNext(); ) {
      Waiting w = it.next();
      if (w.conn().closed) {
        it.remove();
      } else if (w.transferTo() == 0 && loop.committed() >= w.index()) {
        it.remove();
        out.answer(w.conn(), w.requestId(), Status.OK, loop.membership(), null);
      } else if (w.transferTo() != 0 && loop.leader() == w.transferTo()) {
        it.remove();
        out.answer(w.conn(), w.requestId(), Status.OK, loop.membership(), null);
      } else if (w.transferTo() != 0 && now - w.deadline() > 0) {
        it.remove();
        out.answer(
            w.conn(),
            w.requestId(),
            Status.REFUSED,
            loop.membership(),
            "node " + w.transferTo() + " did not take over within 5 s (is it up and caught up?)");
      }
    }
  }

  /**
   * This node stopped leading: a change not yet committed may still commit or be dropped by the
   * next leader, so it is answered as such (after one last look at the commit index).
   */
  void leadershipLost(long now) {
    poll(now);
    for (Iterator<Waiting> it = waiting.iterator(); it.hasNext(); ) {
      Waiting w = it.next();
      if (w.transferTo() == 0) {
        it.remove();
        out.answer(
            w.conn(),
            w.requestId(),
            Status.REFUSED,
            null,
            "the leader lost its leadership before the change (entry " + w.index()
                + ") committed (commit index " + loop.committed() + "): it may or may not take"
                + " effect; see `rast member list`");
      }
    }
  }
}
