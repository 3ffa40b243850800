package dev.rast.capnp.compiler.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects schema errors as capnp prints them: {@code file:line:col: error: message}. Compilation
 * goes on after an error where it can, so one run reports as many errors as capnp would.
 */
public final class Diagnostics {
  private final List<String> errors = new ArrayList<>();

  /**
   * Records an error on a byte range of a file; an identical line is kept once, as capnp may
   * reach the same fault from several uses.
   *
   * @param file the file the range is in
   * @param start the range's first byte
   * @param end the byte after the range ({@code start} for a point)
   * @param message what is wrong, without the location prefix
   */
  public void error(SourceFile file, int start, int end, String message) {
    String line = file.location(start, end) + ": error: " + message;
    if (!errors.contains(line)) {
      errors.add(line);
    }
  }

  /**
   * Records an error with no position (for example a file that cannot be read).
   *
   * @param message the whole line to print
   */
  public void error(String message) {
    errors.add(message);
  }

  /**
   * The errors in the order they were found.
   *
   * @return a copy, one line per error
   */
  public List<String> errors() {
    return List.copyOf(errors);
  }
}
