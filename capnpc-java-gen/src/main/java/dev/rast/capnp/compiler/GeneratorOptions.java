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

  /**
   * Options from the environment: capnp gives a plugin no flags, so the environment is the only
   * channel.
   *
   * @return the options, with {@code defaultPackage} null when {@value #PACKAGE_ENV} is unset or
   *     blank
   */
  public static GeneratorOptions fromEnvironment() {
    String pkg = System.getenv(PACKAGE_ENV);
    return new GeneratorOptions(pkg == null || pkg.isBlank() ? null : pkg.trim());
  }
}
