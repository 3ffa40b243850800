package dev.rast.raft.sim;

import dev.rast.capnp.DataReader;
import dev.rast.capnp.Framing;
import dev.rast.capnp.MessageBuilder;
import dev.rast.capnp.MessageReader;
import dev.rast.raft.core.Config;
import dev.rast.raft.core.LogStorage;
import dev.rast.raft.core.Membership;
import dev.rast.raft.core.MembershipChange;
import dev.rast.raft.core.Outcome;
import dev.rast.raft.core.RaftLog;
import dev.rast.raft.core.RaftNode;
import dev.rast.raft.core.Ready;
import dev.rast.raft.core.Records;
import dev.rast.raft.core.Role;
import dev.rast.raft.msg.RaftMsg.Entry;
import dev.rast.raft.msg.RaftMsg.EntryKind;
import dev.rast.raft.msg.RaftMsg.InstallSnapshot;
import dev.rast.raft.msg.RaftMsg.Message;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * One simulated node: a {@link RaftNode} driven exactly as the core's contract says, an
 * in-memory disk, the key-value state machine and the node's side of client requests.
 */
final class SimNode {
  static final long TICK_MICROS = 10_000;
  /** Records the cores read back from their disks (dropped from memory), over every run of this JVM. */
  static long recordsFromStorage;

  final int id;
  private final Simulation sim;
  final SimDisk disk = new SimDisk();
  RaftNode raft;
  KvStore kv;
  boolean up;
  /** Frozen: neither ticks nor handles anything (a process pause) until it resumes. */
  boolean paused;
  /** Not ticking, but handling messages and requests (a stalled timer thread). */
  boolean ticksStopped;

  double skew = 1.0;
  /** The loop's lag ({@link FaultKind#SLOW_LOOP}): each message and tick waits this long (0: none). */
  long lagMicros;
  /** Bumped at every crash, so events scheduled for an earlier life do nothing. */
  int incarnation;

  Role lastRole = Role.FOLLOWER;
  /** The configuration this node had after its last event (kept across a crash). */
  Membership lastMembership;
  /** The index of the config entry that set it. */
  long lastConfigIndex;

  long checkedCommit;
  /** The commit index after the last event (it never goes back within a life). */
  long lastCommit;
  /** The index of the last snapshot taken or installed in this life. */
  private long snapshotTakenAt;
  /** Per peer: when this node last sent it its snapshot (virtual µs). */
  private final long[] snapshotSentAt = new long[16];

  private final List<Runnable> pausedInbox = new ArrayList<>();
  private boolean readyScheduled;
  private boolean syncScheduled;
  private final List<Object[]> held = new ArrayList<>();
  private final Map<Long, SimClient> pendingWrites = new HashMap<>();
  private final Map<Long, Object[]> pendingReads = new HashMap<>();
  private final DataReader payload = new DataReader();
  private final Records recordReader = new Records();

  /** The durable records as the core's storage for entries it dropped from memory. */
  private final LogStorage storage = new LogStorage() {
    @Override
    public long firstIndex() {
      return disk.first;
    }

    @Override
    public long term(long index) {
      if (index < disk.first) {
        return 0; // compacted
      }
      long t = durableTerm(index);
      if (t == 0) {
        throw new IllegalStateException("node " + id + ": the core asked for the term of " + index
            + ", which is not durable (disk holds " + disk.records.size() + ")");
      }
      return t;
    }

    @Override
    public int recordLength(long index) {
      return record(index).length;
    }

    @Override
    public int read(long from, long to, int maxBytes, ByteBuffer dst) {
      int n = 0;
      int bytes = 0;
      for (long i = from; i <= to; i++) {
        byte[] rec = record(i);
        if (n > 0 && bytes + rec.length > maxBytes) {
          break;
        }
        dst.put(rec);
        bytes += rec.length;
        n++;
      }
      recordsFromStorage += n;
      return n;
    }
  };

  /** Durable record {@code index}; the core must ask only for those. */
  byte[] record(long index) {
    if (index < disk.first || index > disk.last()) {
      throw new IllegalStateException("node " + id + ": record " + index
          + " is not on disk (disk holds " + disk.first + ".." + disk.last() + ")");
    }
    return disk.records.get((int) (index - disk.first));
  }

  SimNode(Simulation sim, int id) {
    this.sim = sim;
    this.id = id;
  }

