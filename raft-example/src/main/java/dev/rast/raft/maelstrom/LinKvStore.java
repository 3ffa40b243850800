package dev.rast.raft.maelstrom;

import java.util.HashMap;
import java.util.Map;

/**
 * The replicated state machine of the lin-kv workload: a map from JSON keys to JSON values,
 * changed only by applying committed {@link KvCommand}s in log order, so every node's map evolves
 * identically. Keys and values compare as parsed JSON (structurally; {@code 1} and {@code 1.0}
 * differ). Semantics follow Maelstrom's own lin-kv service: a cas of an absent key fails with
 * {@link ErrorCode#KEY_DOES_NOT_EXIST} unless it asks to create it, a cas whose {@code from}
 * differs fails with {@link ErrorCode#PRECONDITION_FAILED}.
 *
 * <p>Not thread-safe: the node's loop owns it.
 */
public final class LinKvStore {
  /**
   * What applying a command did: {@code error == null} for success, else the definite error (the
   * command changed nothing).
   */
  public record Result(ErrorCode error, String text) {
    static final Result OK = new Result(null, null);

    /** Whether the command took effect. */
    public boolean ok() {
      return error == null;
    }
  }

  private final Map<Object, Object> data = new HashMap<>();
  private long applied;

  /** Applies one committed command. */
  public Result apply(KvCommand c) {
    applied++;
    if (!c.cas()) {
      data.put(c.key(), c.value());
      return Result.OK;
    }
    if (!data.containsKey(c.key())) {
      if (c.create()) {
        data.put(c.key(), c.value());
        return Result.OK;
      }
      return new Result(
          ErrorCode.KEY_DOES_NOT_EXIST, "key " + JsonWriter.write(c.key()) + " does not exist");
    }
    Object current = data.get(c.key());
    if (!java.util.Objects.equals(current, c.from())) {
      return new Result(
          ErrorCode.PRECONDITION_FAILED,
          "current value " + JsonWriter.write(current) + " is not " + JsonWriter.write(c.from()));
    }
    data.put(c.key(), c.value());
    return Result.OK;
  }

  /** Whether {@code key} has a value. */
  public boolean contains(Object key) {
    return data.containsKey(key);
  }

  /** The value of {@code key} (null when absent, or when the value is JSON null: see {@link #contains}). */
  public Object get(Object key) {
    return data.get(key);
  }

  /** Number of keys. */
  public int size() {
    return data.size();
  }

  /** Commands applied so far. */
  public long applied() {
    return applied;
  }
}
