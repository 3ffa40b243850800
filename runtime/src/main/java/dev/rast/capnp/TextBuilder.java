package dev.rast.capnp;

import java.nio.charset.StandardCharsets;

/** Writes a Text value in place: its UTF-8 bytes; the terminating NUL is already there. */
public final class TextBuilder extends ByteRunBuilder {
  /** Creates an unpointed builder. */
  public TextBuilder() {}

  /** The text decoded from UTF-8 (allocates). */
  @Override
  public String toString() {
    byte[] b = new byte[length];
    if (length > 0) {
      buffer.get(pos, b, 0, length);
    }
    return new String(b, StandardCharsets.UTF_8);
  }
}
