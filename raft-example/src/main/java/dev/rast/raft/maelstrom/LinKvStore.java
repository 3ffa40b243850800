package dev.rast.raft.maelstrom;

import dev.rast.raft.snapshot.SnapshotReader;
import dev.rast.raft.snapshot.StateMachine;
import dev.rast.raft.snapshot.StateView;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The replicated state machine of the lin-kv workload: a map from JSON keys to JSON values,
 * changed only by applying committed {@link KvCommand}s in log order, so every node's map evolves
 * identically. Keys and values compare as parsed JSON (structurally; {@code 1} and {@code 1.0}
 * differ). Semantics follow Maelstrom's own lin-kv service: a cas of an absent key fails with
 * {@link ErrorCode#KEY_DOES_NOT_EXIST} unless it asks to create it, a cas whose {@code from}
 * differs fails with {@link ErrorCode#PRECONDITION_FAILED}.
 *
 * <p>As the {@link StateMachine} of the node's {@code RaftLoop} it decodes each entry's {@link
 * KvCommand} and keeps the command and result applied last for the node ({@link #lastCommand},
 * {@link #lastResult}), which finds the waiting client by the command's id. Its snapshot copies the
 * map on the loop (lin-kv's key space is a handful of keys; a large state would need
 * copy-on-write, as {@code KvStateMachine} has) and writes it as JSON chunks of {@value
 * #PAIRS_PER_CHUNK} {@code [key, value]} pairs.
 *
 * <p>Not thread-safe: the node's loop owns it.
 */
public final class LinKvStore implements StateMachine {
  static final int PAIRS_PER_CHUNK = 1024;

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
  private KvCommand lastCommand;
  private Result lastResult;

  /**
   * Decodes and applies committed entry {@code index}'s command; returns 0 when it took effect,
   * else its error's Maelstrom code. Throws {@link JsonException} when the payload is not a
   * command (every replica logged the same bytes: the loop stops the node).
   */
  @Override
  public int apply(long index, ByteBuffer buf, int start, int end) {
    byte[] bytes = new byte[end - start];
    buf.get(start, bytes);
    KvCommand c = KvCommand.decode(bytes);
    Result r = apply(c);
    lastCommand = c;
    lastResult = r;
    return r.ok() ? 0 : r.error().code();
  }

  /** The command applied last (null before the first). */
  public KvCommand lastCommand() {
    return lastCommand;
  }

  /** Its result. */
  public Result lastResult() {
    return lastResult;
  }

  @Override
  public StateView snapshot() {
    List<Object> pairs = new ArrayList<>(data.size());
    for (Map.Entry<Object, Object> e : data.entrySet()) {
      pairs.add(Arrays.asList(e.getKey(), e.getValue())); // a JSON null value stays null
    }
    long appliedThen = applied;
    return out -> {
      out.chunk(ByteBuffer.wrap(Long.toString(appliedThen).getBytes(StandardCharsets.UTF_8)));
      for (int i = 0; i < pairs.size(); i += PAIRS_PER_CHUNK) {
        String json =
            JsonWriter.write(pairs.subList(i, Math.min(pairs.size(), i + PAIRS_PER_CHUNK)));
        out.chunk(ByteBuffer.wrap(json.getBytes(StandardCharsets.UTF_8)));
      }
    };
  }

  @Override
  public void restore(SnapshotReader in) throws IOException {
    data.clear();
    ByteBuffer chunk = in.next();
    if (chunk == null) {
      throw new IOException(in.file() + ": a lin-kv snapshot starts with the applied count");
    }
    applied = Long.parseLong(utf8(chunk));
    while ((chunk = in.next()) != null) {
      Object parsed;
      try {
        parsed = JsonReader.parse(utf8(chunk));
      } catch (JsonException e) {
        throw new IOException(
            in.file() + ": a lin-kv snapshot chunk is not JSON: " + e.getMessage(), e);
      }
      if (!(parsed instanceof List<?> pairs)) {
        throw new IOException(in.file() + ": a lin-kv snapshot chunk is not an array of pairs");
      }
      for (Object o : pairs) {
        if (!(o instanceof List<?> kv) || kv.size() != 2) {
          throw new IOException(in.file() + ": a lin-kv snapshot pair is not [key, value]: " + o);
        }
        data.put(kv.get(0), kv.get(1));
      }
    }
  }

  private static String utf8(ByteBuffer b) {
    byte[] bytes = new byte[b.remaining()];
    b.get(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

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
