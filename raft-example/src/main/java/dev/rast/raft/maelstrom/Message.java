package dev.rast.raft.maelstrom;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One Maelstrom message: {@code {"src": ..., "dest": ..., "body": {"type": ..., ...}}}, one per
 * line on stdin and stdout. {@code body} is immutable; build a changed copy with {@link
 * #body(Object...)} and {@link #with}. Immutable and thread-safe.
 *
 * @param src the sender's node or client id
 * @param dest the receiver's node or client id
 * @param body the payload; it has a string {@code type}, and usually an integer {@code msg_id}
 *     (requests) or {@code in_reply_to} (replies)
 */
public record Message(String src, String dest, Map<String, Object> body) {
  public Message {
    if (src == null) {
      throw new NullPointerException("src == null");
    }
    if (dest == null) {
      throw new NullPointerException("dest == null");
    }
    if (!(body.get("type") instanceof String)) {
      throw new IllegalArgumentException("body has no string type: " + body);
    }
    body = Collections.unmodifiableMap(new LinkedHashMap<>(body));
  }

  /**
   * Parses one line; throws {@link JsonException} when it is not JSON or not a message (src and
   * dest strings, a body object with a string type). Other members and body fields are kept.
   */
  @SuppressWarnings("unchecked")
  public static Message parse(String line) {
    Map<String, Object> m = JsonReader.parseObject(line);
    if (!(m.get("src") instanceof String src) || !(m.get("dest") instanceof String dest)) {
      throw new JsonException("a message needs string src and dest", 0);
    }
    if (!(m.get("body") instanceof Map<?, ?> b) || !(b.get("type") instanceof String)) {
      throw new JsonException("a message needs a body object with a string type", 0);
    }
    return new Message(src, dest, (Map<String, Object>) b);
  }

  /** The message as one line of JSON (without the line break). */
  public String toJson() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("src", src);
    m.put("dest", dest);
    m.put("body", body);
    return JsonWriter.write(m);
  }

  /** The body's type. */
  public String type() {
    return (String) body.get("type");
  }

  /** The body's {@code msg_id}, or null when it has no integer one. */
  public Long msgId() {
    return body.get("msg_id") instanceof Long l ? l : null;
  }

  /** The body's {@code in_reply_to}, or null when it has no integer one. */
  public Long inReplyTo() {
    return body.get("in_reply_to") instanceof Long l ? l : null;
  }

  /** A body from alternating names and values: {@code body("type", "read_ok", "value", 3)}. */
  public static Map<String, Object> body(Object... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException(
          "namesAndValues needs an even length: " + namesAndValues.length);
    }
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      m.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return m;
  }

  /** An error body: {@code {"type":"error","code":N,"text":...}}. */
  public static Map<String, Object> error(ErrorCode code, String text) {
    return body("type", "error", "code", (long) code.code(), "text", text);
  }

  /** A copy of {@code body} with {@code name} set to {@code value} (removed when null). */
  public static Map<String, Object> with(Map<String, Object> body, String name, Object value) {
    Map<String, Object> m = new LinkedHashMap<>(body);
    if (value == null) {
      m.remove(name);
    } else {
      m.put(name, value);
    }
    return m;
  }

  @Override
  public String toString() {
    return toJson();
  }
}
