package dev.rast.raft.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The entry point of {@code ./rast}. */
@Command(name = "rast", mixinStandardHelpOptions = true, version = "rast 0.1.0",
    description = "A Raft key-value cluster on rast-java's Cap'n Proto.",
    subcommands = {DemoCommand.class, NodeCommand.class, ClusterCommand.class, ClientCommands.Get.class,
        ClientCommands.Put.class, ClientCommands.Cput.class, ClientCommands.Delete.class, StatusCommand.class,
        BenchCommand.class, MaelstromCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setExecutionExceptionHandler((ex, line, parse) -> {
      line.getErr().println("rast " + line.getCommandName() + ": " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
      return 1;
    });
    System.exit(cl.execute(args));
  }
}
