package dev.rast.raft.cli;

import dev.rast.raft.kv.KvClient;
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
 * index, first and last index, bytes on disk and record bytes held in memory, and per-peer queue
 * bytes.
 */
@Command(name = "status", mixinStandardHelpOptions = true,
    description = {"Show each node's leader, term, commit and applied index, log fsyncs and records written since start,",
        "snapshot index, first and last log index, log bytes on disk, record bytes in memory, per-peer queue bytes."})
final class StatusCommand implements Callable<Integer> {
  @Mixin ClientOptions o;

  @Option(names = "--json", description = "Print one JSON object per node (a JSON array).")
  boolean json;

  @Override
  public Integer call() {
    Map<Integer, InetSocketAddress> nodes = o.nodes();
    StringBuilder arr = new StringBuilder("[");
    int up = 0;
    if (!json) {
      System.out.printf("%-5s %-22s %-10s %-7s %-6s %-10s %-10s %-9s %-10s %-9s %-10s %-10s %-12s %-10s %s%n", "node", "address",
          "role", "leader", "term", "commit", "applied", "fsyncs", "records", "snapshot", "first", "last", "disk bytes", "mem bytes",
          "peer queue bytes");
    }
    for (Map.Entry<Integer, InetSocketAddress> e : nodes.entrySet()) {
      String s;
      try {
        s = KvClient.status(e.getValue(), (int) Math.min(o.timeoutMs, 2000));
        up++;
      } catch (IOException ex) {
        s = null;
      }
      if (json) {
        arr.append(arr.length() > 1 ? "," : "").append(s == null ? "{\"id\":" + e.getKey() + ",\"down\":true}" : s);
      } else if (s == null) {
        System.out.printf("%-5d %-22s %s%n", e.getKey(), e.getValue().getHostString() + ":" + e.getValue().getPort(), "DOWN");
      } else {
        System.out.printf("%-5d %-22s %-10s %-7s %-6s %-10s %-10s %-9s %-10s %-9s %-10s %-10s %-12s %-10s %s%n", e.getKey(),
            e.getValue().getHostString() + ":" + e.getValue().getPort(), field(s, "role"), field(s, "leader"),
            field(s, "term"), field(s, "commit"), field(s, "applied"), field(s, "fsyncs"), field(s, "recordsWritten"),
            field(s, "snapshotIndex"), field(s, "firstIndex"), field(s, "lastIndex"), field(s, "diskBytes"), field(s, "memBytes"),
            queues(s));
      }
    }
    if (json) {
      System.out.println(arr.append(']'));
    }
    return up > 0 ? 0 : 3;
  }

  private static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + name + "\":\"?([^,\"}]+)").matcher(json);
    return m.find() ? m.group(1) : "?";
  }

  private static String queues(String json) {
    Matcher m = Pattern.compile("\"(\\d+)\":\\{\"connected\":(\\w+),\"queueBytes\":(\\d+)").matcher(json);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      sb.append(sb.length() > 0 ? " " : "").append(m.group(1)).append('=').append(m.group(3))
          .append(m.group(2).equals("true") ? "" : "(down)");
    }
    return sb.toString();
  }
}
