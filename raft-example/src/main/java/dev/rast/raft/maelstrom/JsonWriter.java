package dev.rast.raft.maelstrom;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;

/**
 * Writes Java values as compact JSON (no whitespace, so one value is one line): the mapping of
 * {@link JsonReader} in reverse, also accepting any {@code Map} with string keys, any {@code
 * Collection}, {@code Integer}/{@code Short}/{@code Byte}, {@code Float} and {@code BigDecimal}.
 * Strings escape {@code "}, {@code \}, every control character and the line separators U+2028 and
 * U+2029, so the output never contains a raw line break. Non-finite numbers and other types throw
 * {@link JsonException}. Stateless and thread-safe.
 */
public final class JsonWriter {
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private JsonWriter() {}

  /** {@code value} as JSON text. */
  public static String write(Object value) {
    StringBuilder sb = new StringBuilder();
    write(value, sb, 0);
    return sb.toString();
  }

  /** Appends {@code value} as JSON text to {@code sb}. */
  public static void write(Object value, StringBuilder sb) {
    write(value, sb, 0);
  }

  private static void write(Object value, StringBuilder sb, int depth) {
    if (depth > JsonReader.MAX_DEPTH) {
      throw new JsonException("nesting deeper than " + JsonReader.MAX_DEPTH + " (a cycle?)", -1);
    }
    if (value == null) {
      sb.append("null");
    } else if (value instanceof String s) {
      string(s, sb);
    } else if (value instanceof Boolean b) {
      sb.append(b.booleanValue());
    } else if (value instanceof Long
        || value instanceof Integer
        || value instanceof Short
        || value instanceof Byte
        || value instanceof BigInteger) {
      sb.append(value);
    } else if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (Double.isNaN(d) || Double.isInfinite(d)) {
        throw new JsonException("JSON has no " + d, -1);
      }
      sb.append(d);
    } else if (value instanceof BigDecimal d) {
      sb.append(d.toString());
    } else if (value instanceof Map<?, ?> m) {
      sb.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (!(e.getKey() instanceof String name)) {
          throw new JsonException(
              "object member names must be strings, found " + kind(e.getKey()), -1);
        }
        if (!first) {
          sb.append(',');
        }
        first = false;
        string(name, sb);
        sb.append(':');
        write(e.getValue(), sb, depth + 1);
      }
      sb.append('}');
    } else if (value instanceof Collection<?> c) {
      sb.append('[');
      boolean first = true;
      for (Object o : c) {
        if (!first) {
          sb.append(',');
        }
        first = false;
        write(o, sb, depth + 1);
      }
      sb.append(']');
    } else {
      throw new JsonException("cannot write a " + value.getClass().getName() + " as JSON", -1);
    }
  }

  private static void string(String s, StringBuilder sb) {
    sb.append('"');
    int run = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String esc =
          switch (c) {
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            case '\b' -> "\\b";
            case '\f' -> "\\f";
            default -> null;
          };
      if (esc == null && c >= 0x20 && c != '\u2028' && c != '\u2029') {
        continue;
      }
      sb.append(s, run, i);
      if (esc != null) {
        sb.append(esc);
      } else {
        sb.append("\\u")
            .append(HEX[c >> 12 & 15])
            .append(HEX[c >> 8 & 15])
            .append(HEX[c >> 4 & 15])
            .append(HEX[c & 15]);
      }
      run = i + 1;
    }
    sb.append(s, run, s.length()).append('"');
  }

  /** A short name of a value's JSON kind, for error messages. */
  static String kind(Object v) {
    if (v == null) {
      return "null";
    }
    if (v instanceof Map) {
      return "an object";
    }
    if (v instanceof Collection) {
      return "an array";
    }
    if (v instanceof String) {
      return "a string";
    }
    if (v instanceof Boolean) {
      return "a boolean";
    }
    if (v instanceof Number) {
      return "a number";
    }
    return "a " + v.getClass().getSimpleName();
  }
}
