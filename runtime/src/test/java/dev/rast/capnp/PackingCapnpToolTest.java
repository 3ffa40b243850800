package dev.rast.capnp;

import static dev.rast.capnp.TestBytes.hex;
import static dev.rast.capnp.TestBytes.words;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real {@code capnp} tool as the oracle. Each generated message is a root struct whose data
 * section holds arbitrary words (capnp copies it verbatim), so the tool packs exactly the bytes
 * we chose. One tool run handles all messages as one stream. Skipped if {@code capnp} is not on
 * the PATH, unless the environment variable {@code CI} is set: then that is a failure.
 */
class PackingCapnpToolTest {
  private static final long SEED = 0x5EED_CAFEL;
  /** capnp re-lays messages into 1024-word first segments; staying below keeps ours intact. */
  private static final int MAX_DATA_WORDS = 1000;

  private static Path capnp;

  @BeforeAll
  static void findCapnp() {
    capnp = onPath("capnp");
    if (capnp == null) {
      if (System.getenv("CI") != null) {
        fail("capnp is not on the PATH, and CI is set: the tool check must run in CI");
      }
      Assumptions.abort("capnp is not on the PATH");
    }
  }

  @Test
  void packMatchesCapnpBinaryToPacked(@TempDir Path dir) throws Exception {
    List<byte[]> messages = messages();
    ByteArrayOutputStream binary = new ByteArrayOutputStream();
    ByteArrayOutputStream ours = new ByteArrayOutputStream();
    for (byte[] message : messages) {
      binary.write(message);
      ours.write(packLikeCapnp(message));
    }
    byte[] theirs = convert(dir, "binary:packed", binary.toByteArray());
    assertEquals(ours.size(), theirs.length, "seed " + SEED);
    assertArrayEquals(ours.toByteArray(), theirs, "seed " + SEED);
  }

  @Test
  void capnpUnpacksOurOutput(@TempDir Path dir) throws Exception {
    ByteArrayOutputStream binary = new ByteArrayOutputStream();
    ByteArrayOutputStream packed = new ByteArrayOutputStream();
    for (byte[] message : messages()) {
      binary.write(message);
      packed.write(TestBytes.pack(message));
    }
    assertArrayEquals(
        binary.toByteArray(), convert(dir, "packed:binary", packed.toByteArray()), "seed " + SEED);
  }

  /** Run limits, run extension and random mixes, each as the data section of a message. */
  private static List<byte[]> messages() {
    byte[] full = hex("11 22 33 44 55 66 77 88");
    byte[] oneZero = hex("11 22 00 44 55 66 77 88");
    byte[] twoZeros = hex("11 00 33 44 55 66 77 00");
    List<byte[]> data = new ArrayList<>();
    data.add(words(MAX_DATA_WORDS, new byte[8]));
    data.add(words(MAX_DATA_WORDS, full));
    data.add(words(MAX_DATA_WORDS, oneZero));
    data.add(words(MAX_DATA_WORDS, twoZeros));
    data.add(TestBytes.concat(
        words(256, new byte[8]),
        words(257, full),
        words(255, oneZero),
        words(1, twoZeros),
        words(3, full)));
    SplittableRandom random = new SplittableRandom(SEED);
    for (int i = 0; i < 300; i++) {
      data.add(PackingTest.randomWords(random, 1 + random.nextInt(MAX_DATA_WORDS)));
    }
    List<byte[]> messages = new ArrayList<>();
    for (byte[] d : data) {
      messages.add(message(d));
    }
    return messages;
  }

  /** A single-segment message whose root struct's data section is {@code data}. */
  private static byte[] message(byte[] data) {
    int dataWords = data.length / 8;
    ByteBuffer message = ByteBuffer.allocate(16 + data.length).order(ByteOrder.LITTLE_ENDIAN);
    message.putInt(0).putInt(1 + dataWords);
    // Struct pointer: offset 0, dataWords data words, no pointers.
    message.putInt(0).putShort((short) dataWords).putShort((short) 0);
    message.put(data);
    return message.array();
  }

  /** capnp's writer packs the segment table and each segment separately. */
  private static byte[] packLikeCapnp(byte[] message) {
    ByteBuffer dst = ByteBuffer.allocate(Packing.maxPackedSize(message.length));
    for (byte[] piece : TestBytes.framePieces(message)) {
      Packing.pack(ByteBuffer.wrap(piece), dst);
    }
    byte[] out = new byte[dst.position()];
    dst.flip().get(out);
    return out;
  }

  private static byte[] convert(Path dir, String formats, byte[] input) throws Exception {
    Path testdata = TestBytes.testdataDir();
    Path in = dir.resolve("in");
    Path out = dir.resolve("out");
    Path err = dir.resolve("err");
    Files.write(in, input);
    Process process = new ProcessBuilder(
            capnp.toString(),
            "convert",
            "--quiet",
            formats,
            "-I" + testdata,
            testdata.resolve("capnp/test.capnp").toString(),
            "TestAllTypes")
        .redirectInput(in.toFile())
        .redirectOutput(out.toFile())
        .redirectError(err.toFile())
        .start();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "capnp convert timed out");
    assertEquals(
        0,
        process.exitValue(),
        "capnp convert " + formats + " failed: " + Files.readString(err, StandardCharsets.UTF_8));
    return Files.readAllBytes(out);
  }

  private static Path onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return null;
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (!dir.isEmpty()) {
        Path candidate = Path.of(dir, program);
        if (Files.isExecutable(candidate)) {
          return candidate;
        }
      }
    }
    return null;
  }
}
