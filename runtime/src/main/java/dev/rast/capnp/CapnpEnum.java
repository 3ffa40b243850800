package dev.rast.capnp;

/**
 * What every generated enum offers besides its constants: the enumerant's name as the schema
 * spells it (for the text format), or {@code null} for the constant that stands for values the
 * schema does not know.
 */
public interface CapnpEnum {
  /**
   * The enumerant's schema name ({@code fooBar}), or null for the unknown constant.
   *
   * @return the name in the schema, or null
   */
  String schemaName();
}
