package dev.rast.capnp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/** Byte helpers for the packing tests: hex literals, repeated words, the official testdata. */
final class TestBytes {
  private TestBytes() {}

  /** Parses whitespace-separated hex bytes, e.g. {@code "24 0c 22"}. */
  static byte[] hex(String text) {
    String trimmed = text.trim();
    if (trimmed.isEmpty()) {
      return new byte[0];
    }
    String[] parts = trimmed.split("\\s+");
    byte[] bytes = new byte[parts.length];
    for (int i = 0; i < parts.length; i++) {
      bytes[i] = (byte) Integer.parseInt(parts[i], 16);
    }
    return bytes;
  }

  static String toHex(byte[] bytes) {
    StringBuilder sb = new StringBuilder();
    for (byte b : bytes) {
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(String.format("%02x", b & 0xFF));
    }
    return sb.toString();
  }

  /** {@code count} copies of an 8-byte word. */
  static byte[] words(int count, byte[] word) {
    byte[] out = new byte[count * 8];
    for (int i = 0; i < count; i++) {
      System.arraycopy(word, 0, out, i * 8, 8);
    }
    return out;
  }

  static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] p : parts) {
      length += p.length;
    }
    byte[] out = new byte[length];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }

  static byte[] remaining(ByteBuffer buffer) {
    byte[] out = new byte[buffer.remaining()];
    buffer.duplicate().get(out);
    return out;
  }

  /** Packs with the real implementation into an exactly sized array. */
  static byte[] pack(byte[] unpacked) {
    ByteBuffer dst = ByteBuffer.allocate(Packing.maxPackedSize(unpacked.length));
    Packing.pack(ByteBuffer.wrap(unpacked), dst);
    return Arrays.copyOf(dst.array(), dst.position());
  }

  /** Unpacks with the real implementation into an exactly sized array. */
  static byte[] unpack(byte[] packed) {
    byte[] out = new byte[Math.toIntExact(Packing.unpackedSize(ByteBuffer.wrap(packed)))];
    Packing.unpack(ByteBuffer.wrap(packed), ByteBuffer.wrap(out));
    return out;
  }

  /**
   * The official Cap'n Proto testdata directory: system property {@code rast.testdata} (set by
   * surefire), else the repository's {@code testdata/capnp-testdata}.
   */
  static Path testdataDir() {
    Path dir = TestData.root();
    assertTrue(
        Files.isDirectory(dir.resolve("capnp/testdata")),
        "Cap'n Proto testdata not found at " + dir.toAbsolutePath());
    return dir;
  }

  /** A file of {@code capnp/testdata}, e.g. {@code "packed"}. */
  static byte[] testdata(String name) {
    try {
      return Files.readAllBytes(testdataDir().resolve("capnp/testdata").resolve(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Splits a framed message into its pieces as capnp's writer emits them: the segment table
   * (with padding), then each segment.
   */
  static byte[][] framePieces(byte[] message) {
    ByteBuffer buffer = ByteBuffer.wrap(message).order(ByteOrder.LITTLE_ENDIAN);
    int segments = buffer.getInt(0) + 1;
    int tableBytes = (4 + 4 * segments + 7) & ~7;
    byte[][] pieces = new byte[segments + 1][];
    pieces[0] = Arrays.copyOfRange(message, 0, tableBytes);
    int at = tableBytes;
    for (int s = 0; s < segments; s++) {
      int bytes = buffer.getInt(4 + 4 * s) * 8;
      pieces[s + 1] = Arrays.copyOfRange(message, at, at + bytes);
      at += bytes;
    }
    if (at != message.length) {
      throw new IllegalArgumentException("frame covers " + at + " of " + message.length + " bytes");
    }
    return pieces;
  }
}
