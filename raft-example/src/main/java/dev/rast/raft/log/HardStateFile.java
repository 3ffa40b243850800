package dev.rast.raft.log;

import dev.rast.capnp.DecodeException;
import dev.rast.capnp.Framing;
import dev.rast.capnp.MessageBuilder;
import dev.rast.capnp.MessageReader;
import dev.rast.raft.msg.RaftMsg.HardState;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;

/**
 * The hard state file ({@link LogFormat#HARD_STATE_FILE}), written atomically: the new content
 * goes to {@link LogFormat#HARD_STATE_TEMP_FILE}, which is fsynced, renamed over the old file, and
 * then the directory is fsynced. A crash leaves either the old or the new state, never a mix; a
 * leftover temporary file is deleted by recovery.
 *
 * <p>Not thread-safe: one thread at a time writes (in a log, the thread that syncs). Writing reuses
 * one buffer and builder; it opens a file channel per write.
 */
final class HardStateFile {
  private static final int RECORD_AT = LogFormat.HARD_STATE_HEADER_BYTES;

  private final Path dir;
  private final Path file;
  private final Path temp;
  private final FileChannel dirChannel;
  private final MessageBuilder builder = new MessageBuilder(8);
  private final HardState.Builder hs = new HardState.Builder();
  private final ByteBuffer buf = ByteBuffer.allocate(256).order(ByteOrder.LITTLE_ENDIAN);
  private final CRC32C crc = new CRC32C();

  HardStateFile(Path dir, FileChannel dirChannel) {
    this.dir = dir;
    this.file = dir.resolve(LogFormat.HARD_STATE_FILE);
    this.temp = dir.resolve(LogFormat.HARD_STATE_TEMP_FILE);
    this.dirChannel = dirChannel;
  }

  /** Replaces the stored hard state, durably and atomically. */
  void write(long term, int vote, long commit) throws IOException {
    builder.clear();
    builder.initRoot(HardState._Meta.SIZE, hs).setTerm(term).setVote(vote).setCommit(commit);
    int length = (int) Framing.serializedSize(builder);
    buf.clear();
    buf.putLong(0, LogFormat.HARD_STATE_MAGIC);
    buf.putInt(LogFormat.VERSION_OFFSET, LogFormat.VERSION);
    buf.putInt(LogFormat.FLAGS_OFFSET, 0);
    buf.putInt(RECORD_AT, length);
    buf.position(RECORD_AT + 4);
    Framing.write(builder, buf);
    crc.reset();
    crc.update(buf.array(), RECORD_AT + 4, length);
    buf.putInt(RECORD_AT + 4 + length, (int) crc.getValue());
    buf.limit(RECORD_AT + LogFormat.RECORD_OVERHEAD + length).position(0);
    try (FileChannel ch = FileChannel.open(
        temp,
        StandardOpenOption.CREATE,
        StandardOpenOption.WRITE,
        StandardOpenOption.TRUNCATE_EXISTING)) {
      long at = 0;
      while (buf.hasRemaining()) {
        at += ch.write(buf, at);
      }
      ch.force(true);
    }
    Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    dirChannel.force(true);
  }

  /**
   * Reads the stored hard state: {@link StoredHardState#EMPTY} when there is none yet.
   *
   * @throws CorruptLogException when the file is damaged (it is never torn: it is renamed whole)
   */
  static StoredHardState read(Path dir) throws IOException {
    Path file = dir.resolve(LogFormat.HARD_STATE_FILE);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      return StoredHardState.EMPTY;
    }
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    if (bytes.length < RECORD_AT + LogFormat.RECORD_OVERHEAD + 8) {
      throw new CorruptLogException(
          file, 0, "hard state file of " + bytes.length + " bytes is too short");
    }
    if (b.getLong(0) != LogFormat.HARD_STATE_MAGIC) {
      throw new CorruptLogException(file, 0, "bad magic " + Long.toHexString(b.getLong(0)));
    }
    if (b.getInt(LogFormat.VERSION_OFFSET) != LogFormat.VERSION) {
      throw new CorruptLogException(
          file,
          LogFormat.VERSION_OFFSET,
          "unsupported format version " + b.getInt(LogFormat.VERSION_OFFSET));
    }
    if (b.getInt(LogFormat.FLAGS_OFFSET) != 0) {
      throw new CorruptLogException(
          file, LogFormat.FLAGS_OFFSET, "unknown flags " + b.getInt(LogFormat.FLAGS_OFFSET));
    }
    int length = LogScanner.validRecord(b, RECORD_AT, bytes.length, new CRC32C());
    if (length < 0 || RECORD_AT + length != bytes.length) {
      throw new CorruptLogException(
          file, RECORD_AT, "hard state record fails its length or checksum");
    }
    try {
      b.limit(RECORD_AT + length - 4).position(RECORD_AT + 4);
      HardState.Reader r = Framing.read(b, new MessageReader()).getRoot(new HardState.Reader());
      if (r.getVote() < 0) {
        throw new CorruptLogException(file, RECORD_AT, "negative vote " + r.getVote());
      }
      return new StoredHardState(r.getTerm(), r.getVote(), r.getCommit());
    } catch (DecodeException e) {
      throw new CorruptLogException(
          file, RECORD_AT, "hard state does not decode: " + e.getMessage(), e);
    }
  }

  Path path() {
    return file;
  }

  Path dir() {
    return dir;
  }
}
