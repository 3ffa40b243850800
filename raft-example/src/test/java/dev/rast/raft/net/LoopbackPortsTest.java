package dev.rast.raft.net;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The ports local clusters use lie below the ephemeral range (so an outgoing connection can never
 * take one between picking and binding: CI once failed with "Address already in use"), are not
 * handed out twice, and can be bound.
 */
class LoopbackPortsTest {
  @Test
  void portsAreBelowTheEphemeralRangeDistinctAndBindable() throws Exception {
    int ephemeralLow = 32_768;
    Path range = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    if (Files.isReadable(range)) {
      ephemeralLow = Integer.parseInt(Files.readAllLines(range).get(0).trim().split("\\s+")[0]);
    }
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      int port = LoopbackPorts.next();
      assertTrue(seen.add(port), "port " + port + " handed out twice");
      if (ephemeralLow > 20_100) {
        assertTrue(port >= 20_000 && port < ephemeralLow, port + " is not below " + ephemeralLow);
      }
    }
    int port = LoopbackPorts.next();
    try (ServerSocket s = new ServerSocket()) {
      s.setReuseAddress(true);
      s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
    }
  }

  @Test
  void aPortSomeoneListensOnIsSkipped() throws Exception {
    // Hold the next few candidates; none of them may be handed out while held.
    Set<Integer> held = new HashSet<>();
    int first = LoopbackPorts.next();
    ServerSocket[] sockets = new ServerSocket[3];
    try {
      for (int i = 0; i < sockets.length; i++) {
        sockets[i] = new ServerSocket(first + 1 + i, 1, InetAddress.getLoopbackAddress());
        held.add(first + 1 + i);
      }
      for (int i = 0; i < 10; i++) {
        int p = LoopbackPorts.next();
        assertTrue(!held.contains(p), "handed out port " + p + ", which is in use");
      }
    } finally {
      for (ServerSocket s : sockets) {
        if (s != null) {
          s.close();
        }
      }
    }
  }
}
