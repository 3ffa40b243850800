package dev.rast.capnp.maven;

import dev.rast.capnp.compiler.GeneratedFile;
import dev.rast.capnp.compiler.Generator;
import dev.rast.capnp.compiler.GeneratorOptions;
import dev.rast.capnp.compiler.SchemaException;
import dev.rast.capnp.compiler.request.CompileRequest;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * The flow both goals share: find schemas, hash the inputs, stop if nothing changed, else run
 * {@code capnp compile -o-} once, generate in-process and sync the output directory. Subclasses
 * supply the directories, the classpath whose jars may carry schemas, and where the output goes
 * in the project model. A mojo instance serves one execution on one thread.
 */
abstract class AbstractGenerateMojo extends AbstractMojo {
  /** Starts every line the goals log, so they are easy to find in a long build. */
  static final String LOG_PREFIX = "capnp: ";

  /**
   * Which schema files under the source directory to compile, as Ant-style patterns relative to
   * it ({@code *} within a directory, {@code **} across directories). Default: every
   * {@code .capnp} file, {@code **}{@code /*.capnp}.
   */
  @Parameter
  private List<String> includes = new ArrayList<>();

  /** Schema files to leave out, as Ant-style patterns relative to the source directory. */
  @Parameter
  private List<String> excludes = new ArrayList<>();

  /**
   * Extra directories searched by absolute imports ({@code import "/foo/bar.capnp";}), after the
   * source directory and before the schemas of dependencies. Schemas in these directories are not
   * compiled themselves, only imported. Not needed for {@code /capnp/java.capnp} or for schemas
   * that dependency jars carry: those are found automatically.
   */
  @Parameter
  private List<File> importPaths = new ArrayList<>();

  /**
   * Which schema compiler turns the schemas into a {@code CodeGeneratorRequest}: {@code java} (the
   * default), rast's own pure-Java compiler, which needs nothing installed; or {@code native}, the
   * {@code capnp} executable ({@link #capnpExecutable}).
   */
  @Parameter(property = "capnp.compiler", defaultValue = "java")
  private String compiler = "java";

  /**
   * The Cap'n Proto compiler to run with {@code <compiler>native</compiler>} (0.8 or newer): a
   * command name looked up on {@code PATH}, or a path to the executable.
   */
  @Parameter(property = "capnp.executable", defaultValue = "capnp")
  private String capnpExecutable;

  /**
   * The Java package for schema files that have no {@code $Java.package("...")} annotation. When
   * unset, such a file fails the build with a message saying how to annotate it.
   */
  @Parameter(property = "capnp.defaultPackage")
  private String defaultPackage;

  /** Skips code generation (and the registration of the output directory) entirely. */
  @Parameter(property = "capnp.skip", defaultValue = "false")
  private boolean skip;

  @Parameter(defaultValue = "${project}", readonly = true, required = true)
  private MavenProject project;

  @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
  private MojoExecution mojoExecution;

  @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
  private PluginDescriptor plugin;

  /** The directory holding the schemas to compile. */
  abstract File sourceDirectory();

  /** The directory the Java files are generated into. */
  abstract File outputDirectory();

  /** Where the generated sources are compiled to ({@code target/classes} or {@code target/test-classes}). */
  abstract Path classesDirectory();

  /** Whether the schemas are copied into the classes directory, to be packaged (the main goal's packageSchemas). */
  boolean packagesSchemas() {
    return false;
  }

  /** Where dependency schemas are extracted, below the build directory ({@code capnp-imports}). */
  abstract String importsDirectoryName();

  /** Import directories the goal adds after the source directory (the test goal: main schemas). */
  List<Path> implicitImportPaths() {
    return List.of();
  }

  /** The dependency jars and directories whose schemas may be imported, in classpath order. */
  abstract List<Path> importClasspath();

  /** Registers the output directory (and, for the main goal, the schemas as resources). */
  abstract void register(
      MavenProject project,
      Path sourceDirectory,
      Path outputDirectory,
      List<String> includes,
      List<String> excludes);

  /** True if this goal should do nothing for a reason of its own (the test goal: maven.test.skip). */
  boolean skipGoal() {
    return false;
  }

  MavenProject project() {
    return project;
  }

  @Override
  public final void execute() throws MojoExecutionException, MojoFailureException {
    if (skip || skipGoal()) {
      getLog().info(LOG_PREFIX + "skipped");
      return;
    }
    try {
      run();
    } catch (IOException e) {
      throw new MojoExecutionException(LOG_PREFIX + "I/O error: " + e, e);
    }
  }

