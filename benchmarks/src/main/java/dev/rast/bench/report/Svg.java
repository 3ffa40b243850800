package dev.rast.bench.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The results as one SVG chart: per case a group of horizontal bars (ns/op, one per
 * implementation, with the 99.9% error as a whisker), a log scale when the times span more than
 * {@link #LOG_SPAN}x, a legend, and a title naming date, commit, JDK and machine.
 */
final class Svg {
  static final double LOG_SPAN = 20;
  private static final int PLOT =
      480; // plot width; group labels to its left, value labels after the bars
  private static final int VALUES = 310; // room for the value labels right of the plot
  private static final int BAR = 16;
  private static final int GAP = 3;
  private static final int PAD = 16;
  private static final int TOP = 108;
  private static final String[] PALETTE = {"#1c7ed6", "#2f9e44", "#ae3ec9", "#868e96"};
  private static final String OURS_COLOR = "#e8590c";

  private Svg() {}

  /** The chart of {@code rows} (in {@link Row#order}), titled from {@code meta}. */
  static String render(List<Row> rows, Map<String, Object> meta) {
    List<String> groups = new ArrayList<>();
    List<String> impls = new ArrayList<>();
    double min = Double.MAX_VALUE;
    double max = 0;
    for (Row r : rows) {
      if (!groups.contains(r.group())) {
        groups.add(r.group());
      }
      if (!impls.contains(r.impl())) {
        impls.add(r.impl());
      }
      if (r.ns() > 0) {
        min = Math.min(min, r.ns());
        max = Math.max(max, r.ns() + (Double.isFinite(r.nsError()) ? r.nsError() : 0));
      }
    }
    impls.sort((a, b) -> a.equals(Row.OURS) ? -1 : b.equals(Row.OURS) ? 1 : a.compareTo(b));
    if (max == 0) {
      min = 1;
      max = 10;
    }
    Scale scale = max / min > LOG_SPAN ? Scale.log(min, max) : Scale.linear(max);
    int labels = 0;
    for (Row r : rows) {
      labels = Math.max(labels, (int)
          Math.ceil(Math.max(7.8 * r.workload().length(), 6.6 * r.mode().length())));
    }
    int x0 = Math.max(220, labels + 30);
    int x1 = x0 + PLOT;
    int width = x1 + VALUES;
    scale.x0 = x0;
    scale.x1 = x1;
    if (scale.log
        && PLOT / (Math.log10(scale.hi) - Math.log10(scale.lo)) < 200) { // crowded: decades only
      scale.labelled.removeIf(t -> Math.abs(Math.log10(t) - Math.rint(Math.log10(t))) > 1e-9);
    }

    int y = TOP;
    StringBuilder body = new StringBuilder();
    for (int g = 0; g < groups.size(); g++) {
      String group = groups.get(g);
      List<Row> members = new ArrayList<>();
      for (Row r : rows) {
        if (r.group().equals(group)) {
          members.add(r);
        }
      }
      int h = members.size() * (BAR + GAP) - GAP + PAD;
      if (g % 2 == 0) {
        body.append(String.format(
            Locale.ROOT,
            "<rect x=\"8\" y=\"%d\" width=\"%d\" height=\"%d\" fill=\"#f1f3f5\"/>%n",
            y,
            width - 16,
            h));
      }
      Row first = members.get(0);
      int mid = y + h / 2;
      boolean hasMode = !first.mode().equals("-");
      body.append(text(
          x0 - 10, hasMode ? mid - 2 : mid + 4, "end", "font-weight=\"bold\"", first.workload()));
      if (hasMode) {
        body.append(
            text(x0 - 10, mid + 12, "end", "fill=\"#495057\" font-size=\"11\"", first.mode()));
      }
      int by = y + PAD / 2;
      for (Row r : members) {
        String color = color(r.impl(), impls);
        double xv = scale.x(r.ns());
        body.append(String.format(
            Locale.ROOT,
            "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"><title>%s</title></rect>%n",
            x0,
            by,
            Math.max(1, xv - x0),
            BAR,
            color,
            esc(r.impl() + ": " + Table.time(r.ns(), r.nsError()) + " ns/op")));
        double right = xv;
        if (Double.isFinite(r.nsError()) && r.nsError() > 0) {
          boolean clipped =
              r.ns() - r.nsError() <= scale.lo; // no left cap: the error reaches past the axis
          double lo = scale.x(Math.max(r.ns() - r.nsError(), scale.lo));
          double hi = scale.x(r.ns() + r.nsError());
          int cy = by + BAR / 2;
          body.append(String.format(
              Locale.ROOT,
              "<path d=\"M%.1f %dH%.1f%sM%.1f %dV%d\" stroke=\"#212529\" stroke-width=\"1.2\" fill=\"none\"/>%n",
              lo,
              cy,
              hi,
              clipped ? "" : String.format(Locale.ROOT, "M%.1f %dV%d", lo, cy - 4, cy + 4),
              hi,
              cy - 4,
              cy + 4));
          right = Math.max(right, hi);
        }
        body.append(
            text((int) Math.round(right) + 6, by + BAR / 2 + 4, "start", "", label(r, rows)));
        by += BAR + GAP;
      }
      y += h;
    }
    int plotBottom = y;

    StringBuilder svg = new StringBuilder();
    int height = plotBottom + 56;
    svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    svg.append(String.format(
        Locale.ROOT,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
            + "font-family=\"DejaVu Sans, Arial, Helvetica, sans-serif\" font-size=\"12\">%n",
        width,
        height,
        width,
        height));
    svg.append(
        String.format("<rect width=\"%d\" height=\"%d\" fill=\"#ffffff\"/>%n", width, height));
    svg.append(text(
        16,
        26,
        "start",
        "font-size=\"17\" font-weight=\"bold\"",
        "rast-java vs other Java serialization libraries: time per operation (shorter is better)"));
    List<String> sub = subtitle(meta);
    svg.append(text(16, 46, "start", "fill=\"#495057\"", sub.get(0)));
    svg.append(text(16, 63, "start", "fill=\"#495057\"", sub.get(1)));
    int lx = 16;
    for (String impl : impls) {
      svg.append(String.format(
          "<rect x=\"%d\" y=\"76\" width=\"14\" height=\"14\" fill=\"%s\"/>%n",
          lx, color(impl, impls)));
      String name = display(impl);
      svg.append(text(lx + 20, 88, "start", "", name));
      lx += 20 + 7 * name.length() + 24;
    }
    svg.append(text(
        lx,
        88,
        "start",
        "fill=\"#495057\"",
        "whiskers: 99.9% error; labels: ns/op, B/op allocated, rast's speed-up"));
    // Grid and axis under the bars.
    for (double t : scale.ticks) {
      double x = scale.x(t);
      svg.append(String.format(
          Locale.ROOT,
          "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#ced4da\" stroke-width=\"1\"/>%n",
          x,
          TOP - 4,
          x,
          plotBottom));
      if (scale.labelled.contains(t)) {
        svg.append(
            text((int) Math.round(x), plotBottom + 16, "middle", "fill=\"#495057\"", duration(t)));
      }
    }
    svg.append(body);
    svg.append(String.format(
        Locale.ROOT,
        "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#212529\"/>%n",
        x0,
        TOP - 4,
        x0,
        plotBottom));
    svg.append(String.format(
        Locale.ROOT,
        "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#212529\"/>%n",
        x0,
        plotBottom,
        x1,
        plotBottom));
    svg.append(text(
        (x0 + x1) / 2,
        plotBottom + 38,
        "middle",
        "font-weight=\"bold\"",
        "time per operation (" + (scale.log ? "log scale" : "linear scale") + ")"));
    svg.append("</svg>\n");
    return svg.toString();
  }

  private static String label(Row r, List<Row> rows) {
    StringBuilder b = new StringBuilder(duration(r.ns()));
    if (!Double.isNaN(r.bytes())) {
      b.append(" · ")
          .append(String.format(Locale.ROOT, "%,.0f", Math.abs(r.bytes()) < 0.5 ? 0.0 : r.bytes()))
          .append(" B");
    }
    double ratio = r.ratio(rows);
    if (Double.isFinite(ratio)) {
      b.append(String.format(
          Locale.ROOT,
          ratio >= 1 ? " · rast %.2fx faster" : " · rast %.2fx slower",
          ratio >= 1 ? ratio : 1 / ratio));
    }
    return b.toString();
  }

  /** Two lines: when and what was measured; on which JVM and machine. */
  private static List<String> subtitle(Map<String, Object> meta) {
    List<String> parts = new ArrayList<>();
    Object date = meta.get("date");
    if (date != null) {
      parts.add(
          String.valueOf(date).replace('T', ' ').replaceAll("\\.\\d+", "").replace("Z", " UTC"));
    }
    Object commit = meta.get("commit");
    if (commit != null) {
      String c = String.valueOf(commit);
      parts.add("commit " + c.substring(0, Math.min(10, c.length()))
          + (Boolean.TRUE.equals(meta.get("dirty")) ? " (dirty)" : ""));
    }
    if (meta.get("run") != null) {
      parts.add(meta.get("run") + " run"
          + (meta.get("filter") != null ? " of " + meta.get("filter") : ""));
    }
    if (meta.get("forks") != null) {
      parts.add(String.format(
          Locale.ROOT,
          "JMH: %.0f fork(s), warm-up %s, measured %s",
          Json.num(meta.get("forks")),
          meta.get("warmup"),
          meta.get("measurement")));
    }
    String first = String.join(" · ", parts);
    parts.clear();
    if (meta.get("jdkVersion") != null) {
      parts.add("JDK " + meta.get("jdkVersion") + " (" + meta.get("jdkVendor") + ")");
    }
    if (meta.get("cpu") != null) {
      parts.add(meta.get("cpu") + ", " + number(Json.num(meta.get("cores"))) + " cores");
    }
    Object flags = meta.get("jvmFlags");
    if (flags instanceof List && !((List<?>) flags).isEmpty()) {
      parts.add(
          String.join(" ", ((List<?>) flags).stream().map(String::valueOf).toArray(String[]::new)));
    }
    parts.add(flags instanceof List && !((List<?>) flags).isEmpty() ? "" : "default JVM flags");
    parts.removeIf(String::isEmpty);
    return List.of(first, String.join(" · ", parts));
  }

  private static String display(String impl) {
    switch (impl) {
      case "rast":
        return "rast-java";
      case "capnpJava":
        return "capnproto-java";
      case "protobuf":
        return "protobuf-java";
      default:
        return impl;
    }
  }

  private static String color(String impl, List<String> impls) {
    if (impl.equals(Row.OURS)) {
      return OURS_COLOR;
    }
    int k = 0;
    for (String i : impls) {
      if (i.equals(impl)) {
        break;
      }
      if (!i.equals(Row.OURS)) {
        k++;
      }
    }
    return PALETTE[Math.min(k, PALETTE.length - 1)];
  }

  private static String text(int x, int y, String anchor, String attrs, String s) {
    return String.format(
        "<text x=\"%d\" y=\"%d\" text-anchor=\"%s\"%s>%s</text>%n",
        x, y, anchor, attrs.isEmpty() ? "" : " " + attrs, esc(s));
  }

  static String esc(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }

  /** A time in ns as 36.6 ns, 452 ns, 61.6 µs, 1.85 ms: three significant digits at most. */
  static String duration(double ns) {
    double v = ns;
    String unit = "ns";
    if (ns >= 1e6) {
      v = ns / 1e6;
      unit = "ms";
    } else if (ns >= 1e3) {
      v = ns / 1e3;
      unit = "µs";
    }
    String s = v >= 100 || v == Math.rint(v)
        ? String.format(Locale.ROOT, "%.0f", v)
        : v >= 10 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.2f", v);
    return s + " " + unit;
  }

  private static String number(double v) {
    return v == Math.rint(v)
        ? String.format(Locale.ROOT, "%,.0f", v)
        : String.format(Locale.ROOT, "%s", v);
  }

  /** Maps ns/op to x between {@code x0} and {@code x1}. */
  private static final class Scale {
    final boolean log;
    final double lo;
    final double hi;
    final List<Double> ticks = new ArrayList<>();
    /** Ticks with a label; the others only draw a grid line. */
    final List<Double> labelled = new ArrayList<>();

    int x0;
    int x1;

    private Scale(boolean log, double lo, double hi) {
      this.log = log;
      this.lo = lo;
      this.hi = hi;
    }

    /** Whole decades around the data, ticks at 1, 2 and 5 times powers of ten. */
    static Scale log(double min, double max) {
      Scale s = new Scale(
          true,
          Math.pow(10, Math.floor(Math.log10(min))),
          Math.pow(10, Math.ceil(Math.log10(max))));
      for (double d = s.lo; d <= s.hi * 1.0001; d *= 10) {
        for (int m : new int[] {1, 2, 5}) {
          if (m * d <= s.hi * 1.0001) {
            s.ticks.add(m * d);
            s.labelled.add(m * d);
          }
        }
      }
      return s;
    }

    /** From zero to a round number above the data, about five ticks. */
    static Scale linear(double max) {
      double step = Math.pow(10, Math.floor(Math.log10(max / 5)));
      for (int m : new int[] {1, 2, 5, 10}) {
        if (max / (m * step) <= 6) {
          step *= m;
          break;
        }
      }
      Scale s = new Scale(false, 0, Math.ceil(max / step) * step);
      for (double t = 0; t <= s.hi + step / 2; t += step) {
        s.ticks.add(t);
        s.labelled.add(t);
      }
      return s;
    }

    double x(double v) {
      double f = log
          ? (Math.log10(Math.max(v, lo)) - Math.log10(lo)) / (Math.log10(hi) - Math.log10(lo))
          : v / hi;
      return x0 + Math.max(0, Math.min(1, f)) * (x1 - x0);
    }
  }
}
