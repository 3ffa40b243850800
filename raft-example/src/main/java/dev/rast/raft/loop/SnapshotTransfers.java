package dev.rast.raft.loop;

import dev.rast.capnp.DataReader;
import dev.rast.capnp.MessageBuilder;
import dev.rast.raft.core.Membership;
import dev.rast.raft.core.RaftNode;
import dev.rast.raft.core.Role;
import dev.rast.raft.msg.RaftMsg.InstallSnapshot;
import dev.rast.raft.msg.RaftMsg.InstallSnapshotResponse;
import dev.rast.raft.msg.RaftMsg.Message;
import dev.rast.raft.net.MessageSender;
import dev.rast.raft.snapshot.SnapshotReceiver;
import dev.rast.raft.snapshot.SnapshotSender;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A {@link RaftLoop}'s InstallSnapshot transfers, both sides (see {@code InstallSnapshot} in raft.capnp).
 *
 * <p>Leader: when the core reports that a follower needs entries compacted away ({@code
 * RaftNode.needsSnapshot}), the newest published snapshot file is streamed to it with a {@link
 * SnapshotSender}: 256 KiB chunks, at most 4 unacknowledged. A transfer ends when the follower's
 * match index reaches the snapshot (it installed it and the core heard so), is restarted from 0
 * when no answer moved it for 5 s, and is dropped when this node stops leading.
 *
 * <p>Follower: chunks from the current leader in the current term (the core checked both when it
 * stepped the message) go to a {@link SnapshotReceiver}; every chunk is answered with the bytes
 * held. A completed, checked file is handed to the loop to install ({@link Installer}).
 *
 * <p>Memory on both sides: one chunk buffer, plus the sender's window in the transport queue.
 */
final class SnapshotTransfers {
  static final int CHUNK_BYTES = 256 << 10;
  static final int WINDOW = 4;
  static final long STALL_NANOS = TimeUnit.SECONDS.toNanos(5);

  /** Installs a received snapshot file: restores the state machine, empties the log, tells the core. */
  interface Installer {
    void install(int leader, Path file, long index, long term) throws IOException;
  }

  private final int self;
  private final long clusterId;
  private final RaftNode raft;
  private final MessageSender transport;
  private final SnapshotReceiver receiver;
  private final Installer installer;
  private final Map<Integer, SnapshotSender> senders = new HashMap<>();

  private final ByteBuffer chunk = ByteBuffer.allocate(CHUNK_BYTES).order(ByteOrder.LITTLE_ENDIAN);
  private final MessageBuilder out = new MessageBuilder();
  private final Message.Builder envelope = new Message.Builder();
  private final InstallSnapshot.Builder installBuilder = new InstallSnapshot.Builder();
  private final InstallSnapshotResponse.Builder answerBuilder =
      new InstallSnapshotResponse.Builder();
  private final InstallSnapshot.Reader installReader = new InstallSnapshot.Reader();
  private final InstallSnapshotResponse.Reader answerReader = new InstallSnapshotResponse.Reader();
  private final DataReader data = new DataReader();
  /** Counters for the status: transfers completed, bytes sent; snapshots installed here. */
  volatile long sentTransfers;

  volatile long sentBytes;
  volatile long installed;

  SnapshotTransfers(
      int self,
      long clusterId,
      RaftNode raft,
      MessageSender transport,
      Path snapshotDir,
      Installer installer) {
    this.self = self;
    this.clusterId = clusterId;
    this.raft = raft;
    this.transport = transport;
    this.receiver = new SnapshotReceiver(snapshotDir);
    this.installer = installer;
  }

  // ---- leader ----