  private void run() throws IOException, MojoFailureException {
    long start = System.nanoTime();
    Path base = project.getBasedir().toPath();
    Path src = sourceDirectory().toPath().toAbsolutePath().normalize();
    Path out = outputDirectory().toPath().toAbsolutePath().normalize();
    Path buildDir = Path.of(project.getBuild().getDirectory()).toAbsolutePath();
    Path stateFile = buildDir
        .resolve("capnp-state")
        .resolve(mojoExecution.getGoal() + "-" + mojoExecution.getExecutionId() + ".state");
    GenerationState previous = GenerationState.read(stateFile);

    List<String> schemas = SchemaFiles.find(src, includes, excludes);
    if (schemas.isEmpty()) {
      if (previous != null) {
        OutputSync.Result r = OutputSync.apply(out, List.of(), previous.outputs());
        int classes = StaleClasses.delete(classesDirectory(), previous.outputs(), List.of());
        if (packagesSchemas()) {
          StaleClasses.deleteSchemaCopies(classesDirectory(), previous.schemas(), List.of());
        }
        Files.deleteIfExists(stateFile);
        getLog()
            .info(LOG_PREFIX + "no schemas left in " + shown(base, src) + "; removed " + r.deleted()
                + " generated files and " + count(classes, "compiled class"));
      } else {
        getLog().info(LOG_PREFIX + "no schemas in " + shown(base, src) + "; nothing to generate");
      }
      return;
    }
    register(project, src, out, includes, excludes);

    List<Path> userImports = new ArrayList<>();
    for (File f : importPaths) {
      userImports.add(f.toPath().toAbsolutePath().normalize());
    }
    DependencySchemas deps = DependencySchemas.scan(importClasspath());
    String fingerprint = fingerprint(src, out, schemas, userImports, deps);
    if (previous != null
        && previous.fingerprint().equals(fingerprint)
        && previous.outputsExist(out)) {
      getLog()
          .info(LOG_PREFIX + count(schemas.size(), "schema") + " unchanged, " + shown(base, out)
              + " is up to date (checked in " + millisSince(start) + " ms)");
      return;
    }

    List<Path> imports =
        importPaths(src, userImports, buildDir.resolve(importsDirectoryName()), deps);
    byte[] request;
    String compiledBy;
    if (compiler.equals("native")) {
      CapnpCommand command = new CapnpCommand(capnpExecutable, src, imports, schemas);
      CapnpTool tool = new CapnpTool(capnpExecutable, base);
      CapnpVersion version = tool.checkVersion(command.versionArgs());
      if (version == null) {
        getLog()
            .warn(LOG_PREFIX + "cannot tell the version of '" + capnpExecutable + "'; trying it");
      }
      request = compile(tool, command, base);
      compiledBy = "capnp " + (version == null ? "?" : version);
    } else if (compiler.equals("java")) {
      request = compileInJava(src, imports, schemas, base);
      compiledBy = "Java schema compiler";
    } else {
      throw new MojoFailureException(
          "Unknown <compiler>" + compiler + "</compiler>: use java (the default,"
              + " nothing to install) or native (runs the capnp executable)");
    }

    List<GeneratedFile> files;
    try {
      GeneratorOptions options = new GeneratorOptions(blankToNull(defaultPackage));
      files = Generator.generate(ByteBuffer.wrap(request), options);
    } catch (SchemaException e) {
      throw new MojoFailureException(
          "Cannot generate Java from " + shown(base, src) + ": " + e.getMessage());
    }
    List<String> previousOutputs = previous == null ? List.of() : previous.outputs();
    OutputSync.Result r = OutputSync.apply(out, files, previousOutputs);
    List<String> outputs = new ArrayList<>();
    for (GeneratedFile f : files) {
      outputs.add(f.path());
    }
    int staleClasses = StaleClasses.delete(classesDirectory(), previousOutputs, outputs);
    if (packagesSchemas() && previous != null) {
      StaleClasses.deleteSchemaCopies(classesDirectory(), previous.schemas(), schemas);
    }
    new GenerationState(fingerprint, outputs, schemas).write(stateFile);

    getLog()
        .info(LOG_PREFIX + "generated " + count(files.size(), "Java file") + " from "
            + count(schemas.size(), "schema") + " into " + shown(base, out) + " in "
            + millisSince(start) + " ms (" + r.written() + " written, " + r.unchanged()
            + " unchanged, "
            + r.deleted() + " stale removed"
            + (staleClasses == 0 ? "" : " with " + count(staleClasses, "compiled class"))
            + "; " + compiledBy + ")");
    warnIfRuntimeMissing();
  }

  /**
   * The import path, in search order: the source directory, the goal's implicit directories, the
   * configured ones, then the dependencies' schemas, freshly extracted into {@code importsDir}
   * (with rast's own {@code capnp/java.capnp} when no dependency carries it).
   */
  private List<Path> importPaths(
      Path src, List<Path> userImports, Path importsDir, DependencySchemas deps)
      throws IOException, MojoFailureException {
    deps.extractTo(importsDir);
    if (!deps.provides(DependencySchemas.JAVA_CAPNP)) {
      copyBundledJavaCapnp(importsDir.resolve(DependencySchemas.JAVA_CAPNP));
    }
    for (String conflict : deps.conflicts()) {
      getLog().warn(LOG_PREFIX + conflict);
    }
    List<Path> imports = new ArrayList<>();
    imports.add(src);
    for (Path p : implicitImportPaths()) {
      if (!p.equals(src) && Files.isDirectory(p)) {
        imports.add(p);
      }
    }
    imports.addAll(userImports);
    imports.add(importsDir);
    return imports;
  }

