package dev.rast.capnp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.rast.capnp.Structs.R;

/** Checks on built messages: read-back, capnp's canonical form, stale bytes. */
final class Built {
  private Built() {}

  /** Serializes {@code b} with Framing.write and reads the root back with Framing.read. */
  static R readBack(MessageBuilder b) {
    return Structs.root(Words.read(Words.serialize(b)));
  }

  /**
   * The message must be accepted by {@code capnp convert binary:canonical}, and capnp's canonical
   * bytes must equal ours. Returns the canonical bytes.
   */
  static byte[] assertCanonicalLikeCapnp(MessageBuilder b) {
    byte[] framed = Words.serialize(b);
    byte[] ours = Canonical.canonicalize(Structs.root(Words.read(framed)));
    byte[] theirs = CapnpTool.canonical(framed);
    assertArrayEquals(
        theirs,
        ours,
        () -> "ours:\n" + Words.dump(Words.words(ours)) + "capnp:\n"
            + Words.dump(Words.words(theirs)));
    return ours;
  }

  /** Fails if any used byte of any segment equals {@code b} (a sentinel written earlier). */
  static void assertNoByte(MessageBuilder m, int b) {
    for (int s = 0; s < m.segmentCount(); s++) {
      java.nio.ByteBuffer seg = m.segment(s);
      for (int i = 0; i < m.segmentWords(s) * 8; i++) {
        if ((seg.get(i) & 0xFF) == b) {
          fail(String.format(
              "stale byte %02x at segment %d, byte %d%n%s",
              b, s, i, Words.dump(Words.words(seg, m.segmentWords(s)))));
        }
      }
    }
  }

  /** Fails if any used word of any segment is non-zero except word 0 of segment 0 (the root). */
  static void assertOnlyRootPointerLeft(MessageBuilder m) {
    for (int s = 0; s < m.segmentCount(); s++) {
      long[] w = Words.words(m.segment(s), m.segmentWords(s));
      for (int i = (s == 0 ? 1 : 0); i < w.length; i++) {
        assertEquals(0L, w[i], "segment " + s + ", word " + i + " is not zero\n" + Words.dump(w));
      }
    }
  }
}
