package dev.rast.capnp.compiler.parse;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A parsed declaration with its byte range: files, nested types, members and aliases. Fields not
 * meaningful for a kind stay null or empty. Built by {@link Parser}; read by the compiler.
 */
public final class Decl {
  /** The kinds of declaration. */
  public enum Kind {
    FILE,
    USING,
    CONST,
    ENUM,
    ENUMERANT,
    STRUCT,
    FIELD,
    UNION,
    GROUP,
    INTERFACE,
    METHOD,
    ANNOTATION
  }

  /** Annotation targets, in schema.capnp's order. */
  public enum Target {
    FILE,
    CONST,
    ENUM,
    ENUMERANT,
    STRUCT,
    FIELD,
    UNION,
    GROUP,
    INTERFACE,
    METHOD,
    PARAM,
    ANNOTATION
  }

  /** {@code $name(value)}; {@code value} null when none was given. */
  public record AnnotationApp(Expr name, Expr value, int start, int end) {}

  /** A method parameter: {@code name :Type = default $annotations}. */
  public record Param(
      String name,
      int nameStart,
      int nameEnd,
      Expr type,
      Expr defaultValue,
      List<AnnotationApp> annotations,
      int start,
      int end) {}

  /** A method's parameter or result list: named params, or one struct type expression. */
  public record ParamList(List<Param> named, Expr type, int start, int end) {}

  public Kind kind;
  public String name = "";
  public int nameStart;
  public int nameEnd;
  /** An explicit {@code @0x...} id, or null. */
  public Long id;

  public int idStart;
  public int idEnd;
  /** An explicit ordinal {@code @N}, or null. */
  public Integer ordinal;

  public int ordinalStart;
  public int ordinalEnd;
  public List<String> genericParams = List.of();
  public List<AnnotationApp> annotations = List.of();
  public final List<Decl> nested = new ArrayList<>();
  public String docComment;
  public int start;
  public int end;

  /** Field, const, annotation: the type; using: the target. */
  public Expr type;
  /** Field: the default (or null); const: the value. */
  public Expr value;

  public List<Expr> superclasses = List.of();
  public ParamList params;
  /** Null when the method declares no results. */
  public ParamList results;

  public Set<Target> targets = EnumSet.noneOf(Target.class);
}
