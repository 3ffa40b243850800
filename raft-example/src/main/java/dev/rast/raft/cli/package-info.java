/**
 * The {@code ./rast} command line: {@code demo} (the main job: a 3-process cluster under load
 * with a nemesis, checked for linearizability and lost writes), {@code node}, {@code cluster},
 * {@code get/put/cput/delete}, {@code status}, {@code bench} and {@code maelstrom}. Built on
 * picocli; {@link dev.rast.raft.cli.Main} is the entry point the launcher runs.
 */
package dev.rast.raft.cli;
