package dev.rast.raft.maelstrom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The node's protocol and its error mapping, on three nodes in virtual time ({@link
 * VirtualCluster}): every answer a client can get, and which of them are definite.
 */
class LinKvNodeTest {
  private static Map<String, Object> read(Object key) {
    return Message.body("type", "read", "key", key);
  }

  private static Map<String, Object> write(Object key, Object value) {
    return Message.body("type", "write", "key", key, "value", value);
  }

  private static Map<String, Object> cas(Object key, Object from, Object to) {
    return Message.body("type", "cas", "key", key, "from", from, "to", to);
  }

  private static void assertError(ErrorCode code, Message answer) {
    assertEquals("error", answer.type(), answer.toString());
    assertEquals((long) code.code(), answer.body().get("code"), answer.toString());
    assertTrue(answer.body().get("text") instanceof String, answer.toString());
  }

  @Test
  void initAnswersInitOkAndIsIdempotent() {
    VirtualCluster c = new VirtualCluster(3, 1);
    Message ok = c.request(
        "n2",
        Message.body("type", "init", "node_id", "n2", "node_ids", List.of("n3", "n1", "n2")),
        5);
    assertEquals("init_ok", ok.type());
    assertEquals("n2", ok.src());
    assertEquals("c1", ok.dest());
    assertEquals("n2", c.nodes.get("n2").nodeId());
    assertEquals(
        "init_ok",
        c.request(
                "n2",
                Message.body(
                    "type", "init", "node_id", "n2", "node_ids", List.of("n1", "n2", "n3")),
                5)
            .type());
    assertError(
        ErrorCode.MALFORMED_REQUEST,
        c.request(
            "n2",
            Message.body("type", "init", "node_id", "n1", "node_ids", List.of("n1", "n2", "n3")),
            5));
    assertError(
        ErrorCode.MALFORMED_REQUEST,
        c.request(
            "n1",
            Message.body("type", "init", "node_id", "n9", "node_ids", List.of("n1", "n2", "n3")),
            5));
  }

  @Test
  void requestsBeforeInitAreTemporarilyUnavailable() {
    VirtualCluster c = new VirtualCluster(3, 1);
    Message m = c.request("n1", write(1L, 2L), 5);
    assertError(ErrorCode.TEMPORARILY_UNAVAILABLE, m);
    assertEquals("n1", m.src());
    assertTrue(ErrorCode.isDefinite((Long) m.body().get("code")));
  }

  @Test
  void malformedAndUnknownRequestsGetDefiniteErrors() {
    VirtualCluster c = new VirtualCluster(3, 2).init();
    String leader = c.awaitLeader();
    assertError(ErrorCode.MALFORMED_REQUEST, c.request(leader, Message.body("type", "read"), 5));
    assertError(
        ErrorCode.MALFORMED_REQUEST,
        c.request(leader, Message.body("type", "write", "key", 1L), 5));
    assertError(
        ErrorCode.MALFORMED_REQUEST,
        c.request(leader, Message.body("type", "cas", "key", 1L, "to", 2L), 5));
    assertError(
        ErrorCode.MALFORMED_REQUEST,
        c.request(
            leader,
            Message.body(
                "type", "cas", "key", 1L, "from", 1L, "to", 2L, "create_if_not_exists", "yes"),
            5));
    assertError(
        ErrorCode.NOT_SUPPORTED,
        c.request(leader, Message.body("type", "txn", "txn", List.of()), 5));
  }

  @Test
  void theLeaderServesReadsWritesAndCas() {
    VirtualCluster c = new VirtualCluster(3, 3).init();
    String leader = c.awaitLeader();
    assertError(ErrorCode.KEY_DOES_NOT_EXIST, c.request(leader, read(1L), 100));
    assertEquals("write_ok", c.request(leader, write(1L, 10L), 100).type());
    Message r = c.request(leader, read(1L), 100);
    assertEquals("read_ok", r.type());
    assertEquals(10L, r.body().get("value"));
    assertError(ErrorCode.PRECONDITION_FAILED, c.request(leader, cas(1L, 11L, 12L), 100));
    assertError(ErrorCode.KEY_DOES_NOT_EXIST, c.request(leader, cas(2L, 11L, 12L), 100));
    assertEquals("cas_ok", c.request(leader, cas(1L, 10L, 12L), 100).type());
    assertEquals(12L, c.request(leader, read(1L), 100).body().get("value"));
    Map<String, Object> create = Message.with(cas(2L, 0L, 5L), "create_if_not_exists", true);
    assertEquals("cas_ok", c.request(leader, create, 100).type());
    assertEquals(5L, c.request(leader, read(2L), 100).body().get("value"));
  }

