package dev.rast.raft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * Usage errors exit 2 everywhere (CLUSTER.md), with one line naming what is wrong, the synopsis and
 * where to find help, and nothing of picocli's internals; the help texts read whole.
 */
@Timeout(value = 30, unit = TimeUnit.SECONDS)
class CliUsageTest {
  @ParameterizedTest(name = "rast {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "''                                | Usage: rast",
        "get --cluster nonsense k          | rast get: Invalid value for option '--cluster': 'nonsense' is not id=host:port",
        "get                               | rast get: Missing required parameter: 'KEY'",
        "put onlykey                       | rast put: Missing required parameter: 'VALUE'",
        "put --bogus k v                   | rast put: Unknown option: '--bogus'",
        "cput k a b c                      | rast cput: give KEY EXPECTED VALUE (3 arguments), got 4: k a b c",
        "cput k v                          | rast cput: give KEY EXPECTED VALUE (3 arguments), got 2: k v",
        "cput --absent k a b               | rast cput: with --absent give KEY VALUE (2 arguments), got 3: k a b",
        "delete --cluster 0=127.0.0.1:1 k  | rast delete: Invalid value for option '--cluster': node ids must be > 0",
        "status --cluster 1=127.0.0.1:x    | rast status: Invalid value for option '--cluster': '1=127.0.0.1:x' is not id=host:port",
        "bench --cluster nonsense          | rast bench: Invalid value for option '--cluster'",
        "bench --outstanding 0             | rast bench: --outstanding must be at least 1",
        "node --id x                       | rast node: Invalid value for option '--id'",
        "cluster --nodes 0                 | rast cluster: --nodes must be 1 to 9, not 0",
        "cluster --peer-base 65534         | rast cluster: --peer-base must be 0 (free ports) or leave room for 3 ports",
        "demo --clients many               | rast demo: Invalid value for option '--clients'",
        "maelstrom --tick-ms x             | rast maelstrom: Invalid value for option '--tick-ms'",
        "nosuchcommand                     | rast: Unmatched argument at index 0: 'nosuchcommand'",
        "member                            | rast member: give a subcommand: list, add, promote or remove",
        "member add 4=127.0.0.1:7004       | rast member add: '4=127.0.0.1:7004' is not ID=HOST:PEERPORT:CLIENTPORT",
        "member add 4=h:x:1                | rast member add: '4=h:x:1' is not ID=HOST:PEERPORT:CLIENTPORT",
        "member add 0=h:1:2                | rast member add: node ids are > 0, not 0",
        "member promote x                  | rast member promote: 'x' is not a node id (an integer > 0)",
        "member remove                     | rast member remove: Missing required parameter: 'ID'",
        "transfer-leader                   | rast transfer-leader: Missing required parameter: 'ID'",
      })
  void aUsageErrorExits2NamingTheProblem(String args, String message) {
    CliRun r = CliRun.of(args.isEmpty() ? new String[0] : args.split(" "));
    assertEquals(2, r.code(), r.toString());
    assertTrue(r.err().contains(message), r.toString());
    assertTrue(r.err().contains("Usage: rast"), r.toString());
    assertEquals("", r.out(), r.toString());
    assertFalse(
        r.err().contains("positional parameter") || r.err().contains("Exception"), r.toString());
  }

  @Test
  void cputShowsBothFormsInItsUsage() {
    CliRun r = CliRun.of("cput", "--help");
    assertEquals(0, r.code(), r.toString());
    assertTrue(
        r.out()
            .contains(
                "Usage: rast cput [OPTIONS] KEY EXPECTED VALUE\n   or: rast cput [OPTIONS] --absent KEY VALUE\n"),
        r.out());
    assertFalse(r.out().contains("VALUE KEY"), r.out());
  }

  /** Every command in the top-level list is summed up by one whole sentence (picocli shows a header's first line). */
  @Test
  void theTopLevelHelpListsEveryCommandWithAWholeSentence() {
    CliRun r = CliRun.of("--help");
    assertEquals(0, r.code(), r.toString());
    String commands = r.out().substring(r.out().indexOf("Commands:\n") + "Commands:\n".length());
    List<String> entries = new ArrayList<>();
    for (String line : commands.split("\n")) {
      if (line.startsWith("  ") && !line.startsWith("   ")) {
        entries.add(line.trim());
      } else {
        entries.set(entries.size() - 1, entries.get(entries.size() - 1) + " " + line.trim());
      }
    }
    assertEquals(13, entries.size(), commands);
    for (String e : entries) {
      assertTrue(e.endsWith("."), "cut short: " + e);
    }
  }

  @ParameterizedTest(name = "rast {0} --help")
  @CsvSource({
    "member",
    "member list",
    "member add",
    "member promote",
    "member remove",
    "transfer-leader"
  })
  void everyMemberCommandHasHelp(String command) {
    List<String> args = new ArrayList<>(List.of(command.split(" ")));
    args.add("--help");
    CliRun r = CliRun.of(args.toArray(new String[0]));
    assertEquals(0, r.code(), r.toString());
    assertTrue(r.out().contains("Usage: rast " + command), r.out());
  }

  /** Descriptions are one paragraph each that picocli wraps, never lines broken by hand. */
  @Test
  void noCommandBreaksItsDescriptionByHand() {
    CommandLine root = Main.commandLine();
    Map<String, CommandLine> all = new java.util.TreeMap<>(root.getSubcommands());
    root.getSubcommands()
        .get("member")
        .getSubcommands()
        .forEach((k, v) -> all.put("member " + k, v));
    for (Map.Entry<String, CommandLine> e : all.entrySet()) {
      if (e.getKey().equals("help")) {
        continue; // picocli's own
      }
      CommandLine.Model.CommandSpec spec = e.getValue().getCommandSpec();
      assertTrue(
          spec.usageMessage().description().length <= 1,
          e.getKey() + " description has several lines");
      assertTrue(
          spec.usageMessage().header().length <= 1, e.getKey() + " header has several lines");
      for (CommandLine.Model.OptionSpec o : spec.options()) {
        assertTrue(
            o.description().length <= 1,
            e.getKey() + " " + o.longestName() + " description has several lines");
      }
    }
  }
}
