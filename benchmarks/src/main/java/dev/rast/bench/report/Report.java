package dev.rast.bench.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a JMH JSON result file into one table, {@code latest.json} (rows and run metadata) and
 * {@code latest.svg}, and optionally compares with an earlier {@code latest.json} (or raw JMH
 * file). Run by {@code benchmarks/run}; see {@link #USAGE}.
 */
public final class Report {
  static final String USAGE = String.join(
      "\n",
      "usage: Report (--jmh JMH.json | --current REPORT.json) [--out DIR] [--compare OLD.json]",
      "              [--run quick|full|custom] [--filter REGEX] [--commit SHA] [--dirty true|false]",
      "  --jmh      a JMH result file (-rf json): print the table, write DIR/latest.json and DIR/latest.svg",
      "  --current  an earlier report file: print its table and re-render DIR/latest.svg from it",
      "  --compare  also print each row's change against OLD.json (a report or JMH file)",
      "  --run, --filter, --commit, --dirty: recorded in latest.json as they are given");

  private Report() {}

  public static void main(String[] args) throws IOException {
    Map<String, String> opt = new LinkedHashMap<>();
    for (int k = 0; k < args.length; k++) {
      if (args[k].equals("-h") || args[k].equals("--help")) {
        System.out.println(USAGE);
        return;
      }
      if (!args[k].startsWith("--") || k + 1 >= args.length) {
        System.err.println("Report: bad argument " + args[k] + "\n" + USAGE);
        System.exit(2);
      }
      opt.put(args[k].substring(2), args[++k]);
    }
    if (opt.containsKey("jmh") == opt.containsKey("current")) {
      System.err.println("Report: give one of --jmh and --current\n" + USAGE);
      System.exit(2);
    }
    Path out = Path.of(opt.getOrDefault("out", "benchmarks/results"));
    List<Row> before = opt.containsKey("compare") ? load(Path.of(opt.get("compare"))) : null;

    List<Row> rows;
    Map<String, Object> meta;
    if (opt.containsKey("jmh")) {
      Object jmh = Json.parse(Files.readString(Path.of(opt.get("jmh"))));
      rows = Row.fromJmh(jmh);
      meta = meta(jmh, opt);
      Files.createDirectories(out);
      write(out.resolve("latest.json"), Json.write(document(rows, meta)));
    } else {
      Map<?, ?> doc = (Map<?, ?>) Json.parse(Files.readString(Path.of(opt.get("current"))));
      rows = Row.fromReport(doc);
      meta = new LinkedHashMap<>();
      ((Map<?, ?>) doc.get("meta")).forEach((k, v) -> meta.put(String.valueOf(k), v));
      Files.createDirectories(out);
    }
    write(out.resolve("latest.svg"), Svg.render(rows, meta));
    if (rows.isEmpty()) {
      System.out.println("No results.");
    } else {
      System.out.print(Table.results(rows));
    }
    if (before != null) {
      System.out.println();
      System.out.println("Change against " + opt.get("compare") + ":");
      System.out.print(Table.compare(before, rows));
    }
  }

  /** Rows from a report file or a raw JMH result file. */
  static List<Row> load(Path file) throws IOException {
    Object json = Json.parse(Files.readString(file));
    return json instanceof List ? Row.fromJmh(json) : Row.fromReport(json);
  }

  /** What {@code latest.json} holds: {@code meta} and {@code rows}. */
  static Map<String, Object> document(List<Row> rows, Map<String, Object> meta) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("meta", meta);
    List<Object> list = new ArrayList<>();
    for (Row r : rows) {
      list.add(r.toJson(rows));
    }
    doc.put("rows", list);
    return doc;
  }

  /** The run's metadata: from the JMH file, this JVM, /proc/cpuinfo and the options. */
  static Map<String, Object> meta(Object jmh, Map<String, String> opt) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("date", Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    m.put("run", opt.getOrDefault("run", "custom"));
    if (opt.containsKey("filter")) {
      m.put("filter", opt.get("filter"));
    }
    m.put("commit", opt.getOrDefault("commit", "unknown"));
    m.put("dirty", Boolean.parseBoolean(opt.getOrDefault("dirty", "false")));
    Map<?, ?> first = ((List<?>) jmh).isEmpty() ? Map.of() : (Map<?, ?>) ((List<?>) jmh).get(0);
    String vendor = System.getProperty("java.vm.vendor", "?");
    m.put(
        "jdk",
        first.isEmpty()
            ? System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version")
            : first.get("vmName") + " " + first.get("vmVersion") + " (" + vendor + ")");
    m.put(
        "jdkVersion",
        first.isEmpty() ? System.getProperty("java.version") : first.get("jdkVersion"));
    m.put("jdkVendor", vendor);
    m.put("jvm", first.get("jvm"));
    List<Object> flags = new ArrayList<>();
    if (first.get("jvmArgs") instanceof List) {
      flags.addAll((List<?>) first.get("jvmArgs"));
    }
    m.put("jvmFlags", flags);
    m.put("jmhVersion", first.get("jmhVersion"));
    m.put("forks", first.get("forks"));
    m.put(
        "warmup",
        first.isEmpty()
            ? null
            : (long) Json.num(first.get("warmupIterations")) + " x " + first.get("warmupTime"));
    m.put(
        "measurement",
        first.isEmpty()
            ? null
            : (long) Json.num(first.get("measurementIterations")) + " x "
                + first.get("measurementTime"));
    m.put("cpu", cpuModel());
    m.put("cores", Runtime.getRuntime().availableProcessors());
    m.put(
        "os",
        System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
            + System.getProperty("os.arch"));
    return m;
  }

  private static String cpuModel() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (line.startsWith("model name")) {
          return line.substring(line.indexOf(':') + 1).trim().replaceAll("\\s+", " ");
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: fall through
    }
    return System.getProperty("os.arch");
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
