package dev.rast.capnp.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Replays each value of {@code layout.golden} (the tool's short output, read back by
 * {@link ShortTextParser}) through a {@link TextPrinter} and checks both renderings against the
 * tool's. Runs without capnp.
 */
class LayoutGoldenTest {
  static List<LayoutCase> cases() {
    List<LayoutCase> cases = LayoutCase.parseGolden(Goldens.read(LayoutCase.GOLDEN));
    Assertions.assertEquals(
        LayoutCase.parseInputs(Goldens.read(LayoutCase.CASES)).size(),
        cases.size(),
        "layout.golden is stale: regenerate it with -Drast.golden.update=true");
    return cases;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void shortRenderingMatchesTool(LayoutCase c) {
    TextPrinter printer = ShortTextParser.parse(c.shortText(), new TextPrinter());
    assertEquals(c.shortText(), printer.toShortString());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void prettyRenderingMatchesTool(LayoutCase c) {
    TextPrinter printer = ShortTextParser.parse(c.shortText(), new TextPrinter());
    assertEquals(c.prettyText(), printer.toPrettyString());
  }

  /** The official pretty.txt / short.txt of initTestMessage(), straight from the test material. */
  @Test
  void officialTestdataRoundTrips() throws IOException {
    Path testdata = CapnpTool.testdata();
    Assumptions.assumeTrue(
        testdata != null && Files.isDirectory(testdata),
        "official test material not found (property rast.testdata)");
    String shortText =
        Files.readString(testdata.resolve("capnp/testdata/short.txt"), StandardCharsets.UTF_8);
    String prettyText =
        Files.readString(testdata.resolve("capnp/testdata/pretty.txt"), StandardCharsets.UTF_8);
    TextPrinter printer = ShortTextParser.parse(shortText.stripTrailing(), new TextPrinter());
    assertEquals(shortText, printer.toShortString() + "\n");
    assertEquals(prettyText, printer.toPrettyString() + "\n");
  }
}
