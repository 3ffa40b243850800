package dev.rast.capnp.text;

import java.util.ArrayList;
import java.util.List;

/**
 * One case of the layout golden files: a value of a test.capnp struct, and what
 * {@code capnp decode --short} and {@code capnp decode} print for it (without the final newline).
 *
 * <p>{@code layout-cases.txt} holds the inputs ({@code === name}, {@code type T}, value lines);
 * {@code layout.golden} holds the outputs ({@code === name}, {@code --- short}, one line,
 * {@code --- pretty}, lines). Lines starting with {@code #} before the first case are comments.
 */
record LayoutCase(String name, String type, String input, String shortText, String prettyText) {
  static final String CASES = "layout-cases.txt";
  static final String GOLDEN = "layout.golden";

  private static final String CASE = "=== ";
  private static final String TYPE = "type ";
  private static final String SHORT = "--- short";
  private static final String PRETTY = "--- pretty";

  /** The inputs of {@code layout-cases.txt} (outputs null). */
  static List<LayoutCase> parseInputs(String text) {
    List<LayoutCase> cases = new ArrayList<>();
    String name = null;
    String type = null;
    StringBuilder input = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      if (line.startsWith(CASE)) {
        if (name != null) {
          cases.add(new LayoutCase(name, type, input.toString().strip(), null, null));
        }
        name = line.substring(CASE.length());
        type = null;
        input.setLength(0);
      } else if (name == null) {
        continue; // header comments
      } else if (type == null && line.startsWith(TYPE)) {
        type = line.substring(TYPE.length());
      } else {
        input.append(line).append('\n');
      }
    }
    if (name != null) {
      cases.add(new LayoutCase(name, type, input.toString().strip(), null, null));
    }
    return cases;
  }

  /** The outputs of {@code layout.golden} (type and input null). */
  static List<LayoutCase> parseGolden(String text) {
    List<LayoutCase> cases = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    int i = 0;
    while (i < lines.length && !lines[i].startsWith(CASE)) {
      i++;
    }
    while (i < lines.length && lines[i].startsWith(CASE)) {
      String name = lines[i++].substring(CASE.length());
      expectLine(lines, i++, SHORT, name);
      String shortText = lines[i++];
      expectLine(lines, i++, PRETTY, name);
      StringBuilder pretty = new StringBuilder();
      while (i < lines.length
          && !lines[i].startsWith(CASE)
          && !(i == lines.length - 1 && lines[i].isEmpty())) {
        if (pretty.length() > 0) {
          pretty.append('\n');
        }
        pretty.append(lines[i++]);
      }
      cases.add(new LayoutCase(name, null, null, shortText, pretty.toString()));
    }
    return cases;
  }

  /** {@code layout.golden}'s text for cases whose outputs are known. */
  static String renderGolden(List<LayoutCase> cases) {
    StringBuilder out = new StringBuilder()
        .append("# capnp decode --short / capnp decode output for each case of layout-cases.txt,\n")
        .append("# produced by the real tool (LayoutOracleTest); regenerate with\n")
        .append("# -Drast.golden.update=true, never edit by hand.\n");
    for (LayoutCase c : cases) {
      out.append(CASE)
          .append(c.name())
          .append('\n')
          .append(SHORT)
          .append('\n')
          .append(c.shortText())
          .append('\n')
          .append(PRETTY)
          .append('\n')
          .append(c.prettyText())
          .append('\n');
    }
    return out.toString();
  }

  private static void expectLine(String[] lines, int i, String expected, String name) {
    if (i >= lines.length || !lines[i].equals(expected)) {
      throw new IllegalArgumentException(
          "case " + name + ": '" + expected + "' expected at line " + (i + 1));
    }
  }

  @Override
  public String toString() {
    return name;
  }
}
