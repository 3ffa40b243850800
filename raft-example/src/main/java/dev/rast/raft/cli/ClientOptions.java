package dev.rast.raft.cli;

import java.net.InetSocketAddress;
import java.util.Map;
import picocli.CommandLine.Option;

/** The options every client command shares. */
final class ClientOptions {
  static final String DEFAULT_CLUSTER = "1=127.0.0.1:8001,2=127.0.0.1:8002,3=127.0.0.1:8003";

  @Option(
      names = "--cluster",
      defaultValue = DEFAULT_CLUSTER,
      converter = ClusterSpec.Converter.class,
      paramLabel = "ID=HOST:PORT,...",
      description =
          "The nodes' client addresses (default: those of `rast cluster`, 1=127.0.0.1:8001, 2=127.0.0.1:8002, "
              + "3=127.0.0.1:8003).")
  ClusterSpec cluster;

  @Option(
      names = "--timeout-ms",
      defaultValue = "5000",
      paramLabel = "MS",
      description = "Give up after this long. Default: ${DEFAULT-VALUE}.")
  long timeoutMs;

  Map<Integer, InetSocketAddress> nodes() {
    return cluster.nodes();
  }
}
