package dev.rast.raft.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The entry point of {@code ./rast}. Exit codes (CLUSTER.md): 0 done, 1 not found / compare failed
 * / a failed run, 2 bad usage (also: no command at all), 3 unavailable, 4 a busy port, 70 a node
 * whose log or state machine failed.
 */
@Command(
    name = "rast",
    mixinStandardHelpOptions = true,
    version = "rast 0.1.0",
    description = "A Raft key-value cluster on rast-java's Cap'n Proto.",
    subcommands = {
      DemoCommand.class,
      NodeCommand.class,
      ClusterCommand.class,
      ClientCommands.Get.class,
      ClientCommands.Put.class,
      ClientCommands.Cput.class,
      ClientCommands.Delete.class,
      StatusCommand.class,
      MemberCommands.class,
      MemberCommands.TransferLeader.class,
      BenchCommand.class,
      MaelstromCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements java.util.concurrent.Callable<Integer> {
  /** Bad flags or arguments, and {@code rast} without a command. */
  static final int USAGE = 2;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    // No command: the usage goes to stderr and the exit code says it was not a valid invocation.
    spec.commandLine().usage(System.err);
    return USAGE;
  }

  /**
   * The configured command line: usage errors print one line naming what is wrong, the synopsis
   * and where to get help (exit 2); a failing command prints its message (exit 1).
   */
  static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Main());
    cl.setParameterExceptionHandler((ex, args) -> {
      CommandLine line = ex.getCommandLine();
      java.io.PrintWriter err = line.getErr();
      err.println(qualifiedName(line) + ": " + ex.getMessage());
      CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
      err.print("Usage: " + line.getHelp().synopsis(0));
      err.println("Run '" + qualifiedName(line) + " --help' for more.");
      err.flush();
      return USAGE;
    });
    cl.setExecutionExceptionHandler((ex, line, parse) -> {
      line.getErr()
          .println(qualifiedName(line) + ": "
              + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
      return 1;
    });
    return cl;
  }

  private static String qualifiedName(CommandLine line) {
    return line.getParent() == null
        ? line.getCommandName()
        : qualifiedName(line.getParent()) + " " + line.getCommandName();
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
