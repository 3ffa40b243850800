package dev.rast.capnp.compiler.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Collects schema errors as capnp prints them: {@code file:line:col: error: message}. Compilation
 * goes on after an error where it can, so one run reports as many errors as capnp would.
 */
public final class Diagnostics {
  private final List<String> errors = new ArrayList<>();

  /** Records an error on a byte range of a file. */
  public void error(SourceFile file, int start, int end, String message) {
    String line = file.location(start, end) + ": error: " + message;
    if (!errors.contains(line)) {
      errors.add(line);
    }
  }

  /** Records an error with no position (for example a file that cannot be read). */
  public void error(String message) {
    errors.add(message);
  }

  public boolean hasErrors() {
    return !errors.isEmpty();
  }

  /** The errors in the order they were found, one per line. */
  public List<String> errors() {
    return List.copyOf(errors);
  }
}
