package dev.rast.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The benchmark compares like with like: rast-java and capnproto-java write byte-identical messages
 * for the same values, each reads the other's bytes, and every case returns the expected result.
 */
class RaftMessageInteropTest {
  private final RastRaftCodec rast = new RastRaftCodec();
  private final CapnpJavaRaftCodec capnpJava = new CapnpJavaRaftCodec();

  private static byte[] written(ByteBuffer out, int n) {
    assertEquals(n, out.position());
    return Arrays.copyOf(out.array(), n);
  }

  private static ByteBuffer buffer() {
    return ByteBuffer.allocate(4096).order(ByteOrder.LITTLE_ENDIAN);
  }

  private static ByteBuffer le(byte[] bytes) {
    return ByteBuffer.wrap(bytes.clone()).order(ByteOrder.LITTLE_ENDIAN);
  }

  @Test
  void bothWriteTheSameBytes() {
    ByteBuffer out = buffer();
    byte[] ours = written(out, rast.buildAndSerialize(out));
    byte[] theirs = written(out, capnpJava.buildAndSerialize(out));
    // An 8-byte table, then one segment: root pointer, root struct (5 + 1), list tag, 8 entries
    // (2 + 1) and 8 payloads of 13 words.
    assertEquals(8 + (1 + 6 + 1 + 8 * 3 + 8 * 13) * 8, ours.length);
    assertArrayEquals(theirs, ours);
    assertArrayEquals(ours, written(out, rast.buildFresh(out)));
    assertArrayEquals(ours, written(out, capnpJava.buildFresh(out)));
    // Reused builders write the same bytes again.
    assertArrayEquals(ours, written(out, rast.buildAndSerialize(out)));
    assertArrayEquals(ours, written(out, capnpJava.buildAndSerialize(out)));
  }

  @Test
  void eachReadsTheOthersBytes() {
    ByteBuffer out = buffer();
    byte[] ours = written(out, rast.buildAndSerialize(out));
    byte[] theirs = written(out, capnpJava.buildAndSerialize(out));
    for (byte[] bytes : new byte[][] {ours, theirs}) {
      assertEquals(RaftMessageValues.scalarSum(), rast.parseAndReadScalars(le(bytes)));
      assertEquals(RaftMessageValues.scalarSum(), capnpJava.parseAndReadScalars(le(bytes)));
      assertEquals(RaftMessageValues.entrySum(), rast.iterateEntries(le(bytes)));
      assertEquals(RaftMessageValues.entrySum(), capnpJava.iterateEntries(le(bytes)));
    }
  }

  @Test
  void casesAreRepeatable() {
    ByteBuffer out = buffer();
    ByteBuffer framed = le(written(out, rast.buildAndSerialize(out)));
    for (int i = 0; i < 3; i++) {
      assertEquals(RaftMessageValues.scalarSum(), rast.parseAndReadScalars(framed));
      assertEquals(RaftMessageValues.entrySum(), rast.iterateEntries(framed));
      assertEquals(RaftMessageValues.scalarSum(), capnpJava.parseAndReadScalars(framed));
      assertEquals(RaftMessageValues.entrySum(), capnpJava.iterateEntries(framed));
    }
  }
}
