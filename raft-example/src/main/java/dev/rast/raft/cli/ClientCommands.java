package dev.rast.raft.cli;

import dev.rast.raft.kv.KvClient;
import dev.rast.raft.msg.KvMsg.Status;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code rast get|put|cput|delete}. Exit codes: 0 done, 1 not found / compare failed, 2 bad usage
 * or a request above the node's maximum size, 3 unavailable.
 */
final class ClientCommands {
  private ClientCommands() {}

  static int run(ClientOptions o, Op op) {
    try (KvClient c = new KvClient(o.nodes(), o.timeoutMs, 1000)) {
      KvClient.Result r = op.apply(c);
      switch (r.status()) {
        case OK -> {
          if (r.value() != null) {
            System.out.println(r.text());
          } else {
            System.out.println("OK");
          }
          return 0;
        }
        case NOT_FOUND -> {
          System.out.println("(not found)");
          return 1;
        }
        case COMPARE_FAILED -> {
          System.out.println("compare failed");
          return 1;
        }
        default -> {
          System.err.println("error: " + r.status());
          return 3;
        }
      }
    } catch (TimeoutException e) {
      System.err.println("unavailable: no answer from the cluster within " + o.timeoutMs + " ms (" + o.cluster + ")");
      return 3;
    } catch (dev.rast.raft.kv.RequestTooLargeException e) {
      System.err.println("error: " + e.getMessage());
      return 2;
    } catch (Exception e) {
      System.err.println("error: " + e.getMessage());
      return 3;
    }
  }

  interface Op {
    KvClient.Result apply(KvClient c) throws Exception;
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Command(name = "get", mixinStandardHelpOptions = true, description = "Read a key (linearizable).")
  static final class Get implements Callable<Integer> {
    @Mixin ClientOptions o;
    @Parameters(index = "0", paramLabel = "KEY") String key;

    @Override
    public Integer call() {
      return run(o, c -> c.get(key));
    }
  }

  @Command(name = "put", mixinStandardHelpOptions = true,
      description = "Write a key: VALUE as UTF-8 text, or the bytes of --value-file (- reads standard input).")
  static final class Put implements Callable<Integer> {
    @Mixin ClientOptions o;
    @Parameters(index = "0", paramLabel = "KEY") String key;
    @Parameters(index = "1", paramLabel = "VALUE", arity = "0..1") String value;
    @picocli.CommandLine.Option(names = "--value-file", paramLabel = "FILE",
        description = "Read the value from FILE ('-': standard input), for values too large for an argument.")
    String valueFile;

    @Override
    public Integer call() {
      if ((value == null) == (valueFile == null)) {
        System.err.println("rast put: give KEY VALUE, or KEY --value-file FILE (- for standard input)");
        return 2;
      }
      byte[] bytes;
      try {
        bytes = value != null ? utf8(value)
            : valueFile.equals("-") ? System.in.readAllBytes() : java.nio.file.Files.readAllBytes(java.nio.file.Path.of(valueFile));
      } catch (java.io.IOException | OutOfMemoryError e) {
        System.err.println("rast put: cannot read --value-file " + valueFile + ": " + e);
        return 2;
      }
      return run(o, c -> c.put(key, bytes));
    }
  }

  @Command(name = "cput", mixinStandardHelpOptions = true,
      description = "Compare-and-put: write VALUE if KEY currently holds EXPECTED (use --absent to expect no value).")
  static final class Cput implements Callable<Integer> {
    @Mixin ClientOptions o;
    @picocli.CommandLine.Option(names = "--absent", description = "Expect the key to be absent (then omit EXPECTED).") boolean absent;
    @Parameters(paramLabel = "KEY [EXPECTED] VALUE", arity = "2..3") java.util.List<String> args;

    @Override
    public Integer call() {
      if (absent != (args.size() == 2)) {
        System.err.println("rast cput: give KEY EXPECTED VALUE, or --absent KEY VALUE");
        return 2;
      }
      String key = args.get(0);
      byte[] expected = absent ? null : utf8(args.get(1));
      byte[] value = utf8(args.get(args.size() - 1));
      return run(o, c -> c.cput(key, expected, value));
    }
  }

  @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a key.")
  static final class Delete implements Callable<Integer> {
    @Mixin ClientOptions o;
    @Parameters(index = "0", paramLabel = "KEY") String key;

    @Override
    public Integer call() {
      return run(o, c -> c.delete(key));
    }
  }

  static boolean ok(Status s) {
    return s == Status.OK;
  }
}
