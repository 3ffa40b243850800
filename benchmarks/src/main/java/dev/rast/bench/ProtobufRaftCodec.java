package dev.rast.bench;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.CodedOutputStream;
import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.UnsafeByteOperations;
import dev.rast.bench.proto.AppendEntries;
import dev.rast.bench.proto.Entry;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The benchmark cases with protobuf-java 4.x on the same values, schema
 * {@code src/main/proto/raft_micro.proto} (append_entries.capnp field for field). Parsing makes new
 * immutable messages each time (protobuf-java has no reusable reader); building starts from the
 * same {@code byte[]} payloads as rast-java, wrapped without copying. Not thread-safe.
 */
public final class ProtobufRaftCodec {
  private final byte[][] payloads = RaftMessageValues.payloads();

  /** (a) Parses {@code bytes[0, length)} and sums the five scalars. */
  public long parseAndReadScalars(byte[] bytes, int length) {
    return scalars(parse(bytes, length, false));
  }

  /**
   * (a) with an aliasing input: the payloads of the parsed message share {@code bytes} instead of
   * being copied (the array must then stay unchanged while the message is used).
   */
  public long parseAndReadScalarsAliased(byte[] bytes, int length) {
    return scalars(parse(bytes, length, true));
  }

  /** (b) Parses and sums term, index and payload size over the entries. */
  public long iterateEntries(byte[] bytes, int length) {
    return iterateParsed(parse(bytes, length, false));
  }

  /** (b') Sums term, index and payload size over the entries of an already-parsed message. */
  public static long iterateParsed(AppendEntries m) {
    long sum = 0;
    for (int i = 0, n = m.getEntriesCount(); i < n; i++) {
      Entry e = m.getEntries(i);
      sum += e.getTerm() + e.getIndex() + e.getPayload().size();
    }
    return sum;
  }

  /** (c) Builds the message and writes it into {@code out} (reused); returns the bytes written. */
  public int buildAndSerialize(byte[] out) {
    AppendEntries m = build();
    int size = m.getSerializedSize();
    CodedOutputStream cos = CodedOutputStream.newInstance(out, 0, size);
    try {
      m.writeTo(cos);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    cos.checkNoSpaceLeft();
    return size;
  }

  /** (c') Builds the message and serializes it into a new array ({@code toByteArray()}). */
  public byte[] buildFresh() {
    return build().toByteArray();
  }

  /** The message, parsed from {@code bytes[0, length)}. */
  public static AppendEntries parse(byte[] bytes, int length, boolean aliasing) {
    try {
      if (!aliasing) {
        return AppendEntries.parser().parseFrom(bytes, 0, length);
      }
      // Aliasing takes effect only on input protobuf treats as immutable: a CodedInputStream made
      // by newInstance(byte[]) ignores it, one made from a ByteString honours it.
      CodedInputStream in = UnsafeByteOperations.unsafeWrap(bytes, 0, length).newCodedInput();
      in.enableAliasing(true);
      return AppendEntries.parser().parseFrom(in);
    } catch (InvalidProtocolBufferException e) {
      throw new IllegalStateException(e);
    }
  }

  private AppendEntries build() {
    AppendEntries.Builder b = AppendEntries.newBuilder()
        .setTerm(RaftMessageValues.TERM)
        .setLeaderId(RaftMessageValues.LEADER_ID)
        .setPrevLogIndex(RaftMessageValues.PREV_LOG_INDEX)
        .setPrevLogTerm(RaftMessageValues.PREV_LOG_TERM)
        .setLeaderCommit(RaftMessageValues.LEADER_COMMIT);
    for (int i = 0; i < RaftMessageValues.ENTRIES; i++) {
      b.addEntries(Entry.newBuilder()
          .setTerm(RaftMessageValues.entryTerm(i))
          .setIndex(RaftMessageValues.entryIndex(i))
          .setPayload(UnsafeByteOperations.unsafeWrap(payloads[i])));
    }
    return b.build();
  }

  private static long scalars(AppendEntries m) {
    return m.getTerm()
        + m.getLeaderId()
        + m.getPrevLogIndex()
        + m.getPrevLogTerm()
        + m.getLeaderCommit();
  }
}
