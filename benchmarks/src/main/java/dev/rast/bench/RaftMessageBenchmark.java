package dev.rast.bench;

import dev.rast.bench.proto.AppendEntries;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * An AppendEntries-like message (5 UInt64 fields and 8 entries of {term, index, 100-byte payload};
 * schema {@code src/main/capnp/append_entries.capnp}) with rast-java and capnproto-java:
 *
 * <ul>
 *   <li>(a) {@code parseAndReadScalars}: parse the framing, read the five scalars;
 *   <li>(b) {@code iterateEntries}: parse the framing, read term, index and payload size of each entry;
 *   <li>(c) {@code buildAndSerialize}: build into a reused builder, write framed into a reused buffer;
 *   <li>(c') {@code buildFresh}: the same with a new builder each time, for reference.
 * </ul>
 *
 * <p>Each case also has a {@code _protobuf} method with protobuf-java 4.x on the same values
 * ({@code src/main/proto/raft_micro.proto}), plus {@code parseAndReadScalarsAliased_protobuf} (the
 * parse shares the input array) and (b') {@code iterateParsed}: iterate the entries of a message
 * parsed beforehand (rast: framing read and root pointed beforehand).
 *
 * <p>Both Cap'n Proto implementations read the same bytes (a unit test checks they write identical bytes). Each
 * method hands its result to a {@link Blackhole}. Run with {@code -prof gc} to
 * see bytes allocated per operation.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RaftMessageBenchmark {
  private RastRaftCodec rast;
  private CapnpJavaRaftCodec capnpJava;
  /** The framed message, one copy per implementation (capnproto-java sets the buffer's order). */
  private ByteBuffer framedForRast;

  private ByteBuffer framedForCapnpJava;
  private ByteBuffer out;
  private ProtobufRaftCodec protobuf;
  /** The protobuf encoding of the same values, and the message parsed from it once for (b'). */
  private byte[] protobufBytes;

  private AppendEntries protobufParsed;
  private byte[] protobufOut;

  @Setup
  public void setup() {
    rast = new RastRaftCodec();
    capnpJava = new CapnpJavaRaftCodec();
    out = ByteBuffer.allocate(4096).order(ByteOrder.LITTLE_ENDIAN);
    int n = rast.buildAndSerialize(out);
    framedForRast = copy(out, n);
    framedForCapnpJava = copy(out, n);
    rast.parseForIteration(framedForRast);
    protobuf = new ProtobufRaftCodec();
    protobufBytes = protobuf.buildFresh();
    protobufParsed = ProtobufRaftCodec.parse(protobufBytes, protobufBytes.length, false);
    protobufOut = new byte[4096];
  }

  private static ByteBuffer copy(ByteBuffer src, int n) {
    ByteBuffer b = ByteBuffer.allocate(n).order(ByteOrder.LITTLE_ENDIAN);
    b.put(0, src, 0, n);
    return b;
  }

  @Benchmark
  public void parseAndReadScalars_rast(Blackhole bh, ThreadAllocation counted) {
    bh.consume(rast.parseAndReadScalars(framedForRast));
  }

  @Benchmark
  public void parseAndReadScalars_capnpJava(Blackhole bh, ThreadAllocation counted) {
    bh.consume(capnpJava.parseAndReadScalars(framedForCapnpJava));
  }

  @Benchmark
  public void iterateEntries_rast(Blackhole bh, ThreadAllocation counted) {
    bh.consume(rast.iterateEntries(framedForRast));
  }

  @Benchmark
  public void iterateEntries_capnpJava(Blackhole bh, ThreadAllocation counted) {
    bh.consume(capnpJava.iterateEntries(framedForCapnpJava));
  }

  @Benchmark
  public void buildAndSerialize_rast(Blackhole bh, ThreadAllocation counted) {
    bh.consume(rast.buildAndSerialize(out));
  }

  @Benchmark
  public void buildAndSerialize_capnpJava(Blackhole bh, ThreadAllocation counted) {
    bh.consume(capnpJava.buildAndSerialize(out));
  }

  @Benchmark
  public void buildFresh_rast(Blackhole bh, ThreadAllocation counted) {
    bh.consume(rast.buildFresh(out));
  }

  @Benchmark
  public void buildFresh_capnpJava(Blackhole bh, ThreadAllocation counted) {
    bh.consume(capnpJava.buildFresh(out));
  }

  @Benchmark
  public void parseAndReadScalars_protobuf(Blackhole bh, ThreadAllocation counted) {
    bh.consume(protobuf.parseAndReadScalars(protobufBytes, protobufBytes.length));
  }

  @Benchmark
  public void parseAndReadScalarsAliased_protobuf(Blackhole bh, ThreadAllocation counted) {
    bh.consume(protobuf.parseAndReadScalarsAliased(protobufBytes, protobufBytes.length));
  }

  @Benchmark
  public void iterateEntries_protobuf(Blackhole bh, ThreadAllocation counted) {
    bh.consume(protobuf.iterateEntries(protobufBytes, protobufBytes.length));
  }

  @Benchmark
  public void iterateParsed_rast(Blackhole bh, ThreadAllocation counted) {
    bh.consume(rast.iterateParsed());
  }

  @Benchmark
  public void iterateParsed_protobuf(Blackhole bh, ThreadAllocation counted) {
    bh.consume(ProtobufRaftCodec.iterateParsed(protobufParsed));
  }

  @Benchmark
  public void buildAndSerialize_protobuf(Blackhole bh, ThreadAllocation counted) {
    bh.consume(protobuf.buildAndSerialize(protobufOut));
  }

  @Benchmark
  public void buildFresh_protobuf(Blackhole bh, ThreadAllocation counted) {
    bh.consume(protobuf.buildFresh());
  }
}
