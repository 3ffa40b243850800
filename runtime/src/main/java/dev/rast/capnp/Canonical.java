package dev.rast.capnp;

import java.nio.ByteBuffer;

/**
 * The canonical form of a struct (spec: "Canonicalization"): one segment, no framing, objects in
 * pointer pre-order with no gaps, trailing zero data words and null pointers removed. Two readers
 * hold equal values exactly when their canonical bytes are equal, which is what {@code equals} on
 * generated readers uses; canonical bytes are also what you sign or hash.
 */
public final class Canonical {
  private Canonical() {}

  /**
   * The canonical bytes of {@code root} (a fresh array; convenience).
   *
   * @param root the struct to canonicalize, with everything it points to
   * @return the canonical bytes
   * @throws DecodeException when the message contains a capability (as in capnp C++)
   */
  public static byte[] canonicalize(StructReader root) {
    return canonicalize(root, false);
  }

  /**
   * As {@link #canonicalize(StructReader)}; {@code keepCapabilities} keeps capability pointers as
   * they are instead of failing (for value equality, where equal indices mean equal values).
   */
  static byte[] canonicalize(StructReader root, boolean keepCapabilities) {
    long words = root.totalSizeInWords() + 1;
    if (words > MessageBuilder.MAX_SEGMENT_WORDS) {
      throw new DecodeException("message of " + words + " words is too large to canonicalize");
    }
    MessageBuilder scratch =
        new MessageBuilder((int) words, MessageBuilder.Growth.FIXED_SIZE, false);
    scratch.copier().keepCapabilities = keepCapabilities;
    ByteBuffer out = canonicalize(root, scratch);
    byte[] bytes = new byte[out.remaining()];
    out.get(out.position(), bytes);
    return bytes;
  }

  /**
   * Canonicalizes {@code root} into {@code scratch} (cleared first) and returns a view of the
   * canonical bytes: the scratch's first segment from 0 to its used size. Reusing one scratch
   * builder whose first segment is large enough allocates nothing.
   *
   * @param root the struct to canonicalize, with everything it points to
   * @param scratch a builder to reuse for the output; its previous content is lost
   * @return the canonical bytes
   * @throws IllegalArgumentException when the canonical form does not fit scratch's first segment
   * @throws DecodeException when the message contains a capability (as in capnp C++)
   */
  public static ByteBuffer canonicalize(StructReader root, MessageBuilder scratch) {
    scratch.clear();
    scratch.copier().setStruct(root, scratch, 0, 0, true);
    if (scratch.segmentCount() != 1) {
      throw new IllegalArgumentException(
          "canonical form does not fit the scratch builder's first segment ("
              + scratch.segment(0).capacity() / 8 + " words)");
    }
    return scratch.writeView(0);
  }
}
