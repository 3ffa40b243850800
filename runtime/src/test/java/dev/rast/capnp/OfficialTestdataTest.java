package dev.rast.capnp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

/**
 * The official TestAllTypes value in each encoding is walked completely (canonicalization visits
 * every pointer) and its canonical form matches {@code capnp convert binary:canonical}.
 */
class OfficialTestdataTest {
  private static final class AnyStruct extends StructReader {}

  private static byte[] canonicalOfFramed(String name) {
    MessageReader m = Framing.read(TestData.le(TestData.bytes(name)), new MessageReader());
    return Canonical.canonicalize(m.getRoot(new AnyStruct()));
  }

  @Test
  void binaryCanonicalMatchesCapnp() {
    assertArrayEquals(
        TestData.resource("testdata/test-all-types.canonical"), canonicalOfFramed("binary"));
  }

  @Test
  void segmentedCanonicalMatchesCapnp() {
    MessageReader m = Framing.read(TestData.le(TestData.bytes("segmented")), new MessageReader());
    assertEquals(true, m.segmentCount() > 1, "segmented has several segments");
    assertArrayEquals(
        TestData.resource("testdata/test-all-types.canonical"), canonicalOfFramed("segmented"));
  }

  @Test
  void flatCanonicalMatchesCapnp() {
    MessageReader m = new MessageReader().initFlat(TestData.le(TestData.bytes("flat")));
    assertArrayEquals(
        TestData.resource("testdata/test-all-types.canonical"),
        Canonical.canonicalize(m.getRoot(new AnyStruct())));
  }

  @Test
  void bigEndianBufferReadsTheSame() {
    ByteBuffer be = ByteBuffer.wrap(TestData.bytes("binary"));
    MessageReader m = Framing.read(be, new MessageReader());
    assertArrayEquals(
        TestData.resource("testdata/test-all-types.canonical"),
        Canonical.canonicalize(m.getRoot(new AnyStruct())));
  }

  @Test
  void copyThenSerializeRoundTrips() {
    MessageReader m = Framing.read(TestData.le(TestData.bytes("segmented")), new MessageReader());
    MessageBuilder b = new MessageBuilder(16);
    b.setRoot(m.getRoot(new AnyStruct()));
    ByteBuffer out = ByteBuffer.allocate((int) Framing.serializedSize(b));
    Framing.write(b, out);
    out.flip();
    MessageReader back = Framing.read(out, new MessageReader());
    assertArrayEquals(
        TestData.resource("testdata/test-all-types.canonical"),
        Canonical.canonicalize(back.getRoot(new AnyStruct())));
  }
}
