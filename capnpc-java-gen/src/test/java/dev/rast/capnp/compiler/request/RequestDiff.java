package dev.rast.capnp.compiler.request;

import dev.rast.capnp.Canonical;
import dev.rast.capnp.Framing;
import dev.rast.capnp.MessageReader;
import dev.rast.capnp.ReaderOptions;
import dev.rast.capnp.StructReader;
import dev.rast.capnp.compiler.schema.Schema;
import dev.rast.capnp.compiler.schema.Schema.CodeGeneratorRequest;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Compares two CodeGeneratorRequests the way the issue defines equality: the same nodes (by id,
 * order ignored), the same sourceInfo entries, the same requestedFiles; capnpVersion ignored.
 * Each node is compared by its canonical encoding (so default values inside AnyPointers count);
 * a difference is shown as the first differing lines of both nodes printed in capnp text format.
 */
public final class RequestDiff {
  private RequestDiff() {}

  static CodeGeneratorRequest.Reader read(byte[] framed) {
    MessageReader m = Framing.read(
        ByteBuffer.wrap(framed).order(ByteOrder.LITTLE_ENDIAN),
        new MessageReader(new ReaderOptions(1L << 40, 64)));
    return m.getRoot(new CodeGeneratorRequest.Reader());
  }

  /** The differences, empty when the requests are equal. */
  public static List<String> diff(byte[] expected, byte[] actual) {
    CodeGeneratorRequest.Reader e = read(expected);
    CodeGeneratorRequest.Reader a = read(actual);
    List<String> out = new ArrayList<>();
    Map<Long, Schema.Node.Reader> en = new TreeMap<>();
    for (Schema.Node.Reader n : e.getNodes()) {
      en.put(n.getId(), n);
    }
    Map<Long, Schema.Node.Reader> an = new TreeMap<>();
    for (Schema.Node.Reader n : a.getNodes()) {
      an.put(n.getId(), n);
    }
    for (Map.Entry<Long, Schema.Node.Reader> x : en.entrySet()) {
      Schema.Node.Reader mine = an.get(x.getKey());
      if (mine == null) {
        out.add("missing node " + x.getValue().getDisplayName() + " @0x"
            + Long.toHexString(x.getKey()));
      } else {
        compare(
            "node " + x.getValue().getDisplayName(),
            x.getValue(),
            mine,
            x.getValue().toPrettyString(),
            mine.toPrettyString(),
            out);
      }
    }
    for (Map.Entry<Long, Schema.Node.Reader> x : an.entrySet()) {
      if (!en.containsKey(x.getKey())) {
        out.add(
            "extra node " + x.getValue().getDisplayName() + " @0x" + Long.toHexString(x.getKey()));
      }
    }
    List<String> es = sourceInfos(e);
    List<String> as = sourceInfos(a);
    if (!es.equals(as)) {
      out.add(
          "sourceInfo differs:\n" + firstDifference(String.join("\n", es), String.join("\n", as)));
    }
    String ef = files(e);
    String af = files(a);
    if (!ef.equals(af)) {
      out.add("requestedFiles differ:\n  capnp: " + ef + "\n  ours:  " + af);
    }
    return out;
  }

  private static String files(CodeGeneratorRequest.Reader r) {
    StringBuilder sb = new StringBuilder();
    for (CodeGeneratorRequest.RequestedFile.Reader f : r.getRequestedFiles()) {
      sb.append(f).append('\n');
    }
    return sb.toString();
  }

  private static List<String> sourceInfos(CodeGeneratorRequest.Reader r) {
    List<String> out = new ArrayList<>();
    for (Schema.Node.SourceInfo.Reader s : r.getSourceInfo()) {
      out.add(s.toString());
    }
    out.sort(null);
    return out;
  }

  private static void compare(
      String what, StructReader e, StructReader a, String et, String at, List<String> out) {
    byte[] ec = Canonical.canonicalize(e);
    byte[] ac = Canonical.canonicalize(a);
    if (Arrays.equals(ec, ac)) {
      return;
    }
    if (!et.equals(at)) {
      out.add(what + " differs:\n" + firstDifference(et, at));
    } else {
      out.add(what + " differs in a pointer value (same text):\n  capnp: "
          + HexFormat.of().formatHex(ec) + "\n  ours:  " + HexFormat.of().formatHex(ac));
    }
  }

  /** The differing lines (aligned by position), with a line of context before each run; bounded. */
  private static String firstDifference(String e, String a) {
    String[] el = e.split("\n");
    String[] al = a.split("\n");
    StringBuilder sb = new StringBuilder();
    int shown = 0;
    for (int k = 0; k < Math.max(el.length, al.length) && shown < 12; k++) {
      String x = k < el.length ? el[k] : "<end>";
      String y = k < al.length ? al[k] : "<end>";
      if (!x.equals(y)) {
        if (k > 0 && k - 1 < el.length && k - 1 < al.length && el[k - 1].equals(al[k - 1])) {
          sb.append("    ").append(el[k - 1]).append('\n');
        }
        sb.append("  - ").append(x).append('\n').append("  + ").append(y).append('\n');
        shown++;
      }
    }
    return sb.toString();
  }
}