  /**
   * Starts, drives and ends the transfers (once per loop turn). {@code file}, {@code index} and
   * {@code term}: the newest published snapshot (null: none yet).
   */
  void drive(long now, Path file, long index, long term) throws IOException {
    if (raft.role() != Role.LEADER) {
      closeSenders();
      return;
    }
    Membership members = raft.membership(); // read in place: drive runs every turn
    int count = file == null ? 0 : members.voterCount() + members.learnerCount();
    for (int i = 0; i < count; i++) {
      int peer =
          i < members.voterCount() ? members.voter(i) : members.learner(i - members.voterCount());
      if (peer != self && raft.needsSnapshot(peer) && !senders.containsKey(peer)) {
        SnapshotSender s = new SnapshotSender(peer, file, index, term, CHUNK_BYTES, WINDOW, now);
        senders.put(peer, s);
        System.err.println("node " + self + ": node " + peer + " needs entries compacted away;"
            + " sending snapshot " + index + " (term " + term + ", " + s.size() + " bytes)");
      }
    }
    if (senders.isEmpty()) {
      return;
    }
    for (Iterator<SnapshotSender> it = senders.values().iterator(); it.hasNext(); ) {
      SnapshotSender s = it.next();
      if (!members.contains(s.peer())) {
        System.err.println("node " + self + ": node " + s.peer()
            + " left the configuration; its snapshot transfer ends");
        s.close();
        it.remove();
        continue;
      }
      if (raft.matchOf(s.peer()) >= s.index()) {
        sentTransfers++;
        System.err.println("node " + self + ": node " + s.peer() + " installed snapshot "
            + s.index() + ": " + s.bytesOut() + " bytes sent (file " + s.size() + ") in "
            + TimeUnit.NANOSECONDS.toMillis(now - s.startNanos()) + " ms");
        s.close();
        it.remove();
        continue;
      }
      if (s.stalled(now, STALL_NANOS)) {
        System.err.println("node " + self + ": snapshot transfer to node " + s.peer()
            + " stalled (no answer for 5 s); starting it over");
        s.rewind(now);
      }
      while (s.canSend()) {
        long offset = s.nextOffset();
        boolean last = s.nextChunk(chunk);
        int n = chunk.remaining();
        out.clear();
        Message.Builder m = out.initRoot(Message._Meta.SIZE, envelope);
        m.setFrom(self).setTo(s.peer()).setClusterId(clusterId).setTerm(raft.term());
        m.initInstallSnapshot(installBuilder)
            .setIndex(s.index())
            .setTerm(s.term())
            .setOffset(offset)
            .setData(chunk)
            .setDone(last);
        if (!transport.send(s.peer(), out)) {
          s.unsend(offset); // not queued (queue full, no connection): it goes again next time
          break;
        }
        sentBytes += n;
      }
    }
  }

  /** A follower's answer (after the core stepped it). */
  void onAnswer(int from, Message.Reader m, long now) {
    SnapshotSender s = senders.get(from);
    if (s != null && raft.role() == Role.LEADER) {
      InstallSnapshotResponse.Reader r = m.getInstallSnapshotResponse(answerReader);
      s.answer(r.getIndex(), r.getReceived(), now);
    }
  }

  private void closeSenders() throws IOException {
    if (senders.isEmpty()) {
      return;
    }
    for (SnapshotSender s : senders.values()) {
      s.close();
    }
    senders.clear();
  }

  // ---- follower ----

  /** A chunk (after the core stepped it): written, answered, installed when complete. */
  void onChunk(int from, Message.Reader m) throws IOException {
    if (raft.role() != Role.FOLLOWER || raft.leader() != from || m.getTerm() != raft.term()) {
      return; // stale: the core has told the sender our term
    }
    InstallSnapshot.Reader c = m.getInstallSnapshot(installReader);
    long index = c.getIndex();
    if (!raft.wantsSnapshot(from, index, c.getTerm())) {
      raft.installSnapshot(from, index, c.getTerm()); // refused: tells the leader our commit index
      return;
    }
    c.getData(data);
    ByteBuffer b = data.buffer().duplicate().order(ByteOrder.LITTLE_ENDIAN);
    b.limit(data.offset() + data.size()).position(data.offset());
    Path file;
    try {
      file = receiver.chunk(index, c.getTerm(), c.getOffset(), b, c.getDone());
    } catch (IOException e) {
      System.err.println("node " + self + ": snapshot " + index + " from node " + from
          + " refused: " + e.getMessage());
      file = null;
    }
    if (file != null) {
      installer.install(from, file, index, c.getTerm());
      installed++;
      System.err.println("node " + self + ": installed snapshot " + index + " (term " + c.getTerm()
          + ") from node " + from);
    }
    out.clear();
    Message.Builder a = out.initRoot(Message._Meta.SIZE, envelope);
    a.setFrom(self).setTo(from).setClusterId(clusterId).setTerm(raft.term());
    a.initInstallSnapshotResponse(answerBuilder)
        .setIndex(index)
        .setReceived(file != null ? Long.MAX_VALUE : receiver.received());
    transport.send(from, out);
  }

  void close() throws IOException {
    closeSenders();
    receiver.close();
  }
}
