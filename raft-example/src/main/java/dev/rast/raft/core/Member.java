package dev.rast.raft.core;

/**
 * Where one member of the cluster is reached: its host, the port of Raft messages between nodes
 * and the port of the client protocol. Carried in every configuration ({@link Membership}), so that
 * every node and every client learns a new member's addresses from the log. Plain data: the core
 * never dials anything.
 *
 * @param id the member's node id (> 0)
 * @param host a host name or address literal
 * @param peerPort the peer port (1..65535)
 * @param clientPort the client port (1..65535; 0: not known)
 */
public record Member(int id, String host, int peerPort, int clientPort) {
  public Member {
    if (id <= 0) {
      throw new IllegalArgumentException("node ids are > 0, not " + id);
    }
    if (host == null || host.isEmpty()) {
      throw new IllegalArgumentException("node " + id + ": no host");
    }
    if (peerPort <= 0 || peerPort > 65535) {
      throw new IllegalArgumentException(
          "node " + id + ": peer port " + peerPort + " is not in 1..65535");
    }
    if (clientPort < 0 || clientPort > 65535) {
      throw new IllegalArgumentException(
          "node " + id + ": client port " + clientPort + " is not in 1..65535");
    }
  }

  /**
   * Parses {@code ID=HOST:PEERPORT:CLIENTPORT} (the client port may be left out: {@code
   * ID=HOST:PEERPORT}).
   *
   * @throws IllegalArgumentException naming what is wrong
   */
  public static Member parse(String spec) {
    String s = spec.trim();
    int eq = s.indexOf('=');
    String[] parts = eq <= 0 ? new String[0] : s.substring(eq + 1).split(":", -1);
    if (parts.length < 2 || parts.length > 3 || parts[0].isEmpty()) {
      throw new IllegalArgumentException("'" + spec + "' is not ID=HOST:PEERPORT:CLIENTPORT");
    }
    try {
      return new Member(
          Integer.parseInt(s.substring(0, eq)),
          parts[0],
          Integer.parseInt(parts[1]),
          parts.length == 3 ? Integer.parseInt(parts[2]) : 0);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("'" + spec + "' is not ID=HOST:PEERPORT:CLIENTPORT");
    }
  }

  /** {@code 4=127.0.0.1:7004:8004} (the form {@link #parse} reads). */
  @Override
  public String toString() {
    return id + "=" + host + ":" + peerPort + (clientPort == 0 ? "" : ":" + clientPort);
  }
}
