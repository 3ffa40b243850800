package dev.rast.capnp.compiler.resolve;

import java.util.ArrayList;
import java.util.List;

/**
 * One compiled {@code schema.Node} and its {@code sourceInfo}, as capnp would write them. Lists
 * left null are written as null pointers, as capnp leaves them (groups have no nestedNodes,
 * declarations without annotations no annotation list). Mutable while the compiler fills it.
 */
public final class NodeModel {
  /** The node kinds of schema.Node's union. */
  public enum Kind {
    /** A schema file. */
    FILE,
    /** A struct or a group. */
    STRUCT,
    /** An enum. */
    ENUM,
    /** An interface. */
    INTERFACE,
    /** A constant. */
    CONST,
    /** An annotation declaration. */
    ANNOTATION
  }

  // The fields mirror schema.Node's, named as there; see schema.capnp for their meaning. Only the
  // fields of the node's kind are set.

  /** Node.id. */
  public long id;

  /** Node.displayName: the file name, then the nested names ({@code foo.capnp:Outer.Inner}). */
  public String displayName;

  /** Node.displayNamePrefixLength: where the node's own name starts in {@link #displayName}. */
  public int displayNamePrefixLength;

  /** Node.scopeId: the enclosing node, 0 for files (and for method parameter structs). */
  public long scopeId;

  /** Node.nestedNodes, in declaration order; null for groups. */
  public List<Nested> nestedNodes;

  /** Node.annotations; null when the declaration has none. */
  public List<AnnotationModel> annotations;

  /** Node.parameters: the generic parameter names; null when not generic. */
  public List<String> parameters;

  /** Node.isGeneric: this node or one enclosing it has parameters. */
  public boolean isGeneric;

  /** Which member of Node's union is set; the fields below belong to one kind each. */
  public Kind kind;

  /** Struct: the data section's size in words. */
  public int dataWordCount;

  /** Struct: the pointer section's size. */
  public int pointerCount;

  /** Struct: schema.ElementSize ordinal of the preferred list encoding (always 7). */
  public int preferredListEncoding;

  /** Struct: whether this is a group (or named union) rather than a declared struct. */
  public boolean isGroup;

  /** Struct: the count of union members directly in it; 0 when it has no unnamed union. */
  public int discriminantCount;

  /** Struct: the discriminant's offset in 16-bit units, when {@link #discriminantCount} is not 0. */
  public int discriminantOffset;

  /** Struct: the fields in code order. */
  public List<FieldModel> fields;

  /** Enum: the enumerants in code order. */
  public List<Enumerant> enumerants;

  /** Interface: the methods in code order. */
  public List<MethodModel> methods;

  /** Interface: the interfaces it extends. */
  public List<Superclass> superclasses;

  /** Const: the type; annotation: the value type. */
  public TypeModel type;

  /** Const: the value. */
  public Val value;

  /** Annotation: the targets it may be applied to, indexed by {@code Decl.Target} ordinal. */
  public boolean[] targets;

  /** The declaration's doc comment (written to sourceInfo), or null. */
  public String docComment;

  /** The id written in sourceInfo: capnp writes 0 for method parameter structs. */
  public long sourceInfoId;

  /** A nested node's name and id. */
  public record Nested(String name, long id) {}

  /** An applied annotation. */
  public record AnnotationModel(long id, Val value, TypeModel type, TypeModel.BrandModel brand) {}

  /** An enumerant. */
  public record Enumerant(
      String name, int codeOrder, List<AnnotationModel> annotations, String docComment) {}

  /** A superclass of an interface. */
  public record Superclass(long id, TypeModel.BrandModel brand) {}

  /** A struct field (a slot, or a group or named union). */
  public static final class FieldModel {
    /** Field.name. */
    public String name;

    /** Field.codeOrder: the position in the declaration, where ordinals give wire order. */
    public int codeOrder;

    /** Field.annotations; null when none. */
    public List<AnnotationModel> annotations;

    /** Field.discriminantValue: the union case, 0xffff when the field is not in a union. */
    public int discriminantValue = 0xffff;

    /** Whether the field is a group (or named union); {@link #groupTypeId} then names it. */
    public boolean isGroup;

    /** Group: the id of the group's own struct node. */
    public long groupTypeId;

    /** Slot: the offset in units of the type's size (pointers: the pointer index). */
    public int offset;

    /** Slot: the type. */
    public TypeModel type;

    /** Slot: the default value (the type's zero when none was given). */
    public Val defaultValue;

    /** Slot: whether the schema gave a default, which capnp records as given. */
    public boolean hadExplicitDefault;

    /** The explicit ordinal, or null ("implicit"). */
    public Integer ordinal;

    /** The field's doc comment, or null. */
    public String docComment;
  }

  /** An interface method. */
  public static final class MethodModel {
    /** Method.name. */
    public String name;

    /** Method.codeOrder: the position in the declaration. */
    public int codeOrder;

    /** Method.implicitParameters: the names of the method's own generic parameters. */
    public List<String> implicitParameters = new ArrayList<>();

    /** Method.paramStructType: the parameter struct (an implicit one for a named list). */
    public long paramStructType;

    /** Method.paramBrand: the bindings of the parameter struct's generic parameters. */
    public TypeModel.BrandModel paramBrand;

    /** Method.resultStructType: the result struct (an implicit one for a named list). */
    public long resultStructType;

    /** Method.resultBrand: the bindings of the result struct's generic parameters. */
    public TypeModel.BrandModel resultBrand;

    /** Method.annotations; null when none. */
    public List<AnnotationModel> annotations;

    /** The method's doc comment, or null. */
    public String docComment;
  }
}
