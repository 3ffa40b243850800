package dev.rast.peers;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.ratis.RaftConfigKeys;
import org.apache.ratis.client.RaftClient;
import org.apache.ratis.client.RaftClientConfigKeys;
import org.apache.ratis.conf.RaftProperties;
import org.apache.ratis.grpc.GrpcConfigKeys;
import org.apache.ratis.metrics.MetricRegistries;
import org.apache.ratis.proto.RaftProtos.LogEntryProto;
import org.apache.ratis.protocol.ClientId;
import org.apache.ratis.protocol.Message;
import org.apache.ratis.protocol.RaftClientReply;
import org.apache.ratis.protocol.RaftClientRequest;
import org.apache.ratis.protocol.RaftGroup;
import org.apache.ratis.protocol.RaftGroupId;
import org.apache.ratis.protocol.RaftPeer;
import org.apache.ratis.protocol.RaftPeerId;
import org.apache.ratis.rpc.SupportedRpcType;
import org.apache.ratis.server.RaftServer;
import org.apache.ratis.server.RaftServerConfigKeys;
import org.apache.ratis.server.storage.RaftStorage;
import org.apache.ratis.statemachine.TransactionContext;
import org.apache.ratis.statemachine.impl.BaseStateMachine;
import org.apache.ratis.thirdparty.com.google.protobuf.ByteString;
import org.apache.ratis.util.SizeInBytes;
import org.apache.ratis.util.TimeDuration;

/**
 * Three Apache Ratis servers in this JVM over gRPC on loopback, a counter state machine and the segmented
 * log with synchronous flushes: {@code raft.server.log.unsafe-flush.enabled=false},
 * {@code raft.server.log.async-flush.enabled=false} and {@code raft.server.log.force.sync.num=128} (the
 * defaults, stated), so the log worker calls {@code FileChannel.force(false)} (fdatasync) whenever its queue
 * has no further write or 128 entries are pending, and an entry counts as persisted only after that.
 *
 * <p>Mode {@code rpc}: one {@link RaftClient} over gRPC, {@code client.async().send(message)}. Mode
 * {@code inproc}: {@code RaftServer.submitClientRequestAsync} on the leader's server object with a write
 * request built in this JVM (no client RPC, no serialization of the request).
 *
 * <p>Completions run on {@link #issuer}, a thread of this harness, never on Ratis's own threads: the
 * closed loop issues the next command from the completion, and {@code RaftServer.submitClientRequestAsync}
 * blocks its caller until the request has been handed to the server's client executor and appended
 * ({@code RaftServerImpl.executeSubmitClientRequestAsync} joins a {@code supplyAsync}). Reissued from the
 * completion itself, that call ran on the leader's {@code StateMachineUpdater} thread, which then stopped
 * applying (and answering) the next committed entries until the new request was appended.
 *
 * <p>On a machine with fewer than 3 CPUs, run the JVM with
 * {@code -Djava.util.concurrent.ForkJoinPool.common.parallelism=2} (raft-compare does, for every
 * implementation): Ratis completes futures with {@code thenComposeAsync} and similar calls without an
 * executor, and with a common-pool parallelism below 2 the JDK runs each such task on a new thread
 * (benchmarks/raft-peers/README.md, "Ratis: why it was slow").
 */
final class RatisCluster implements Target {
  /** The state machine: each entry increments the counter; the reply carries the new value. */
  static final class CounterStateMachine extends BaseStateMachine {
    final AtomicLong counter = new AtomicLong();

    @Override
    public CompletableFuture<Message> applyTransaction(TransactionContext trx) {
      LogEntryProto entry = trx.getLogEntry();
      long v = counter.incrementAndGet();
      updateLastAppliedTermIndex(entry.getTerm(), entry.getIndex());
      return CompletableFuture.completedFuture(Message.valueOf(ByteString.copyFrom(longBytes(v))));
    }
  }

  private final List<RaftServer> servers = new ArrayList<>();
  private final List<CounterStateMachine> sms = new ArrayList<>();
  private final String mode;
  private final String profile;
  private RaftGroup group;
  private RaftServer leader;
  private RaftPeerId leaderId;
  private int leaderIdx;
  private RaftClient client;
  private final ClientId inprocClientId = ClientId.randomId();
  private final AtomicLong callId = new AtomicLong();
  /** Runs the completions (and so the closed loop's next submissions) off Ratis's threads. */
  private final ExecutorService issuer;

  private RatisCluster(String mode, String profile) {
    this.mode = mode;
    this.profile = profile;
    this.issuer = Executors.newSingleThreadExecutor(r -> {
      Thread th = new Thread(r, "ratis-bench-issuer");
      th.setDaemon(true);
      return th;
    });
  }

  /** Starts three servers under {@code dir}, waits for a leader and, in {@code rpc} mode, builds a client. */
  static RatisCluster start(Path dir, String mode, int outstanding) throws Exception {
    return start(dir, mode, outstanding, "throughput");
  }

