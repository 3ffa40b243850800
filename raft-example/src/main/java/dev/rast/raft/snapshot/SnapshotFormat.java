package dev.rast.raft.snapshot;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.CRC32C;

/**
 * The snapshot file format. All integers little-endian.
 *
 * <pre>
 * file   := header chunk* end
 * header := magic:u64 ("RASTSNP1")  index:u64  term:u64  flags:u64  crc:u32  pad:u32 (0)
 * chunk  := length:u32 (1 .. MAX_CHUNK_BYTES)  bytes[length]  crc:u32
 * end    := 0:u32  chunks:u32  crc:u32
 * </pre>
 *
 * <p>{@code index} and {@code term} are those of the last entry the state includes. With bit 0 of
 * {@code flags} set ({@link #FLAG_CONFIGURATION}) the first chunk is not the state machine's but
 * the cluster configuration as of {@code index} (one framed {@code Membership} message of
 * raft.capnp: voters, learners and their addresses), which a restart or an install puts in effect;
 * files written before it existed have {@code flags} 0 and no such chunk. The header's
 * crc is the CRC32C of its first 32 bytes; a chunk's, of its bytes; the end's, of its first 8
 * bytes. A chunk is one unit the state machine wrote (for the key-value machine a Cap'n Proto
 * message); readers and writers hold one chunk at a time, never the whole state. A file is written
 * as {@code snapshot.tmp}, forced, and renamed to its final name ({@link #fileName}), then the
 * directory is forced: a published name always means a complete, durable file.
 */
public final class SnapshotFormat {
  private SnapshotFormat() {}

  static final long MAGIC = 0x31504e5354534152L; // "RASTSNP1" read as a little-endian u64
  static final int HEADER_BYTES = 40;
  static final int MAX_CHUNK_BYTES = 64 << 20;
  /** The name of a snapshot being written (a crash leaves it; start-up deletes it). */
  public static final String TEMP_FILE = "snapshot.tmp";

  static final String PREFIX = "snapshot_";

  /** {@code snapshot_<index, 20 digits>_<term>}: names sort by index. */
  public static String fileName(long index, long term) {
    return PREFIX + String.format("%020d", index) + "_" + term;
  }

  /** The index in a snapshot file name, or -1 when the name is not one. */
  static long indexOf(String name) {
    if (!name.startsWith(PREFIX)) {
      return -1;
    }
    int us = name.indexOf('_', PREFIX.length());
    if (us != PREFIX.length() + 20) {
      return -1;
    }
    try {
      Long.parseLong(name.substring(us + 1));
      return Long.parseLong(name.substring(PREFIX.length(), us));
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /** Header flag: the first chunk holds the configuration. */
  static final long FLAG_CONFIGURATION = 1;

  static ByteBuffer header(long index, long term, long flags) {
    ByteBuffer h = ByteBuffer.allocate(HEADER_BYTES).order(ByteOrder.LITTLE_ENDIAN);
    h.putLong(MAGIC).putLong(index).putLong(term).putLong(flags);
    h.putInt(crc(h, 0, 32)).putInt(0);
    return h.flip();
  }

  static int crc(ByteBuffer b, int from, int to) {
    CRC32C c = new CRC32C();
    ByteBuffer d = b.duplicate();
    d.limit(to).position(from);
    c.update(d);
    return (int) c.getValue();
  }
}
