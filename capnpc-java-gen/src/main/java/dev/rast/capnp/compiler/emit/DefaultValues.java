package dev.rast.capnp.compiler.emit;

import dev.rast.capnp.AnyPointerBuilder;
import dev.rast.capnp.AnyPointerReader;
import dev.rast.capnp.MessageBuilder;
import java.nio.ByteBuffer;

/**
 * Pointer default values and constants as the generator compiles them: each becomes one
 * single-segment message whose root pointer refers to the value, written into the generated code
 * as a hex string and read back by {@code Generated.message}.
 */
final class DefaultValues {
  private DefaultValues() {}

  /** Hex of a single-segment message whose root is a deep copy of {@code value}. */
  static String hex(AnyPointerReader value) {
    long words = value.totalSizeInWords() + 16;
    MessageBuilder m = new MessageBuilder((int) Math.min(words * 2, Integer.MAX_VALUE / 16),
        MessageBuilder.Growth.FIXED_SIZE, false);
    m.getRoot(new AnyPointerBuilder()).set(value);
    if (m.segmentCount() != 1) {
      throw new IllegalStateException("default value did not fit one segment");
    }
    ByteBuffer seg = m.segment(0);
    int bytes = m.segmentWords(0) * 8;
    StringBuilder b = new StringBuilder(bytes * 2);
    for (int i = 0; i < bytes; i++) {
      int v = seg.get(i) & 0xFF;
      b.append(Character.forDigit(v >>> 4, 16)).append(Character.forDigit(v & 15, 16));
    }
    return b.toString();
  }
}