  @Test
  void keysAndValuesMayBeAnyJson() {
    VirtualCluster c = new VirtualCluster(3, 4).init();
    String leader = c.awaitLeader();
    Object value = Arrays.asList("x", null, 2.5, Map.of("nested", true));
    assertEquals("write_ok", c.request(leader, write("key", value), 100).type());
    assertEquals(value, c.request(leader, read("key"), 100).body().get("value"));
    assertEquals("cas_ok", c.request(leader, cas("key", value, null), 100).type());
    Message r = c.request(leader, read("key"), 100);
    assertTrue(r.body().containsKey("value"));
    assertEquals(null, r.body().get("value"));
  }

  @Test
  void everyNodeAppliesTheSameWrites() {
    VirtualCluster c = new VirtualCluster(3, 5).init();
    String leader = c.awaitLeader();
    for (long i = 0; i < 20; i++) {
      assertEquals("write_ok", c.request(leader, write(i % 4, i), 100).type());
    }
    c.run(200);
    for (LinKvNode n : c.nodes.values()) {
      assertEquals(20, n.store().applied(), n.summary());
      assertEquals(19L, n.store().get(3L));
    }
  }

  @Test
  void followersForwardToTheLeaderAndRelayItsAnswer() {
    VirtualCluster c = new VirtualCluster(3, 6).init();
    String leader = c.awaitLeader();
    c.run(100); // followers learn the leader from its heartbeats
    String follower = c.follower();
    Message w = c.request(follower, write(1L, 7L), 100);
    assertEquals("write_ok", w.type());
    assertEquals(follower, w.src(), "the client hears from the node it asked");
    assertFalse(w.body().containsKey(LinKvNode.FORWARDED));
    assertEquals(7L, c.request(follower, read(1L), 100).body().get("value"));
    assertError(ErrorCode.PRECONDITION_FAILED, c.request(follower, cas(1L, 8L, 9L), 100));
    assertNotEquals(leader, follower);
  }

  @Test
  void withNoLeaderKnownRequestsAreTemporarilyUnavailable() {
    VirtualCluster c = new VirtualCluster(3, 7).init();
    // No time has passed: nobody has campaigned, nobody knows a leader.
    assertError(ErrorCode.TEMPORARILY_UNAVAILABLE, c.request("n1", write(1L, 1L), 0));
    assertError(ErrorCode.TEMPORARILY_UNAVAILABLE, c.request("n2", read(1L), 0));
    // A request already forwarded once is never forwarded again.
    c.awaitLeader();
    c.run(100);
    Message m = c.request(c.follower(), Message.with(read(1L), LinKvNode.FORWARDED, true), 5);
    assertError(ErrorCode.TEMPORARILY_UNAVAILABLE, m);
  }

  @Test
  void anIsolatedLeadersWritesTimeOutIndefinitelyAndItsReadsFailDefinitely() {
    VirtualCluster c = new VirtualCluster(3, 8).init();
    String leader = c.awaitLeader();
    assertEquals("write_ok", c.request(leader, write(1L, 1L), 100).type());
    c.isolate(leader);
    Message w = c.request(leader, write(1L, 2L), 2000);
    assertError(ErrorCode.TIMEOUT, w);
    assertFalse(ErrorCode.isDefinite((Long) w.body().get("code")), "the write may still commit");
    Message r = c.request(leader, read(1L), 2000);
    assertError(ErrorCode.TEMPORARILY_UNAVAILABLE, r);
    c.heal();
    String newLeader = c.awaitLeader();
    c.run(500);
    Message after = c.request(newLeader, read(1L), 500);
    assertEquals("read_ok", after.type());
    assertTrue(List.of(1L, 2L).contains(after.body().get("value")), after.toString());
  }

  @Test
  void aForwardedWriteWhoseLeaderVanishesTimesOutIndefinitely() {
    VirtualCluster c = new VirtualCluster(3, 9).init();
    String leader = c.awaitLeader();
    c.run(100);
    String follower = c.follower();
    c.isolate(leader); // the follower still believes in it for a while
    Message w = c.request(follower, write(1L, 3L), 3000);
    assertError(ErrorCode.TIMEOUT, w);
    assertEquals(follower, w.src());
    // Whether the write took effect is open; a read after the new election tells.
    c.heal();
    c.awaitLeader();
    c.run(200);
    Message r = c.request(follower, read(1L), 1000);
    if (r.type().equals("read_ok")) {
      assertEquals(3L, r.body().get("value"));
    } else {
      assertError(ErrorCode.KEY_DOES_NOT_EXIST, r);
    }
  }
}
