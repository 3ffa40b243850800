package dev.rast.bench.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** The report program on a small JMH result file: rows, ratios, table, SVG, JSON and comparison. */
class ReportTest {
  private static String fixture() throws IOException {
    try (InputStream in = ReportTest.class.getResourceAsStream("jmh-fixture.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static List<Row> rows() throws IOException {
    return Row.fromJmh(Json.parse(fixture()));
  }

  @Test
  void parsesJmhResultsIntoRows() throws IOException {
    List<Row> rows = rows();
    assertEquals(5, rows.size());
    // Cases in order of appearance, rast first within each.
    Row r = rows.get(0);
    assertEquals("RaftMessage.parseAndReadScalars", r.workload());
    assertEquals("-", r.mode());
    assertEquals("rast", r.impl());
    assertEquals(40.0, r.ns());
    assertEquals(5.0, r.nsError());
    assertEquals(0.0012, r.bytes());
    assertEquals("capnpJava", rows.get(1).impl());
    assertEquals(200.0, rows.get(1).bytes());
    // The benchmark thread's own bytes: 400 B over 2 s of 55 ns operations; rast's exactly none.
    assertEquals(400.0 * 55 / 2e9, rows.get(1).threadBytes(), 1e-12);
    assertEquals(0.0, r.threadBytes());
    assertEquals("0", Table.threadBytes(r.threadBytes()));
    assertEquals("0.011", Table.threadBytes(0.011));
    Row car = rows.get(3);
    assertEquals("CarSales.roundTrip", car.workload());
    assertEquals("mode=packed reuse=true", car.mode());
    assertEquals("protobuf", car.impl());
    assertEquals(3000.0, car.ns()); // us/op in ns
    assertTrue(Double.isNaN(car.nsError()));
    assertTrue(Double.isNaN(car.bytes())); // run without -prof gc
    assertTrue(Double.isNaN(car.threadBytes())); // run without the thread counters
    Row eval = rows.get(4);
    assertEquals(500.0, eval.ns(), 1e-9); // 2 ops/us is 500 ns/op
    assertEquals(50.0, eval.nsError(), 1e-9);
  }

  @Test
  void ratioIsOtherOverOurs() throws IOException {
    List<Row> rows = rows();
    assertEquals(55.0 / 40.0, rows.get(1).ratio(rows), 1e-12);
    assertEquals(2.0, rows.get(3).ratio(rows), 1e-12);
    assertTrue(Double.isNaN(rows.get(0).ratio(rows))); // ours
    assertTrue(Double.isNaN(rows.get(4).ratio(rows))); // no peer
  }

  @Test
  void tableHasOneLinePerRow() throws IOException {
    String table = Table.results(rows());
    String[] lines = table.split("\n");
    assertEquals(2 + 5 + 2, lines.length); // header, rule, rows, two footnotes
    assertTrue(lines[0].startsWith("workload"));
    assertTrue(
        lines[3].contains("capnpJava")
            && lines[3].contains("55.0 ± 15.0")
            && lines[3].contains("200")
            && lines[3].endsWith("1.38"),
        lines[3]);
    assertTrue(lines[2].contains("40.0 ± 5.0") && lines[2].endsWith(" 0"), lines[2]);
    assertTrue(lines[5].contains("3000") && lines[5].endsWith("2.00"), lines[5]);
  }

  @Test
  void svgIsWellFormedXml() throws Exception {
    Map<String, Object> meta = Report.meta(
        Json.parse(fixture()),
        Map.of("run", "quick", "commit", "0123456789abcdef", "dirty", "true"));
    String svg = Svg.render(rows(), meta);
    Document doc = DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    assertEquals("svg", doc.getDocumentElement().getNodeName());
    assertEquals(5, doc.getElementsByTagName("title").getLength()); // one tooltip per bar
    assertTrue(svg.contains("commit 0123456789 (dirty)"));
    assertTrue(svg.contains("log scale")); // 40 ns to 3 us spans more than 20x
    assertTrue(svg.contains("mode=packed reuse=true"));
    assertTrue(svg.contains("-XX:-DoEscapeAnalysis"));
  }

  @Test
  void chartLabelsScaleTheTimeUnit() {
    assertEquals("36.6 ns", Svg.duration(36.6));
    assertEquals("452 ns", Svg.duration(452.4));
    assertEquals("1 µs", Svg.duration(1000));
    assertEquals("1.86 µs", Svg.duration(1860));
    assertEquals("61.6 µs", Svg.duration(61639));
    assertEquals("1.85 ms", Svg.duration(1.85e6));
  }

  @Test
  void svgEscapesText() throws Exception {
    List<Row> rows = List.of(
        new Row("A<B>.x&y", "k=\"v\"", "rast", 10, 1, 0, 0, Double.NaN),
        new Row("A<B>.x&y", "k=\"v\"", "protobuf", 12, 1, 8, 0, Double.NaN));
    String svg = Svg.render(rows, Map.of());
    DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    assertTrue(svg.contains("linear scale"));
  }

  @Test
  void reportFileRoundTrips(@TempDir Path dir) throws IOException {
    List<Row> rows = rows();
    Map<String, Object> meta = Report.meta(Json.parse(fixture()), Map.of("run", "full"));
    Path file = dir.resolve("latest.json");
    Files.writeString(file, Json.write(Report.document(rows, meta)));
    Map<?, ?> doc = (Map<?, ?>) Json.parse(Files.readString(file));
    Map<?, ?> m = (Map<?, ?>) doc.get("meta");
    assertEquals("full", m.get("run"));
    assertEquals("17.0.15", m.get("jdkVersion"));
    assertEquals(List.of("-XX:-DoEscapeAnalysis"), m.get("jvmFlags"));
    assertEquals(rows.toString(), Report.load(file).toString()); // NaN written as null, read back
    assertEquals(1.375, Json.num(((Map<?, ?>) ((List<?>) doc.get("rows")).get(1)).get("ratio")));
  }

  @Test
  void compareFlagsChangesBeyondTheError() throws IOException {
    List<Row> before = rows();
    List<Row> now = List.of(
        new Row(
            "RaftMessage.parseAndReadScalars",
            "-",
            "rast",
            60,
            5,
            0,
            0,
            Double.NaN), // 40±5 -> 60±5: worse
        new Row(
            "RaftMessage.parseAndReadScalars",
            "-",
            "capnpJava",
            50,
            15,
            300,
            0,
            Double.NaN), // time within error
        new Row(
            "CarSales.roundTrip",
            "mode=packed reuse=true",
            "rast",
            1000,
            100,
            64,
            0,
            Double.NaN), // faster; B/op not measured before
        new Row("New.case", "-", "rast", 1, 0, 0, 0, Double.NaN));
    String out = Table.compare(before, now);
    String[] lines = out.split("\n");
    assertTrue(lines[2].contains("+50.0%") && lines[2].endsWith("WORSE time"), lines[2]);
    assertTrue(
        lines[3].contains("-9.1%")
            && lines[3].contains("+50.0%")
            && lines[3].endsWith("  WORSE alloc"),
        lines[3]);
    assertTrue(lines[4].contains("-33.3%") && lines[4].endsWith("  faster"), lines[4]);
    assertTrue(lines[5].endsWith("new"), lines[5]);
    assertTrue(out.contains("gone")); // protobuf and Eval rows are missing now
    assertTrue(out.endsWith("2 rows worse beyond the error.\n"), out);
  }

  @Test
  void jsonParserRejectsGarbage() {
    assertThrows(IllegalArgumentException.class, () -> Json.parse("[1, 2"));
    assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\" 1}"));
    assertThrows(IllegalArgumentException.class, () -> Json.parse("[] x"));
    assertEquals(
        List.of("a\"\u00e9\n", 1.5e3, true, false),
        Json.parse("[\"a\\\"\\u00e9\\n\", 1.5e3, true, false]"));
    assertFalse(Json.write(Map.of("x", Double.NaN)).contains("NaN"));
  }
}
