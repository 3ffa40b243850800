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
    FILE,
    STRUCT,
    ENUM,
    INTERFACE,
    CONST,
    ANNOTATION
  }

  public long id;
  public String displayName;
  public int displayNamePrefixLength;
  public long scopeId;
  public List<Nested> nestedNodes;
  public List<AnnotationModel> annotations;
  public List<String> parameters;
  public boolean isGeneric;
  public Kind kind;

  public int dataWordCount;
  public int pointerCount;
  public int preferredListEncoding;
  public boolean isGroup;
  public int discriminantCount;
  public int discriminantOffset;
  public List<FieldModel> fields;

  public List<Enumerant> enumerants;

  public List<MethodModel> methods;
  public List<Superclass> superclasses;

  public TypeModel type;
  public Val value;
  public boolean[] targets;

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
    public String name;
    public int codeOrder;
    public List<AnnotationModel> annotations;
    public int discriminantValue = 0xffff;
    public boolean isGroup;
    public long groupTypeId;
    public int offset;
    public TypeModel type;
    public Val defaultValue;
    public boolean hadExplicitDefault;
    /** The explicit ordinal, or null ("implicit"). */
    public Integer ordinal;

    public String docComment;
  }

  /** An interface method. */
  public static final class MethodModel {
    public String name;
    public int codeOrder;
    public List<String> implicitParameters = new ArrayList<>();
    public long paramStructType;
    public TypeModel.BrandModel paramBrand;
    public long resultStructType;
    public TypeModel.BrandModel resultBrand;
    public List<AnnotationModel> annotations;
    public String docComment;
  }
}
