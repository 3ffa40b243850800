package dev.rast.capnp.compiler;

/**
 * Options of one generator run.
 *
 * @param defaultPackage the Java package for schema files without a {@code $Java.package}
 *     annotation, or null to require the annotation
 */
public record GeneratorOptions(String defaultPackage) {
  /** Environment variable the plugin reads {@link #defaultPackage} from. */
  public static final String PACKAGE_ENV = "CAPNP_JAVA_PACKAGE";

  /** Options from the environment, as the {@code capnp compile} plugin sees it. */
  public static GeneratorOptions fromEnvironment() {
    String pkg = System.getenv(PACKAGE_ENV);
    return new GeneratorOptions(pkg == null || pkg.isBlank() ? null : pkg.trim());
  }
}
