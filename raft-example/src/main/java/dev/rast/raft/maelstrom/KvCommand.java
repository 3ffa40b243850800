package dev.rast.raft.maelstrom;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A write or compare-and-set as logged: the payload of one Raft entry, encoded as a compact JSON
 * object in UTF-8 (keys and values are arbitrary JSON, so JSON is their natural encoding):
 *
 * <pre>
 *   {"id":N,"op":"write","key":K,"value":V}
 *   {"id":N,"op":"cas","key":K,"from":F,"to":T,"create":B}
 * </pre>
 *
 * {@code id} is the proposal id the proposing node chose (unique over the cluster: see {@link
 * LinKvNode}); when the entry is applied, the node that proposed it finds its waiting client by
 * it. Immutable.
 *
 * @param id the proposal id
 * @param cas true for compare-and-set, false for a write
 * @param key the key
 * @param value write: the value; cas: the new value ({@code to})
 * @param from cas: the value expected (unused for a write)
 * @param create cas: when the key is absent, create it with {@code to} instead of failing
 */
public record KvCommand(
    long id, boolean cas, Object key, Object value, Object from, boolean create) {
  /** A write of {@code value} to {@code key}. */
  public static KvCommand write(long id, Object key, Object value) {
    return new KvCommand(id, false, key, value, null, false);
  }

  /** A compare-and-set of {@code key} from {@code from} to {@code to}. */
  public static KvCommand cas(long id, Object key, Object from, Object to, boolean create) {
    return new KvCommand(id, true, key, to, from, create);
  }

  /** The entry payload. */
  public byte[] encode() {
    Map<String, Object> m = cas
        ? Message.body(
            "id", id, "op", "cas", "key", key, "from", from, "to", value, "create", create)
        : Message.body("id", id, "op", "write", "key", key, "value", value);
    return JsonWriter.write(m).getBytes(StandardCharsets.UTF_8);
  }

  /** Decodes an entry payload; throws {@link JsonException} when it is not a command. */
  public static KvCommand decode(byte[] payload) {
    Map<String, Object> m = JsonReader.parseObject(new String(payload, StandardCharsets.UTF_8));
    if (!(m.get("id") instanceof Long id)
        || !(m.get("op") instanceof String op)
        || !m.containsKey("key")) {
      throw new JsonException("not a command: " + m, 0);
    }
    switch (op) {
      case "write" -> {
        if (!m.containsKey("value")) {
          throw new JsonException("write without a value: " + m, 0);
        }
        return write(id, m.get("key"), m.get("value"));
      }
      case "cas" -> {
        if (!m.containsKey("from")
            || !m.containsKey("to")
            || !(m.get("create") instanceof Boolean create)) {
          throw new JsonException("cas without from, to or create: " + m, 0);
        }
        return cas(id, m.get("key"), m.get("from"), m.get("to"), create);
      }
      default -> throw new JsonException("unknown command op " + op, 0);
    }
  }
}
