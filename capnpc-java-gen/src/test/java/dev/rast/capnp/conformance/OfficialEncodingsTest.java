package dev.rast.capnp.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.rast.capnp.Framing;
import dev.rast.capnp.MessageReader;
import dev.rast.capnp.PackedInputStream;
import dev.rast.capnp.Packing;
import dev.rast.testschema.Test.TestAllTypes;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Conformance with upstream's test message: the one {@code TestAllTypes} value in each of the six
 * encodings of the official test material, read with the generated reader, prints exactly what
 * {@code capnp decode} prints ({@code pretty.txt}) and {@code capnp decode --short} prints
 * ({@code short.txt}).
 */
class OfficialEncodingsTest {
  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {"binary", "flat", "packed", "packedflat", "segmented", "segmented-packed"})
  void printsPrettyText(String encoding) {
    TestAllTypes.Reader r = read(encoding);
    assertEquals(Official.text("pretty.txt"), r.toPrettyString() + "\n");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {"binary", "flat", "packed", "packedflat", "segmented", "segmented-packed"})
  void printsShortText(String encoding) {
    TestAllTypes.Reader r = read(encoding);
    assertEquals(Official.text("short.txt"), r.toString() + "\n");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {"binary", "flat", "packed", "packedflat", "segmented", "segmented-packed"})
  void allEncodingsHoldTheSameValue(String encoding) {
    TestAllTypes.Reader binary = read("binary");
    TestAllTypes.Reader other = read(encoding);
    assertEquals(binary, other);
    assertEquals(binary.hashCode(), other.hashCode());
  }

  /** Reads {@code testdata/ENCODING} as a TestAllTypes root. */
  static TestAllTypes.Reader read(String encoding) {
    byte[] raw = Official.bytes(encoding);
    MessageReader m = new MessageReader();
    switch (encoding) {
      case "binary":
      case "segmented":
        Framing.read(Official.le(raw), m);
        break;
      case "flat":
        m.initFlat(Official.le(raw));
        break;
      case "packedflat":
        m.initFlat(unpack(raw));
        break;
      case "packed":
        Framing.read(unpack(raw), m);
        break;
      case "segmented-packed":
        // Through the stream decoder, so both packed paths are covered.
        try (InputStream in = new PackedInputStream(new ByteArrayInputStream(raw))) {
          if (!Framing.read(in, m)) {
            throw new IllegalStateException("empty stream");
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
        break;
      default:
        throw new IllegalArgumentException(encoding);
    }
    return m.getRoot(new TestAllTypes.Reader());
  }

  private static ByteBuffer unpack(byte[] packed) {
    ByteBuffer src = ByteBuffer.wrap(packed);
    ByteBuffer dst =
        ByteBuffer.allocate((int) Packing.unpackedSize(src)).order(ByteOrder.LITTLE_ENDIAN);
    Packing.unpack(src, dst);
    return dst.flip();
  }
}
