package dev.rast.capnp.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticTest {
  private static final Path BASE = Path.of("/p");

  @Test
  void locatedErrorsBecomeAbsoluteFileLineColMessage() {
    List<Diagnostic> d = Diagnostic.parse(
        "src/main/capnp/bad.capnp:4:5: error: Parse error.\n"
            + "/abs/x.capnp:2:14-30: error: Import failed: /nothere.capnp\n",
        BASE);
    assertEquals(
        List.of(
            new Diagnostic(true, "/p/src/main/capnp/bad.capnp:4:5: Parse error."),
            new Diagnostic(true, "/abs/x.capnp:2:14: Import failed: /nothere.capnp")),
        d);
  }

  @Test
  void warningsStayWarnings() {
    assertEquals(
        List.of(new Diagnostic(false, "/p/a.capnp:1:1: deprecated")),
        Diagnostic.parse("a.capnp:1:1: warning: deprecated\n", BASE));
  }

  @Test
  void otherLinesAreKeptAsErrorsAndUsageHintsDropped() {
    assertEquals(
        List.of(new Diagnostic(true, "capnp compile: src/missing.capnp: no such file")),
        Diagnostic.parse(
            "capnp compile: src/missing.capnp: no such file\n"
                + "Try 'capnp compile --help' for more information.\n\n",
            BASE));
  }
}
