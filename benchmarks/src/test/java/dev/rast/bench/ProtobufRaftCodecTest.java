package dev.rast.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The protobuf-java cases compute what the rast-java cases compute, from the same values. */
class ProtobufRaftCodecTest {
  private final ProtobufRaftCodec protobuf = new ProtobufRaftCodec();

  @Test
  void casesReturnTheExpectedSums() {
    byte[] bytes = protobuf.buildFresh();
    byte[] out = new byte[4096];
    int n = protobuf.buildAndSerialize(out);
    assertArrayEquals(bytes, Arrays.copyOf(out, n));
    assertEquals(RaftMessageValues.scalarSum(), protobuf.parseAndReadScalars(bytes, bytes.length));
    assertEquals(
        RaftMessageValues.scalarSum(), protobuf.parseAndReadScalarsAliased(bytes, bytes.length));
    assertEquals(RaftMessageValues.entrySum(), protobuf.iterateEntries(bytes, bytes.length));
    assertEquals(
        RaftMessageValues.entrySum(),
        ProtobufRaftCodec.iterateParsed(ProtobufRaftCodec.parse(bytes, bytes.length, false)));
  }

  @Test
  void rastIteratesAnAlreadyParsedMessage() {
    RastRaftCodec rast = new RastRaftCodec();
    ByteBuffer out = ByteBuffer.allocate(4096).order(ByteOrder.LITTLE_ENDIAN);
    rast.buildAndSerialize(out);
    out.flip();
    rast.parseForIteration(out);
    // Far more calls than one traversal budget covers: each call starts a new traversal.
    for (int i = 0; i < 100_000; i++) {
      assertEquals(RaftMessageValues.entrySum(), rast.iterateParsed());
    }
  }
}
