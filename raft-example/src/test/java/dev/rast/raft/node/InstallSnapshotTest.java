package dev.rast.raft.node;

import static dev.rast.raft.node.TestNodes.field;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.rast.raft.kv.KvClient;
import dev.rast.raft.msg.KvMsg.Status;
import dev.rast.raft.snapshot.SnapshotPolicy;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A follower whose data directory was wiped rejoins a cluster whose leader has compacted the
 * entries it would need: the leader streams its snapshot (InstallSnapshot), the follower installs
 * it and catches up from the log after it; later it can lead with the same data.
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class InstallSnapshotTest {
  private static final SnapshotPolicy POLICY = new SnapshotPolicy(200, Long.MAX_VALUE, 50);

  @RegisterExtension
  final TestNodes nodes = new TestNodes(POLICY);

  /** Values of about 8 KiB: the leader's 8 MiB cache of recent entries does not hold the whole log. */
  private static String value(int i) {
    return "value-" + i + "-" + "v".repeat(8000 + i % 40);
  }

  private void write(KvClient c, int from, int to) throws Exception {
    for (int i = from; i <= to; i++) {
      assertEquals(
          Status.OK,
          c.put("k" + (i % 500), value(i).getBytes(StandardCharsets.UTF_8)).status(),
          "k" + i);
    }
  }

  @Test
  void aWipedFollowerRejoinsByInstallSnapshot() throws Exception {
    for (int i = 1; i <= 3; i++) {
      nodes.address(i);
    }
    for (int i = 1; i <= 3; i++) {
      nodes.start(i);
    }
    try (KvClient c = new KvClient(nodes.clients(), 10_000, 1000)) {
      write(c, 1, 300);
      int follower = 0;
      for (int i = 1; i <= 3 && follower == 0; i++) {
        if (nodes.node(i).knownLeader() != i) {
          follower = i;
        }
      }
      nodes.stop(follower);
      nodes.wipe(follower);
      write(
          c, 301,
          1500); // the others snapshot and compact far past what the wiped node could get as
      // entries
      int leader = nodes.node(1 + follower % 3).knownLeader();
      assertTrue(leader != 0 && leader != follower);
      String ls = nodes.status(leader);
      assertTrue(field(ls, "firstIndex") > 1, "the leader compacted its log: " + ls);

      long t0 = System.nanoTime();
      nodes.start(follower);
      String fs = nodes.status(follower);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while ((field(fs, "applied") < field(ls, "commit") || field(fs, "snapshotsInstalled") == 0)
          && System.nanoTime() < deadline) {
        Thread.sleep(50);
        fs = nodes.status(follower);
      }
      long millis = (System.nanoTime() - t0) / 1_000_000;
      ls = nodes.status(leader);
      System.out.println("wiped node " + follower + " rejoined in " + millis + " ms; leader sent "
          + field(ls, "snapshotBytesSent") + " snapshot bytes; follower: " + fs);
      assertEquals(1, field(fs, "snapshotsInstalled"), fs);
      assertTrue(field(ls, "snapshotsSent") >= 1, ls);
      assertTrue(field(fs, "applied") >= field(ls, "commit") - 5, "caught up: " + fs + " vs " + ls);
      assertEquals(field(ls, "keys"), field(fs, "keys"), "same number of keys");
      assertEquals(field(ls, "sessions"), field(fs, "sessions"), "sessions came with the snapshot");

      // The rejoined node holds the data: stop the third node and the old leader in turn so that
      // it must serve from its own state with one other voter.
      int other = 6 - leader - follower;
      nodes.stop(other);
      write(c, 1501, 1510);
      nodes.start(other);
      nodes.stop(leader);
      write(c, 1511, 1520);
      for (int k = 0; k < 500; k++) {
        int last = 1520;
        while (last % 500 != k) {
          last--;
        }
        KvClient.Result got = c.get("k" + k);
        assertEquals(Status.OK, got.status(), "k" + k);
        assertEquals(value(last), got.text(), "k" + k);
      }
      assertNotNull(nodes.node(follower));
    }
  }
}
