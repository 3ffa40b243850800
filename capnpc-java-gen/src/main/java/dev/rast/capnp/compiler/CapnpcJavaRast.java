package dev.rast.capnp.compiler;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * {@code capnpc-java-rast}: the {@code capnp compile} plugin. {@code capnp compile
 * -ojava-rast:OUT foo.capnp} runs it in {@code OUT} with the {@code CodeGeneratorRequest} on
 * standard input; it writes one Java file per schema file under its package directory. Errors are
 * one line on standard error and a non-zero exit, never a stack trace.
 */
public final class CapnpcJavaRast {
  private CapnpcJavaRast() {}

  /**
   * Runs the plugin; see the class comment.
   *
   * @param args none when capnp runs it (the request comes on standard input); {@code compile
   *     ...} runs the built-in schema compiler instead, {@code --help}/{@code --version} inform
   */
  public static void main(String[] args) {
    System.exit(run(args, System.in, Paths.get(""), System.out, System.err));
  }

  /** The plugin with its environment passed in (for tests); returns the exit code. */
  static int run(String[] args, InputStream in, Path outDir, PrintStream out, PrintStream err) {
    if (args.length > 0) {
      if (args[0].equals("compile")) {
        return CompileCommand.run(List.of(args).subList(1, args.length), outDir, out, err);
      }
      if (args[0].equals("--help") || args[0].equals("-h")) {
        out.println("Usage: capnp compile -ojava-rast:OUTPUT_DIR [-I DIR] SCHEMA.capnp...");
        out.println();
        out.println(
            "capnpc-java-rast is a capnp compiler plugin: capnp runs it with a CodeGeneratorRequest");
        out.println(
            "on standard input and it writes Java sources under OUTPUT_DIR, one per schema file,");
        out.println(
            "in the package of the file's $Java.package annotation (import \"/capnp/java.capnp\").");
        out.println();
        out.println("Environment:");
        out.println("  " + GeneratorOptions.PACKAGE_ENV
            + "  Java package for schema files without $Java.package");
        out.println();
        out.println("Without capnp: the built-in pure-Java schema compiler");
        out.println("  " + CompileCommand.USAGE.substring("Usage: ".length()));
        out.println(
            "  -I DIR            search DIR for imports like \"/foo.capnp\" (before the bundled /capnp/...)");
        out.println("  --src-prefix DIR  strip DIR from the schema names");
        out.println(
            "  -o OUTDIR         write Java sources under OUTDIR; -o- writes the CodeGeneratorRequest");
        out.println();
        out.println("Options (when run by hand):");
        out.println("  --help     this text");
        out.println("  --version  the rast-java version");
        return 0;
      }
      if (args[0].equals("--version")) {
        out.println("capnpc-java-rast " + Generator.VERSION);
        return 0;
      }
      err.println("capnpc-java-rast: unexpected argument '" + args[0]
          + "' (capnp passes none; see --help)");
      return 2;
    }
    try {
      byte[] request = in.readAllBytes();
      if (request.length == 0) {
        err.println("capnpc-java-rast: no CodeGeneratorRequest on standard input;"
            + " run it through capnp: capnp compile -ojava-rast:OUT foo.capnp");
        return 1;
      }
      List<GeneratedFile> files =
          Generator.generate(ByteBuffer.wrap(request), GeneratorOptions.fromEnvironment());
      for (GeneratedFile f : files) {
        Path p = outDir.resolve(f.path());
        Files.createDirectories(p.getParent());
        Files.writeString(p, f.content());
      }
      return 0;
    } catch (SchemaException e) {
      err.println("capnpc-java-rast: " + e.getMessage());
      return 1;
    } catch (IOException e) {
      err.println("capnpc-java-rast: cannot write output: " + e.getMessage());
      return 1;
    } catch (RuntimeException e) {
      err.println("capnpc-java-rast: internal error: " + e
          + " (please report it with the schema that caused it;"
          + " set CAPNPC_JAVA_RAST_DEBUG=1 for the stack trace)");
      if (System.getenv("CAPNPC_JAVA_RAST_DEBUG") != null) {
        e.printStackTrace(err);
      }
      return 1;
    }
  }
}
