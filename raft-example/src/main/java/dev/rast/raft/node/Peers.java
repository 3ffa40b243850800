package dev.rast.raft.node;

import java.net.InetSocketAddress;
import java.util.Map;
import java.util.TreeMap;

/** Parsing of {@code id=host:port,...} lists. */
public final class Peers {
  private Peers() {}

  /**
   * Parses {@code 1=127.0.0.1:7001,2=127.0.0.1:7002}; ids must be positive and distinct.
   *
   * @throws IllegalArgumentException naming the bad element
   */
  public static Map<Integer, InetSocketAddress> parse(String spec) {
    Map<Integer, InetSocketAddress> out = new TreeMap<>();
    for (String part : spec.split(",")) {
      String p = part.trim();
      if (p.isEmpty()) {
        continue;
      }
      int eq = p.indexOf('=');
      int colon = p.lastIndexOf(':');
      if (eq <= 0 || colon < eq) {
        throw new IllegalArgumentException("'" + p + "' is not id=host:port");
      }
      int id;
      int port;
      try {
        id = Integer.parseInt(p.substring(0, eq));
        port = Integer.parseInt(p.substring(colon + 1));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("'" + p + "' is not id=host:port");
      }
      if (id <= 0) {
        throw new IllegalArgumentException("node ids must be > 0: '" + p + "'");
      }
      if (port <= 0 || port > 65535) {
        throw new IllegalArgumentException("bad port in '" + p + "'");
      }
      if (out.put(id, new InetSocketAddress(p.substring(eq + 1, colon), port)) != null) {
        throw new IllegalArgumentException("node id " + id + " appears twice");
      }
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("no nodes in '" + spec + "'");
    }
    return out;
  }

  /** Formats a map back to {@code id=host:port,...}. */
  public static String format(Map<Integer, InetSocketAddress> peers) {
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<Integer, InetSocketAddress> e : peers.entrySet()) {
      if (sb.length() > 0) {
        sb.append(',');
      }
      sb.append(e.getKey())
          .append('=')
          .append(e.getValue().getHostString())
          .append(':')
          .append(e.getValue().getPort());
    }
    return sb.toString();
  }
}
