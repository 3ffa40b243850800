package dev.rast.bench;

import dev.rast.bench.capnpjava.AppendEntriesCapnp.AppendEntries;
import dev.rast.bench.capnpjava.AppendEntriesCapnp.Entry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import org.capnproto.ArrayOutputStream;
import org.capnproto.MessageBuilder;
import org.capnproto.Serialize;
import org.capnproto.StructList;

/**
 * The benchmark cases with capnproto-java 0.1.16, used as its documentation and generated code
 * suggest: {@link Serialize#read(ByteBuffer)} per message, readers made per access, and for (c) one
 * builder reused through {@link MessageBuilder#clearFirstSegment()} (the message fits its first
 * segment) writing through an {@link ArrayOutputStream} over the caller's buffer. Not thread-safe.
 */
public final class CapnpJavaRaftCodec {
  private final byte[][] payloads = RaftMessageValues.payloads();
  private final MessageBuilder builder = new MessageBuilder();
  /** Writes into a duplicate of {@link #streamTarget} (ArrayOutputStream duplicates its buffer). */
  private ArrayOutputStream stream;

  private ByteBuffer streamTarget;
  /** capnproto-java makes the first segment on first use; clearing it before then fails. */
  private boolean builderUsed;

  /** (a) Parses the framing of the message at the start of {@code framed} and sums the five scalars. */
  public long parseAndReadScalars(ByteBuffer framed) {
    framed.position(0);
    AppendEntries.Reader r = read(framed);
    return r.getTerm()
        + r.getLeaderId()
        + r.getPrevLogIndex()
        + r.getPrevLogTerm()
        + r.getLeaderCommit();
  }

  /** (b) Parses the framing and sums term, index and payload size over the entries. */
  public long iterateEntries(ByteBuffer framed) {
    framed.position(0);
    StructList.Reader<Entry.Reader> list = read(framed).getEntries();
    long sum = 0;
    for (int i = 0, n = list.size(); i < n; i++) {
      Entry.Reader e = list.get(i);
      sum += e.getTerm() + e.getIndex() + e.getPayload().size();
    }
    return sum;
  }

  /** (c) Clears the reused builder, builds the message and writes it framed into {@code out}. */
  public int buildAndSerialize(ByteBuffer out) {
    if (builderUsed) {
      builder.clearFirstSegment();
    }
    builderUsed = true;
    return fillAndWrite(builder, out);
  }

  /** (c') As {@link #buildAndSerialize}, with a new builder (default 8 KiB first segment). */
  public int buildFresh(ByteBuffer out) {
    return fillAndWrite(new MessageBuilder(), out);
  }

  private static AppendEntries.Reader read(ByteBuffer framed) {
    try {
      return Serialize.read(framed).getRoot(AppendEntries.factory);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private int fillAndWrite(MessageBuilder m, ByteBuffer out) {
    AppendEntries.Builder b = m.initRoot(AppendEntries.factory);
    b.setTerm(RaftMessageValues.TERM);
    b.setLeaderId(RaftMessageValues.LEADER_ID);
    b.setPrevLogIndex(RaftMessageValues.PREV_LOG_INDEX);
    b.setPrevLogTerm(RaftMessageValues.PREV_LOG_TERM);
    b.setLeaderCommit(RaftMessageValues.LEADER_COMMIT);
    StructList.Builder<Entry.Builder> list = b.initEntries(RaftMessageValues.ENTRIES);
    for (int i = 0; i < RaftMessageValues.ENTRIES; i++) {
      Entry.Builder e = list.get(i);
      e.setTerm(RaftMessageValues.entryTerm(i));
      e.setIndex(RaftMessageValues.entryIndex(i));
      e.setPayload(payloads[i]);
    }
    if (streamTarget != out) {
      stream = new ArrayOutputStream(out);
      streamTarget = out;
    }
    stream.buf.clear();
    try {
      Serialize.write(stream, m);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.position(stream.buf.position());
    return out.position();
  }
}