  /** Starts (or restarts) from what the disk holds durably. */
  void start() {
    Config config = Config.of(
            id, sim.voters(), 0xCAFEL, new SplittableRandom(sim.random.nextLong()))
        .withElection(10, 2, true, true)
        .withInflight(16, 64 << 10, 8 << 10);
    // A tiny log cache, so that lagging followers are served from the disk (LogStorage) often.
    raft = new RaftNode(config.withLogCacheBytes(sim.random.nextInt(4) * 2048L), storage);
    // As the node does: the snapshot, then the records after it if they continue it, else the log
    // restarts after the snapshot.
    long snap = disk.snapshot == null ? 0 : disk.snapIndex;
    if (disk.snapshot != null) {
      kv = KvStore.decode(disk.snapshot);
      raft.restoreSnapshot(disk.snapIndex, disk.snapTerm, disk.snapMembership);
      boolean continues = disk.first == snap + 1
          || (disk.first <= snap && disk.last() >= snap && durableTerm(snap) == disk.snapTerm);
      if (!continues) {
        disk.restartAt(snap + 1);
      }
    } else {
      kv = new KvStore(sim.keys);
    }
    if (disk.first > snap + 1) {
      throw new IllegalStateException("node " + id + ": the disk starts at " + disk.first
          + " but the snapshot ends at " + snap);
    }
    for (long i = snap + 1; i <= disk.last(); i++) {
      byte[] rec = record(i);
      if (!raft.restoreRecord(ByteBuffer.wrap(rec).order(ByteOrder.LITTLE_ENDIAN), 0, rec.length)) {
        disk.truncateFrom(i); // recovery drops a torn tail
        break;
      }
    }
    raft.restoreHardState(disk.term, disk.vote, Math.min(disk.commit, raft.log().lastIndex()));
    snapshotTakenAt = snap;
    up = true;
    paused = false;
    ticksStopped = false;
    lastRole = Role.FOLLOWER;
    checkedCommit = snap;
    lastCommit = raft.log().committed();
    int life = incarnation;
    scheduleTick(life);
    scheduleReady();
  }

  void crash(boolean tear) {
    up = false;
    lagMicros = 0;
    paused = false;
    incarnation++;
    raft = null;
    held.clear();
    pendingWrites.clear();
    pendingReads.clear();
    pausedInbox.clear();
    readyScheduled = false;
    syncScheduled = false;
    disk.crash(sim.random, tear);
  }

  private void scheduleTick(int life) {
    sim.loop.after((long) (TICK_MICROS * skew), () -> {
      if (incarnation != life || !up) {
        return;
      }
      if (!paused && !ticksStopped) {
        if (lagMicros > 0) {
          sim.loop.after(lagMicros, () -> {
            if (incarnation == life && up && !paused) {
              tickNow();
            }
          });
        } else {
          tickNow();
        }
      }
      scheduleTick(life);
    });
  }

  private void tickNow() {
    raft.tick();
    scheduleReady();
    sim.invariants.afterEvent(this);
  }

  void resume() {
    paused = false;
    ticksStopped = false;
    List<Runnable> inbox = new ArrayList<>(pausedInbox);
    pausedInbox.clear();
    inbox.forEach(Runnable::run);
  }

  private boolean accepting(Runnable later) {
    if (!up) {
      return false;
    }
    if (paused) {
      pausedInbox.add(later);
      return false;
    }
    return true;
  }

  void deliver(byte[] bytes) {
    if (lagMicros > 0 && up) {
      int life = incarnation;
      sim.loop.after(lagMicros, () -> {
        if (incarnation == life) {
          handle(bytes);
        }
      });
      return;
    }
    handle(bytes);
  }

