package dev.rast.capnp.compiler.emit;

import com.palantir.javapoet.CodeBlock;
import dev.rast.capnp.AnyPointerBuilder;
import dev.rast.capnp.AnyPointerReader;
import dev.rast.capnp.MessageBuilder;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Pointer default values and constants as the generator compiles them: each becomes one
 * single-segment message whose root pointer refers to the value, written into the generated code
 * as hex and read back by {@code Generated.message}. A value of more than {@link #PIECE} hex digits
 * is written as several string literals, passed separately: one literal is limited to 65,535 bytes
 * in a class file, and javac folds {@code "a" + "b"} into one literal.
 */
final class DefaultValues {
  /** Hex digits per string literal. */
  static final int PIECE = 60_000;

  private DefaultValues() {}

  /** {@code Generated.message(hex...)}: the expression that reads {@code value} back at class initialisation. */
  static CodeBlock message(AnyPointerReader value) {
    String hex = hex(value);
    if (hex.length() <= PIECE) {
      return CodeBlock.of("$T.message($S)", TypeMapper.GENERATED, hex);
    }
    List<CodeBlock> pieces = new ArrayList<>();
    for (int at = 0; at < hex.length(); at += PIECE) {
      pieces.add(CodeBlock.of("$S", hex.substring(at, Math.min(hex.length(), at + PIECE))));
    }
    return CodeBlock.of(
        "$T.message(\n$>$>$L$<$<)", TypeMapper.GENERATED, CodeBlock.join(pieces, ",\n"));
  }

  /** Hex of a single-segment message whose root is a deep copy of {@code value}. */
  private static String hex(AnyPointerReader value) {
    long words = value.totalSizeInWords() + 16;
    MessageBuilder m = new MessageBuilder(
        (int) Math.min(words * 2, Integer.MAX_VALUE / 16), MessageBuilder.Growth.FIXED_SIZE, false);
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
