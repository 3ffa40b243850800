package dev.rast.capnp.compiler;

/**
 * A schema the generator cannot turn into Java, or a malformed request. The message names the
 * schema file and node (and field, where there is one), so the one line the plugin prints tells
 * the user where to look.
 */
public final class SchemaException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message the line the user sees: names the file and node, and the field if any
   */
  public SchemaException(String message) {
    super(message);
  }
}
