package dev.rast.bench.std;

import dev.rast.bench.ThreadAllocation;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The standard Cap'n Proto benchmark eval: a random expression tree (depth at most 8) in, its value out. One operation is one request/response round of
 * upstream's methodology (generate the request, compute the response, check it); the method suffix
 * names the implementation. Returns the bytes that travelled.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class EvalBenchmark extends StdBenchmarkState {
  @Override
  protected Workload workload() {
    return Workload.EVAL;
  }

  @Benchmark
  public long round_rast(ThreadAllocation counted) {
    return rast.run();
  }

  @Benchmark
  public long round_protobuf(ThreadAllocation counted) {
    return protobuf.run();
  }

  @Benchmark
  public long round_capnpJava(ThreadAllocation counted) {
    return capnpJava.run();
  }
}
