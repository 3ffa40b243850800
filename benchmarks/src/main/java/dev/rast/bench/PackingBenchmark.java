package dev.rast.bench;

import dev.rast.capnp.Packing;
import java.nio.ByteBuffer;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@link Packing#pack} and {@link Packing#unpack} alone, heap buffers reused, on 64 KiB of words
 * drawn with a fixed seed: 30% all-zero words, 10% words without zero bytes, the rest with each
 * byte non-zero with probability 0.4 (so every tag kind and both run kinds occur).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PackingBenchmark {
  private static final int WORDS = 8192;

  private ByteBuffer unpacked;
  private ByteBuffer packed;
  private int packedLength;
  private ByteBuffer out;

  @Setup
  public void setup() {
    SplittableRandom random = new SplittableRandom(42);
    unpacked = ByteBuffer.allocate(WORDS * 8);
    for (int w = 0; w < WORDS; w++) {
      double kind = random.nextDouble();
      long word = 0;
      for (int i = 0; i < 8 && kind >= 0.3; i++) {
        if (kind < 0.4 || random.nextDouble() < 0.4) {
          word |= (long) (1 + random.nextInt(255)) << (8 * i);
        }
      }
      unpacked.putLong(w * 8, word);
    }
    packed = ByteBuffer.allocate(Packing.maxPackedSize(WORDS * 8));
    packedLength = Packing.pack(unpacked.clear(), packed);
    out = ByteBuffer.allocate(WORDS * 8);
  }

  @Benchmark
  public int pack_rast(ThreadAllocation counted) {
    unpacked.clear();
    packed.clear();
    return Packing.pack(unpacked, packed);
  }

  @Benchmark
  public int unpack_rast(ThreadAllocation counted) {
    packed.limit(packedLength).position(0);
    out.clear();
    return Packing.unpack(packed, out);
  }
}
