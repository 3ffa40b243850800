package dev.rast.raft.core;

import dev.rast.raft.msg.RaftMsg.AppendEntries;
import dev.rast.raft.msg.RaftMsg.Entry;
import dev.rast.raft.msg.RaftMsg.Heartbeat;
import dev.rast.raft.msg.RaftMsg.Message;
import java.nio.ByteBuffer;
import java.util.Arrays;

/**
 * The follower's step function and its hot path: AppendEntries. Records are verified (length,
 * CRC32C, term and index through the generated Entry reader) and appended by reference to the
 * very bytes they arrived in; nothing is copied, decoded into objects or allocated per message.
 */
final class Follower {
  private Follower() {}

  static void step(RaftNode n, Message.Reader m, int from) {
    switch (m.which()) {
      case APPEND_ENTRIES -> {
        n.electionElapsed = 0;
        n.leader = from;
        handleAppend(n, m, from);
      }
      case HEARTBEAT -> {
        n.electionElapsed = 0;
        n.leader = from;
        handleHeartbeat(n, m, from);
      }
      case INSTALL_SNAPSHOT -> {
        // A chunk of the leader's snapshot: the driver writes it (see RaftNode.installSnapshot);
        // here it only counts as word from the leader.
        n.electionElapsed = 0;
        n.leader = from;
      }
      case TIMEOUT_NOW -> Elections.campaign(n, false, true);
      default -> {
        // Responses meant for a leader or candidate: stale, ignored.
      }
    }
  }

  static void handleAppend(RaftNode n, Message.Reader m, int from) {
    RaftLog log = n.log;
    AppendEntries.Reader a = m.getAppendEntries(n.appendReader);
    long prev = a.getPrevLogIndex();
    long prevTerm = a.getPrevLogTerm();
    if (prev < log.committed) {
      // Everything up to our commit index is settled; tell the leader where we stand.
      respondAppend(n, from, false, log.committed, 0, 0);
      return;
    }
    if (!log.matchTerm(prev, prevTerm)) {
      long hint = log.findConflictByTerm(Math.min(prev, log.lastIndex()), prevTerm);
      respondAppend(n, from, true, prev, hint, log.term(hint));
      return;
    }
    int count = a.getCount();
    ByteBuffer buf = null;
    int at = 0;
    if (count > 0) {
      a.getRecords(n.data);
      buf = n.data.buffer();
      at = n.data.offset();
      if (!verify(n, buf, at, at + n.data.size(), count, prev)) {
        return; // corrupt in transit: drop; the leader sends it again
      }
    }
    long[] terms = n.termScratch;
    for (int k = 0; k < count; k++) {
      long index = prev + 1 + k;
      int len = Records.recordLength(buf, at);
      if (log.term(index) != terms[k]) {
        log.put(index, terms[k], buf, at, len);
      }
      at += len;
    }
    long lastNew = prev + count;
    log.commitTo(Math.min(a.getCommit(), lastNew));
    respondAppend(n, from, false, lastNew, 0, 0);
  }

  private static boolean verify(RaftNode n, ByteBuffer buf, int at, int end, int count, long prev) {
    if (n.termScratch.length < count) {
      n.termScratch = Arrays.copyOf(n.termScratch, Math.max(count, n.termScratch.length * 2));
    }
    for (int k = 0; k < count; k++) {
      int len = n.records.verify(buf, at, end);
      if (len < 0) {
        return false;
      }
      Entry.Reader e = n.records.entry(buf, at);
      if (e.getIndex() != prev + 1 + k) {
        return false;
      }
      n.termScratch[k] = e.getTerm();
      at += len;
    }
    return at == end;
  }

  static void handleHeartbeat(RaftNode n, Message.Reader m, int from) {
    Heartbeat.Reader h = m.getHeartbeat(n.heartbeatReader);
    // The leader sends min(our match, its commit), so this never commits past what we hold from it.
    n.log.commitTo(Math.min(h.getCommit(), n.log.lastIndex()));
    Ready r = n.ready;
    long readId = h.getReadId();
    if (r.heartbeatResponse >= 0
        && r.heartbeatResponseTo == from
        && r.heartbeatResponseTerm == n.term) {
      // A burst of heartbeats: one answer with the newest read id acknowledges every round it
      // covers.
      readId = Math.max(readId, r.heartbeatResponseReadId);
      n.rewriteMessage(r.heartbeatResponse, from, n.term)
          .initHeartbeatResponse(n.heartbeatRespBuilder)
          .setReadId(readId);
    } else {
      r.heartbeatResponse = r.messageCount();
      n.newMessage(from, n.term).initHeartbeatResponse(n.heartbeatRespBuilder).setReadId(readId);
    }
    r.heartbeatResponseTo = from;
    r.heartbeatResponseTerm = n.term;
    r.heartbeatResponseReadId = readId;
  }

  static void respondAppend(
      RaftNode n, int to, boolean reject, long index, long hintIndex, long hintTerm) {
    n.newMessage(to, n.term)
        .initAppendEntriesResponse(n.appendRespBuilder)
        .setReject(reject)
        .setIndex(index)
        .setHintIndex(hintIndex)
        .setHintTerm(hintTerm);
  }
}
