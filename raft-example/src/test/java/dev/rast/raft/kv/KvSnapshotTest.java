package dev.rast.raft.kv;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.rast.capnp.Framing;
import dev.rast.capnp.MessageBuilder;
import dev.rast.raft.msg.KvMsg.KvRequest;
import dev.rast.raft.msg.KvMsg.Op;
import dev.rast.raft.msg.KvMsg.Status;
import dev.rast.raft.snapshot.SnapshotReader;
import dev.rast.raft.snapshot.SnapshotWriter;
import dev.rast.raft.snapshot.StateView;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The key-value machine's snapshot: a view taken between applies is the state at that moment even
 * though writes go on before it is written out (copy-on-write), and a restored machine holds the
 * same data and sessions (a retried write is answered from its session, not applied again).
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class KvSnapshotTest {
  @TempDir
  Path dir;

  private static ByteBuffer put(long client, long seq, String key, String value) {
    MessageBuilder m = new MessageBuilder();
    KvRequest.Builder r = m.initRoot(KvRequest._Meta.SIZE, new KvRequest.Builder());
    r.setOp(value == null ? Op.DELETE : Op.PUT)
        .setClientId(client)
        .setSeq(seq)
        .setAckedBelow(1)
        .setKey(key.getBytes(StandardCharsets.UTF_8));
    if (value != null) {
      r.setValue(value.getBytes(StandardCharsets.UTF_8));
    }
    ByteBuffer b =
        ByteBuffer.allocate((int) Framing.serializedSize(m)).order(ByteOrder.LITTLE_ENDIAN);
    Framing.write(m, b);
    return b.flip();
  }

  private static Status apply(KvStateMachine kv, ByteBuffer req) {
    return kv.apply(req, 0, req.limit());
  }

  private static String get(KvStateMachine kv, String key) {
    byte[] v = kv.get(key);
    return v == null ? null : new String(v, StandardCharsets.UTF_8);
  }

  @Test
  void aViewIsTheStateWhenTakenAndARestoreKeepsDataAndSessions() throws IOException {
    KvStateMachine kv = new KvStateMachine();
    int n = 20_000; // several chunks of pairs, most buckets hit
    for (int i = 0; i < n; i++) {
      assertEquals(Status.OK, apply(kv, put(1 + i % 3, 1 + i / 3, "k" + i, "v" + i)));
    }
    StateView view = kv.snapshot();
    // Writes after the view: overwrite, delete, add. The view must not see them.
    for (int i = 0; i < n; i += 2) {
      apply(kv, put(9, 1 + i, "k" + i, "changed"));
    }
    apply(kv, put(9, 100_000, "k1", null));
    apply(kv, put(9, 100_001, "new", "x"));
    Path file;
    try (SnapshotWriter w = SnapshotWriter.create(dir, 42, 3)) {
      view.writeTo(w);
      file = w.publish();
    }
    KvStateMachine restored = new KvStateMachine();
    apply(restored, put(77, 1, "junk", "gone after the restore"));
    try (SnapshotReader in = SnapshotReader.open(file)) {
      restored.restore(in);
    }
    assertEquals(n, restored.size());
    for (int i = 0; i < n; i++) {
      assertEquals("v" + i, get(restored, "k" + i), "k" + i);
    }
    assertNull(get(restored, "new"));
    assertNull(get(restored, "junk"));
    assertEquals(
        3,
        restored.sessions(),
        "sessions of clients 1..3, not 9 (after the view) nor 77 (replaced)");
    // Client 3's last write (seq n/3) is recorded: its retry is answered, not applied again.
    int last = n - 1;
    long client = 1 + last % 3;
    long seq = 1 + last / 3;
    assertEquals(
        Status.OK, apply(restored, put(client, seq, "k" + last, "a retry must not overwrite")));
    assertEquals("v" + last, get(restored, "k" + last));
    assertEquals(Status.OK, apply(restored, put(1, 1, "k0", "the first write, retried")));
    assertEquals(
        "v0", get(restored, "k0"), "a retried write is answered from the restored session");
    // The live machine went on: its own state has the later writes.
    assertEquals("changed", get(kv, "k0"));
    assertNull(get(kv, "k1"));
    assertArrayEquals("x".getBytes(StandardCharsets.UTF_8), kv.get("new"));
  }
}