  /**
   * Runs capnp and returns the request; on schema errors, logs capnp's lines (errors as ERROR,
   * warnings as WARNING) and fails the build with a one-line summary.
   */
  private byte[] compile(CapnpTool tool, CapnpCommand command, Path base)
      throws MojoFailureException {
    if (getLog().isDebugEnabled()) {
      getLog().debug(LOG_PREFIX + CapnpTool.display(command.compileArgs()));
    }
    try {
      CapnpTool.Compiled compiled = tool.compile(command.compileArgs());
      for (Diagnostic d : compiled.warnings()) {
        getLog().warn(d.text());
      }
      return compiled.request();
    } catch (CapnpTool.SchemaErrors e) {
      int errors = 0;
      for (Diagnostic d : e.diagnostics()) {
        if (d.error()) {
          errors++;
          getLog().error(d.text());
        } else {
          getLog().warn(d.text());
        }
      }
      throw new MojoFailureException(
          "capnp rejected the schemas in " + shown(base, command.sourceDirectory()) + " ("
              + count(errors, "error") + ", shown above)");
    }
  }

  /**
   * Compiles with the pure-Java schema compiler; on schema errors, logs them (one ERROR line each,
   * {@code file:line:col: error: message} as capnp prints them) and fails the build.
   */
  private byte[] compileInJava(Path src, List<Path> imports, List<String> schemas, Path base)
      throws MojoFailureException {
    try {
      return CompileRequest.compile(src, imports, schemas, List.of());
    } catch (SchemaException e) {
      int errors = 0;
      for (Diagnostic d : Diagnostic.parse(e.getMessage(), src)) {
        if (d.error()) {
          errors++;
          getLog().error(d.text());
        } else {
          getLog().warn(d.text());
        }
      }
      throw new MojoFailureException("The schema compiler rejected the schemas in "
          + shown(base, src) + " (" + count(errors, "error") + ", shown above)");
    }
  }

  /** Hashes every input of the run; see {@link Fingerprint}. */
  private String fingerprint(
      Path src, Path out, List<String> schemas, List<Path> userImports, DependencySchemas deps)
      throws IOException {
    Fingerprint f = new Fingerprint();
    f.add("plugin", plugin.getId());
    f.add("generator", Generator.VERSION);
    f.add("compiler", compiler);
    if (plugin.getVersion().endsWith("-SNAPSHOT")) {
      // A snapshot's version does not change when its code does; its jars' stamps do.
      for (Artifact a : plugin.getArtifacts()) {
        File file = a.getFile();
        if (file != null && file.isFile()) {
          f.add("plugin-jar", a.getId() + " " + file.length() + " " + file.lastModified());
        }
      }
    }
    f.add("goal", mojoExecution.getGoal());
    f.add("capnpExecutable", capnpExecutable);
    f.add("defaultPackage", blankToNull(defaultPackage));
    f.add("sourceDirectory", src.toString());
    f.add("outputDirectory", out.toString());
    f.add("includes", String.join("\n", includes));
    f.add("excludes", String.join("\n", excludes));
    for (String s : schemas) {
      f.addFile("schema", s, src.resolve(s));
    }
    List<Path> dirs = new ArrayList<>(implicitImportPaths());
    dirs.addAll(userImports);
    for (Path dir : dirs) {
      f.add("importPath", dir.toString());
      for (String s : SchemaFiles.find(dir, List.of(), List.of())) {
        f.addFile("import", s, dir.resolve(s));
      }
    }
    deps.addTo(f);
    return f.hex();
  }

  private void copyBundledJavaCapnp(Path target) throws IOException, MojoFailureException {
    ClassLoader loader = AbstractGenerateMojo.class.getClassLoader();
    try (InputStream in = loader.getResourceAsStream(DependencySchemas.JAVA_CAPNP)) {
      if (in == null) {
        throw new MojoFailureException("rast-maven-plugin is missing its own "
            + DependencySchemas.JAVA_CAPNP
            + " (from rast-runtime); the plugin's installation is broken");
      }
      Files.createDirectories(target.getParent());
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private void warnIfRuntimeMissing() {
    for (Artifact a : project.getArtifacts()) {
      if (a.getGroupId().equals("dev.rast") && a.getArtifactId().equals("rast-runtime")) {
        return;
      }
    }
    getLog()
        .warn(LOG_PREFIX + "the generated code needs the runtime library: add the dependency"
            + " dev.rast:rast-runtime:" + plugin.getVersion() + " to the project");
  }

  private static long millisSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }

  /** {@code p} relative to the project directory when it is inside it, for shorter log lines. */
  private static String shown(Path base, Path p) {
    Path b = base.toAbsolutePath().normalize();
    return p.startsWith(b) && !p.equals(b) ? b.relativize(p).toString() : p.toString();
  }
}
