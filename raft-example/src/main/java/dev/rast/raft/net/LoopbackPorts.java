package dev.rast.raft.net;

import java.io.BufferedReader;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Free loopback ports for local clusters (tests, {@code rast demo}, {@code rast bench}), picked
 * below the kernel's ephemeral range.
 *
 * <p>Why not {@code new ServerSocket(0)}: that port comes from the ephemeral range, which is also
 * where the kernel picks the local port of every outgoing connection. A cluster picks all its
 * ports first and binds them later, so in between one node's connection to a peer (or any other
 * process's) can take a port another node is about to bind, and that node then fails with
 * "Address already in use". Ports below the ephemeral range are never handed to outgoing
 * connections, so only another listener can take them; each JVM starts at a random point of the
 * range and walks it, checking each port by binding it, which makes that rare too.
 */
public final class LoopbackPorts {
  /** The lowest port handed out: above the registered ports most local services use. */
  private static final int LOW = 20_000;
  /** Used when the ephemeral range cannot be read (Linux's default lower bound). */
  private static final int DEFAULT_EPHEMERAL_LOW = 32_768;

  private static final int HIGH = ephemeralLow();
  private static final AtomicInteger NEXT =
      new AtomicInteger(ThreadLocalRandom.current().nextInt(Math.max(1, HIGH - LOW)));

  private LoopbackPorts() {}

  /** One port on 127.0.0.1 that nothing listened on when it was checked. */
  public static int next() throws IOException {
    int span = HIGH - LOW;
    if (span < 100) { // an unusual ephemeral range: fall back to the kernel's choice
      return kernelPick();
    }
    for (int tries = 0; tries < span; tries++) {
      int port = LOW + Math.floorMod(NEXT.getAndIncrement(), span);
      if (bindable(port)) {
        return port;
      }
    }
    throw new IOException("no free loopback port in " + LOW + ".." + (HIGH - 1));
  }

  /** {@link #next()} as an address on 127.0.0.1. */
  public static InetSocketAddress nextAddress() throws IOException {
    return new InetSocketAddress("127.0.0.1", next());
  }

  private static boolean bindable(int port) {
    try (ServerSocket s = new ServerSocket()) {
      s.setReuseAddress(
          true); // as the nodes' own listeners do: TIME_WAIT leftovers are no obstacle
      s.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static int kernelPick() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  /** The lower bound of Linux's ephemeral port range, or its default where it cannot be read. */
  private static int ephemeralLow() {
    // Read line by line: procfs reports a size of 0, and Files.readString then returns only the
    // first byte on some kernels.
    Path range = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    try (BufferedReader r = Files.newBufferedReader(range)) {
      String line = r.readLine();
      return Integer.parseInt(line.trim().split("\\s+")[0]);
    } catch (IOException | RuntimeException e) {
      return DEFAULT_EPHEMERAL_LOW;
    }
  }
}
