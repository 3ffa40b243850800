package dev.rast.raft.kv;

import dev.rast.capnp.Framing;
import dev.rast.capnp.MessageBuilder;
import dev.rast.raft.msg.KvMsg.KvRequest;
import dev.rast.raft.msg.KvMsg.Op;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Hostile {@code KvRequest}s as a client could send them: a valid envelope (framing, root
 * pointer, id, client id, sequence number) with one bad field. Each is the framed message without
 * the client protocol's length prefix ({@link #withLength} adds it).
 */
public final class BadFrames {
  /** Bytes of the stream framing's segment table for one segment. */
  private static final int TABLE = 8;
  /** The root struct follows its root pointer (offset 0). */
  private static final int STRUCT = TABLE + 8;

  private static final int POINTERS = STRUCT + 8 * KvRequest._Meta.SIZE.dataWords;
  /** Byte offset of each pointer field in the framed message. */
  private static final int KEY = POINTERS;

  private static final int VALUE = POINTERS + 8;
  /** Byte offset of the op field (bits 256..271 of the data section). */
  private static final int OP = STRUCT + 32;

  private BadFrames() {}

  /** A well-formed request (framed, no length prefix). */
  public static byte[] request(long id, Op op, long client, long seq, String key, String value) {
    MessageBuilder b = new MessageBuilder();
    KvRequest.Builder r = b.initRoot(KvRequest._Meta.SIZE, new KvRequest.Builder());
    r.setId(id).setOp(op).setClientId(client).setSeq(seq).setAckedBelow(seq);
    r.setKey(key.getBytes(StandardCharsets.UTF_8));
    if (value != null) {
      r.setValue(value.getBytes(StandardCharsets.UTF_8));
    }
    ByteBuffer buf =
        ByteBuffer.allocate((int) Framing.serializedSize(b)).order(ByteOrder.LITTLE_ENDIAN);
    Framing.write(b, buf);
    return buf.array();
  }

  /** {@link #request} of a small put or get, checked to have the layout the patching helpers assume. */
  private static byte[] small(long id, Op op, long client, long seq) {
    byte[] bytes = request(id, op, client, seq, "k", op == Op.GET ? null : "v");
    ByteBuffer buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    if (buf.getInt(0) != 0
        || buf.getLong(TABLE)
            != ((long) KvRequest._Meta.SIZE.dataWords << 32
                | (long) KvRequest._Meta.SIZE.pointers << 48)) {
      throw new IllegalStateException(
          "unexpected layout of the test request: one segment, root struct right after its pointer");
    }
    return bytes;
  }

  /** A put whose key pointer points far past the end of the message. */
  public static byte[] putWithKeyOutOfBounds(long id, long client, long seq) {
    return keyOutOfBounds(small(id, Op.PUT, client, seq));
  }

  /** A get whose key pointer points far past the end of the message. */
  public static byte[] getWithKeyOutOfBounds(long id) {
    return keyOutOfBounds(small(id, Op.GET, 0, 0));
  }

  /** A put whose value is a byte list claiming 2^29 - 1 bytes (512 MiB) in a message of a few words. */
  public static byte[] putWithHugeValue(long id, long client, long seq) {
    byte[] b = small(id, Op.PUT, client, seq);
    ByteBuffer w = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
    long p = w.getLong(VALUE);
    long count = (1L << 29) - 1;
    w.putLong(VALUE, (p & 0x7_FFFF_FFFFL) | (count << 35));
    return b;
  }

  /** A well-formed request with op value 5, which the schema does not define. */
  public static byte[] unknownOp(long id, long client, long seq) {
    byte[] b = small(id, Op.PUT, client, seq);
    ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putShort(OP, (short) 77);
    return b;
  }

  private static byte[] keyOutOfBounds(byte[] b) {
    ByteBuffer w = ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN);
    long p = w.getLong(KEY);
    // List pointer: bits 2..31 are the signed word offset; point 2^28 words ahead.
    w.putLong(KEY, (p & 0xFFFF_FFFF_0000_0003L) | ((long) (1 << 28) << 2));
    return b;
  }

  /** {@code message} with the client protocol's u32 length prefix. */
  public static byte[] withLength(byte[] message) {
    ByteBuffer b = ByteBuffer.allocate(4 + message.length).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(message.length).put(message);
    return b.array();
  }
}
