package dev.rast.capnp.compiler.naming;

import java.util.Locale;
import java.util.Set;

/**
 * Every spelling rule from schema names to Java names, in one place.
 *
 * <p>Schema-derived members always carry a verb prefix ({@code getFoo}, {@code setFoo}, {@code
 * hasFoo}, {@code initFoo}), so a schema name can never collide with a Java keyword or with the
 * framework's own members. The one exception is {@code getClass}, which {@link Object} owns: a
 * field named {@code class} is accessed as {@code getClass_()}.
 */
public final class Names {
  /** Nested names the generator owns in every struct class. */
  public static final Set<String> RESERVED_NESTED = Set.of("Reader", "Builder", "Which", "_Meta");

  private static final Set<String> RESERVED_ACCESSORS = Set.of("Class");

  private Names() {}

  /**
   * {@code fooBar} -> {@code FooBar}; also strips characters Java identifiers cannot hold.
   *
   * @param name a schema name
   * @return a valid Java identifier ({@code _} first when the result would not start one)
   */
  public static String upperCamel(String name) {
    StringBuilder b = new StringBuilder(name.length());
    boolean upNext = true;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '_' || c == '-' || c == '.' || c == ' ') {
        upNext = true;
        continue;
      }
      if (!Character.isJavaIdentifierPart(c)) {
        upNext = true;
        continue;
      }
      b.append(upNext ? Character.toUpperCase(c) : c);
      upNext = false;
    }
    if (b.length() == 0 || !Character.isJavaIdentifierStart(b.charAt(0))) {
      b.insert(0, '_');
    }
    return b.toString();
  }

  /**
   * {@code fooBar} -> {@code FOO_BAR}; {@code eightBytes} -> {@code EIGHT_BYTES}; for the names Java
   * writes in capitals: constants, enumerants and union cases.
   *
   * @param name a camelCase schema name
   * @return the name in UPPER_SNAKE_CASE
   */
  public static String upperSnake(String name) {
    StringBuilder b = new StringBuilder(name.length() + 4);
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (Character.isUpperCase(c) && i > 0 && !Character.isUpperCase(name.charAt(i - 1))) {
        b.append('_');
      } else if (Character.isUpperCase(c)
          && i > 0
          && i + 1 < name.length()
          && Character.isLowerCase(name.charAt(i + 1))
          && Character.isUpperCase(name.charAt(i - 1))) {
        b.append('_');
      }
      b.append(Character.toUpperCase(c));
    }
    return b.toString().toUpperCase(Locale.ROOT);
  }

  /**
   * The suffix of a field's accessors: {@code fooBar} -> {@code FooBar} ({@code getFooBar}).
   *
   * @param fieldName the field's schema name
   * @return the suffix, with {@code _} added where {@code get}+suffix would clash with an
   *     {@code Object} method ({@code getClass})
   */
  public static String accessor(String fieldName) {
    String s = upperCamel(fieldName);
    return RESERVED_ACCESSORS.contains(s) ? s + "_" : s;
  }

  /**
   * The outer class of a schema file: its base name in UpperCamelCase ({@code test-import2.capnp}
   * -> {@code TestImport2}).
   *
   * @param fileName the file's name as capnp reports it, directories included
   * @return the class's simple name
   */
  public static String outerClassFromFile(String fileName) {
    String base = fileName;
    int slash = base.lastIndexOf('/');
    if (slash >= 0) {
      base = base.substring(slash + 1);
    }
    if (base.endsWith(".capnp")) {
      base = base.substring(0, base.length() - ".capnp".length());
    }
    return upperCamel(base);
  }
}
