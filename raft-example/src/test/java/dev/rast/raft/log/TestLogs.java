package dev.rast.raft.log;

import dev.rast.raft.core.Records;
import dev.rast.raft.msg.RaftMsg.EntryKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.zip.CRC32C;

/** Records and files for the log's tests. */
final class TestLogs {
  private TestLogs() {}

  /** A record of an entry with a payload of {@code payloadBytes} bytes derived from the index. */
  static byte[] record(long term, long index, int payloadBytes) {
    ByteBuffer payload = ByteBuffer.allocate(payloadBytes);
    for (int i = 0; i < payloadBytes; i++) {
      payload.put(i, (byte) (index * 31 + i));
    }
    ByteBuffer dst = ByteBuffer.allocate(Records.encodedLength(payloadBytes) + 64)
        .order(ByteOrder.LITTLE_ENDIAN);
    if (!new Records().write(dst, term, index, EntryKind.NORMAL, payload)) {
      throw new IllegalStateException("no room");
    }
    return Arrays.copyOf(dst.array(), dst.position());
  }

  /**
   * A record whose entry is random bytes, not a Cap'n Proto message: valid length and CRC only.
   * Anything that decoded it would fail.
   */
  static byte[] opaqueRecord(SplittableRandom random, int entryBytes) {
    ByteBuffer b = ByteBuffer.allocate(entryBytes + 8).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(0, entryBytes);
    for (int i = 0; i < entryBytes; i++) {
      b.put(4 + i, (byte) random.nextInt(256));
    }
    b.putInt(4, -1); // a segment count no framing accepts
    CRC32C crc = new CRC32C();
    crc.update(b.array(), 4, entryBytes);
    b.putInt(4 + entryBytes, (int) crc.getValue());
    return b.array();
  }

  /** Appends {@code record(term, i, payload)} for {@code i = from..to} and returns the records. */
  static List<byte[]> appendRange(SegmentedLog log, long from, long to, long term, int payload)
      throws IOException {
    List<byte[]> out = new ArrayList<>();
    for (long i = from; i <= to; i++) {
      byte[] r = record(term, i, payload);
      log.append(i, term, ByteBuffer.wrap(r), 0, r.length);
      out.add(r);
    }
    return out;
  }

  static byte[] concat(List<byte[]> parts) {
    int n = 0;
    for (byte[] p : parts) {
      n += p.length;
    }
    ByteBuffer b = ByteBuffer.allocate(n);
    for (byte[] p : parts) {
      b.put(p);
    }
    return b.array();
  }

  static byte[] bytes(Path p) {
    try {
      return Files.readAllBytes(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Flips one bit of the byte at {@code offset} of {@code file}. */
  static void flip(Path file, long offset) throws IOException {
    byte[] b = Files.readAllBytes(file);
    b[(int) offset] ^= 0x10;
    Files.write(file, b);
  }

  /** The only open segment file in {@code dir}. */
  static Path openSegment(Path dir) throws IOException {
    for (SegmentName n : SegmentName.list(dir)) {
      if (n.open()) {
        return dir.resolve(n.fileName());
      }
    }
    throw new IllegalStateException("no open segment in " + dir);
  }

  /** Options with small segments and no preallocation unless asked. */
  static LogOptions small(int segmentBytes) {
    return LogOptions.DEFAULT
        .withSegmentBytes(segmentBytes)
        .withPreallocateBytes(0)
        .withWriteBufferBytes(4096);
  }
}
