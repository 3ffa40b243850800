package dev.rast.bench;

import dev.rast.bench.raftmsg.RaftMsg.AppendEntries;
import dev.rast.bench.raftmsg.RaftMsg.Entry;
import dev.rast.capnp.DataReader;
import dev.rast.capnp.Framing;
import dev.rast.capnp.ListReader;
import dev.rast.capnp.MessageBuilder;
import dev.rast.capnp.MessageReader;
import dev.rast.capnp.StructListBuilder;
import dev.rast.capnp.StructListReader;
import java.nio.ByteBuffer;

/**
 * The benchmark cases with rast-java: one reused {@link MessageReader}, {@link MessageBuilder} and
 * set of flyweights (generated from {@code append_entries.capnp} into {@code RaftMsg}), so
 * steady-state calls allocate nothing (except {@link #buildFresh}, which makes a new builder on
 * purpose). Not thread-safe: one instance per thread.
 */
public final class RastRaftCodec {
  private final byte[][] payloads = RaftMessageValues.payloads();

  private final MessageReader message = new MessageReader();
  private final AppendEntries.Reader reader = new AppendEntries.Reader();
  private final StructListReader<Entry.Reader> entries = new StructListReader<>(Entry.Reader::new);
  private final Entry.Reader entry = new Entry.Reader();
  private final DataReader payload = new DataReader();

  private final MessageBuilder builder = new MessageBuilder();
  private final AppendEntries.Builder root = new AppendEntries.Builder();
  private final StructListBuilder<Entry.Builder> entryList =
      new StructListBuilder<>(Entry.Builder::new);
  private final Entry.Builder entryBuilder = new Entry.Builder();

  /** (a) Parses the framing of the message at the start of {@code framed} and sums the five scalars. */
  public long parseAndReadScalars(ByteBuffer framed) {
    framed.position(0);
    AppendEntries.Reader r = Framing.read(framed, message).getRoot(reader);
    return r.getTerm()
        + r.getLeaderId()
        + r.getPrevLogIndex()
        + r.getPrevLogTerm()
        + r.getLeaderCommit();
  }

  /** (b) Parses the framing and sums term, index and payload size over the entries. */
  public long iterateEntries(ByteBuffer framed) {
    framed.position(0);
    ListReader list = Framing.read(framed, message).getRoot(reader).getEntries(entries);
    long sum = 0;
    for (int i = 0, n = list.size(); i < n; i++) {
      Entry.Reader e = list.getStruct(i, entry);
      sum += e.getTerm() + e.getIndex() + e.getPayload(payload).size();
    }
    return sum;
  }

  /** (c) Clears the reused builder, builds the message and writes it framed into {@code out}. */
  public int buildAndSerialize(ByteBuffer out) {
    builder.clear();
    return fillAndWrite(builder, out);
  }

  /** (c') As {@link #buildAndSerialize}, with a new builder (default 2 KiB first segment). */
  public int buildFresh(ByteBuffer out) {
    return fillAndWrite(new MessageBuilder(), out);
  }

  private int fillAndWrite(MessageBuilder m, ByteBuffer out) {
    AppendEntries.Builder b = m.initRoot(AppendEntries._Meta.SIZE, root);
    b.setTerm(RaftMessageValues.TERM);
    b.setLeaderId(RaftMessageValues.LEADER_ID);
    b.setPrevLogIndex(RaftMessageValues.PREV_LOG_INDEX);
    b.setPrevLogTerm(RaftMessageValues.PREV_LOG_TERM);
    b.setLeaderCommit(RaftMessageValues.LEADER_COMMIT);
    StructListBuilder<Entry.Builder> list = b.initEntries(RaftMessageValues.ENTRIES, entryList);
    for (int i = 0; i < RaftMessageValues.ENTRIES; i++) {
      Entry.Builder e = list.get(i, entryBuilder);
      e.setTerm(RaftMessageValues.entryTerm(i));
      e.setIndex(RaftMessageValues.entryIndex(i));
      byte[] p = payloads[i];
      e.setPayload(p);
    }
    out.clear();
    Framing.write(m, out);
    return out.position();
  }

  private final AppendEntries.Reader parsed = new AppendEntries.Reader();
  private final MessageReader parsedMessage = new MessageReader();

  /** Reads the framing of {@code framed} once and points the root for {@link #iterateParsed}. */
  public void parseForIteration(ByteBuffer framed) {
    framed.position(0);
    Framing.read(framed, parsedMessage).getRoot(parsed);
  }

  /**
   * (b') Sums term, index and payload size over the entries of the already-pointed root. Each call
   * refills the reader's traversal budget (a new traversal), which every read is charged against.
   */
  public long iterateParsed() {
    parsedMessage.resetTraversalLimit();
    ListReader list = parsed.getEntries(entries);
    long sum = 0;
    for (int i = 0, n = list.size(); i < n; i++) {
      Entry.Reader e = list.getStruct(i, entry);
      sum += e.getTerm() + e.getIndex() + e.getPayload(payload).size();
    }
    return sum;
  }
}
