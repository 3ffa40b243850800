package dev.rast.raft.node;

import dev.rast.raft.core.RaftLog;
import dev.rast.raft.core.RaftNode;
import dev.rast.raft.core.Records;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.zip.CRC32C;

/**
 * A simple durable log: one file of records exactly as the core holds them ({@code log.dat}: the
 * wire format, see {@link Records}) and one file of the hard state ({@code hardstate}: two
 * alternating 32-byte slots, {@code seq:u64 term:u64 commit:u64 vote:u32 crc32c:u32}, so a torn
 * slot write leaves the other slot valid). Recovery drops a torn or corrupt tail of {@code
 * log.dat}. Stands in for the segmented {@code dev.rast.raft.log} until it lands.
 *
 * <p>Writes come from one thread; {@link #sync} may run concurrently on another.
 */
public final class FileStorage implements Storage {
  private static final int SLOT = 32;

  private final Path dir;
  private final boolean fsync;
  private final FileChannel log;
  private final FileChannel hard;
  /** offsets[i]: file offset of the record of index i (1-based); offsets[last + 1]: end. */
  private long[] offsets = new long[1 << 16];
  private long lastIndex;
  private long hardSeq;
  private final ByteBuffer staging = ByteBuffer.allocateDirect(1 << 20).order(ByteOrder.LITTLE_ENDIAN);
  private final ByteBuffer slot = ByteBuffer.allocate(SLOT).order(ByteOrder.LITTLE_ENDIAN);
  private final CRC32C crc = new CRC32C();
  private volatile boolean hardDirty;

  /** Opens (creating) the files under {@code dir}; {@code fsync=false} skips the forces (unsafe, for tests). */
  public FileStorage(Path dir, boolean fsync) throws IOException {
    this.dir = dir;
    this.fsync = fsync;
    Files.createDirectories(dir);
    if (!Files.isWritable(dir)) {
      throw new IOException("data directory " + dir + " is not writable");
    }
    log = FileChannel.open(dir.resolve("log.dat"), StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
    hard = FileChannel.open(dir.resolve("hardstate"), StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
  }

  @Override
  public void restore(RaftNode node) throws IOException {
    long size = log.size();
    if (size > Integer.MAX_VALUE - 64) {
      throw new IOException(dir + "/log.dat is too large for this simple log (" + size + " bytes)");
    }
    ByteBuffer all = ByteBuffer.allocate((int) size).order(ByteOrder.LITTLE_ENDIAN);
    while (all.hasRemaining() && log.read(all, all.position()) > 0) {
      // positional reads until full
    }
    int end = all.position();
    int at = 0;
    offsets[1] = 0;
    while (at < end) {
      int start = at;
      if (!node.restoreRecord(all, at, end)) {
        break;
      }
      at += Records.recordLength(all, start);
      lastIndex++;
      ensure(lastIndex + 1);
      offsets[(int) lastIndex + 1] = at;
    }
    if (at < size) {
      System.err.println("storage " + dir + ": dropping a torn tail of " + (size - at) + " bytes after index " + lastIndex);
      log.truncate(at);
      log.force(true);
    }
    long[] hs = readHardState();
    if (hs != null) {
      node.restoreHardState(hs[0], (int) hs[2], Math.min(hs[1], lastIndex));
    }
  }

  /** Returns {term, commit, vote} of the newest valid slot, or null. */
  private long[] readHardState() throws IOException {
    long[] best = null;
    long bestSeq = -1;
    for (int s = 0; s < 2; s++) {
      slot.clear();
      if (hard.read(slot, (long) s * SLOT) < SLOT) {
        continue;
      }
      crc.reset();
      crc.update(slot.array(), 0, SLOT - 4);
      if ((int) crc.getValue() != slot.getInt(SLOT - 4)) {
        continue;
      }
      long seq = slot.getLong(0);
      if (seq > bestSeq) {
        bestSeq = seq;
        best = new long[] {slot.getLong(8), slot.getLong(16), slot.getInt(24)};
      }
    }
    hardSeq = Math.max(0, bestSeq);
    return best;
  }

  private void ensure(long index) {
    if (index >= offsets.length) {
      offsets = Arrays.copyOf(offsets, (int) Math.max(offsets.length * 2L, index + 1));
    }
  }

  /** The last index stored. */
  public long lastIndex() {
    return lastIndex;
  }

  @Override
  public void writeRecords(RaftLog raftLog, long first, long last) throws IOException {
    if (first > lastIndex + 1) {
      throw new IllegalStateException("write of index " + first + " leaves a gap after " + lastIndex);
    }
    long pos = offsets[(int) first];
    if (first <= lastIndex) {
      log.truncate(pos);
      lastIndex = first - 1;
    }
    staging.clear();
    long stagedFrom = pos;
    for (long i = first; i <= last; i++) {
      int len = raftLog.length(i);
      if (len > staging.remaining()) {
        stagedFrom = drain(stagedFrom);
      }
      if (len > staging.capacity()) {
        ByteBuffer src = raftLog.buffer(i).duplicate();
        src.limit(raftLog.offset(i) + len).position(raftLog.offset(i));
        while (src.hasRemaining()) {
          stagedFrom += log.write(src, stagedFrom);
        }
      } else {
        staging.put(staging.position(), raftLog.buffer(i), raftLog.offset(i), len);
        staging.position(staging.position() + len);
      }
      pos += len;
      ensure(i + 1);
      offsets[(int) i + 1] = pos;
      lastIndex = i;
    }
    drain(stagedFrom);
  }

  private long drain(long at) throws IOException {
    staging.flip();
    while (staging.hasRemaining()) {
      at += log.write(staging, at);
    }
    staging.clear();
    return at;
  }

  @Override
  public void writeHardState(long term, int vote, long commit) throws IOException {
    hardSeq++;
    slot.clear();
    slot.putLong(0, hardSeq).putLong(8, term).putLong(16, commit).putInt(24, vote);
    crc.reset();
    crc.update(slot.array(), 0, SLOT - 4);
    slot.putInt(SLOT - 4, (int) crc.getValue());
    hard.write(slot, (hardSeq & 1) * SLOT);
    hardDirty = true;
  }

  @Override
  public void sync() throws IOException {
    if (!fsync) {
      return;
    }
    log.force(false);
    if (hardDirty) {
      hardDirty = false;
      hard.force(false);
    }
  }

  @Override
  public void close() throws IOException {
    try {
      sync();
    } finally {
      log.close();
      hard.close();
    }
  }
}
