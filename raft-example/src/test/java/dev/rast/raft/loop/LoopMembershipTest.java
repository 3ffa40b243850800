package dev.rast.raft.loop;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rast.capnp.MessageBuilder;
import dev.rast.raft.core.Config;
import dev.rast.raft.core.Member;
import dev.rast.raft.core.Membership;
import dev.rast.raft.core.MembershipChange;
import dev.rast.raft.core.Outcome;
import dev.rast.raft.core.Role;
import dev.rast.raft.kv.KvStateMachine;
import dev.rast.raft.net.MessageSender;
import dev.rast.raft.snapshot.SnapshotPolicy;
import dev.rast.raft.snapshot.SnapshotReader;
import dev.rast.raft.snapshot.SnapshotStore;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loop persists the configuration: a restarted node takes it from its log's config entries and
 * from its snapshot (which carries it, addresses included), never from the bootstrap it is started
 * with; the listener hears of every change.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class LoopMembershipTest {
  private static final Member ONE = new Member(1, "127.0.0.1", 7101, 8101);
  private static final Member TWO = new Member(2, "127.0.0.1", 7102, 8102);
  private static final Membership BOOTSTRAP =
      new Membership(new int[] {1}, new int[0], new Member[] {ONE});

  @TempDir
  Path dir;

  private final List<Membership> heard = new ArrayList<>();

  private static final MessageSender NOWHERE = new MessageSender() {
    @Override
    public boolean send(int to, MessageBuilder m) {
      return true;
    }

    @Override
    public boolean send(int to, ByteBuffer src, int offset, int length) {
      return true;
    }
  };

  private RaftLoop open(MemoryStorage storage, SnapshotPolicy policy) throws IOException {
    Config config = Config.of(1, new int[] {1}, 7, new SplittableRandom(1));
    RaftLoop.Listener listener = new RaftLoop.Listener() {
      @Override
      public void applied(long index, int result) {}

      @Override
      public void readable(long readId) {}

      @Override
      public void leadershipLost() {}

      @Override
      public void membershipChanged(Membership now, Membership committed) {
        heard.add(now);
      }
    };
    return new RaftLoop(
        "node 1",
        config,
        BOOTSTRAP,
        0,
        storage,
        new KvStateMachine(),
        NOWHERE,
        listener,
        dir.resolve("snapshots"),
        policy,
        () -> {});
  }

  private static void lead(RaftLoop loop) throws IOException {
    for (int i = 0; i < 100 && loop.role() != Role.LEADER; i++) {
      loop.tick();
      loop.process(0);
    }
    assertEquals(Role.LEADER, loop.role());
    loop.process(0); // commits the no-op
  }

  /** Adds node 2 as a learner with its address and waits for the change to commit. */
  private static void addLearner(RaftLoop loop) throws IOException {
    assertEquals(Outcome.ACCEPTED, loop.proposeChange(MembershipChange.ADD_LEARNER, 2, TWO));
    long index = loop.lastIndex();
    loop.process(0);
    assertTrue(loop.committed() >= index, "the change committed");
  }

  private static final Membership WITH_LEARNER =
      new Membership(new int[] {1}, new int[] {2}, new Member[] {ONE, TWO});

  @Test
  void aRestartRecoversTheConfigurationFromTheLog() throws IOException {
    MemoryStorage storage = new MemoryStorage();
    RaftLoop loop = open(storage, SnapshotPolicy.DEFAULT);
    lead(loop);
    addLearner(loop);
    assertEquals(WITH_LEARNER, loop.membership());
    assertEquals(WITH_LEARNER, heard.get(heard.size() - 1), "the listener heard of the change");
    loop.close();

    heard.clear();
    RaftLoop again = open(storage, SnapshotPolicy.DEFAULT);
    assertEquals(WITH_LEARNER, again.membership(), "from the log, not the bootstrap");
    assertEquals(List.of(WITH_LEARNER), heard, "reported once after recovery");
    assertEquals(TWO, again.membership().address(2));
    again.close();
  }

  @Test
  void aSnapshotCarriesTheConfigurationAndARestartTakesItFromThere() throws Exception {
    MemoryStorage storage = new MemoryStorage();
    SnapshotPolicy policy = new SnapshotPolicy(5, Long.MAX_VALUE, 1);
    RaftLoop loop = open(storage, policy);
    lead(loop);
    addLearner(loop);
    // Enough applied entries for a snapshot; the log behind it (the config entry included) goes.
    for (int i = 0; i < 20 && loop.snapshotsTaken() == 0; i++) {
      loop.propose(ByteBuffer.wrap(new byte[] {1}));
      loop.process(0);
      Thread.sleep(20);
      loop.process(0);
    }
    assertTrue(loop.snapshotsTaken() > 0, "a snapshot was taken");
    long configIndex = 2; // the no-op is 1
    assertTrue(storage.firstIndex() > configIndex, "the config entry was compacted away");
    Path snap = new SnapshotStore(dir.resolve("snapshots")).newest();
    try (SnapshotReader in = SnapshotReader.open(snap)) {
      assertNotNull(in.configuration(), "the snapshot carries the configuration");
      assertEquals(WITH_LEARNER, Membership.decode(in.configuration()));
    }
    loop.close();

    RaftLoop again = open(storage, policy);
    assertEquals(WITH_LEARNER, again.membership(), "from the snapshot, not the bootstrap");
    again.close();
  }
}
