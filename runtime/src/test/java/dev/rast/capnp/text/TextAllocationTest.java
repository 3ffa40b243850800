package dev.rast.capnp.text;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Proves that the text, data and integer formatters allocate nothing once the target builder is
 * large enough. Tagged {@code allocation}: the build runs it in the interpreter ({@code -Xint}),
 * where escape analysis cannot hide an allocation.
 */
@Tag("allocation")
class TextAllocationTest {
  private static final int ROUNDS = 2000;

  @Test
  void blobAndIntegerFormattersAllocateNothing() {
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    ByteBuffer text = ByteBuffer.wrap("tab\t é 𝄞 \u0001 \"q\"".getBytes(StandardCharsets.UTF_8));
    ByteBuffer malformed = ByteBuffer.wrap(new byte[] {(byte) 0xe0, (byte) 0xa0, 'x', (byte) 0xff});
    // Non-Latin-1 from the start, so the builder never re-encodes; capacity for every round.
    StringBuilder out = new StringBuilder(ROUNDS * 256).append('\uFFFD');
    run(out, text, malformed); // warm up: class loading and initialisation allocate
    out.setLength(1);

    long before = threads.getCurrentThreadAllocatedBytes();
    for (int i = 0; i < ROUNDS; i++) {
      run(out, text, malformed);
    }
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;
    assertTrue(allocated < 1024, "allocated " + allocated + " bytes in " + ROUNDS + " rounds");
  }

  private static void run(StringBuilder out, ByteBuffer text, ByteBuffer malformed) {
    BlobFormat.appendText(out, text, 0, text.capacity());
    BlobFormat.appendText(out, malformed, 0, malformed.capacity());
    BlobFormat.appendData(out, text, 0, text.capacity());
    IntegerFormat.appendInt64(out, Long.MIN_VALUE);
    IntegerFormat.appendUInt64(out, -1L);
    IntegerFormat.appendUnknownEnum(out, 65535);
  }
}
