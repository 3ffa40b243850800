package dev.rast.raft.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rast.raft.core.Config;
import dev.rast.raft.core.Outcome;
import dev.rast.raft.core.RaftNode;
import dev.rast.raft.core.Ready;
import dev.rast.raft.core.Role;
import dev.rast.raft.msg.RaftMsg.Entry;
import dev.rast.raft.msg.RaftMsg.EntryKind;
import dev.rast.raft.snapshot.SnapshotReader;
import dev.rast.raft.snapshot.SnapshotWriter;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The code of the README's guide, run: a one-voter Raft node driving the {@link Counter}, a snapshot and a restore. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class GuideExampleTest {
  @TempDir
  Path dir;

  /** The durable log of this example: the records the node was asked to write, by index (in memory here). */
  private final TreeMap<Long, byte[]> log = new TreeMap<>();

  /** The Ready contract, in order: write, send, apply, advance, report durable. */
  private void drain(RaftNode raft, Counter counter) {
    for (int rounds = 0; raft.hasReady(); rounds++) {
      if (rounds == 1_000) { // a test must fail, not hang, on a core that never settles
        throw new AssertionError("still a Ready after 1000 in a row: " + raft);
      }
      Ready r = raft.ready();
      for (long i = r.persistFirst();
          i <= r.persistLast();
          i++) { // 1. write the records (then the hard state)
        log.tailMap(i).clear(); // a conflicting suffix goes first
        byte[] rec = new byte[raft.log().length(i)];
        raft.log().buffer(i).get(raft.log().offset(i), rec);
        log.put(i, rec);
      }
      // 2-3. send r.message(i) to r.messageTo(i) (after the writes are durable when
      // r.afterPersist(i)); one voter: none
      for (long i = r.applyFirst(); i <= r.applyLast(); i++) { // 4. apply committed entries
        Entry.Reader e = raft.entry(i);
        if (e.getKind() == EntryKind.NORMAL) {
          ByteBuffer p = ByteBuffer.wrap(e.getPayload());
          counter.apply(i, p, 0, p.limit());
        }
      }
      long last = r.hasRecords() ? r.persistLast() : 0;
      raft.advance(); // 5. advance, then report what is durable (here: at once)
      if (last > 0) {
        raft.persisted(last, raft.log().term(last));
      }
    }
  }

  private static ByteBuffer add(long amount) {
    return ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(0, amount);
  }

  @Test
  void aCounterOnTheLibrary() throws Exception {
    RaftNode raft = new RaftNode(Config.of(1, new int[] {1}, 42, new SplittableRandom(1)));
    Counter counter = new Counter();
    while (raft.role() != Role.LEADER) {
      raft.tick();
      drain(raft, counter);
    }
    for (int i = 1; i <= 10; i++) {
      assertEquals(Outcome.ACCEPTED, raft.propose(add(i)));
    }
    drain(raft, counter);
    assertEquals(55, counter.value());

    long index = raft.log().applied();
    Path file;
    try (SnapshotWriter w = SnapshotWriter.create(dir, index, raft.log().term(index))) {
      counter.snapshot().writeTo(w);
      file = w.publish();
    }
    Counter restored = new Counter();
    RaftNode again = new RaftNode(Config.of(1, new int[] {1}, 42, new SplittableRandom(2)));
    try (SnapshotReader in = SnapshotReader.open(file)) {
      restored.restore(in);
      again.restoreSnapshot(in.index(), in.term());
    }
    again.restoreHardState(raft.term(), raft.vote(), index);
    assertEquals(55, restored.value());
    while (again.role() != Role.LEADER) {
      again.tick();
      drain(again, restored);
    }
    again.propose(add(45));
    drain(again, restored);
    assertEquals(100, restored.value());
  }
}
