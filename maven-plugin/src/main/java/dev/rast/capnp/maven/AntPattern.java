package dev.rast.capnp.maven;

import java.util.List;
import java.util.regex.Pattern;

/**
 * An Ant-style path pattern as Maven users write them in {@code <includes>}: {@code *} matches
 * within one path segment, {@code ?} one character, {@code **} any number of segments (including
 * none, so {@code **}{@code /*.capnp} matches {@code a.capnp}). Paths use {@code /} separators and
 * are relative to the source directory. Immutable and thread-safe.
 */
final class AntPattern {
  private final String text;
  private final Pattern regex;

  private AntPattern(String text, Pattern regex) {
    this.text = text;
    this.regex = regex;
  }

  /** Compiles {@code pattern}; a trailing {@code /} means "everything under", as in Ant. */
  static AntPattern compile(String pattern) {
    if (pattern == null || pattern.isBlank()) {
      throw new IllegalArgumentException("pattern is empty");
    }
    String p = pattern.trim().replace('\\', '/');
    while (p.startsWith("./")) {
      p = p.substring(2);
    }
    if (p.endsWith("/")) {
      p = p + "**";
    }
    StringBuilder re = new StringBuilder();
    int i = 0;
    while (i < p.length()) {
      char c = p.charAt(i);
      if (p.startsWith("**/", i)) {
        re.append("(?:.*/)?");
        i += 3;
      } else if (p.startsWith("**", i)) {
        re.append(".*");
        i += 2;
      } else if (c == '*') {
        re.append("[^/]*");
        i++;
      } else if (c == '?') {
        re.append("[^/]");
        i++;
      } else {
        re.append(Pattern.quote(String.valueOf(c)));
        i++;
      }
    }
    return new AntPattern(pattern, Pattern.compile(re.toString()));
  }

  /** True if the relative path {@code path} ({@code /}-separated) matches. */
  boolean matches(String path) {
    return regex.matcher(path).matches();
  }

  /** True if any of {@code patterns} matches {@code path}. */
  static boolean any(List<AntPattern> patterns, String path) {
    for (AntPattern p : patterns) {
      if (p.matches(path)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return text;
  }
}
