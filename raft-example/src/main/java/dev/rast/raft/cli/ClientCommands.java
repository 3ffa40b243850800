package dev.rast.raft.cli;

import dev.rast.raft.kv.KvClient;
import dev.rast.raft.net.TlsConfig;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rast get|put|cput|delete}. stdout carries only the answer (the value, or {@code OK});
 * everything else goes to stderr. Exit codes: 0 done, 1 not found / compare failed, 2 bad usage
 * or a request above the node's maximum size, 3 unavailable.
 */
final class ClientCommands {
  private ClientCommands() {}

  static int run(ClientOptions o, String command, String key, Op op) {
    TlsConfig tls = o.tls(); // a bad TLS flag or file is a usage error, before any connection
    KvClient c = new KvClient(o.nodes(), o.timeoutMs, 1000, tls);
    try {
      KvClient.Result r = op.apply(c);
      switch (r.status()) {
        case OK -> {
          System.out.println(r.value() != null ? r.text() : "OK");
          return 0;
        }
        case NOT_FOUND -> {
          System.err.println("rast " + command + ": key '" + key + "' not found");
          return 1;
        }
        case COMPARE_FAILED -> {
          System.err.println("rast " + command + ": compare failed: key '" + key
              + "' does not hold the expected value");
          return 1;
        }
        default -> {
          System.err.println("rast " + command + ": error: " + r.status());
          return 3;
        }
      }
    } catch (TimeoutException e) {
      System.err.println("rast " + command + ": unavailable: no answer from the cluster within "
          + o.timeoutMs + " ms (" + o.cluster + ")"
          + (c.lastConnectionError() == null ? "" : ": " + c.lastConnectionError()));
      return 3;
    } catch (dev.rast.raft.kv.RequestTooLargeException e) {
      System.err.println("rast " + command + ": " + e.getMessage());
      return 2;
    } catch (Exception e) {
      System.err.println(
          "rast " + command + ": unavailable: " + e.getMessage() + " (" + o.cluster + ")");
      return 3;
    } finally {
      c.close();
    }
  }

  interface Op {
    KvClient.Result apply(KvClient c) throws Exception;
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Command(
      name = "get",
      mixinStandardHelpOptions = true,
      header = "Read a key (linearizable).",
      description =
          "Prints the value on stdout. A missing key prints a message on stderr and exits 1.")
  static final class Get implements Callable<Integer> {
    @Mixin
    ClientOptions o;

    @Parameters(index = "0", paramLabel = "KEY")
    String key;

    @Override
    public Integer call() {
      return run(o, "get", key, c -> c.get(key));
    }
  }

  @Command(
      name = "put",
      mixinStandardHelpOptions = true,
      header = "Write a key.",
      description =
          "Prints OK once the write is committed and applied. The value is VALUE as UTF-8 text, or the bytes of --value-file (- reads standard input).")
  static final class Put implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ClientOptions o;

    @Parameters(index = "0", paramLabel = "KEY")
    String key;

    @Parameters(index = "1", paramLabel = "VALUE", arity = "0..1")
    String value;

    @picocli.CommandLine.Option(
        names = "--value-file",
        paramLabel = "FILE",
        description =
            "Read the value from FILE ('-': standard input), for values too large for an argument.")
    String valueFile;

    @Override
    public Integer call() {
      if (value == null && valueFile == null) {
        throw new ParameterException(
            spec.commandLine(), "Missing required parameter: 'VALUE' (or --value-file FILE)");
      }
      if (value != null && valueFile != null) {
        throw new ParameterException(
            spec.commandLine(), "give VALUE or --value-file FILE, not both");
      }
      byte[] bytes;
      try {
        bytes = value != null
            ? utf8(value)
            : valueFile.equals("-")
                ? System.in.readAllBytes()
                : java.nio.file.Files.readAllBytes(java.nio.file.Path.of(valueFile));
      } catch (java.io.IOException | OutOfMemoryError e) {
        System.err.println("rast put: cannot read --value-file " + valueFile + ": " + e);
        return 2;
      }
      return run(o, "put", key, c -> c.put(key, bytes));
    }
  }

  @Command(
      name = "cput",
      mixinStandardHelpOptions = true,
      header = "Compare-and-put a key.",
      customSynopsis = {
        "rast cput [OPTIONS] KEY EXPECTED VALUE",
        "   or: rast cput [OPTIONS] --absent KEY VALUE"
      },
      description =
          "Writes VALUE if KEY currently holds EXPECTED, or with --absent if KEY holds no value. "
              + "Prints OK on success; when the key holds something else, a message on stderr and exit 1.")
  static final class Cput implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ClientOptions o;

    @Option(names = "--absent", description = "Expect the key to be absent (then omit EXPECTED).")
    boolean absent;

    @Parameters(
        paramLabel = "KEY [EXPECTED] VALUE",
        arity = "0..*",
        hideParamSyntax = true,
        description = "The key, the value it must hold (omitted with --absent) and the new value.")
    List<String> args;

    @Override
    public Integer call() {
      int want = absent ? 2 : 3;
      int got = args == null ? 0 : args.size();
      if (got != want) {
        throw new ParameterException(
            spec.commandLine(),
            (absent ? "with --absent give KEY VALUE" : "give KEY EXPECTED VALUE") + " (" + want
                + " arguments), got " + got + (got == 0 ? "" : ": " + String.join(" ", args)));
      }
      String key = args.get(0);
      byte[] expected = absent ? null : utf8(args.get(1));
      byte[] value = utf8(args.get(want - 1));
      return run(o, "cput", key, c -> c.cput(key, expected, value));
    }
  }

  @Command(
      name = "delete",
      mixinStandardHelpOptions = true,
      header = "Delete a key.",
      description = "Prints OK once the delete is applied.")
  static final class Delete implements Callable<Integer> {
    @Mixin
    ClientOptions o;

    @Parameters(index = "0", paramLabel = "KEY")
    String key;

    @Override
    public Integer call() {
      return run(o, "delete", key, c -> c.delete(key));
    }
  }
}
