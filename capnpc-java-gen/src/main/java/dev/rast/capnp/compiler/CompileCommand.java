package dev.rast.capnp.compiler;

import dev.rast.capnp.compiler.request.CompileRequest;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code capnpc-java-rast compile [-I DIR]... [--src-prefix DIR]... -o OUTDIR|-o- FILES...}: compiles
 * schemas with the pure-Java schema compiler, no {@code capnp} needed, and writes Java sources
 * under OUTDIR, or with {@code -o-} the {@code CodeGeneratorRequest} to standard output as
 * {@code capnp compile -o-} does. The standard imports ({@code /capnp/c++.capnp}...) are bundled;
 * {@code -I} directories are searched first.
 */
final class CompileCommand {
  private CompileCommand() {}

  static final String USAGE =
      "Usage: capnpc-java-rast compile [-I DIR]... [--src-prefix DIR]... -o OUTDIR|-o- FILE.capnp...";

  /** Runs the command on its arguments (after {@code compile}); returns the exit code. */
  static int run(List<String> args, Path cwd, PrintStream out, PrintStream err) {
    List<Path> imports = new ArrayList<>();
    List<String> prefixes = new ArrayList<>();
    List<String> files = new ArrayList<>();
    String output = null;
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      String value;
      if (a.equals("-I")
          || a.equals("--import-path")
          || a.equals("--src-prefix")
          || a.equals("-o")
          || a.equals("--output")) {
        if (i + 1 >= args.size()) {
          err.println("capnpc-java-rast compile: " + a + " needs a value\n" + USAGE);
          return 2;
        }
        value = args.get(++i);
      } else if (a.startsWith("--import-path=")
          || a.startsWith("--src-prefix=")
          || a.startsWith("--output=")) {
        value = a.substring(a.indexOf('=') + 1);
        a = a.substring(0, a.indexOf('='));
      } else if (a.startsWith("-I") || a.startsWith("-o")) {
        value = a.substring(2);
        a = a.substring(0, 2);
      } else if (a.equals("--no-standard-import")) {
        continue;
      } else if (a.startsWith("-") && !a.equals("-")) {
        err.println("capnpc-java-rast compile: unknown option '" + a + "'\n" + USAGE);
        return 2;
      } else {
        files.add(a);
        continue;
      }
      switch (a) {
        case "-I", "--import-path" -> imports.add(Path.of(value));
        case "--src-prefix" -> prefixes.add(value);
        default -> output = value;
      }
    }
    if (output == null || files.isEmpty()) {
      err.println("capnpc-java-rast compile: "
          + (output == null ? "no -o OUTDIR (or -o-)" : "no schema files") + "\n" + USAGE);
      return 2;
    }
    try {
      byte[] request = CompileRequest.compile(cwd, imports, files, prefixes);
      if (output.equals("-")) {
        out.write(request);
        out.flush();
        return 0;
      }
      Path outDir = cwd.resolve(output);
      for (GeneratedFile f :
          Generator.generate(ByteBuffer.wrap(request), GeneratorOptions.fromEnvironment())) {
        Path p = outDir.resolve(f.path());
        Files.createDirectories(p.getParent());
        Files.writeString(p, f.content());
      }
      return 0;
    } catch (SchemaException e) {
      err.println(e.getMessage());
      return 1;
    } catch (IOException e) {
      err.println("capnpc-java-rast: cannot write output: " + e.getMessage());
      return 1;
    }
  }
}
