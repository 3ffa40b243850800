package dev.rast.peers;

import com.alipay.sofa.jraft.Closure;
import com.alipay.sofa.jraft.Iterator;
import com.alipay.sofa.jraft.Node;
import com.alipay.sofa.jraft.RaftGroupService;
import com.alipay.sofa.jraft.Status;
import com.alipay.sofa.jraft.conf.Configuration;
import com.alipay.sofa.jraft.core.StateMachineAdapter;
import com.alipay.sofa.jraft.entity.PeerId;
import com.alipay.sofa.jraft.entity.Task;
import com.alipay.sofa.jraft.option.CliOptions;
import com.alipay.sofa.jraft.option.NodeOptions;
import com.alipay.sofa.jraft.option.RaftOptions;
import com.alipay.sofa.jraft.rpc.InvokeCallback;
import com.alipay.sofa.jraft.rpc.RaftRpcServerFactory;
import com.alipay.sofa.jraft.rpc.RpcContext;
import com.alipay.sofa.jraft.rpc.RpcProcessor;
import com.alipay.sofa.jraft.rpc.RpcServer;
import com.alipay.sofa.jraft.rpc.impl.cli.CliClientServiceImpl;
import com.alipay.sofa.jraft.util.Endpoint;
import java.io.IOException;
import java.io.Serializable;
import java.net.ServerSocket;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Three SOFAJRaft nodes in this JVM, each with its own bolt RPC server on loopback, a counter state machine and
 * the default RocksDB log storage with {@code RaftOptions.sync = true} (every appended batch is written with
 * a synced RocksDB write, i.e. the WAL is fdatasync'ed before the append is acknowledged).
 *
 * <p>Mode {@code rpc}: one {@link CliClientServiceImpl} sends {@link IncrementRequest}s with
 * {@code RpcClient.invokeAsync} to a processor registered on the leader's RPC server, which applies them with
 * {@code Node.apply} and answers from the closure (the shape of SOFAJRaft's counter example; the messages are
 * plain serializable classes carried by bolt's default Hessian2 serializer, as RheaKV does, rather than
 * protobuf classes that would need protoc 3.5). Mode {@code inproc}: {@code Node.apply(Task)} on the leader
 * with a {@link Closure} that completes the request.
 */
final class SofaJRaftCluster implements Target {
  static final String GROUP = "peer-bench";

  /** Request of the {@code rpc} mode: one increment, {@code payload} is the command. */
  public static final class IncrementRequest implements Serializable {
    private static final long serialVersionUID = 1L;
    /** The command bytes (opaque to the state machine). */
    public byte[] payload;

    /** For the serializer. */
    public IncrementRequest() {}
  }

  /** Response of the {@code rpc} mode. */
  public static final class IncrementResponse implements Serializable {
    private static final long serialVersionUID = 1L;
    /** Whether the command was committed and applied. */
    public boolean ok;
    /** The counter after this command, when {@code ok}. */
    public long value;
    /** Why not, when not {@code ok}. */
    public String error;

    /** For the serializer. */
    public IncrementResponse() {}
  }

  /** The state machine: each entry increments the counter; the command's closure gets the new value. */
  static final class CounterFsm extends StateMachineAdapter {
    final AtomicLong counter = new AtomicLong();

    @Override
    public void onApply(Iterator it) {
      while (it.hasNext()) {
        long v = counter.incrementAndGet();
        Closure done = it.done();
        if (done instanceof IncrementClosure ic) {
          ic.value = v;
        }
        if (done != null) {
          done.run(Status.OK());
        }
        it.next();
      }
    }
  }

  /** Closure of one applied command that remembers the counter value for the reply. */
  abstract static class IncrementClosure implements Closure {
    long value;
  }

  /** Server side of the {@code rpc} mode: applies the request on this node (which must be the leader). */
  static final class IncrementProcessor implements RpcProcessor<IncrementRequest> {
    private final Node[] node;

    IncrementProcessor(Node[] node) {
      this.node = node;
    }

    @Override
    public void handleRequest(RpcContext ctx, IncrementRequest req) {
      Node n = node[0];
      if (n == null || !n.isLeader()) {
        IncrementResponse r = new IncrementResponse();
        r.error = "not leader";
        ctx.sendResponse(r);
        return;
      }
      n.apply(new Task(ByteBuffer.wrap(req.payload), new IncrementClosure() {
        @Override
        public void run(Status status) {
          IncrementResponse r = new IncrementResponse();
          r.ok = status.isOk();
          r.value = value;
          if (!status.isOk()) {
            r.error = status.toString();
          }
          ctx.sendResponse(r);
        }
      }));
    }

    @Override
    public String interest() {
      return IncrementRequest.class.getName();
    }
  }

  private final List<RaftGroupService> services = new ArrayList<>();
  private final List<Node> nodes = new ArrayList<>();
  private final List<CounterFsm> fsms = new ArrayList<>();
  private final String mode;
  private Node leader;
  private int leaderIdx;
  private CliClientServiceImpl cli;
  private Endpoint leaderEndpoint;

  private final String profile;

  private SofaJRaftCluster(String mode, String profile) {
    this.mode = mode;
    this.profile = profile;
  }

  /**
   * The Raft options of a run. {@code defaults}: the library's, with {@code sync} stated. {@code
   * throughput} (the comparison's default): what RaftOptions documents as its batching and
   * pipelining knobs, set so that no knob caps a batch below the load's outstanding commands —
   * {@code applyBatch} (tasks appended to the log per batch, default 32) raised to 256, RocksDB
   * statistics ({@code openStatistics}, on by default, "to analyze the performance of db") off, and
   * the replicator pipeline ({@code replicatorPipeline}, 256 in-flight AppendEntries), {@code
   * disruptorBufferSize} (16384), {@code maxEntriesSize} (1024 per AppendEntries), {@code
   * maxBodySize} (512 KiB) and {@code maxAppendBufferSize} (256 KiB) stated at their defaults, which
   * already exceed what 256 in-flight 128-byte commands need. fsync stays on in both.
   */
  static RaftOptions raftOptions(String profile) {
    RaftOptions raft = new RaftOptions();
    raft.setSync(true); // every log append is a synced RocksDB write
    if (profile.equals("throughput")) {
      raft.setApplyBatch(256);
      raft.setOpenStatistics(false);
      raft.setReplicatorPipeline(true);
      raft.setMaxReplicatorInflightMsgs(256);
      raft.setDisruptorBufferSize(16384);
      raft.setMaxEntriesSize(1024);
      raft.setMaxBodySize(512 * 1024);
      raft.setMaxAppendBufferSize(256 * 1024);
    }
    return raft;
  }

  /** Starts three nodes under {@code dir}, waits for a leader and, in {@code rpc} mode, connects a client. */
  static SofaJRaftCluster start(Path dir, String mode, int outstanding) throws Exception {
    return start(dir, mode, outstanding, "throughput");
  }

  /** The same with the Raft options of {@code profile} ({@link #raftOptions}). */
  static SofaJRaftCluster start(Path dir, String mode, int outstanding, String profile)
      throws Exception {
    SofaJRaftCluster c = new SofaJRaftCluster(mode, profile);
    try {
      c.startNodes(dir);
      c.awaitLeader(20_000);
      if (mode.equals("rpc")) {
        c.connectClient();
      }
      return c;
    } catch (Exception | Error e) {
      c.close();
      throw e;
    }
  }

  private void startNodes(Path dir) throws IOException {
    int[] ports = freePorts(3);
    List<PeerId> peers = new ArrayList<>();
    for (int port : ports) {
      peers.add(new PeerId("127.0.0.1", port));
    }
    Configuration conf = new Configuration(peers);
    for (int i = 0; i < 3; i++) {
      Path nd = Files.createDirectories(dir.resolve("n" + (i + 1)));
      NodeOptions opts = new NodeOptions();
      opts.setRaftOptions(raftOptions(profile));
      opts.setElectionTimeoutMs(1000);
      opts.setInitialConf(new Configuration(conf));
      opts.setLogUri(nd.resolve("log").toString());
      opts.setRaftMetaUri(nd.resolve("meta").toString());
      // No snapshot URI: no snapshots, as in the other runs.
      CounterFsm fsm = new CounterFsm();
      opts.setFsm(fsm);
      Node[] self = new Node[1];
      RpcServer rpc = RaftRpcServerFactory.createRaftRpcServer(peers.get(i).getEndpoint());
      rpc.registerProcessor(new IncrementProcessor(self));
      RaftGroupService svc = new RaftGroupService(GROUP, peers.get(i), opts, rpc);
      services.add(svc);
      Node node = svc.start();
      self[0] = node;
      nodes.add(node);
      fsms.add(fsm);
    }
  }

  private void awaitLeader(long timeoutMs) throws InterruptedException {
    long end = System.currentTimeMillis() + timeoutMs;
    while (System.currentTimeMillis() < end) {
      for (int i = 0; i < nodes.size(); i++) {
        if (nodes.get(i).isLeader()) {
          leader = nodes.get(i);
          leaderIdx = i;
          return;
        }
      }
      Thread.sleep(20);
    }
    throw new IllegalStateException("sofajraft: no leader after " + timeoutMs + " ms");
  }

  private void connectClient() {
    cli = new CliClientServiceImpl();
    cli.init(new CliOptions());
    leaderEndpoint = leader.getNodeId().getPeerId().getEndpoint();
    if (!cli.connect(leaderEndpoint)) {
      throw new IllegalStateException("sofajraft: cannot connect to " + leaderEndpoint);
    }
  }

  @Override
  public void submit(byte[] payload, Consumer<Throwable> done) {
    if (cli == null) {
      leader.apply(new Task(ByteBuffer.wrap(payload), new IncrementClosure() {
        @Override
        public void run(Status status) {
          done.accept(status.isOk() ? null : new IllegalStateException(status.toString()));
        }
      }));
      return;
    }
    IncrementRequest req = new IncrementRequest();
    req.payload = payload;
    try {
      cli.getRpcClient()
          .invokeAsync(
              leaderEndpoint,
              req,
              new InvokeCallback() {
                @Override
                public void complete(Object result, Throwable err) {
                  if (err != null) {
                    done.accept(err);
                  } else if (result instanceof IncrementResponse r && r.ok) {
                    done.accept(null);
                  } else {
                    done.accept(new IllegalStateException("sofajraft: " + result));
                  }
                }

                @Override
                public Executor executor() {
                  return null;
                }
              },
              5000);
    } catch (Exception e) {
      done.accept(e);
    }
  }

  @Override
  public long applied() {
    return fsms.get(leaderIdx).counter.get();
  }

  @Override
  public String describe() {
    return "3 nodes, leader " + leader.getNodeId().getPeerId() + ", RocksDB log, client "
        + (mode.equals("rpc")
            ? "CliClientServiceImpl invokeAsync (bolt)"
            : "Node.apply(Task) on the leader")
        + ", profile " + profile + ": " + leader.getRaftOptions();
  }

  @Override
  public void close() throws Exception {
    if (cli != null) {
      cli.shutdown();
    }
    for (RaftGroupService s : services) {
      s.shutdown();
    }
    for (RaftGroupService s : services) {
      s.join();
    }
  }

  static int[] freePorts(int n) throws IOException {
    ServerSocket[] ss = new ServerSocket[n];
    int[] ports = new int[n];
    try {
      for (int i = 0; i < n; i++) {
        ss[i] = new ServerSocket(0);
        ports[i] = ss[i].getLocalPort();
      }
    } finally {
      for (ServerSocket s : ss) {
        if (s != null) {
          s.close();
        }
      }
    }
    return ports;
  }
}
