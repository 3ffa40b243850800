package dev.rast.raft.maelstrom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The lin-kv state machine's semantics (Maelstrom's lin-kv service) and its log entry codec. */
class LinKvStoreTest {
  @Test
  void writeThenCasFollowsMaelstromsSemantics() {
    LinKvStore s = new LinKvStore();
    assertEquals(
        ErrorCode.KEY_DOES_NOT_EXIST,
        s.apply(KvCommand.cas(1, 7L, 1L, 2L, false)).error());
    assertFalse(s.contains(7L), "a failed cas changes nothing");
    assertTrue(s.apply(KvCommand.write(2, 7L, 1L)).ok());
    assertEquals(
        ErrorCode.PRECONDITION_FAILED,
        s.apply(KvCommand.cas(3, 7L, 5L, 2L, false)).error());
    assertEquals(1L, s.get(7L));
    assertTrue(s.apply(KvCommand.cas(4, 7L, 1L, 2L, false)).ok());
    assertEquals(2L, s.get(7L));
    assertTrue(
        s.apply(KvCommand.cas(5, 8L, 9L, 3L, true)).ok(), "create_if_not_exists creates the key");
    assertEquals(3L, s.get(8L));
    assertEquals(
        ErrorCode.PRECONDITION_FAILED,
        s.apply(KvCommand.cas(6, 8L, 9L, 4L, true)).error(),
        "create_if_not_exists does not skip the comparison of an existing key");
    assertEquals(6, s.applied());
  }

  @Test
  void keysAndValuesAreAnyJsonComparedStructurally() {
    LinKvStore s = new LinKvStore();
    Object key = JsonReader.parse("{\"k\":[1,\"a\"]}");
    s.apply(KvCommand.write(1, key, null));
    assertTrue(s.contains(JsonReader.parse("{\"k\":[1,\"a\"]}")));
    assertNull(s.get(key));
    assertTrue(
        s.apply(KvCommand.cas(2, key, null, "x", false)).ok(), "null is a value like any other");
    s.apply(KvCommand.write(3, "n", 1L));
    assertEquals(
        ErrorCode.PRECONDITION_FAILED,
        s.apply(KvCommand.cas(4, "n", 1.0, 3L, false)).error(),
        "1 and 1.0 differ");
  }

  @Test
  void commandsRoundTripThroughTheirEntryEncoding() {
    List<KvCommand> commands = List.of(
        KvCommand.write(1L << 48 | 5, 3L, 4L),
        KvCommand.write(2, "k", Arrays.asList(1L, null, Map.of("a", true))),
        KvCommand.cas(3, 3L, null, 2.5, true),
        KvCommand.cas(4, 3L, 1L, 2L, false));
    for (KvCommand c : commands) {
      assertEquals(c, KvCommand.decode(c.encode()));
    }
    assertEquals(
        "{\"id\":9,\"op\":\"cas\",\"key\":1,\"from\":2,\"to\":3,\"create\":false}",
        new String(KvCommand.cas(9, 1L, 2L, 3L, false).encode(), StandardCharsets.UTF_8));
    assertThrows(
        JsonException.class,
        () -> KvCommand.decode(
            "{\"id\":1,\"op\":\"read\",\"key\":1}".getBytes(StandardCharsets.UTF_8)));
    assertThrows(
        JsonException.class,
        () -> KvCommand.decode(
            "{\"id\":1,\"op\":\"write\",\"key\":1}".getBytes(StandardCharsets.UTF_8)));
  }
}
