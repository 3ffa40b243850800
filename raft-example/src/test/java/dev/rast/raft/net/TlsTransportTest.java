package dev.rast.raft.net;

import static dev.rast.raft.net.LoopbackPorts.next;
import static dev.rast.raft.net.PeerAuthTest.run;
import static dev.rast.raft.net.TransportTest.CLUSTER;
import static dev.rast.raft.net.TransportTest.loop;
import static dev.rast.raft.net.TransportTest.spin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.channels.Selector;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 11 item 6, TLS between peers: two real transports over loopback with mutual TLS
 * ({@link TlsChannel} on the NIO event loop), and refusals of a peer whose certificate comes from
 * another CA, of a peer without a certificate and of a peer without TLS.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class TlsTransportTest {
  private static TestCerts certs;
  private final ExecutorService pool = Executors.newCachedThreadPool();
  private final int[] delivered = new int[3];
  private final long[] deliveredBytes = new long[3];
  private final List<Selector> selectors = new ArrayList<>();
  private final List<String> corrupt = new ArrayList<>();

  @BeforeAll
  static void makeCertificates() throws Exception {
    certs = TestCerts.get();
  }

  @AfterEach
  void stop() throws IOException {
    pool.shutdownNow();
    for (Selector s : selectors) {
      s.close();
    }
  }

  private Transport transport(int id, Map<Integer, InetSocketAddress> peers, String cert)
      throws IOException {
    Selector sel = Selector.open();
    selectors.add(sel);
    Transport t = new Transport(
        id,
        CLUSTER,
        peers.get(id),
        peers,
        NetLimits.DEFAULT,
        new InboundBudget(64 << 20),
        ClusterSecret.NONE,
        cert == null ? null : certs.config(cert, TlsConfig.ClientAuth.NEED),
        (from, buf, start, end) -> {
          delivered[id]++;
          deliveredBytes[id] += end - start;
          // Big frames carry (i + index) & 0xFF at every byte: check a sample.
          if (end - start > 1000) {
            int base = buf.get(start) & 0xFF;
            for (int i = start; i < end; i += 997) {
              if ((buf.get(i) & 0xFF) != ((base + i - start) & 0xFF)) {
                corrupt.add("frame " + delivered[id] + " byte " + (i - start));
                break;
              }
            }
          }
          return false;
        },
        sel);
    t.start();
    return t;
  }

  private static Map<Integer, InetSocketAddress> twoNodes() throws IOException {
    return Map.of(1, loop(next()), 2, loop(next()));
  }

  /** Runs {@code body} with System.err captured; returns what was printed. */
  private static String capturingErr(IoBody body) throws Exception {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream saved = System.err;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      body.run();
    } finally {
      System.setErr(saved);
    }
    String log = err.toString(StandardCharsets.UTF_8);
    saved.print(log);
    return log;
  }

  private interface IoBody {
    void run() throws Exception;
  }

  @Test
  void peersWithCertificatesOfTheClusterCaConnectAndDeliverLargeFramesIntact() throws Exception {
    Map<Integer, InetSocketAddress> peers = twoNodes();
    try (Transport t1 = transport(1, peers, "node1");
        Transport t2 = transport(2, peers, "node2")) {
      run(t1, t2, () -> t1.connected(2) && t2.connected(1) && delivered[1] > 0 && delivered[2] > 0);
      assertTrue(t1.connected(2) && t2.connected(1), "mutual TLS handshake completed");
      assertTrue(t1.tls() && t2.tls());
      // 40 frames of 300 KB: more than the socket takes at once, so writes are partial and
      // several records wait in the receiver's buffers.
      int frames = 40;
      int size = 300_000;
      ByteBuffer big = ByteBuffer.allocate(size);
      int before = delivered[2];
      int[] sent = {0};
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (delivered[2] - before < frames && System.nanoTime() < end) {
        if (sent[0] < frames && t1.queuedBytes(2) < (2 << 20)) {
          for (int i = 0; i < size; i++) {
            big.put(i, (byte) (sent[0] + i));
          }
          assertTrue(t1.send(2, big, 0, size));
          sent[0]++;
        }
        t1.flush();
        t2.poll(System.nanoTime());
        t1.poll(System.nanoTime());
        EventLoops.selectOnce(t1.selector(), 1);
        EventLoops.selectOnce(t2.selector(), 1);
      }
      assertEquals(frames, delivered[2] - before, "every large frame arrived");
      assertEquals(List.of(), corrupt, "and intact");
      assertEquals(0, t1.drops(2));
    }
  }

  @Test
  void aPeerWithACertificateOfAnotherCaIsRefusedLoggedRateLimitedAndNeverJoins() throws Exception {
    Map<Integer, InetSocketAddress> peers = twoNodes();
    String log = capturingErr(() -> {
      try (Transport t1 = transport(1, peers, "node1");
          Transport t2 = transport(2, peers, "rogue")) {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        run(t1, t2, () -> System.nanoTime() > end);
        assertFalse(t1.connected(2) || t2.connected(1));
        assertEquals(Handshake.TLS_FAILED, t1.rejectCode(2), "node 1 refused node 2's certificate");
        assertTrue(t1.refusals() >= 1, "node 1's peer port refused the rogue's connections");
        assertEquals(0, delivered[1] + delivered[2], "no message may cross");
      }
    });
    long lines = log.lines().filter(l -> l.contains("TLS handshake failed")).count();
    assertTrue(lines >= 1, "the refusal is logged:\n" + log);
    assertTrue(lines <= 6, "rate-limited:\n" + log);
  }

  @Test
  void aCertificateOfTheClusterCaNamingAnotherHostIsRefusedBothWays() throws Exception {
    java.security.cert.X509Certificate node1 = Pem.certificates(
            certs.certPem("node1"), Files.readAllBytes(certs.certPem("node1")))
        .get(0);
    assertTrue(PeerIdentity.names(node1, "127.0.0.1") && PeerIdentity.names(node1, "LOCALHOST"));
    assertFalse(PeerIdentity.names(node1, "10.0.0.1") || PeerIdentity.names(node1, "elsewhere"));
    Map<Integer, InetSocketAddress> peers = twoNodes();
    String log = capturingErr(() -> {
      try (Transport t1 = transport(1, peers, "node1");
          Transport t2 = transport(2, peers, "elsewhere")) {
        run(t1, t2, () -> t1.rejectCode(2) >= 0 && t2.rejectCode(1) >= 0);
        // Node 2's certificate is the cluster CA's, but names elsewhere.example, not the
        // 127.0.0.1 that --peers gives for node 2: node 1 refuses it as acceptor and as dialer.
        assertEquals(Handshake.WRONG_CERTIFICATE, t2.rejectCode(1));
        assertEquals(Handshake.TLS_FAILED, t1.rejectCode(2));
        assertEquals(0, delivered[1] + delivered[2], "no message may cross");
      }
    });
    assertTrue(
        log.contains("rejected: the TLS certificate does not name the host --peers gives for the"
            + " node id in the hello (a certificate of another node?): it is CN=elsewhere, names"
            + " [DNS:elsewhere.example], --peers gives host 127.0.0.1"),
        log);
  }

  @Test
  void aPeerWithoutACertificateIsRefused() throws Exception {
    Map<Integer, InetSocketAddress> peers = twoNodes();
    String log = capturingErr(() -> {
      try (Transport t1 = transport(1, peers, "node1")) {
        CompletableFuture<String> dialer = CompletableFuture.supplyAsync(
            () -> {
              // Trusts the cluster CA, presents no certificate, then sends a valid hello.
              try (SSLSocket s = (SSLSocket) certs.anonymous().socketFactory().createSocket()) {
                s.connect(peers.get(1), 5_000);
                s.setSoTimeout(5_000);
                s.setSSLParameters(certs.anonymous().dialerParameters());
                s.startHandshake();
                s.getOutputStream().write(PeerDialer.hello(CLUSTER, 2, 1));
                s.getOutputStream().flush();
                int b = s.getInputStream().read();
                return "read " + b;
              } catch (IOException e) {
                return "refused: " + e;
              }
            },
            pool);
        spin(dialer::isDone, () -> t1.poll(System.nanoTime()), t1.selector());
        assertTrue(dialer.get().startsWith("refused"), dialer.get());
        assertEquals(0, t1.inboundConnections());
        assertEquals(0, delivered[1]);
      }
    });
    assertTrue(log.contains("TLS handshake failed"), log);
  }

  @Test
  void aPlaintextPeerGetsACleanCloseFromATlsPeerPort() throws Exception {
    Map<Integer, InetSocketAddress> peers = twoNodes();
    try (Transport t1 = transport(1, peers, "node1")) {
      CompletableFuture<Integer> dialer = CompletableFuture.supplyAsync(
          () -> {
            try (Socket s = new Socket()) {
              s.connect(peers.get(1), 5_000);
              s.setSoTimeout(5_000);
              s.getOutputStream().write(PeerDialer.hello(CLUSTER, 2, 1));
              InputStream in = s.getInputStream();
              int n = 0;
              while (in.read() >= 0) {
                n++; // the alert, if any
              }
              return n;
            } catch (IOException e) {
              return e.getMessage().contains("reset") ? 0 : -1; // a timeout is -1
            }
          },
          pool);
      spin(dialer::isDone, () -> t1.poll(System.nanoTime()), t1.selector());
      assertTrue(dialer.get() >= 0, "closed, not left hanging");
      assertEquals(0, t1.inboundConnections());
      assertEquals(0, delivered[1]);
    }
  }

  @Test
  void aPlaintextNodeAndATlsNodeNeverConnect() throws Exception {
    Map<Integer, InetSocketAddress> peers = twoNodes();
    try (Transport t1 = transport(1, peers, "node1");
        Transport t2 = transport(2, peers, null)) {
      long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
      run(t1, t2, () -> System.nanoTime() > end);
      assertFalse(t1.connected(2) || t2.connected(1));
      assertEquals(0, delivered[1] + delivered[2]);
    }
  }
}
