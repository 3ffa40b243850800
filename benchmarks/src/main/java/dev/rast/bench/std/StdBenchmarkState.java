package dev.rast.bench.std;

import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The parameters and the three implementations of a standard benchmark; each subclass names its
 * workload. Both implementations start from the same seed, so they all see the same request sequence.
 */
@State(Scope.Thread)
public abstract class StdBenchmarkState {
  /** object, bytes or packed (see {@link Mode}). */
  @Param({"object", "bytes", "packed"})
  public String mode;

  /** Whether message builders, readers and buffers are reused across rounds. */
  @Param({"true", "false"})
  public boolean reuse;

  protected Round rast;
  protected Round protobuf;
  protected Round capnpJava;

  protected abstract Workload workload();

  @Setup
  public void setup() {
    Mode m = Mode.parse(mode);
    rast = workload().create(Workload.Impl.RAST, m, reuse, FastRand.DEFAULT_SEED);
    protobuf = workload().create(Workload.Impl.PROTOBUF, m, reuse, FastRand.DEFAULT_SEED);
    capnpJava = workload().create(Workload.Impl.CAPNP_JAVA, m, reuse, FastRand.DEFAULT_SEED);
  }
}
