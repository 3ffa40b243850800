package dev.rast.raft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rast.raft.kv.KvClient;
import dev.rast.raft.msg.KvMsg.Status;
import dev.rast.raft.net.ClusterSecret;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11 item 6 over TCP: a node configured with another cluster secret never joins (both
 * directions refuse it, and status says why) while the two nodes that share the secret serve.
 */
class PeerAuthClusterTest {
  @TempDir
  Path dir;

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void aNodeWithAnotherSecretNeverJoinsAndTheOthersServe() throws Exception {
    ClusterSecret other =
        ClusterSecret.of("not this cluster's secret".getBytes(StandardCharsets.US_ASCII));
    try (InProcessCluster cluster =
        new InProcessCluster(3, dir, false, c -> c.id() == 3 ? c.withSecret(other) : c)) {
      assertNotNull(cluster.awaitLeader(10_000), "nodes 1 and 2 elect a leader");
      Map<Integer, java.net.InetSocketAddress> clients = cluster.clientAddresses();
      try (KvClient c = new KvClient(Map.of(1, clients.get(1), 2, clients.get(2)), 10_000, 2_000)) {
        for (int i = 0; i < 20; i++) {
          assertEquals(
              Status.OK,
              c.put("k" + i, ("v" + i).getBytes(StandardCharsets.UTF_8)).status());
        }
        assertEquals("v19", c.get("k19").text());
      }
      Thread.sleep(500);
      String s1 = KvClient.status(clients.get(1), 2_000);
      String s3 = KvClient.status(clients.get(3), 2_000);
      String refused = "\"handshake\":\"rejected: the cluster secret was not proven";
      assertTrue(s1.contains("\"3\":{\"connected\":false") && s1.contains(refused), s1);
      assertTrue(s3.contains("\"1\":{\"connected\":false") && s3.contains(refused), s3);
      assertTrue(s1.contains("\"peerAuth\":\"secret\""), s1);
      assertTrue(s3.contains("\"applied\":0,"), "node 3 got no entry: " + s3);
      assertTrue(s1.contains("\"keys\":20"), s1);
      assertTrue(cluster.running(1) && cluster.running(2) && cluster.running(3));
    }
  }
}
