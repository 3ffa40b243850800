package dev.rast.raft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rast.raft.kv.KvClient;
import dev.rast.raft.msg.KvMsg.Status;
import dev.rast.raft.net.TestCerts;
import dev.rast.raft.net.TlsConfig;
import dev.rast.raft.net.TlsConfig.ClientAuth;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 item 6 over TCP with TLS on both ports: a cluster of three nodes with certificates of
 * one CA elects and serves put/get over TLS, to a client with a client certificate only when the
 * port requires one; a node whose certificate comes from another CA never joins; a plaintext
 * client gets a clean close; the CLI client commands take the same flags.
 */
class TlsClusterTest {
  private static TestCerts certs;

  @TempDir
  Path dir;

  @BeforeAll
  static void makeCertificates() throws Exception {
    certs = TestCerts.get();
  }

  private static InProcessCluster cluster(Path dir, ClientAuth clientAuth, String node3)
      throws IOException {
    return new InProcessCluster(3, dir, false, c -> {
      String name = c.id() == 3 ? node3 : "node" + c.id();
      return c.withTls(certs.config(name, ClientAuth.NEED), certs.config(name, clientAuth));
    });
  }

  private static String cluster(Map<Integer, InetSocketAddress> clients) {
    return clients.entrySet().stream()
        .map(e -> e.getKey() + "=127.0.0.1:" + e.getValue().getPort())
        .collect(Collectors.joining(","));
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void aTlsClusterServesClientsWithTheRequiredCertificateAndRefusesTheOthers() throws Exception {
    try (InProcessCluster cluster = cluster(dir, ClientAuth.NEED, "node3")) {
      assertNotNull(cluster.awaitLeader(10_000), "the nodes elect a leader over mutual TLS");
      Map<Integer, InetSocketAddress> clients = cluster.clientAddresses();
      TlsConfig client = certs.config("client", ClientAuth.NONE);
      try (KvClient c = new KvClient(clients, 10_000, 2_000, client)) {
        for (int i = 0; i < 20; i++) {
          assertEquals(
              Status.OK,
              c.put("k" + i, ("v" + i).getBytes(StandardCharsets.UTF_8)).status());
        }
        assertEquals("v19", c.get("k19").text());
      }
      String status = KvClient.status(clients.get(1), 2_000, client);
      assertTrue(status.contains("\"peerTls\":true,\"clientTls\":\"need\""), status);
      assertTrue(
          status.contains("\"2\":{\"connected\":true")
              && status.contains("\"3\":{\"connected\":true"),
          status);

      // No client certificate: the node refuses the TLS handshake; the client says why.
      try (KvClient anonymous = new KvClient(clients, 3_000, 1_000, certs.anonymous())) {
        TimeoutException e = assertThrows(TimeoutException.class, () -> anonymous.get("k1"));
        assertTrue(e.getMessage().contains("TLS"), e.getMessage());
      }

      // A plaintext client (a valid request frame) gets a clean close, not a hang.
      for (InetSocketAddress a : clients.values()) {
        try (Socket s = new Socket()) {
          s.connect(a, 2_000);
          s.setSoTimeout(5_000);
          ByteBuffer frame = ByteBuffer.allocate(4 + 16).order(ByteOrder.LITTLE_ENDIAN);
          frame.putInt(16).putInt(0).putInt(1);
          s.getOutputStream().write(frame.array());
          InputStream in = s.getInputStream();
          try {
            while (in.read() >= 0) {
              // an alert, then the end of the stream
            }
          } catch (java.net.SocketException reset) {
            // closed with our bytes unread: a reset is a close too
          }
        }
      }
      try (KvClient c = new KvClient(clients, 10_000, 2_000, client)) {
        assertEquals("v7", c.get("k7").text(), "every node still serves");
      }
      for (int i = 1; i <= 3; i++) {
        assertTrue(cluster.running(i), "node " + i + " is up");
      }

      // The CLI: the same flags on get/put/status.
      String nodes = cluster(clients);
      String[] tls = {
        "--tls-ca=" + certs.caPem(),
        "--tls-cert=" + certs.certPem("client"),
        "--tls-key=" + certs.keyPem("client")
      };
      CliRun put = CliRun.of(concat(new String[] {"put", "--cluster=" + nodes, "cli", "yes"}, tls));
      assertEquals(0, put.code(), put.toString());
      CliRun get = CliRun.of(concat(new String[] {"get", "--cluster=" + nodes, "cli"}, tls));
      assertEquals(0, get.code(), get.toString());
      assertEquals("yes", get.out().strip());
      CliRun st = CliRun.of(
          "status",
          "--json",
          "--cluster=" + nodes,
          "--tls-ca=" + certs.caPem(),
          "--tls-keystore=" + certs.p12("client"),
          "--tls-keystore-password-file=" + certs.passwordFile());
      assertEquals(0, st.code(), st.toString());
      assertTrue(st.out().contains("\"peerTls\":true"), st.toString());
      CliRun bench = CliRun.of(concat(
          new String[] {"bench", "--cluster=" + nodes, "--duration=1", "--warmup=0", "-c", "8"},
          tls));
      assertEquals(0, bench.code(), bench.toString());
      assertTrue(bench.out().contains("RESULT"), bench.toString());
      CliRun noCert = CliRun.of(
          "get", "--cluster=" + nodes, "--timeout-ms=2000", "--tls-ca=" + certs.caPem(), "cli");
      assertEquals(3, noCert.code(), noCert.toString());
      assertTrue(noCert.err().contains("TLS"), noCert.toString());
      CliRun plain = CliRun.of("get", "--cluster=" + nodes, "--timeout-ms=2000", "cli");
      assertEquals(3, plain.code(), plain.toString());
      assertTrue(
          plain.err().contains("closed the connection without an answer (a TLS client port?"),
          plain.toString());
      CliRun badCa =
          CliRun.of("get", "--cluster=" + nodes, "--tls-ca=" + certs.keyPem("client"), "cli");
      assertEquals(2, badCa.code(), badCa.toString());
      assertTrue(
          badCa.err().contains("--tls-ca: " + certs.keyPem("client") + ": no PEM certificate"),
          badCa.toString());
    }
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void withClientAuthNoneAClientNeedsOnlyTheCa() throws Exception {
    try (InProcessCluster cluster = cluster(dir, ClientAuth.NONE, "node3")) {
      assertNotNull(cluster.awaitLeader(10_000));
      try (KvClient c = new KvClient(cluster.clientAddresses(), 10_000, 2_000, certs.anonymous())) {
        assertEquals(Status.OK, c.put("a", "b".getBytes(StandardCharsets.UTF_8)).status());
        assertEquals("b", c.get("a").text());
      }
    }
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void aNodeWithACertificateOfAnotherCaNeverJoins() throws Exception {
    try (InProcessCluster cluster = cluster(dir, ClientAuth.NONE, "rogue")) {
      assertNotNull(cluster.awaitLeader(10_000), "nodes 1 and 2 elect a leader");
      Map<Integer, InetSocketAddress> clients = cluster.clientAddresses();
      try (KvClient c = new KvClient(
          Map.of(1, clients.get(1), 2, clients.get(2)), 10_000, 2_000, certs.anonymous())) {
        for (int i = 0; i < 10; i++) {
          assertEquals(
              Status.OK, c.put("k" + i, "v".getBytes(StandardCharsets.UTF_8)).status());
        }
      }
      Thread.sleep(500);
      String s1 = KvClient.status(clients.get(1), 2_000, certs.anonymous());
      assertTrue(s1.contains("\"3\":{\"connected\":false"), s1);
      assertTrue(s1.contains("rejected: the TLS handshake failed"), s1);
      assertTrue(s1.contains("\"keys\":10"), s1);
      // Node 3 serves its client port with the rogue certificate: a client of the cluster's CA
      // refuses it, so ask it with a client that trusts the other CA.
      TlsConfig rogueCa = TlsConfig.of(
          null, dev.rast.raft.net.TlsFiles.trust(certs.otherCaPem(), null), ClientAuth.NONE);
      String s3 = KvClient.status(clients.get(3), 2_000, rogueCa);
      assertTrue(s3.contains("\"applied\":0,"), "node 3 got no entry: " + s3);
      assertTrue(cluster.running(1) && cluster.running(2) && cluster.running(3));
    }
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }
}
