package dev.rast.bench.std;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a standard benchmark outside JMH with upstream's command-line shape:
 *
 * <pre>java -cp benchmarks.jar dev.rast.bench.std.Runner [--impl rast|protobuf|capnp-java] BENCH MODE REUSE COMPRESSION ITERS</pre>
 *
 * BENCH is carsales, catrank or eval; MODE object or bytes; REUSE reuse or no-reuse; COMPRESSION
 * none or packed (ignored in object mode, as upstream does). Prints the elapsed time and the bytes
 * that travelled. Upstream's pipe modes are not implemented.
 */
public final class Runner {
  static final String USAGE =
      "usage: Runner [--impl rast|protobuf|capnp-java] [--seed N] BENCH MODE REUSE COMPRESSION ITERS\n"
          + "  BENCH        carsales | catrank | eval\n"
          + "  MODE         object | bytes\n"
          + "  REUSE        reuse | no-reuse\n"
          + "  COMPRESSION  none | packed (ignored in object mode)\n"
          + "  ITERS        number of request/response rounds, > 0\n"
          + "  --impl       the implementation (default rast)\n"
          + "  --seed       the random source's start state (default upstream's)\n"
          + "example: Runner carsales object no-reuse none 100000";

  private Runner() {}

  /** Entry point; exits 2 on bad arguments. */
  public static void main(String[] args) {
    int status = run(args, System.out, System.err);
    if (status != 0) {
      System.exit(status);
    }
  }

  /** Parses {@code args} and runs; returns the exit status (0 ok, 2 bad arguments). */
  static int run(String[] args, PrintStream out, PrintStream err) {
    Config c;
    try {
      c = Config.parse(args);
    } catch (IllegalArgumentException e) {
      err.println("error: " + e.getMessage());
      err.println(USAGE);
      return 2;
    }
    if (c == null) {
      out.println(USAGE);
      return 0;
    }
    Round round = c.workload.create(c.impl, c.mode, c.reuse, c.seed);
    long bytes = 0;
    long start = System.nanoTime();
    for (long i = 0; i < c.iters; i++) {
      bytes += round.run();
    }
    long elapsed = System.nanoTime() - start;
    out.printf(
        "%s %s: %.3f s, %.0f ns/round, %d bytes%n",
        c.impl.label(),
        String.join(" ", c.positional),
        elapsed / 1e9,
        (double) elapsed / c.iters,
        bytes);
    return 0;
  }

  /** Parsed arguments. */
  static final class Config {
    Workload workload;
    Workload.Impl impl = Workload.Impl.RAST;
    Mode mode;
    boolean reuse;
    long iters;
    int seed = FastRand.DEFAULT_SEED;
    List<String> positional = new ArrayList<>();

    /** The configuration, or null when help was asked for. */
    static Config parse(String[] args) {
      Config c = new Config();
      List<String> positional = c.positional;
      for (int i = 0; i < args.length; i++) {
        String a = args[i];
        if (a.equals("--help") || a.equals("-h")) {
          return null;
        } else if (a.equals("--impl") || a.equals("--seed")) {
          if (i + 1 == args.length) {
            throw new IllegalArgumentException(a + " needs a value");
          }
          String v = args[++i];
          if (a.equals("--impl")) {
            c.impl = Workload.Impl.parse(v);
          } else {
            try {
              c.seed = (int) Long.parseLong(v);
            } catch (NumberFormatException e) {
              throw new IllegalArgumentException("--seed: not a number: '" + v + "'");
            }
          }
        } else if (a.startsWith("--impl=")) {
          c.impl = Workload.Impl.parse(a.substring(7));
        } else if (a.startsWith("-") && !a.equals("-")) {
          throw new IllegalArgumentException("unknown option '" + a + "'");
        } else {
          positional.add(a);
        }
      }
      if (positional.size() != 5) {
        throw new IllegalArgumentException(
            "expected 5 arguments (BENCH MODE REUSE COMPRESSION ITERS), got " + positional.size());
      }
      c.workload = Workload.parse(positional.get(0));
      String mode = positional.get(1);
      String reuse = positional.get(2);
      String compression = positional.get(3);
      if (!mode.equals("object") && !mode.equals("bytes")) {
        throw new IllegalArgumentException(
            "unknown mode '" + mode + "' (object or bytes; the pipe modes are not implemented)");
      }
      if (reuse.equals("reuse")) {
        c.reuse = true;
      } else if (!reuse.equals("no-reuse")) {
        throw new IllegalArgumentException(
            "unknown reuse mode '" + reuse + "' (reuse or no-reuse)");
      }
      if (!compression.equals("none") && !compression.equals("packed")) {
        throw new IllegalArgumentException(
            "unknown compression '" + compression + "' (none or packed)");
      }
      c.mode = mode.equals("object")
          ? Mode.OBJECT
          : compression.equals("packed") ? Mode.PACKED : Mode.BYTES;
      try {
        c.iters = Long.parseLong(positional.get(4));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("ITERS: not a number: '" + positional.get(4) + "'");
      }
      if (c.iters <= 0) {
        throw new IllegalArgumentException("ITERS must be > 0, got " + c.iters);
      }
      return c;
    }
  }
}
