package dev.rast.bench.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Plain-text tables: the results of one run, and the change from an earlier run. */
final class Table {
  /** Below this many bytes a change in B/op is noise (one object header is 12 to 16 bytes). */
  static final double BYTES_SLACK = 8;

  private Table() {}

  /** One line per row: workload, mode, implementation, ns/op ± error, B/op, ratio other / rast. */
  static String results(List<Row> rows) {
    List<String[]> lines = new ArrayList<>();
    lines.add(new String[] {"workload", "mode", "impl", "ns/op", "B/op", "thread B/op", "ratio"});
    for (Row r : rows) {
      double ratio = r.ratio(rows);
      lines.add(new String[] {
        r.workload(),
        r.mode(),
        r.impl(),
        time(r.ns(), r.nsError()),
        bytes(r.bytes()),
        threadBytes(r.threadBytes()),
        Double.isNaN(ratio) ? "" : String.format(Locale.ROOT, "%.2f", ratio)
      });
    }
    return format(lines, new boolean[] {false, false, false, true, true, true, true})
        + "ratio = other's ns/op / rast's ns/op in the same case (> 1: rast is faster); ± is JMH's 99.9% error.\n"
        + "B/op: every thread of the JVM (-prof gc); thread B/op: the benchmark thread alone.\n";
  }

  /**
   * Each row of {@code now} against the same row of {@code before}: ns/op and B/op then and now,
   * the change in percent, and a flag when a change is larger than the two runs' errors added
   * (for B/op, and larger than {@link #BYTES_SLACK}).
   */
  static String compare(List<Row> before, List<Row> now) {
    Map<String, Row> old = new HashMap<>();
    for (Row r : before) {
      old.put(r.key(), r);
    }
    List<String[]> lines = new ArrayList<>();
    lines.add(new String[] {
      "workload",
      "mode",
      "impl",
      "ns/op before",
      "ns/op now",
      "change",
      "B/op before",
      "B/op now",
      "change",
      ""
    });
    int worse = 0;
    for (Row r : now) {
      Row o = old.remove(r.key());
      if (o == null) {
        lines.add(new String[] {
          r.workload(),
          r.mode(),
          r.impl(),
          "",
          time(r.ns(), r.nsError()),
          "",
          "",
          bytes(r.bytes()),
          "",
          "new"
        });
        continue;
      }
      List<String> flags = new ArrayList<>();
      double margin = finite(r.nsError()) + finite(o.nsError());
      if (r.ns() - o.ns() > margin) {
        flags.add("WORSE time");
      } else if (o.ns() - r.ns() > margin) {
        flags.add("faster");
      }
      double bytesMargin = Math.max(BYTES_SLACK, finite(r.bytesError()) + finite(o.bytesError()));
      if (r.bytes() - o.bytes() > bytesMargin) {
        flags.add("WORSE alloc");
      } else if (o.bytes() - r.bytes() > bytesMargin) {
        flags.add("less alloc");
      }
      if (flags.stream().anyMatch(f -> f.startsWith("WORSE"))) {
        worse++;
      }
      lines.add(new String[] {
        r.workload(),
        r.mode(),
        r.impl(),
        time(o.ns(), o.nsError()),
        time(r.ns(), r.nsError()),
        percent(o.ns(), r.ns()),
        bytes(o.bytes()),
        bytes(r.bytes()),
        percent(o.bytes(), r.bytes()),
        String.join(", ", flags)
      });
    }
    for (Row o : before) {
      if (old.containsKey(o.key())) {
        lines.add(new String[] {
          o.workload(),
          o.mode(),
          o.impl(),
          time(o.ns(), o.nsError()),
          "",
          "",
          bytes(o.bytes()),
          "",
          "",
          "gone"
        });
      }
    }
    return format(
            lines, new boolean[] {false, false, false, true, true, true, true, true, true, false})
        + worse + (worse == 1 ? " row" : " rows") + " worse beyond the error.\n";
  }

  private static double finite(double d) {
    return Double.isFinite(d) ? d : 0;
  }

  static String percent(double before, double now) {
    if (Double.isNaN(before) || Double.isNaN(now)) {
      return "";
    }
    if (Math.abs(before) < 0.5) { // zero-allocation rows: a percentage of ~0 means nothing
      return Math.abs(now) < 0.5 ? "=" : "+" + bytes(now);
    }
    return String.format(Locale.ROOT, "%+.1f%%", (now - before) / before * 100);
  }

  /** {@code 38.2 ± 3.1}: three significant digits or so, the error to the same decimals. */
  static String time(double ns, double error) {
    String f = ns >= 100 ? "%.0f" : ns >= 10 ? "%.1f" : "%.2f";
    String s = String.format(Locale.ROOT, f, ns);
    return Double.isFinite(error) ? s + " ± " + String.format(Locale.ROOT, f, error) : s;
  }

  /** Bytes per operation, whole; blank without the gc profiler. */
  static String bytes(double b) {
    return Double.isNaN(b) ? "" : String.format(Locale.ROOT, "%.0f", Math.abs(b) < 0.5 ? 0.0 : b);
  }

  /** Per-thread bytes: exact zero as 0, small fractions to 3 decimals (they are what it is for). */
  static String threadBytes(double b) {
    if (Double.isNaN(b)) {
      return "";
    }
    return b == 0 ? "0" : String.format(Locale.ROOT, Math.abs(b) < 10 ? "%.3f" : "%.0f", b);
  }

  private static String format(List<String[]> lines, boolean[] right) {
    int[] w = new int[lines.get(0).length];
    for (String[] l : lines) {
      for (int c = 0; c < l.length; c++) {
        w[c] = Math.max(w[c], l[c].length());
      }
    }
    StringBuilder b = new StringBuilder();
    for (int k = 0; k < lines.size(); k++) {
      String[] l = lines.get(k);
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < l.length; c++) {
        String pad = " ".repeat(w[c] - l[c].length());
        line.append(c == 0 ? "" : "  ").append(right[c] ? pad + l[c] : l[c] + pad);
      }
      b.append(line.toString().stripTrailing()).append('\n');
      if (k == 0) {
        int total = 0;
        for (int x : w) {
          total += x;
        }
        b.append("-".repeat(total + 2 * (w.length - 1))).append('\n');
      }
    }
    return b.toString();
  }
}
