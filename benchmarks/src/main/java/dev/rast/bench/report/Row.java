package dev.rast.bench.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One result: a workload (benchmark class without {@code Benchmark}, dot, method without its
 * implementation suffix), its mode (the JMH parameters, {@code -} when none), the implementation
 * (the method-name suffix after the last {@code _}: {@code rast}, {@code capnpJava}, {@code
 * protobuf}), time per operation in ns with its 99.9% error, and bytes allocated per operation
 * ({@code gc.alloc.rate.norm}, every thread of the JVM; NaN without {@code -prof gc}) and by the
 * benchmark thread alone ({@link dev.rast.bench.ThreadAllocation}'s counters; NaN without them).
 * Errors are NaN when JMH had too few iterations to give one.
 */
record Row(
    String workload,
    String mode,
    String impl,
    double ns,
    double nsError,
    double bytes,
    double bytesError,
    double threadBytes) {

  /** The implementation the ratios are relative to. */
  static final String OURS = "rast";

  /** Identifies the row across runs. */
  String key() {
    return workload + " | " + mode + " | " + impl;
  }

  /** The case the row belongs to: workload and mode. */
  String group() {
    return mode.equals("-") ? workload : workload + " [" + mode + "]";
  }

  /** Rows from a JMH JSON result file ({@code -rf json}), times converted to ns/op, in {@link #order}. */
  static List<Row> fromJmh(Object json) {
    List<Row> rows = new ArrayList<>();
    for (Object o : (List<?>) json) {
      Map<?, ?> r = (Map<?, ?>) o;
      String bench = (String) r.get("benchmark");
      int dot = bench.lastIndexOf('.');
      String cls = bench.substring(bench.lastIndexOf('.', dot - 1) + 1, dot);
      if (cls.endsWith("Benchmark") && cls.length() > "Benchmark".length()) {
        cls = cls.substring(0, cls.length() - "Benchmark".length());
      }
      String method = bench.substring(dot + 1);
      int us = method.lastIndexOf('_');
      String kase = us > 0 ? method.substring(0, us) : method;
      String impl = us > 0 ? method.substring(us + 1) : "-";
      StringBuilder mode = new StringBuilder();
      if (r.get("params") instanceof Map) {
        for (Map.Entry<?, ?> p : ((Map<?, ?>) r.get("params")).entrySet()) {
          mode.append(mode.length() == 0 ? "" : " ")
              .append(p.getKey())
              .append('=')
              .append(p.getValue());
        }
      }
      Map<?, ?> primary = (Map<?, ?>) r.get("primaryMetric");
      double score = Json.num(primary.get("score"));
      double error = Json.num(primary.get("scoreError"));
      String unit = (String) primary.get("scoreUnit");
      double ns;
      double nsError;
      if (unit.endsWith("/op")) {
        double f = nanos(unit.substring(0, unit.length() - 3));
        ns = score * f;
        nsError = error * f;
      } else if (unit.startsWith("ops/")) { // throughput: invert, error to first order
        ns = nanos(unit.substring(4)) / score;
        nsError = ns * error / score;
      } else {
        throw new IllegalArgumentException("unknown unit " + unit + " of " + bench);
      }
      double bytes = Double.NaN;
      double bytesError = Double.NaN;
      Object secondary = r.get("secondaryMetrics");
      if (secondary instanceof Map
          && ((Map<?, ?>) secondary).get("gc.alloc.rate.norm") instanceof Map) {
        Map<?, ?> norm = (Map<?, ?>) ((Map<?, ?>) secondary).get("gc.alloc.rate.norm");
        bytes = Json.num(norm.get("score"));
        bytesError = Json.num(norm.get("scoreError"));
      }
      double threadBytes = threadBytesPerOp(secondary, ns);
      rows.add(new Row(
          cls + "." + kase,
          mode.length() == 0 ? "-" : mode.toString(),
          impl,
          ns,
          nsError,
          bytes,
          bytesError,
          threadBytes));
    }
    return order(rows);
  }

  /**
   * The benchmark thread's bytes per operation from {@code threadAllocBytes} over the operations
   * the iterations ran ({@code threadAllocNs} / {@code nsPerOp}); both counters are aggregated
   * alike, so their ratio holds. NaN when the counters are missing.
   */
  private static double threadBytesPerOp(Object secondary, double nsPerOp) {
    if (!(secondary instanceof Map)) {
      return Double.NaN;
    }
    Object bytes = ((Map<?, ?>) secondary).get("threadAllocBytes");
    Object time = ((Map<?, ?>) secondary).get("threadAllocNs");
    if (!(bytes instanceof Map) || !(time instanceof Map)) {
      return Double.NaN;
    }
    double b = Json.num(((Map<?, ?>) bytes).get("score"));
    double t = Json.num(((Map<?, ?>) time).get("score"));
    return b == 0 ? 0 : b * nsPerOp / t;
  }

  private static double nanos(String timeUnit) {
    switch (timeUnit) {
      case "ns":
        return 1;
      case "us":
        return 1e3;
      case "ms":
        return 1e6;
      case "s":
        return 1e9;
      case "min":
        return 60e9;
      default:
        throw new IllegalArgumentException("unknown time unit " + timeUnit);
    }
  }

  /** The rows of a report file ({@code latest.json}) as {@link #toJson} wrote them. */
  static List<Row> fromReport(Object json) {
    List<Row> rows = new ArrayList<>();
    for (Object o : (List<?>) ((Map<?, ?>) json).get("rows")) {
      Map<?, ?> r = (Map<?, ?>) o;
      rows.add(new Row(
          (String) r.get("workload"),
          (String) r.get("mode"),
          (String) r.get("impl"),
          Json.num(r.get("ns")),
          Json.num(r.get("nsError")),
          Json.num(r.get("bytes")),
          Json.num(r.get("bytesError")),
          r.get("threadBytes") == null ? Double.NaN : Json.num(r.get("threadBytes"))));
    }
    return rows;
  }

  /** This row for {@code latest.json}, with its ratio. */
  Map<String, Object> toJson(List<Row> all) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("workload", workload);
    m.put("mode", mode);
    m.put("impl", impl);
    m.put("ns", ns);
    m.put("nsError", nsError);
    m.put("bytes", bytes);
    m.put("bytesError", bytesError);
    m.put("threadBytes", threadBytes);
    m.put("ratio", ratio(all));
    return m;
  }

  /** Cases in order of first appearance; within one, {@link #OURS} first, then by name. */
  static List<Row> order(List<Row> rows) {
    List<String> groups = new ArrayList<>();
    for (Row r : rows) {
      if (!groups.contains(r.group())) {
        groups.add(r.group());
      }
    }
    List<Row> sorted = new ArrayList<>(rows);
    sorted.sort(Comparator.<Row>comparingInt(r -> groups.indexOf(r.group()))
        .thenComparing(r -> !r.impl.equals(OURS))
        .thenComparing(Row::impl));
    return sorted;
  }

  /** The rast row of this row's case, or null. */
  Row ours(List<Row> all) {
    for (Row r : all) {
      if (r.impl.equals(OURS) && r.workload.equals(workload) && r.mode.equals(mode)) {
        return r;
      }
    }
    return null;
  }

  /**
   * This row's time over rast's in the same case (above 1: rast is faster); NaN for rast's own
   * row and for cases without a rast row.
   */
  double ratio(List<Row> all) {
    Row ours = ours(all);
    return ours == null || ours == this || impl.equals(OURS) ? Double.NaN : ns / ours.ns;
  }
}
