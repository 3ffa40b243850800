package dev.rast.raft.snapshot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * InstallSnapshot's two ends without a network: a {@link SnapshotSender} streaming a file to a
 * {@link SnapshotReceiver} through a queue that may lose chunks, with the window bounding what is
 * unacknowledged, a restart of the follower mid-install, and a new leader starting another
 * transfer mid-way. The installed file is always the sender's, byte for byte, or nothing.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SnapshotTransferTest {
  private static final int CHUNK = 4096;
  private static final int WINDOW = 4;

  @TempDir
  Path leaderDir;

  @TempDir
  Path followerDir;

  private record Chunk(long index, long term, long offset, byte[] data, boolean done) {}

  private Path snapshot(Path dir, long index, long term, int seed) throws IOException {
    SplittableRandom r = new SplittableRandom(seed);
    try (SnapshotWriter w = SnapshotWriter.create(dir, index, term)) {
      for (int i = 0; i < 30; i++) {
        byte[] b = new byte[1 + r.nextInt(3000)];
        r.nextBytes(b);
        w.chunk(ByteBuffer.wrap(b));
      }
      return w.publish();
    }
  }

  /** Sends what the window allows into {@code wire}, checking the bound on unacknowledged bytes. */
  private static void pump(SnapshotSender s, Deque<Chunk> wire) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate(CHUNK);
    while (s.canSend()) {
      long offset = s.nextOffset();
      boolean last = s.nextChunk(buf);
      byte[] b = new byte[buf.remaining()];
      buf.get(b);
      wire.add(new Chunk(s.index(), s.term(), offset, b, last));
      assertTrue(s.sent() - s.acked() <= (long) WINDOW * CHUNK, "window exceeded");
    }
  }

  /** Runs the transfer until installed; {@code lose} drops chunk number k when it returns true. */
  private Path run(SnapshotSender s, SnapshotReceiver rcv, java.util.function.IntPredicate lose)
      throws IOException {
    Deque<Chunk> wire = new ArrayDeque<>();
    int delivered = 0;
    for (int step = 0; step < 10_000; step++) {
      pump(s, wire);
      Chunk c = wire.poll();
      if (c == null) {
        s.rewind(0); // stalled (the last chunks were lost): start over
        continue;
      }
      if (lose.test(delivered++)) {
        continue;
      }
      Path done = rcv.chunk(c.index, c.term, c.offset, ByteBuffer.wrap(c.data), c.done);
      if (done != null) {
        return done;
      }
      s.answer(c.index, rcv.received(), 0);
    }
    throw new AssertionError("transfer did not finish");
  }

  @Test
  void aLossyTransferInstallsTheSendersFileExactly() throws IOException {
    Path file = snapshot(leaderDir, 500, 3, 1);
    try (SnapshotSender s = new SnapshotSender(2, file, 500, 3, CHUNK, WINDOW, 0);
        SnapshotReceiver rcv = new SnapshotReceiver(followerDir)) {
      Path got = run(s, rcv, k -> k % 7 == 3);
      assertEquals(SnapshotFormat.fileName(500, 3), got.getFileName().toString());
      assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(got));
      assertFalse(Files.exists(followerDir.resolve(SnapshotReceiver.TEMP_FILE)));
    }
  }

  @Test
  void aFollowerRestartedMidInstallStartsOverAndEndsWithTheFile() throws IOException {
    Path file = snapshot(leaderDir, 500, 3, 2);
    try (SnapshotSender s = new SnapshotSender(2, file, 500, 3, CHUNK, WINDOW, 0)) {
      Deque<Chunk> wire = new ArrayDeque<>();
      SnapshotReceiver first = new SnapshotReceiver(followerDir);
      for (int i = 0; i < 6; i++) {
        pump(s, wire);
        Chunk c = wire.poll();
        assertNull(first.chunk(c.index, c.term, c.offset, ByteBuffer.wrap(c.data), c.done));
        s.answer(c.index, first.received(), 0);
      }
      assertTrue(
          Files.exists(followerDir.resolve(SnapshotReceiver.TEMP_FILE)), "a transfer in progress");
      // Crash: nothing published; start-up deletes the partial file.
      assertNull(new SnapshotStore(followerDir).newest());
      assertFalse(Files.exists(followerDir.resolve(SnapshotReceiver.TEMP_FILE)));
      SnapshotReceiver second = new SnapshotReceiver(followerDir);
      // Chunks still in flight reach the restarted follower: it holds nothing, the sender goes back
      // to 0.
      Chunk c = wire.poll();
      assertNull(second.chunk(c.index, c.term, c.offset, ByteBuffer.wrap(c.data), c.done));
      assertEquals(0, second.received());
      s.answer(c.index, second.received(), 0);
      assertEquals(0, s.nextOffset(), "rewound to the start");
      Path got = run(s, second, k -> false);
      assertArrayEquals(Files.readAllBytes(file), Files.readAllBytes(got));
      second.close();
      first.close();
    }
  }

  @Test
  void aNewLeadersTransferReplacesAnInterruptedOne() throws IOException {
    Path oldFile = snapshot(leaderDir, 400, 2, 3);
    Path newFile = snapshot(leaderDir, 700, 3, 4);
    try (SnapshotSender old = new SnapshotSender(2, oldFile, 400, 2, CHUNK, WINDOW, 0);
        SnapshotSender fresh = new SnapshotSender(2, newFile, 700, 3, CHUNK, WINDOW, 0);
        SnapshotReceiver rcv = new SnapshotReceiver(followerDir)) {
      Deque<Chunk> wire = new ArrayDeque<>();
      pump(old, wire);
      for (int i = 0; i < 3; i++) {
        Chunk c = wire.poll();
        rcv.chunk(c.index, c.term, c.offset, ByteBuffer.wrap(c.data), c.done);
      }
      assertEquals(400, rcv.index());
      // The old leader is deposed; the new one sends its own snapshot from offset 0.
      Path got = run(fresh, rcv, k -> false);
      assertNotNull(got);
      assertEquals(SnapshotFormat.fileName(700, 3), got.getFileName().toString());
      assertArrayEquals(Files.readAllBytes(newFile), Files.readAllBytes(got));
      // A late chunk of the old transfer starts nothing.
      Chunk late = wire.poll();
      assertNull(
          rcv.chunk(late.index, late.term, late.offset, ByteBuffer.wrap(late.data), late.done));
      assertEquals(0, rcv.received());
    }
  }

  @Test
  void aDamagedTransferIsRefusedAndNothingIsPublished() throws IOException {
    Path file = snapshot(leaderDir, 500, 3, 5);
    byte[] bytes = Files.readAllBytes(file);
    bytes[bytes.length / 2] ^= 1; // damaged on the leader's disk, or in transit
    try (SnapshotReceiver rcv = new SnapshotReceiver(followerDir)) {
      CorruptSnapshotException e = org.junit.jupiter.api.Assertions.assertThrows(
          CorruptSnapshotException.class, () -> rcv.chunk(500, 3, 0, ByteBuffer.wrap(bytes), true));
      assertTrue(e.getMessage().contains(SnapshotReceiver.TEMP_FILE), e.getMessage());
      assertNull(new SnapshotStore(followerDir).newest(), "nothing published");
      assertEquals(-1, rcv.index());
    }
  }
}
