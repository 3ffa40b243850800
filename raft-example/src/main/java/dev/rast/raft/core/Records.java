package dev.rast.raft.core;

import dev.rast.capnp.Framing;
import dev.rast.capnp.MessageBuilder;
import dev.rast.capnp.MessageReader;
import dev.rast.raft.msg.RaftMsg.Entry;
import dev.rast.raft.msg.RaftMsg.EntryKind;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.CRC32C;

/**
 * The log record: the unit a leader creates once and every node stores and sends unchanged.
 *
 * <pre>
 *   record := length:u32le  entry:bytes[length]  crc:u32le
 * </pre>
 *
 * {@code entry} is one framed {@code Entry} message (segment table + segments, so {@code length}
 * is a multiple of 8) and {@code crc} is the CRC32C of those {@code length} bytes. A record is
 * {@code 8 + length} bytes long. {@code AppendEntries.records} is a contiguous run of records,
 * which is exactly what a follower writes to its log.
 *
 * <p>One instance holds reusable flyweights and a checksum; it is not thread-safe, and nothing it
 * does after construction allocates (its buffers are little-endian; a big-endian buffer passed in
 * is switched to little-endian order, which the caller gave up ownership of).
 */
public final class Records {
  /** Bytes of a record besides its entry: the length prefix and the CRC suffix. */
  public static final int OVERHEAD = 8;
  /** The largest entry a record may hold, so a corrupt length cannot make us read far. */
  public static final int MAX_ENTRY_BYTES = 64 << 20;

  private final CRC32C crc = new CRC32C();
  private final MessageReader message = new MessageReader();
  private final Entry.Reader entry = new Entry.Reader();
  private final MessageBuilder builder = new MessageBuilder();
  private final Entry.Builder entryBuilder = new Entry.Builder();

  /** The length of the record at {@code offset}: {@code 8 + entry length}. */
  public static int recordLength(ByteBuffer buf, int offset) {
    return OVERHEAD + buf.order(ByteOrder.LITTLE_ENDIAN).getInt(offset);
  }

  /**
   * Checks the record at {@code offset} of {@code buf} within {@code end}: its length is sane and
   * its CRC matches. Returns the record's length, or -1 when it is torn or corrupt.
   */
  public int verify(ByteBuffer buf, int offset, int end) {
    buf.order(ByteOrder.LITTLE_ENDIAN);
    if (end - offset < OVERHEAD) {
      return -1;
    }
    int length = buf.getInt(offset);
    if (length < 8
        || length > MAX_ENTRY_BYTES
        || (length & 7) != 0
        || length > end - offset - OVERHEAD) {
      return -1;
    }
    crc.reset();
    update(buf, offset + 4, length);
    if ((int) crc.getValue() != buf.getInt(offset + 4 + length)) {
      return -1;
    }
    return length + OVERHEAD;
  }

  private void update(ByteBuffer buf, int at, int length) {
    if (buf.hasArray()) {
      crc.update(buf.array(), buf.arrayOffset() + at, length);
    } else {
      int p = buf.position();
      int l = buf.limit();
      buf.limit(at + length).position(at);
      crc.update(buf);
      buf.limit(l).position(p);
    }
  }

  /**
   * Points the reusable entry reader at the record at {@code offset} (already verified) and
   * returns it; valid until the next call. The buffer's position and limit are restored.
   */
  public Entry.Reader entry(ByteBuffer buf, int offset) {
    buf.order(ByteOrder.LITTLE_ENDIAN);
    int length = buf.getInt(offset);
    int p = buf.position();
    int l = buf.limit();
    try {
      buf.limit(offset + 4 + length).position(offset + 4);
      Framing.read(buf, message);
    } finally {
      buf.limit(l).position(p);
    }
    return message.getRoot(entry);
  }

  /**
   * Encodes an entry as a record at {@code dst}'s position (advancing it), computing its CRC once.
   * Returns false, writing nothing, when {@code dst} has no room; see {@link #encodedLength}.
   */
  public boolean write(ByteBuffer dst, long term, long index, EntryKind kind, ByteBuffer payload) {
    buildEntry(term, index, kind, payload);
    int length = (int) Framing.serializedSize(builder);
    if (dst.remaining() < length + OVERHEAD) {
      return false;
    }
    dst.order(ByteOrder.LITTLE_ENDIAN);
    int at = dst.position();
    dst.putInt(at, length);
    dst.position(at + 4);
    Framing.write(builder, dst);
    crc.reset();
    update(dst, at + 4, length);
    dst.putInt(at + 4 + length, (int) crc.getValue());
    dst.position(at + OVERHEAD + length);
    return true;
  }

  /** The record length an entry with {@code payloadBytes} of payload encodes to. */
  public static int encodedLength(int payloadBytes) {
    // Framing table (8) + root pointer (8) + Entry struct (3 data words, 1 pointer) + payload.
    return OVERHEAD + 8 + 8 + 32 + ((payloadBytes + 7) & ~7);
  }

  private void buildEntry(long term, long index, EntryKind kind, ByteBuffer payload) {
    builder.clear();
    Entry.Builder e = builder.initRoot(Entry._Meta.SIZE, entryBuilder);
    e.setTerm(term);
    e.setIndex(index);
    e.setKind(kind);
    if (payload != null && payload.hasRemaining()) {
      e.setPayload(payload);
    }
  }
}
