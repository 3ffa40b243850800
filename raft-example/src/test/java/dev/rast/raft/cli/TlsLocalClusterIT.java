package dev.rast.raft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rast.raft.kv.KvClient;
import dev.rast.raft.msg.KvMsg.Status;
import dev.rast.raft.node.Peers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@code rast cluster --tls-dir}: three node processes started with the flags of CLUSTER.md
 * (certificates made by keytool, mutual TLS between peers, client certificates required) elect a
 * leader and serve put/get to a client with the client certificate, through KvClient and through
 * the CLI with the flags the cluster prints.
 */
class TlsLocalClusterIT {
  @Test
  @Timeout(value = 180, unit = TimeUnit.SECONDS)
  void aLocalClusterWithTlsDirServesOverTls() throws Exception {
    Path dir = Files.createTempDirectory("rast-tls-it-");
    try {
      LocalCertificates certs = new LocalCertificates(dir.resolve("tls"));
      certs.ensureCluster(3);
      try (LocalCluster c =
          new LocalCluster(3, dir.resolve("data"), false, 0, 0, List.of("-Xmx256m"))) {
        c.tls(certs);
        c.startAll();
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (c.leader() == 0 && System.nanoTime() < end) {
          Thread.sleep(100);
        }
        assertNotEquals(0, c.leader(), "a leader over mutual TLS; logs:\n" + c.logTail(1, 20));
        try (KvClient kv = new KvClient(c.clientAddresses(), 20_000, 2_000, c.clientTls())) {
          assertEquals(
              Status.OK, kv.put("k", "v".getBytes(StandardCharsets.UTF_8)).status());
          assertEquals("v", kv.get("k").text());
        }
        String cluster = Peers.format(c.clientAddresses());
        List<String> args = new java.util.ArrayList<>(List.of("get", "--cluster=" + cluster, "k"));
        args.addAll(List.of(certs.clientFlags().split(" ")));
        CliRun get = CliRun.of(args.toArray(new String[0]));
        assertEquals(0, get.code(), get.toString());
        assertEquals("v", get.out().strip());
        String status = c.status(1);
        assertTrue(status.contains("\"peerTls\":true,\"clientTls\":\"need\""), status);
      }
    } finally {
      DemoCommand.deleteTree(dir);
    }
  }
}
