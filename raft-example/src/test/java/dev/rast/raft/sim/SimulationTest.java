package dev.rast.raft.sim;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Runs the deterministic simulation over a seed range: {@code -Dsim.seeds=N -Dsim.firstSeed=S}
 * (defaults 1000 and 1). Prints {@code SIM seeds S..E: N passed}, writes the seeds, their results and
 * the fault counts to {@code target/sim-report.txt}, and fails listing every failing seed with the
 * one-line command that replays it.
 */
class SimulationTest {
  static final String REPLAY =
      "mvn -pl raft-example test -Dtest=SimulationTest -Dsim.seeds=1 -Dsim.firstSeed=";

  @Test
  void seedsPass() throws IOException {
    long first = Long.getLong("sim.firstSeed", 1);
    int count = Integer.getInteger("sim.seeds", 1000);
    List<Simulation.Result> failures = new ArrayList<>();
    Map<FaultKind, Long> totals = new EnumMap<>(FaultKind.class);
    for (FaultKind k : FaultKind.values()) {
      totals.put(k, 0L);
    }
    StringBuilder report = new StringBuilder();
    long ops = 0;
    long indefinite = 0;
    long start = System.nanoTime();
    long fromStorage0 = SimNode.recordsFromStorage;
    long taken0 = Simulation.snapshotsTaken;
    long installed0 = Simulation.snapshotsInstalled;
    long configs0 = Invariants.configsCommitted;
    for (long seed = first; seed < first + count; seed++) {
      Simulation.Result r = new Simulation(seed).run();
      r.faults().forEach((k, v) -> totals.merge(k, (long) v, Long::sum));
      ops += r.operations();
      indefinite += r.indefinite();
      report
          .append("seed ")
          .append(seed)
          .append(' ')
          .append(r.ok() ? "PASS" : "FAIL")
          .append(" nodes=")
          .append(r.nodes())
          .append(" ops=")
          .append(r.operations())
          .append(" indefinite=")
          .append(r.indefinite())
          .append(" events=")
          .append(r.events())
          .append(" virtualMs=")
          .append(r.virtualMillis())
          .append(" faults=")
          .append(r.faults());
      if (!r.ok()) {
        report.append(" failure=").append(r.failure());
        failures.add(r);
        System.out.println("SIM FAIL seed " + seed + ": " + r.failure());
        System.out.println("  replay: " + REPLAY + seed);
      }
      report.append('\n');
    }
    long last = first + count - 1;
    String summary = "SIM seeds " + first + ".." + last + ": " + (count - failures.size())
        + " passed" + (failures.isEmpty() ? "" : ", " + failures.size() + " FAILED");
    String totalsLine = "faults injected: " + totals + "; operations: " + ops + " (" + indefinite
        + " indefinite); records read back from disk by leaders: "
        + (SimNode.recordsFromStorage - fromStorage0)
        + "; snapshots taken: " + (Simulation.snapshotsTaken - taken0)
        + ", installed by InstallSnapshot: "
        + (Simulation.snapshotsInstalled - installed0) + "; membership changes committed: "
        + (Invariants.configsCommitted - configs0) + "; "
        + (System.nanoTime() - start) / 1_000_000 + " ms";
    System.out.println(summary);
    System.out.println(totalsLine);
    Path out = Paths.get(System.getProperty("sim.report", "target/sim-report.txt"));
    Files.createDirectories(out.toAbsolutePath().getParent());
    Files.writeString(out, summary + "\n" + totalsLine + "\n" + report);
    if (count >= 100 && SimNode.recordsFromStorage == fromStorage0) {
      fail("no core read a record back from its disk: the bounded in-memory log went untested");
    }
    if (count >= 100 && Simulation.snapshotsInstalled == installed0) {
      fail("no node installed a snapshot: InstallSnapshot went untested");
    }
    if (count >= 100 && Invariants.configsCommitted == configs0) {
      fail("no membership change was committed: membership changes went untested");
    }
    if (!failures.isEmpty()) {
      StringBuilder msg = new StringBuilder(summary).append('\n');
      for (Simulation.Result f : failures) {
        msg.append("seed ")
            .append(f.seed())
            .append(": ")
            .append(f.failure())
            .append("\n  replay: ")
            .append(REPLAY)
            .append(f.seed())
            .append('\n');
      }
      fail(msg.toString());
    }
    if (count >= 100) {
      for (Map.Entry<FaultKind, Long> e : totals.entrySet()) {
        if (e.getValue() == 0) {
          fail("the nemesis never injected " + e.getKey() + " over " + count + " seeds");
        }
      }
    }
  }
}
