package dev.rast.raft.cli;

import dev.rast.raft.net.TlsConfig;
import java.net.InetSocketAddress;
import java.util.Map;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options every client command shares. */
final class ClientOptions {
  static final String DEFAULT_CLUSTER = "1=127.0.0.1:8001,2=127.0.0.1:8002,3=127.0.0.1:8003";

  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

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

  @Mixin
  TlsOptions tls = new TlsOptions();

  Map<Integer, InetSocketAddress> nodes() {
    return cluster.nodes();
  }

  /**
   * TLS to the nodes' client ports (null: plaintext); a usage error (exit 2) names a bad flag or
   * file.
   */
  TlsConfig tls() {
    try {
      return tls.clientConfig();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(command.commandLine(), e.getMessage());
    }
  }
}
