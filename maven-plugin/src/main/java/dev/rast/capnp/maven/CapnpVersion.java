package dev.rast.capnp.maven;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Cap'n Proto tool version as {@code capnp --version} prints it ({@code Cap'n Proto version
 * 0.9.2}).
 *
 * @param major the major version
 * @param minor the minor version
 * @param micro the micro version (0 when absent, as in {@code 1.0})
 */
record CapnpVersion(int major, int minor, int micro) implements Comparable<CapnpVersion> {
  /**
   * The oldest capnp the plugin runs: the floor rast-java supports. Older releases are untested
   * with the generator, so they are refused up front with a clear message rather than left to fail
   * later in some obscure way.
   */
  static final CapnpVersion MINIMUM = new CapnpVersion(0, 8, 0);

  private static final Pattern VERSION =
      Pattern.compile("version\\s+(\\d+)\\.(\\d+)(?:\\.(\\d+))?");

  /** Parses the output of {@code capnp --version}, or returns null when it names no version. */
  static CapnpVersion parse(String output) {
    Matcher m = VERSION.matcher(output);
    if (!m.find()) {
      return null;
    }
    return new CapnpVersion(
        Integer.parseInt(m.group(1)),
        Integer.parseInt(m.group(2)),
        m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
  }

  /** True if this version is {@link #MINIMUM} or newer. */
  boolean isSupported() {
    return compareTo(MINIMUM) >= 0;
  }

  @Override
  public int compareTo(CapnpVersion o) {
    int c = Integer.compare(major, o.major);
    if (c == 0) {
      c = Integer.compare(minor, o.minor);
    }
    return c != 0 ? c : Integer.compare(micro, o.micro);
  }

  @Override
  public String toString() {
    return major + "." + minor + "." + micro;
  }
}