  /** The same with the server settings of {@code profile} ({@link #tune}). */
  static RatisCluster start(Path dir, String mode, int outstanding, String profile)
      throws Exception {
    RatisCluster c = new RatisCluster(mode, profile);
    try {
      String report = System.getProperty("peers.ratisMetrics");
      if (report != null) {
        // Diagnostics: Ratis's own timers and gauges (log flush, queueing, appends), printed every
        // N s.
        MetricRegistries.global()
            .enableConsoleReporter(TimeDuration.valueOf(Long.parseLong(report), TimeUnit.SECONDS));
      }
      c.startServers(dir);
      c.awaitLeader(20_000);
      if (mode.equals("rpc")) {
        RaftProperties p = new RaftProperties();
        RaftConfigKeys.Rpc.setType(p, SupportedRpcType.GRPC);
        // The client's own window must not be what limits C.
        RaftClientConfigKeys.Async.setOutstandingRequestsMax(p, Math.max(100, outstanding));
        c.client = RaftClient.newBuilder()
            .setProperties(p)
            .setRaftGroup(c.group)
            .setLeaderId(c.leaderId)
            .build();
      }
      return c;
    } catch (Exception | Error e) {
      c.close();
      throw e;
    }
  }

  private void startServers(Path dir) throws IOException {
    int[] ports = SofaJRaftCluster.freePorts(3);
    List<RaftPeer> peers = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      peers.add(RaftPeer.newBuilder()
          .setId("n" + (i + 1))
          .setAddress("127.0.0.1:" + ports[i])
          .build());
    }
    group = RaftGroup.valueOf(RaftGroupId.randomId(), peers);
    for (int i = 0; i < 3; i++) {
      RaftProperties p = new RaftProperties();
      RaftConfigKeys.Rpc.setType(p, SupportedRpcType.GRPC);
      GrpcConfigKeys.Server.setHost(p, "127.0.0.1");
      GrpcConfigKeys.Server.setPort(p, ports[i]);
      File sd = Files.createDirectories(dir.resolve("n" + (i + 1))).toFile();
      RaftServerConfigKeys.setStorageDir(p, List.of(sd));
      // Durable log: synchronous flush (fdatasync) of each batch before it counts as persisted.
      RaftServerConfigKeys.Log.setUnsafeFlushEnabled(p, false);
      RaftServerConfigKeys.Log.setAsyncFlushEnabled(p, false);
      RaftServerConfigKeys.Log.setForceSyncNum(p, RaftServerConfigKeys.Log.FORCE_SYNC_NUM_DEFAULT);
      if (profile.equals("throughput")) {
        tune(p);
      }
      overrides(p);
      CounterStateMachine sm = new CounterStateMachine();
      RaftServer s = RaftServer.newBuilder()
          .setGroup(group)
          .setServerId(peers.get(i).getId())
          .setProperties(p)
          .setStateMachine(sm)
          .setOption(RaftStorage.StartupOption.FORMAT)
          .build();
      servers.add(s);
      sms.add(sm);
      s.start();
    }
  }

  /** The {@code throughput} profile's settings, as printed by {@link #describe}. */
  static final String THROUGHPUT_SETTINGS = "raft.server.log.appender.wait-time.min=10ms,"
      + " raft.server.log.appender.buffer.element-limit=0 (no limit),"
      + " raft.server.log.appender.buffer.byte-limit=4MB, raft.server.write.element-limit=4096,"
      + " raft.server.write.byte-limit=64MB, raft.server.log.segment.size.max=64MB,"
      + " raft.server.log.write.buffer.size=8MB, raft.grpc.flow.control.window=4MB";

  /**
   * Ratis's documented knobs for batching and pipelining (ratis-docs configurations.md), set so
   * that none caps a batch below what the load keeps in flight: AppendEntries are limited by bytes
   * only (4 MB, the default), the pending-write queue holds far more than C, segments are
   * larger than the default so that a run does not roll them every few seconds, the log's write
   * buffer (8 MB, the default) holds a whole AppendEntries, and the gRPC flow-control window is 4 MB
   * instead of 1 MB. fsync settings are untouched. The appender's {@code wait-time.min} (the wait
   * between two AppendEntries) is 10 ms instead of 1 ms: on this 2-core VM that was the fastest
   * setting (0 ms was 3.5x slower than 10 ms; benchmarks/raft-peers/README.md).
   */
  static void tune(RaftProperties p) {
    RaftServerConfigKeys.Log.Appender.setWaitTimeMin(
        p, TimeDuration.valueOf(10, TimeUnit.MILLISECONDS));
    RaftServerConfigKeys.Log.Appender.setBufferElementLimit(p, 0);
    RaftServerConfigKeys.Log.Appender.setBufferByteLimit(p, SizeInBytes.valueOf("4MB"));
    RaftServerConfigKeys.Write.setElementLimit(p, 4096);
    RaftServerConfigKeys.Write.setByteLimit(p, SizeInBytes.valueOf("64MB"));
    RaftServerConfigKeys.Log.setSegmentSizeMax(p, SizeInBytes.valueOf("64MB"));
    RaftServerConfigKeys.Log.setWriteBufferSize(p, SizeInBytes.valueOf("8MB"));
    GrpcConfigKeys.setFlowControlWindow(p, SizeInBytes.valueOf("4MB"));
  }

  /** Prefix of the system properties that override a server property, e.g. {@code -Dpeers.ratis.raft.x=y}. */
  static final String OVERRIDE_PREFIX = "peers.ratis.";

  /** Applies the {@link #OVERRIDE_PREFIX} system properties (for trying a setting without a rebuild). */
  static void overrides(RaftProperties p) {
    for (String k : System.getProperties().stringPropertyNames()) {
      if (k.startsWith(OVERRIDE_PREFIX)) {
        p.set(k.substring(OVERRIDE_PREFIX.length()), System.getProperty(k));
      }
    }
  }

  /** The {@link #OVERRIDE_PREFIX} system properties in force, for the run's description. */
  static String describeOverrides() {
    StringBuilder b = new StringBuilder();
    for (String k : new TreeSet<>(System.getProperties().stringPropertyNames())) {
      if (k.startsWith(OVERRIDE_PREFIX)) {
        b.append(b.length() == 0 ? "; overridden: " : ", ")
            .append(k.substring(OVERRIDE_PREFIX.length()))
            .append('=')
            .append(System.getProperty(k));
      }
    }
    return b.toString();
  }

  private void awaitLeader(long timeoutMs) throws Exception {
    long end = System.currentTimeMillis() + timeoutMs;
    while (System.currentTimeMillis() < end) {
      for (int i = 0; i < servers.size(); i++) {
        RaftServer.Division d = servers.get(i).getDivision(group.getGroupId());
        if (d.getInfo().isLeader() && d.getInfo().isLeaderReady()) {
          leader = servers.get(i);
          leaderId = d.getId();
          leaderIdx = i;
          return;
        }
      }
      Thread.sleep(20);
    }
    throw new IllegalStateException("ratis: no leader after " + timeoutMs + " ms");
  }

  @Override
  public void submit(byte[] payload, Consumer<Throwable> done) {
    CompletableFuture<RaftClientReply> f;
    Message m = Message.valueOf(ByteString.copyFrom(payload));
    if (client != null) {
      f = client.async().send(m);
    } else {
      RaftClientRequest req = RaftClientRequest.newBuilder()
          .setClientId(inprocClientId)
          .setServerId(leaderId)
          .setGroupId(group.getGroupId())
          .setCallId(callId.incrementAndGet())
          .setMessage(m)
          .setType(RaftClientRequest.writeRequestType())
          .build();
      try {
        f = leader.submitClientRequestAsync(req);
      } catch (IOException e) {
        done.accept(e);
        return;
      }
    }
    f.whenCompleteAsync(
        (reply, err) -> {
          if (err != null) {
            done.accept(err);
          } else if (!reply.isSuccess()) {
            done.accept(
                reply.getException() != null
                    ? reply.getException()
                    : new IllegalStateException("ratis: " + reply));
          } else {
            done.accept(null);
          }
        },
        issuer);
  }

  @Override
  public long applied() {
    return sms.get(leaderIdx).counter.get();
  }

  @Override
  public String describe() {
    return "3 servers, leader " + leaderId
        + ", gRPC, segmented log with synchronous flush (force.sync.num="
        + RaftServerConfigKeys.Log.FORCE_SYNC_NUM_DEFAULT + "), client "
        + (mode.equals("rpc")
            ? "RaftClient.async() over gRPC"
            : "RaftServer.submitClientRequestAsync on the leader")
        + ", completions on a harness thread"
        + ", ForkJoinPool common parallelism " + ForkJoinPool.getCommonPoolParallelism()
        + ", profile " + profile
        + (profile.equals("throughput") ? ": " + THROUGHPUT_SETTINGS : ": library defaults")
        + describeOverrides();
  }

  @Override
  public void close() throws Exception {
    issuer.shutdownNow();
    if (client != null) {
      client.close();
    }
    // In parallel: each server's close waits on its connections to the others.
    List<Thread> closers = new ArrayList<>();
    for (RaftServer s : servers) {
      Thread th = new Thread(
          () -> {
            try {
              s.close();
            } catch (IOException e) {
              // shutting down anyway
            }
          },
          "ratis-close");
      th.setDaemon(true);
      th.start();
      closers.add(th);
    }
    for (Thread th : closers) {
      th.join(10_000);
    }
  }

  static byte[] longBytes(long v) {
    byte[] b = new byte[8];
    for (int i = 7; i >= 0; i--) {
      b[i] = (byte) v;
      v >>>= 8;
    }
    return b;
  }
}
