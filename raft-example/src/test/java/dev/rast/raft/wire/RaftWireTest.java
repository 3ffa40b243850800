package dev.rast.raft.wire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rast.capnp.Framing;
import dev.rast.capnp.MessageBuilder;
import dev.rast.capnp.MessageReader;
import dev.rast.capnp.ReaderOptions;
import dev.rast.capnp.StructListBuilder;
import dev.rast.capnp.StructListReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The Raft message classes exist and round-trip: they are generated from schema/raft.capnp by
 * rast-maven-plugin of this same reactor, so this test also proves the dogfooding build works.
 */
class RaftWireTest {
  @Test
  void appendEntriesRoundTripsThroughTheWireFormat() {
    MessageBuilder m = new MessageBuilder();
    Raft.Message.Builder msg = m.initRoot(Raft.Message._Meta.SIZE, new Raft.Message.Builder());
    msg.setClusterId(7).setFrom(1).setTo(2).setTerm(3);
    Raft.AppendEntries.Builder ae = msg.initAppendEntries();
    ae.setPrevLogIndex(41).setPrevLogTerm(2).setLeaderCommit(40);
    StructListBuilder<Raft.Entry.Builder> entries = ae.initEntries(2);
    entries.get(0).setTerm(3).setIndex(42).setKind(Raft.EntryKind.NOOP);
    entries.get(1).setTerm(3).setIndex(43).setPayload("put k v".getBytes(StandardCharsets.UTF_8));

    ByteBuffer wire = ByteBuffer.allocate((int) Framing.serializedSize(m));
    Framing.write(m, wire);
    wire.flip();

    MessageReader r = Framing.read(wire, new MessageReader(ReaderOptions.DEFAULT));
    Raft.Message.Reader read = r.getRoot(new Raft.Message.Reader());
    assertEquals(Raft.Message.Which.APPEND_ENTRIES, read.which());
    assertEquals(7, read.getClusterId());
    assertEquals(3, read.getTerm());
    Raft.AppendEntries.Reader body = read.getAppendEntries();
    assertEquals(41, body.getPrevLogIndex());
    StructListReader<Raft.Entry.Reader> list = body.getEntries();
    assertEquals(2, list.size());
    assertEquals(Raft.EntryKind.NOOP, list.get(0).getKind());
    assertEquals(43, list.get(1).getIndex());
    assertArrayEquals("put k v".getBytes(StandardCharsets.UTF_8), list.get(1).getPayload());
  }

  @Test
  void hardStatePrintsInTheCapnpTextFormat() {
    MessageBuilder m = new MessageBuilder();
    Raft.HardState.Builder hs = m.initRoot(Raft.HardState._Meta.SIZE, new Raft.HardState.Builder());
    hs.setTerm(5).setVote(2).setCommit(9);
    assertEquals("(term = 5, vote = 2, commit = 9)", hs.asReader().toString());
  }
}
