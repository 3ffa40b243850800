package dev.rast.raft.snapshot;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The snapshot file: round trip, published atomically, and every kind of damage refused with file and offset. */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class SnapshotFileTest {
  @TempDir
  Path dir;

  private static List<byte[]> chunks() {
    SplittableRandom r = new SplittableRandom(5);
    List<byte[]> out = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      byte[] b = new byte
          [1 + r.nextInt(i == 7 ? 3 << 20 : 5000)]; // one chunk larger than the writer's buffer
      r.nextBytes(b);
      out.add(b);
    }
    return out;
  }

  private Path write(List<byte[]> chunks) throws IOException {
    try (SnapshotWriter w = SnapshotWriter.create(dir, 1234, 7)) {
      for (byte[] c : chunks) {
        w.chunk(ByteBuffer.wrap(c));
      }
      return w.publish();
    }
  }

  @Test
  void roundTripAndAtomicPublish() throws IOException {
    List<byte[]> chunks = chunks();
    Path file = write(chunks);
    assertEquals(SnapshotFormat.fileName(1234, 7), file.getFileName().toString());
    assertFalse(
        Files.exists(dir.resolve(SnapshotFormat.TEMP_FILE)), "the temporary file was renamed");
    assertEquals(file, new SnapshotStore(dir).newest());
    try (SnapshotReader in = SnapshotReader.open(file)) {
      assertEquals(1234, in.index());
      assertEquals(7, in.term());
      for (byte[] c : chunks) {
        ByteBuffer got = in.next();
        byte[] b = new byte[got.remaining()];
        got.get(b);
        assertArrayEquals(c, b);
      }
      assertNull(in.next());
    }
  }

  @Test
  void anUnpublishedSnapshotIsNeverUsedAndIsDeleted() throws IOException {
    Path older = write(chunks());
    try (SnapshotWriter w = SnapshotWriter.create(dir, 99_999, 9)) {
      w.chunk(ByteBuffer.wrap(new byte[] {1, 2, 3}));
      // a crash here: never published
      Files.copy(dir.resolve(SnapshotFormat.TEMP_FILE), dir.resolve("copy.tmp"));
    }
    assertFalse(
        Files.exists(dir.resolve(SnapshotFormat.TEMP_FILE)),
        "closing an unpublished writer deletes its file");
    Files.move(
        dir.resolve("copy.tmp"), dir.resolve(SnapshotFormat.TEMP_FILE)); // what a crash leaves
    assertEquals(older, new SnapshotStore(dir).newest());
    assertFalse(Files.exists(dir.resolve(SnapshotFormat.TEMP_FILE)), "the leftover is deleted");
  }

  private static CorruptSnapshotException readAll(Path file) {
    return assertThrows(CorruptSnapshotException.class, () -> {
      try (SnapshotReader in = SnapshotReader.open(file)) {
        in.verifyAll();
      }
    });
  }

  private static void flip(Path file, long at) throws IOException {
    try (FileChannel ch =
        FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      ByteBuffer b = ByteBuffer.allocate(1);
      ch.read(b, at);
      b.put(0, (byte) (b.get(0) ^ 0x40)).position(0);
      ch.write(b, at);
    }
  }

  @Test
  void aFlippedByteInAChunkIsRefusedWithFileAndOffset() throws IOException {
    Path file = write(chunks());
    long chunkStart = SnapshotFormat.HEADER_BYTES;
    flip(file, chunkStart + 4 + 10);
    CorruptSnapshotException e = readAll(file);
    assertEquals(file, e.file());
    assertEquals(chunkStart, e.offset());
    assertTrue(
        e.getMessage().contains(file.toString())
            && e.getMessage().contains("offset " + chunkStart)
            && e.getMessage().contains("checksum mismatch"),
        e.getMessage());
  }

  @Test
  void aDamagedHeaderIsRefused() throws IOException {
    Path file = write(chunks());
    flip(file, 12);
    CorruptSnapshotException e = assertThrows(
        CorruptSnapshotException.class, () -> SnapshotReader.open(file).close());
    assertEquals(32, e.offset());
    assertTrue(e.getMessage().contains("header checksum"), e.getMessage());
  }

  @Test
  void aTornSnapshotIsRefusedAtEveryCut() throws IOException {
    Path file = write(chunks());
    byte[] whole = Files.readAllBytes(file);
    SplittableRandom r = new SplittableRandom(3);
    for (int k = 0; k < 30; k++) {
      int cut = k == 0
          ? whole.length - 1
          : SnapshotFormat.HEADER_BYTES + r.nextInt(whole.length - SnapshotFormat.HEADER_BYTES);
      Path torn = dir.resolve(SnapshotFormat.fileName(1, k));
      Files.write(torn, java.util.Arrays.copyOf(whole, cut));
      CorruptSnapshotException e = readAll(torn);
      assertEquals(torn, e.file());
      assertTrue(e.offset() <= cut, e.getMessage());
    }
  }

  @Test
  void bytesAfterTheEndAreRefused() throws IOException {
    Path file = write(chunks());
    Files.write(file, new byte[] {0}, StandardOpenOption.APPEND);
    assertTrue(readAll(file).getMessage().contains("after the end marker"));
  }
}
