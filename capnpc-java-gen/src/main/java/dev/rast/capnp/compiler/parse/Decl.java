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
    /** The file itself: the root, holding the top-level declarations. */
    FILE,
    /** {@code using Name = target;} ({@link #type} holds the target). */
    USING,
    /** {@code const name :Type = value;} */
    CONST,
    /** {@code enum Name { ... }} */
    ENUM,
    /** One member of an enum. */
    ENUMERANT,
    /** {@code struct Name { ... }} */
    STRUCT,
    /** A struct field with a type: {@code name @N :Type}. */
    FIELD,
    /** A named or unnamed union. */
    UNION,
    /** {@code name :group { ... }} */
    GROUP,
    /** {@code interface Name { ... }} */
    INTERFACE,
    /** An interface method. */
    METHOD,
    /** An annotation declaration: {@code annotation name(targets) :Type;} */
    ANNOTATION
  }

  /** Annotation targets, in schema.capnp's order. */
  public enum Target {
    /** {@code file} */
    FILE,
    /** {@code const} */
    CONST,
    /** {@code enum} */
    ENUM,
    /** {@code enumerant} */
    ENUMERANT,
    /** {@code struct} */
    STRUCT,
    /** {@code field} */
    FIELD,
    /** {@code union} */
    UNION,
    /** {@code group} */
    GROUP,
    /** {@code interface} */
    INTERFACE,
    /** {@code method} */
    METHOD,
    /** {@code param} */
    PARAM,
    /** {@code annotation} */
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

  /** What was declared; decides which of the other fields mean anything. */
  public Kind kind;

  /** The declared name; "" for the file and for unnamed unions. */
  public String name = "";

  /** Start of the name's byte range, where errors about the name point. */
  public int nameStart;

  /** End (exclusive) of the name's byte range. */
  public int nameEnd;

  /** An explicit {@code @0x...} id, or null. */
  public Long id;

  /** Start of the explicit id's byte range (valid when {@link #id} is set). */
  public int idStart;

  /** End (exclusive) of the explicit id's byte range. */
  public int idEnd;

  /** An explicit ordinal {@code @N}, or null. */
  public Integer ordinal;

  /** Start of the ordinal's byte range (valid when {@link #ordinal} is set). */
  public int ordinalStart;

  /** End (exclusive) of the ordinal's byte range. */
  public int ordinalEnd;

  /** The generic parameters of {@code struct Foo(T, U)}, in order; empty when not generic. */
  public List<String> genericParams = List.of();

  /** The annotations applied to the declaration, in source order. */
  public List<AnnotationApp> annotations = List.of();

  /** The declarations inside this one's block, in source order (which fixes code order). */
  public final List<Decl> nested = new ArrayList<>();

  /** The comment that documents the declaration, or null; it becomes Javadoc. */
  public String docComment;

  /** Start of the whole declaration's byte range. */
  public int start;

  /** End (exclusive) of the whole declaration's byte range. */
  public int end;

  /** Field, const, annotation: the type; using: the target. */
  public Expr type;
  /** Field: the default (or null); const: the value. */
  public Expr value;

  /** Interface: the {@code extends(...)} list; empty otherwise. */
  public List<Expr> superclasses = List.of();

  /** Method: the parameters. */
  public ParamList params;

  /** Null when the method declares no results. */
  public ParamList results;

  /** Annotation: where it may be applied ({@code (*)} is every target). */
  public Set<Target> targets = EnumSet.noneOf(Target.class);
}
