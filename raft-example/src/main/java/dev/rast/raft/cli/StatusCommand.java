package dev.rast.raft.cli;

import dev.rast.raft.kv.KvClient;
import dev.rast.raft.net.TlsConfig;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code rast status}: every node's role, term, commit/applied index, log fsyncs and records
 * written since it started (two samples give fsyncs/s and entries per fsync), its log's snapshot
 * index, first and last index, bytes on disk and record bytes held in memory, how often {@code
 * rast cluster} restarted it, and per-peer queue bytes.
 */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    header = "Show each node's role, leader, term and counters.",
    description =
        "One row per node: role, the leader it knows (- when none), term, commit and applied index, log fsyncs and "
            + "records written since the process started, snapshot index, first and last log index, log bytes on disk, record "
            + "bytes in memory, how often `rast cluster` restarted it, and the bytes queued per peer. Exits 3 when no node answers.")
final class StatusCommand implements Callable<Integer> {
  private static final String FORMAT =
      "%-5s %-22s %-13s %-7s %-6s %-10s %-10s %-9s %-10s %-9s %-10s %-10s %-12s %-10s %-8s %s%n";

  @Mixin
  ClientOptions o;

  @Option(names = "--json", description = "Print one JSON object per node (a JSON array).")
  boolean json;

  /**
   * The nodes to ask: the members the leader reports (so that nodes added since the {@code
   * --cluster} list was written show, and removed ones do not), else the {@code --cluster} list.
   */
  private Map<Integer, InetSocketAddress> nodes(TlsConfig tls) {
    try (KvClient c = new KvClient(o.nodes(), Math.min(o.timeoutMs, 2000), 500, tls)) {
      c.members();
      return c.knownNodes();
    } catch (Exception e) {
      return o.nodes(); // no leader: show what --cluster names
    }
  }

  @Override
  public Integer call() {
    TlsConfig tls = o.tls();
    Map<Integer, InetSocketAddress> nodes = nodes(tls);
    StringBuilder arr = new StringBuilder("[");
    int up = 0;
    if (!json) {
      System.out.print(header());
    }
    for (Map.Entry<Integer, InetSocketAddress> e : nodes.entrySet()) {
      String s;
      try {
        s = KvClient.status(e.getValue(), (int) Math.min(o.timeoutMs, 2000), tls);
        up++;
      } catch (IOException ex) {
        s = null;
        if (ex instanceof javax.net.ssl.SSLException) {
          System.err.println("rast status: node " + e.getKey() + ": TLS: " + ex.getMessage());
        }
      }
      if (json) {
        arr.append(arr.length() > 1 ? "," : "")
            .append(s == null ? "{\"id\":" + e.getKey() + ",\"down\":true}" : s);
      } else {
        System.out.print(row(e.getKey(), e.getValue(), s));
      }
    }
    if (json) {
      System.out.println(arr.append(']'));
    }
    return up > 0 ? 0 : 3;
  }

  static String header() {
    return String.format(
        FORMAT,
        "node",
        "address",
        "role",
        "leader",
        "term",
        "commit",
        "applied",
        "fsyncs",
        "records",
        "snapshot",
        "first",
        "last",
        "disk bytes",
        "mem bytes",
        "restarts",
        "peer queue bytes");
  }

  /** One table row from a node's status JSON ({@code null}: the node did not answer). */
  static String row(int id, InetSocketAddress address, String status) {
    String addr = address.getHostString() + ":" + address.getPort();
    if (status == null) {
      return String.format("%-5d %-22s %s%n", id, addr, "DOWN");
    }
    String leader = field(status, "leader");
    return String.format(
        FORMAT,
        id,
        addr,
        field(status, "role"),
        leader.equals("0") ? "-" : leader,
        field(status, "term"),
        field(status, "commit"),
        field(status, "applied"),
        field(status, "fsyncs"),
        field(status, "recordsWritten"),
        field(status, "snapshotIndex"),
        field(status, "firstIndex"),
        field(status, "lastIndex"),
        field(status, "diskBytes"),
        field(status, "memBytes"),
        field(status, "restarts"),
        queues(status));
  }

  private static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":\"?([^,\"}]+)").matcher(json);
    return m.find() ? m.group(1) : "-";
  }

  private static String queues(String json) {
    Matcher m = Pattern.compile("\"(\\d+)\":\\{\"connected\":(\\w+),\"queueBytes\":(\\d+)")
        .matcher(json);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      sb.append(sb.length() > 0 ? " " : "")
          .append(m.group(1))
          .append('=')
          .append(m.group(3))
          .append(m.group(2).equals("true") ? "" : "(down)");
    }
    return sb.toString();
  }
}
