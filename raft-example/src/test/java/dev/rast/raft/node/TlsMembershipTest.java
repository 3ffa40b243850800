package dev.rast.raft.node;

import static dev.rast.raft.node.TestNodes.waitFor;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rast.raft.kv.KvClient;
import dev.rast.raft.msg.KvMsg.Status;
import dev.rast.raft.net.TestCerts;
import dev.rast.raft.net.TlsConfig;
import dev.rast.raft.net.TlsConfig.ClientAuth;
import dev.rast.raft.snapshot.SnapshotPolicy;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Membership changes on a cluster with mutual TLS between peers: the certificate check of a peer
 * follows the members added at runtime, not only the {@code --peers} of the first start. A node
 * added with a certificate that names its host joins, catches up and is promoted; a node added
 * with a certificate of the cluster CA that names another host is refused on every connection,
 * so it never receives an entry, and the cluster keeps serving.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class TlsMembershipTest {
  private static TestCerts certs;

  @RegisterExtension
  final TestNodes nodes = new TestNodes(new SnapshotPolicy(100, Long.MAX_VALUE, 20));

  @BeforeAll
  static void makeCertificates() throws Exception {
    certs = TestCerts.get();
  }

  private static TlsConfig node(String certificate) {
    return certs.config(certificate, ClientAuth.NEED);
  }

  @Test
  void aMemberAddedAtRuntimeIsCheckedAgainstItsAddedHost() throws Exception {
    for (int i = 1; i <= 3; i++) {
      nodes.address(i).tls(i, node("node" + i));
    }
    Map<Integer, InetSocketAddress> bootstrap = nodes.peers();
    Map<Integer, InetSocketAddress> clients = nodes.clients();
    for (int i = 1; i <= 3; i++) {
      nodes.start(i, bootstrap, false, NodeConfig.DEFAULT_CLUSTER_ID, UnaryOperator.identity());
    }
    TlsConfig client = certs.config("client", ClientAuth.NONE);
    try (KvClient c = new KvClient(clients, 10_000, 1000, client)) {
      for (int i = 0; i < 150; i++) {
        assertEquals(
            Status.OK,
            c.put("k" + i, ("v" + i).getBytes(StandardCharsets.UTF_8)).status());
      }

      // Node 4 holds a certificate of the cluster CA naming 127.0.0.1, the host it is added
      // with: it joins over TLS once added, catches up (the log was compacted: a snapshot
      // crosses TLS) and is promoted.
      nodes.address(4).tls(4, node("client"));
      nodes.start(4, nodes.peers(), true, NodeConfig.DEFAULT_CLUSTER_ID, UnaryOperator.identity());
      KvClient.Result r = c.addMember(4, nodes.memberAddress(4), true);
      assertEquals(Status.OK, r.status(), r.message());
      waitFor("node 4 caught up over TLS", () -> nodes.statusField(4, "applied") >= 150);
      r = TestNodes.promote(c, 4);
      assertEquals(Status.OK, r.status(), r.message());
      assertTrue(nodes.status(4).contains("\"peerTls\":true"), nodes.status(4));

      // Node 5's certificate is the cluster CA's too, but names only elsewhere.example, not the
      // 127.0.0.1 it is added with: its connections are refused both ways.
      nodes.address(5).tls(5, node("elsewhere"));
      nodes.start(5, nodes.peers(), true, NodeConfig.DEFAULT_CLUSTER_ID, UnaryOperator.identity());
      r = c.addMember(5, nodes.memberAddress(5), true);
      assertEquals(Status.OK, r.status(), r.message());
      int leader = nodes.leader();
      // The leader, dialling node 5, finds a certificate that does not name 127.0.0.1; node 5's
      // own connections are refused by every member (it learns why: WRONG_CERTIFICATE).
      waitFor(
          "the leader's TLS handshake with node 5 failed",
          () -> nodes.statusContains(leader, "\"5\":{\"connected\":false")
              && nodes.statusContains(leader, "rejected: the TLS handshake failed"));
      Thread.sleep(1000);
      String s = nodes.status(leader);
      assertTrue(s.contains("\"5\":{\"connected\":false"), s);
      assertTrue(s.matches("(?s).*\"5\":\\{[^}]*\"match\":0[,}].*"), "node 5 got nothing: " + s);
      assertFalse(s.contains("\"4\":{\"connected\":false"), "node 4 stays connected: " + s);

      // The cluster keeps serving, node 4 included.
      assertEquals(
          Status.OK, c.put("after", "x".getBytes(StandardCharsets.UTF_8)).status());
      assertEquals("v149", c.get("k149").text());
      waitFor(
          "node 4 applied the last write",
          () -> nodes.statusField(4, "applied") >= nodes.statusField(leader, "commit"));
    }
  }
}
