package dev.rast.capnp.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line capnp wrote to standard error, sorted into an error or a warning. capnp reports schema
 * problems as {@code file:line:col: error: message} (or {@code line:col-col}); the plugin shows
 * them as {@code file:line:col: message} with the file made absolute, so IDEs and terminals can
 * link them, at Maven's ERROR or WARNING level.
 *
 * @param error true for an error (any line not marked {@code warning:} counts as one)
 * @param text the line as the plugin shows it
 */
record Diagnostic(boolean error, String text) {
  private static final Pattern LOCATED =
      Pattern.compile("^(.+?):(\\d+):(\\d+)(?:-\\d+)?: (error|warning): (.*)$");

  /**
   * Parses capnp's standard error output; blank lines and capnp's own usage hints are dropped.
   *
   * @param baseDirectory the directory capnp ran in, against which relative file names resolve
   */
  static List<Diagnostic> parse(String stderr, Path baseDirectory) {
    List<Diagnostic> result = new ArrayList<>();
    for (String line : stderr.split("\\R")) {
      if (line.isBlank() || line.startsWith("Try 'capnp")) {
        continue;
      }
      Matcher m = LOCATED.matcher(line);
      if (m.matches()) {
        String file = baseDirectory.resolve(m.group(1)).normalize().toString();
        result.add(new Diagnostic(
            m.group(4).equals("error"),
            file + ":" + m.group(2) + ":" + m.group(3) + ": " + m.group(5)));
      } else {
        result.add(new Diagnostic(!line.contains("warning:"), line.strip()));
      }
    }
    return result;
  }
}
