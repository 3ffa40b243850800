package dev.rast.examples;

import dev.rast.capnp.Framing;
import dev.rast.capnp.MessageBuilder;
import dev.rast.capnp.MessageReader;
import dev.rast.capnp.TextReader;
import dev.rast.examples.book.Book.Reading;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Locale;

/**
 * The zero-allocation style for hot loops: every object (message builder, struct builder, buffer,
 * message reader, struct reader, text reader) is made once and re-pointed on each turn, so the
 * loop allocates nothing and leaves the garbage collector nothing to do. Text is compared as bytes
 * ({@link TextReader#contentEquals}), never turned into a {@code String}, and the buffer is
 * little-endian, as Cap'n Proto is.
 *
 * <p>Run: {@code java -cp examples/target/classes:runtime/target/classes dev.rast.examples.HotLoop
 * [ITERATIONS]} (default 1,000,000). It prints the bytes the measured loop allocated, read from the
 * JVM's per-thread allocation counter: well under one byte per message.
 */
public final class HotLoop {
  private HotLoop() {}

  public static void main(String[] args) {
    int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    Loop loop = new Loop();
    loop.run(20_000); // warm up: the JIT compiles the loop, the builder reaches its steady size
    allocatedBytes(); // and the counter itself is ready
    long before = allocatedBytes();
    long start = System.nanoTime();
    double sum = loop.run(iterations);
    long nanos = System.nanoTime() - start;
    long allocated = allocatedBytes() - before;
    System.out.printf(
        Locale.ROOT,
        "%d messages built, written, read and checked; sum of roof readings %.1f%n",
        iterations,
        sum);
    // A few hundred bytes in all can come from the JVM itself (the JIT, the counter); a loop that
    // allocated would show its size times the iterations (a boxed value: 16 B x 1,000,000).
    System.out.printf(
        Locale.ROOT,
        "%.0f ns per message; %d bytes allocated in the measured loop (%.4f per message)%n",
        (double) nanos / iterations,
        allocated,
        (double) allocated / iterations);
  }

  /** Everything the loop needs, allocated once. */
  static final class Loop {
    private final MessageBuilder message = new MessageBuilder();
    private final Reading.Builder builder = new Reading.Builder();
    // Little-endian, as Cap'n Proto is: a reader handed a big-endian buffer (Java's default) has to
    // make a little-endian view of it, one small allocation per message.
    private final ByteBuffer buffer = ByteBuffer.allocate(1024).order(ByteOrder.LITTLE_ENDIAN);
    private final MessageReader messageReader = new MessageReader();
    private final Reading.Reader reader = new Reading.Reader();
    private final TextReader sensor = new TextReader();

    /** Builds, frames, reads and checks {@code n} readings; returns the sum of the roof ones. */
    double run(int n) {
      double sum = 0;
      for (int i = 0; i < n; i++) {
        message.clear();
        message
            .initRoot(builder)
            .setSensor((i & 1) == 0 ? "roof" : "cellar")
            .setTime(i)
            .setCelsius(i & 7);
        buffer.clear();
        Framing.write(message, buffer);
        buffer.flip();
        Framing.read(buffer, messageReader).getRoot(reader);
        if (reader.getSensor(sensor).contentEquals("roof")) {
          sum += reader.getCelsius();
        }
      }
      return sum;
    }
  }

  private static final java.lang.management.ThreadMXBean THREADS =
      ManagementFactory.getThreadMXBean();

  /** Bytes this thread allocated so far (HotSpot's counter; -1 where the JVM has none). */
  static long allocatedBytes() {
    return THREADS instanceof com.sun.management.ThreadMXBean hotspot
        ? hotspot.getCurrentThreadAllocatedBytes()
        : -1;
  }
}
