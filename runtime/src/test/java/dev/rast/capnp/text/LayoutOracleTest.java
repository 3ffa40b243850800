package dev.rast.capnp.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs every input of {@code layout-cases.txt} through {@code capnp encode} and
 * {@code capnp decode [--short]}, and checks that {@code layout.golden} is exactly the tool's
 * output (or rewrites it with {@code -Drast.golden.update=true}). Needs capnp and the official
 * test schemas: skipped without them, failed without the tool under CI.
 */
class LayoutOracleTest {
  @Test
  void goldenIsTheToolsOutput() {
    CapnpTool.assumeAvailable();
    Path testdata = CapnpTool.testdata();
    Assumptions.assumeTrue(
        testdata != null && Files.isDirectory(testdata),
        "official test material not found (property rast.testdata)");
    Path schema = testdata.resolve("capnp/test.capnp");

    List<LayoutCase> results = new ArrayList<>();
    for (LayoutCase c : LayoutCase.parseInputs(Goldens.read(LayoutCase.CASES))) {
      byte[] message = CapnpTool.encode(testdata, schema, c.type(), c.input());
      String shortText =
          withoutFinalNewline(CapnpTool.decode(testdata, schema, c.type(), message, true));
      String prettyText =
          withoutFinalNewline(CapnpTool.decode(testdata, schema, c.type(), message, false));
      results.add(new LayoutCase(c.name(), c.type(), c.input(), shortText, prettyText));
    }
    String golden = LayoutCase.renderGolden(results);
    if (Goldens.updating()) {
      Goldens.write(LayoutCase.GOLDEN, golden);
      return;
    }
    assertEquals(Goldens.read(LayoutCase.GOLDEN), golden);
  }

  private static String withoutFinalNewline(String out) {
    if (!out.endsWith("\n")) {
      throw new AssertionError("tool output does not end with a newline: " + out);
    }
    return out.substring(0, out.length() - 1);
  }
}