  private void handle(byte[] bytes) {
    if (!accepting(() -> handle(bytes))) {
      return;
    }
    if (raft.step(ByteBuffer.wrap(bytes))) {
      Message.Reader m = Framing.read(
              ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN), new MessageReader())
          .getRoot(new Message.Reader());
      if (m.which() == Message.Which.INSTALL_SNAPSHOT) {
        onInstallSnapshot(m);
      }
    }
    scheduleReady();
    sim.invariants.afterEvent(this);
  }

  /** A snapshot from the leader (the core checked term and sender): installed as the node does. */
  private void onInstallSnapshot(Message.Reader m) {
    int from = m.getFrom();
    InstallSnapshot.Reader is = m.getInstallSnapshot();
    if (raft.role() != Role.FOLLOWER || raft.leader() != from || m.getTerm() != raft.term()) {
      return;
    }
    long index = is.getIndex();
    if (!raft.wantsSnapshot(from, index, is.getTerm())) {
      raft.installSnapshot(from, index, is.getTerm()); // refused: tells the leader where we stand
      return;
    }
    // The snapshot's bytes: its configuration (a framed Membership, length-prefixed), then the
    // state.
    ByteBuffer data = ByteBuffer.wrap(is.getData()).order(ByteOrder.LITTLE_ENDIAN);
    int confBytes = data.getInt(0);
    Membership members = Membership.decode(data.duplicate().position(4).limit(4 + confBytes));
    byte[] state = new byte[data.capacity() - 4 - confBytes];
    data.get(4 + confBytes, state);
    disk.publishSnapshot(state, index, is.getTerm(), members);
    kv = KvStore.decode(state);
    disk.restartAt(index + 1);
    if (!raft.installSnapshot(from, index, is.getTerm(), members)) {
      throw new IllegalStateException(
          "node " + id + ": the core refused snapshot " + index + " it wanted");
    }
    snapshotTakenAt = index;
    checkedCommit = Math.max(checkedCommit, index);
    sim.snapshotsInstalled++;
  }

  /** Takes a snapshot when due, then compacts the disk behind it (keeping the seed's tail). */
  private void maybeSnapshot() {
    long applied = raft.log().applied();
    if (sim.snapshotEvery == 0 || applied - snapshotTakenAt < sim.snapshotEvery) {
      return;
    }
    disk.publishSnapshot(
        kv.encode(), applied, raft.log().term(applied), raft.membershipAt(applied));
    snapshotTakenAt = applied;
    disk.compactBefore(applied + 1 - sim.logTail);
    sim.snapshotsTaken++;
  }

  /** A leader sends its snapshot to followers whose entries it compacted away (again after 200 ms). */
  private void sendSnapshots() {
    if (raft.role() != Role.LEADER || disk.snapshot == null) {
      return;
    }
    for (int peer = 1; peer <= sim.totalNodes; peer++) {
      if (peer == id
          || !raft.needsSnapshot(peer)
          || sim.loop.now() - snapshotSentAt[peer] < 200_000) {
        continue;
      }
      snapshotSentAt[peer] = sim.loop.now();
      MessageBuilder mb = new MessageBuilder();
      Message.Builder m = mb.initRoot(Message._Meta.SIZE, new Message.Builder());
      m.setFrom(id).setTo(peer).setClusterId(0xCAFEL).setTerm(raft.term());
      ByteBuffer conf = disk.snapMembership.encode();
      ByteBuffer data = ByteBuffer.allocate(4 + conf.remaining() + disk.snapshot.length)
          .order(ByteOrder.LITTLE_ENDIAN);
      data.putInt(conf.remaining()).put(conf).put(disk.snapshot).flip();
      m.initInstallSnapshot()
          .setIndex(disk.snapIndex)
          .setTerm(disk.snapTerm)
          .setOffset(0)
          .setData(data)
          .setDone(true);
      byte[] bytes = new byte[(int) Framing.serializedSize(mb)];
      Framing.write(mb, ByteBuffer.wrap(bytes));
      sim.net.send(id, peer, bytes);
    }
  }

  void request(SimClient client, long seq, SimClient.Request req) {
    if (!accepting(() -> request(client, seq, req))) {
      return;
    }
    Outcome outcome;
    if (req.kind() == dev.rast.raft.check.Op.Kind.GET) {
      long readId = sim.nextReadId++;
      outcome = raft.read(readId);
      if (outcome == Outcome.ACCEPTED) {
        pendingReads.put(readId, new Object[] {client, seq, req.key()});
      }
    } else {
      ByteBuffer cmd = Command.encode(
          req.kind() == dev.rast.raft.check.Op.Kind.PUT ? Command.PUT : Command.CPUT,
          client.id,
          seq,
          req.key(),
          req.a(),
          req.b());
      outcome = raft.propose(cmd);
      if (outcome == Outcome.ACCEPTED) {
        pendingWrites.put(((long) client.id << 32) | seq, client);
      }
    }
    if (outcome != Outcome.ACCEPTED) {
      int hint = raft.leader();
      sim.loop.after(500, () -> client.onRedirect(seq, hint));
    }
    scheduleReady();
  }

  /** The nemesis's membership change, proposed to this node (when it is an up leader). */
  Outcome proposeChange(MembershipChange change, int node) {
    if (!up || paused || raft.role() != Role.LEADER) {
      return Outcome.NOT_LEADER;
    }
    Outcome o = raft.proposeChange(change, node);
    scheduleReady();
    return o;
  }

  void transferLeadership(int target) {
    if (up && !paused && raft.role() == Role.LEADER) {
      raft.transferLeadership(target);
      scheduleReady();
    }
  }

  private void scheduleReady() {
    if (!readyScheduled && up) {
      readyScheduled = true;
      int life = incarnation;
      sim.loop.after(0, () -> {
        if (incarnation == life) {
          readyScheduled = false;
          processReady();
        }
      });
    }
  }

  /** Handles one Ready in the order the core's contract prescribes. */
  private void processReady() {
    if (!up || paused) {
      return;
    }
    Ready r = raft.ready();
    RaftLog log = raft.log();
    // 1. Writes: records, then the hard state.
    if (r.hasRecords()) {
      List<byte[]> recs = new ArrayList<>();
      for (long i = r.persistFirst(); i <= r.persistLast(); i++) {
        byte[] rec = new byte[log.length(i)];
        log.buffer(i).get(log.offset(i), rec);
        recs.add(rec);
      }
      disk.writeRecords(r.persistFirst(), recs);
      sim.invariants.onPersist(this, r.persistFirst(), r.persistLast());
    }
    if (r.hardStateChanged()) {
      disk.writeHardState(r.term(), r.vote(), r.commit());
    }
    // 2 and 3. Messages: at once, or once everything written so far is durable.
    for (int i = 0; i < r.messageCount(); i++) {
      byte[] bytes = new byte[(int) Framing.serializedSize(r.message(i))];
      Framing.write(r.message(i), ByteBuffer.wrap(bytes));
      if (r.afterPersist(i) && disk.issued > disk.synced) {
        held.add(new Object[] {disk.issued, r.messageTo(i), bytes});
      } else {
        sim.net.send(id, r.messageTo(i), bytes);
      }
    }
    // 4. Apply committed entries, answering the clients waiting here.
    for (long i = r.applyFirst(); i <= r.applyLast(); i++) {
      Entry.Reader e = raft.entry(i);
      sim.invariants.onApply(this, i);
      if (e.getKind() != EntryKind.NORMAL) {
        continue;
      }
      e.getPayload(payload);
      ByteBuffer b = payload.buffer();
      int at = payload.offset();
      long result = kv.apply(b, at);
      long key = ((long) Command.client(b, at) << 32) | Command.seq(b, at);
      SimClient client = pendingWrites.remove(key);
      if (client != null && result != KvStore.STALE) {
        long seq = Command.seq(b, at);
        sim.loop.after(500, () -> client.onResult(seq, result));
      }
    }
    // 5. Reads, now that their read index is applied.
    for (int i = 0; i < r.readCount(); i++) {
      Object[] pr = pendingReads.remove(r.readId(i));
      if (pr != null) {
        SimClient client = (SimClient) pr[0];
        long seq = (Long) pr[1];
        long value = kv.get((Integer) pr[2]);
        sim.loop.after(500, () -> client.onResult(seq, value));
      }
    }
    raft.advance();
    maybeSnapshot();
    sendSnapshots();
    sim.invariants.afterEvent(this);
    if (raft.role() != Role.LEADER) {
      pendingReads.clear(); // a deposed leader forgot them; the clients time out and retry
    }
    if (disk.issued > disk.synced && !syncScheduled) {
      syncScheduled = true;
      int life = incarnation;
      sim.loop.after(300 + sim.random.nextInt(1500), () -> {
        if (incarnation == life) {
          syncScheduled = false;
          sync();
        }
      });
    }
  }

  private void sync() {
    disk.sync();
    for (Object[] h : held) {
      sim.net.send(id, (Integer) h[1], (byte[]) h[2]);
    }
    held.clear();
    if (!disk.records.isEmpty()) {
      long last = disk.last();
      byte[] rec = disk.records.get(disk.records.size() - 1);
      long term = recordReader
          .entry(ByteBuffer.wrap(rec).order(ByteOrder.LITTLE_ENDIAN), 0)
          .getTerm();
      raft.persisted(last, term);
    }
    scheduleReady();
    sim.invariants.afterEvent(this);
  }

  /** The term of durable record {@code index} (0 if absent or unreadable). */
  long durableTerm(long index) {
    if (index < disk.first || index > disk.last()) {
      return 0;
    }
    byte[] rec = disk.records.get((int) (index - disk.first));
    ByteBuffer b = ByteBuffer.wrap(rec).order(ByteOrder.LITTLE_ENDIAN);
    if (recordReader.verify(b, 0, rec.length) < 0) {
      return 0;
    }
    return recordReader.entry(b, 0).getTerm();
  }
}
