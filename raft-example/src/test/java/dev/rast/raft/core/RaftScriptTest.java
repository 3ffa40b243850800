package dev.rast.raft.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Data-driven scripts in the manner of etcd-raft's testdata: each file under
 * {@code src/test/resources/scripts} is a sequence of stanzas
 *
 * <pre>
 * command args...
 * ----
 * expected output
 * (blank line)
 * </pre>
 *
 * run against a {@link Cluster} of synchronous nodes. {@code -Drast.script.rewrite=true} rewrites
 * the expectations from the actual output; review the diff like code.
 *
 * <p>Commands (first line of the file: {@code cluster N} creates N nodes):
 * <ul>
 *   <li>{@code elect n} — node n ticks until it campaigns; the election runs; prints every node.
 *   <li>{@code tick n k} — node n ticks k times (its Ready handled, messages queued); prints node n.
 *   <li>{@code stabilize} — deliver everything; prints every node.
 *   <li>{@code propose n text}, {@code read n id}, {@code transfer n target} — prints the outcome.
 *   <li>{@code isolate n}, {@code heal}, {@code drop-network} — prints {@code ok}.
 *   <li>{@code reads n} — the read ids node n has served so far.
 *   <li>{@code status} — prints every node.
 * </ul>
 */
class RaftScriptTest {
  static final boolean REWRITE = Boolean.getBoolean("rast.script.rewrite");
  static final Path DIR = Paths.get("src/test/resources/scripts");

  static Stream<String> scripts() throws IOException {
    try (Stream<Path> files = Files.list(DIR)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".txt"))
          .sorted()
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scripts")
  void script(String name) throws IOException {
    Path file = DIR.resolve(name);
    List<String> lines = Files.readAllLines(file);
    StringBuilder actual = new StringBuilder();
    Cluster cluster = null;
    int i = 0;
    while (i < lines.size()) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        actual.append(line).append('\n');
        i++;
        continue;
      }
      String command = line;
      i++;
      if (i >= lines.size() || !lines.get(i).equals("----")) {
        throw new IllegalStateException(name + ":" + i + ": expected ---- after " + command);
      }
      i++;
      while (i < lines.size() && !lines.get(i).isBlank()) {
        i++; // the old expectation, replaced by what actually happens
      }
      String[] args = command.trim().split("\\s+");
      String output;
      if (args[0].equals("cluster")) {
        cluster = new Cluster(Integer.parseInt(args[1]));
        output = "ok";
      } else {
        output = run(cluster, args);
      }
      actual.append(command).append("\n----\n").append(output).append('\n');
    }
    String expected = String.join("\n", lines) + "\n";
    if (REWRITE) {
      Files.writeString(file, actual.toString());
      return;
    }
    assertEquals(
        expected,
        actual.toString(),
        () -> name
            + " differs; if intended, rerun with -Drast.script.rewrite=true and review the diff");
  }

  private static String run(Cluster c, String[] a) {
    switch (a[0]) {
      case "elect" -> {
        c.elect(n(a, 1));
        return all(c);
      }
      case "tick" -> {
        c.tick(n(a, 1), n(a, 2));
        return status(c.node(n(a, 1)));
      }
      case "stabilize" -> {
        c.stabilize();
        return all(c);
      }
      case "status" -> {
        return all(c);
      }
      case "propose" -> {
        return c.node(n(a, 1))
            .propose(ByteBuffer.wrap(a[2].getBytes(StandardCharsets.UTF_8)))
            .toString();
      }
      case "read" -> {
        return c.node(n(a, 1)).read(Long.parseLong(a[2])).toString();
      }
      case "transfer" -> {
        return c.node(n(a, 1)).transferLeadership(n(a, 2)).toString();
      }
      case "isolate" -> {
        c.isolate(n(a, 1));
        return "ok";
      }
      case "heal" -> {
        c.heal();
        return "ok";
      }
      case "drop-network" -> {
        c.network.clear();
        return "ok";
      }
      case "reads" -> {
        return c.reads.get(n(a, 1)).toString();
      }
      default -> throw new IllegalArgumentException("unknown command " + a[0]);
    }
  }

  private static int n(String[] a, int i) {
    return Integer.parseInt(a[i]);
  }

  private static String all(Cluster c) {
    List<String> out = new ArrayList<>();
    for (int i = 1; i < c.nodes.length; i++) {
      out.add(status(c.node(i)));
    }
    return String.join("\n", out);
  }

  static String status(RaftNode n) {
    return n.id() + ": " + n.role() + " term=" + n.term() + " vote=" + n.vote() + " leader="
        + n.leader() + " last=" + n.log().lastIndex() + " commit=" + n.log().committed();
  }
}
