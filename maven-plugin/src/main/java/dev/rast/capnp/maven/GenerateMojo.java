package dev.rast.capnp.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.model.Resource;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Generates Java sources from the project's Cap'n Proto schemas ({@code src/main/capnp}) into
 * {@code target/generated-sources/capnp} and adds that directory to the compile source roots.
 *
 * <p>{@code capnp compile} runs once for all schemas; the Java code is generated in the Maven JVM
 * by rast-capnpc. Schemas may import {@code /capnp/java.capnp} and any {@code .capnp} file that a
 * compile-scope dependency carries in its jar, by its path in the jar. The schemas themselves are
 * packaged at the root of the project's jar (see {@code packageSchemas}), so that modules
 * depending on this one can import them the same way. When no schema, import, option or plugin
 * version changed since the last run, the goal does nothing and says so in one line.
 */
@Mojo(
    name = "generate",
    defaultPhase = LifecyclePhase.GENERATE_SOURCES,
    requiresDependencyResolution = ResolutionScope.COMPILE,
    threadSafe = true)
public final class GenerateMojo extends AbstractGenerateMojo {
  /** The directory holding the schemas to compile. */
  @Parameter(defaultValue = "${project.basedir}/src/main/capnp")
  private File sourceDirectory;

  /** The directory the Java sources are generated into; added to the compile source roots. */
  @Parameter(defaultValue = "${project.build.directory}/generated-sources/capnp")
  private File outputDirectory;

  /**
   * Packages the compiled schemas into the project's jar at their path relative to the source
   * directory ({@code src/main/capnp/org/example/a.capnp} becomes {@code org/example/a.capnp}), so
   * that a module depending on this one can {@code import "/org/example/a.capnp"}.
   */
  @Parameter(property = "capnp.packageSchemas", defaultValue = "true")
  private boolean packageSchemas;

  @Override
  File sourceDirectory() {
    return sourceDirectory;
  }

  @Override
  File outputDirectory() {
    return outputDirectory;
  }

  @Override
  String importsDirectoryName() {
    return "capnp-imports";
  }

  @Override
  List<Path> importClasspath() {
    List<Path> result = new ArrayList<>();
    for (Artifact a : project().getArtifacts()) {
      if (a.getFile() != null
          && a.getArtifactHandler().isAddedToClasspath()
          && (Artifact.SCOPE_COMPILE.equals(a.getScope())
              || Artifact.SCOPE_PROVIDED.equals(a.getScope())
              || Artifact.SCOPE_SYSTEM.equals(a.getScope()))) {
        result.add(a.getFile().toPath());
      }
    }
    return result;
  }

  @Override
  boolean packagesSchemas() {
    return packageSchemas;
  }

  @Override
  Path classesDirectory() {
    return Path.of(project().getBuild().getOutputDirectory());
  }

  @Override
  void register(
      MavenProject project,
      Path sourceDirectory,
      Path outputDirectory,
      List<String> includes,
      List<String> excludes) {
    project.addCompileSourceRoot(outputDirectory.toString());
    if (!packageSchemas) {
      return;
    }
    for (Resource r : project.getResources()) {
      if (Path.of(r.getDirectory()).toAbsolutePath().normalize().equals(sourceDirectory)) {
        return; // already there: declared by the user, or added by another execution
      }
    }
    Resource schemas = new Resource();
    schemas.setDirectory(sourceDirectory.toString());
    List<String> patterns = includes.isEmpty() ? List.of(SchemaFiles.DEFAULT_INCLUDE) : includes;
    schemas.setIncludes(new ArrayList<>(patterns));
    schemas.setExcludes(new ArrayList<>(excludes));
    project.addResource(schemas);
  }
}
