package dev.rast.capnp.maven;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The command lines the plugin runs: {@code capnp --version}, and one {@code capnp compile -o-}
 * for all schemas of a run. {@code -o-} makes capnp write the {@code CodeGeneratorRequest} to
 * standard output, which the plugin hands to the in-process generator: no second JVM, no plugin
 * script on PATH. {@code --src-prefix} strips the source directory from the file names in the
 * request, so a schema's name (and the class name derived from it) does not depend on where the
 * project is checked out. Immutable.
 *
 * @param executable the capnp executable: a name looked up on PATH, or a path
 * @param sourceDirectory the directory the schemas are relative to
 * @param importPaths directories searched by {@code import "/x.capnp"}, in order
 * @param schemas the schema files to compile, relative to {@code sourceDirectory}
 */
record CapnpCommand(
    String executable, Path sourceDirectory, List<Path> importPaths, List<String> schemas) {
  CapnpCommand {
    Objects.requireNonNull(executable, "executable == null");
    Objects.requireNonNull(sourceDirectory, "sourceDirectory == null");
    importPaths = List.copyOf(importPaths);
    schemas = List.copyOf(schemas);
    if (schemas.isEmpty()) {
      throw new IllegalArgumentException("schemas is empty");
    }
  }

  /** {@code capnp --version}. */
  List<String> versionArgs() {
    return List.of(executable, "--version");
  }

  /** {@code capnp compile -o- --src-prefix=SRC -IDIR... SRC/a.capnp...}. */
  List<String> compileArgs() {
    List<String> args = new ArrayList<>(4 + importPaths.size() + schemas.size());
    args.add(executable);
    args.add("compile");
    args.add("-o-");
    args.add("--src-prefix=" + sourceDirectory);
    for (Path p : importPaths) {
      args.add("-I" + p);
    }
    for (String s : schemas) {
      args.add(sourceDirectory.resolve(s).toString());
    }
    return args;
  }
}
