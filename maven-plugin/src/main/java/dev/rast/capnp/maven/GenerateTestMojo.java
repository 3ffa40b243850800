package dev.rast.capnp.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Generates Java test sources from Cap'n Proto schemas used only by tests ({@code src/test/capnp})
 * into {@code target/generated-test-sources/capnp} and adds that directory to the test compile
 * source roots. Test schemas may import the main schemas ({@code src/main/capnp}) and the schemas
 * of any dependency, test-scoped ones included. Otherwise it works as the {@code generate} goal.
 */
@Mojo(
    name = "generate-test",
    defaultPhase = LifecyclePhase.GENERATE_TEST_SOURCES,
    requiresDependencyResolution = ResolutionScope.TEST,
    threadSafe = true)
public final class GenerateTestMojo extends AbstractGenerateMojo {
  /** The directory holding the test schemas to compile. */
  @Parameter(defaultValue = "${project.basedir}/src/test/capnp")
  private File sourceDirectory;

  /** The directory the Java test sources are generated into; added to the test source roots. */
  @Parameter(defaultValue = "${project.build.directory}/generated-test-sources/capnp")
  private File outputDirectory;

  /** The main schemas, importable from test schemas by their path below this directory. */
  @Parameter(defaultValue = "${project.basedir}/src/main/capnp", readonly = true)
  private File mainSourceDirectory;

  /** When tests are not even compiled ({@code maven.test.skip}), there is nothing to generate. */
  @Parameter(property = "maven.test.skip", defaultValue = "false", readonly = true)
  private boolean testSkip;

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
    return "capnp-test-imports";
  }

  @Override
  boolean skipGoal() {
    return testSkip;
  }

  @Override
  List<Path> implicitImportPaths() {
    return List.of(mainSourceDirectory.toPath().toAbsolutePath().normalize());
  }

  @Override
  List<Path> importClasspath() {
    List<Path> result = new ArrayList<>();
    for (Artifact a : project().getArtifacts()) {
      if (a.getFile() != null && a.getArtifactHandler().isAddedToClasspath()) {
        result.add(a.getFile().toPath());
      }
    }
    return result;
  }

  @Override
  Path classesDirectory() {
    return Path.of(project().getBuild().getTestOutputDirectory());
  }

  @Override
  void register(
      MavenProject project,
      Path sourceDirectory,
      Path outputDirectory,
      List<String> includes,
      List<String> excludes) {
    project.addTestCompileSourceRoot(outputDirectory.toString());
  }
}
