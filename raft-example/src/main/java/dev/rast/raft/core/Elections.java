package dev.rast.raft.core;

import dev.rast.raft.msg.RaftMsg.Message;
import dev.rast.raft.msg.RaftMsg.RequestVote;
import dev.rast.raft.msg.RaftMsg.RequestVoteResponse;

/**
 * Elections: campaigning (with an optional pre-vote round, Raft thesis §9.6), granting votes, and
 * the candidate's step function. A pre-vote changes no one's term or vote, so a node cut off from
 * the cluster keeps its term while it fails pre-votes, and does not force an election when it
 * rejoins.
 */
final class Elections {
  private Elections() {}

  /** Starts a campaign: a pre-vote round when {@code pre}, else a real election. */
  static void campaign(RaftNode n, boolean pre, boolean transfer) {
    if (n.selfSlot < 0 || n.selfSlot >= n.voterCount) {
      return; // a learner, or not a member: it never stands for election
    }
    if (pre) {
      n.becomePreCandidate();
    } else {
      n.becomeCandidate();
    }
    long voteTerm = pre ? n.term + 1 : n.term;
    n.votes[n.selfSlot] = 1;
    if (tally(n, 1) >= n.quorum) {
      won(n);
      return;
    }
    for (int slot = 0; slot < n.voterCount; slot++) {
      int peer = n.peers[slot];
      if (peer == n.id) {
        continue;
      }
      RequestVote.Builder rv = n.newMessage(peer, voteTerm).initRequestVote(n.voteBuilder);
      rv.setLastLogIndex(n.log.lastIndex())
          .setLastLogTerm(n.log.lastTerm())
          .setPreVote(pre)
          .setTransfer(transfer);
    }
  }

  private static void won(RaftNode n) {
    if (n.role == Role.PRE_CANDIDATE) {
      campaign(n, false, false);
    } else {
      n.becomeLeader();
    }
  }

  /** Counts the voter slots whose vote is {@code value} (1 granted, 2 rejected). */
  private static int tally(RaftNode n, int value) {
    int c = 0;
    for (int slot = 0; slot < n.voterCount; slot++) {
      if (n.votes[slot] == value) {
        c++;
      }
    }
    return c;
  }

  /** A (pre-)vote request at a term not below ours (higher terms were already adopted). */
  static void handleVote(RaftNode n, Message.Reader m, int from) {
    RequestVote.Reader rv = m.getRequestVote(n.voteReader);
    boolean pre = rv.getPreVote();
    boolean canVote =
        n.vote == from || (n.vote == 0 && n.leader == 0) || (pre && m.getTerm() > n.term);
    if (canVote && n.log.isUpToDate(rv.getLastLogIndex(), rv.getLastLogTerm())) {
      // A granted pre-vote answers in the term asked about; a real vote in our (equal) term.
      respondVote(n, from, m.getTerm(), true, pre);
      if (!pre) {
        n.electionElapsed = 0;
        n.vote = from;
      }
    } else {
      respondVote(n, from, n.term, false, pre);
    }
  }

  static void respondVote(RaftNode n, int to, long term, boolean granted, boolean pre) {
    n.newMessage(to, term)
        .initRequestVoteResponse(n.voteRespBuilder)
        .setGranted(granted)
        .setPreVote(pre);
  }

  /** Step function of a (pre-)candidate. */
  static void stepCandidate(RaftNode n, Message.Reader m, int from, int slot) {
    switch (m.which()) {
      case APPEND_ENTRIES -> {
        n.becomeFollower(n.term, from);
        Follower.handleAppend(n, m, from);
      }
      case HEARTBEAT -> {
        n.becomeFollower(n.term, from);
        Follower.handleHeartbeat(n, m, from);
      }
      case INSTALL_SNAPSHOT -> n.becomeFollower(n.term, from); // the chunk itself is the driver's
      case REQUEST_VOTE_RESPONSE -> {
        RequestVoteResponse.Reader r = m.getRequestVoteResponse(n.voteRespReader);
        boolean pre = n.role == Role.PRE_CANDIDATE;
        if (r.getPreVote() != pre) {
          return; // an answer to an earlier round
        }
        if (pre && r.getGranted() && m.getTerm() != n.term + 1) {
          return;
        }
        if (slot < 0 || slot >= n.voterCount) {
          return; // not a voter in our configuration: its vote does not count
        }
        n.votes[slot] = (byte) (r.getGranted() ? 1 : 2);
        if (tally(n, 1) >= n.quorum) {
          won(n);
        } else if (tally(n, 2) >= n.quorum) {
          n.becomeFollower(n.term, 0);
        }
      }
      default -> {
        // TimeoutNow and responses meant for a leader are ignored.
      }
    }
  }
}
