package dev.rast.capnp.compiler.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.rast.capnp.ElementSize;
import dev.rast.capnp.compiler.naming.ClassNames;
import dev.rast.capnp.compiler.schema.Schema.Type;

/**
 * Maps schema types to the Java types generated code uses, in one place: scalars to Java
 * primitives of the same width (unsigned types keep their bits in the signed type), pointers to the
 * runtime's flyweights, lists to typed list views, generic parameters to {@code AnyPointer}.
 */
final class TypeMapper {
  static final String RT = "dev.rast.capnp";
  static final ClassName STRUCT_READER = ClassName.get(RT, "StructReader");
  static final ClassName STRUCT_BUILDER = ClassName.get(RT, "StructBuilder");
  static final ClassName LIST_READER = ClassName.get(RT, "ListReader");
  static final ClassName LIST_BUILDER = ClassName.get(RT, "ListBuilder");
  static final ClassName TEXT_READER = ClassName.get(RT, "TextReader");
  static final ClassName TEXT_BUILDER = ClassName.get(RT, "TextBuilder");
  static final ClassName DATA_READER = ClassName.get(RT, "DataReader");
  static final ClassName DATA_BUILDER = ClassName.get(RT, "DataBuilder");
  static final ClassName ANY_READER = ClassName.get(RT, "AnyPointerReader");
  static final ClassName ANY_BUILDER = ClassName.get(RT, "AnyPointerBuilder");
  static final ClassName STRUCT_LIST_READER = ClassName.get(RT, "StructListReader");
  static final ClassName STRUCT_LIST_BUILDER = ClassName.get(RT, "StructListBuilder");
  static final ClassName TEXT_LIST_READER = ClassName.get(RT, "TextListReader");
  static final ClassName TEXT_LIST_BUILDER = ClassName.get(RT, "TextListBuilder");
  static final ClassName DATA_LIST_READER = ClassName.get(RT, "DataListReader");
  static final ClassName DATA_LIST_BUILDER = ClassName.get(RT, "DataListBuilder");
  static final ClassName LIST_LIST_READER = ClassName.get(RT, "ListListReader");
  static final ClassName LIST_LIST_BUILDER = ClassName.get(RT, "ListListBuilder");
  static final ClassName ENUM_LIST_READER = ClassName.get(RT, "EnumListReader");
  static final ClassName ENUM_LIST_BUILDER = ClassName.get(RT, "EnumListBuilder");
  static final ClassName ELEMENT_SIZE = ClassName.get(RT, "ElementSize");
  static final ClassName STRUCT_SIZE = ClassName.get(RT, "StructSize");
  static final ClassName MESSAGE_READER = ClassName.get(RT, "MessageReader");
  static final ClassName GENERATED = ClassName.get(RT, "Generated");
  static final ClassName CANONICAL = ClassName.get(RT, "Canonical");

  private final ClassNames names;

  TypeMapper(ClassNames names) {
    this.names = names;
  }

  ClassNames names() {
    return names;
  }

  /** True for types stored in the data section. */
  static boolean isData(Type.Reader t) {
    switch (t.which()) {
      case VOID:
      case BOOL:
      case INT8:
      case INT16:
      case INT32:
      case INT64:
      case UINT8:
      case UINT16:
      case UINT32:
      case UINT64:
      case FLOAT32:
      case FLOAT64:
      case ENUM:
        return true;
      default:
        return false;
    }
  }

  /** The Java type of a data-section value. */
  TypeName scalar(Type.Reader t) {
    switch (t.which()) {
      case BOOL:
        return TypeName.BOOLEAN;
      case INT8:
      case UINT8:
        return TypeName.BYTE;
      case INT16:
      case UINT16:
        return TypeName.SHORT;
      case INT32:
      case UINT32:
        return TypeName.INT;
      case INT64:
      case UINT64:
        return TypeName.LONG;
      case FLOAT32:
        return TypeName.FLOAT;
      case FLOAT64:
        return TypeName.DOUBLE;
      case ENUM:
        return names.of(t.getEnum().getTypeId());
      default:
        throw new IllegalArgumentException("not a scalar: " + t.which());
    }
  }

  /** Width in bits of a data-section value (Void 0, Bool 1). */
  static int bits(Type.Reader t) {
    switch (t.which()) {
      case BOOL:
        return 1;
      case INT8:
      case UINT8:
        return 8;
      case INT16:
      case UINT16:
      case ENUM:
        return 16;
      case INT32:
      case UINT32:
      case FLOAT32:
        return 32;
      case INT64:
      case UINT64:
      case FLOAT64:
        return 64;
      default:
        return 0;
    }
  }

  /** The {@link ElementSize} of a list whose elements have type {@code element}. */
  static int elementSize(Type.Reader element) {
    switch (element.which()) {
      case VOID:
        return ElementSize.VOID;
      case BOOL:
        return ElementSize.BIT;
      case INT8:
      case UINT8:
        return ElementSize.BYTE;
      case INT16:
      case UINT16:
      case ENUM:
        return ElementSize.TWO_BYTES;
      case INT32:
      case UINT32:
      case FLOAT32:
        return ElementSize.FOUR_BYTES;
      case INT64:
      case UINT64:
      case FLOAT64:
        return ElementSize.EIGHT_BYTES;
      case STRUCT:
        return ElementSize.INLINE_COMPOSITE;
      default:
        return ElementSize.POINTER;
    }
  }

  /** {@code ElementSize.X} as code. */
  static CodeBlock elementSizeCode(int size) {
    String[] n = {"VOID", "BIT", "BYTE", "TWO_BYTES", "FOUR_BYTES", "EIGHT_BYTES", "POINTER", "INLINE_COMPOSITE"};
    return CodeBlock.of("$T.$L", ELEMENT_SIZE, n[size]);
  }

  /** The reader type of a pointer-section value. */
  TypeName reader(Type.Reader t) {
    switch (t.which()) {
      case TEXT:
        return TEXT_READER;
      case DATA:
        return DATA_READER;
      case STRUCT:
        return names.of(t.getStruct().getTypeId()).nestedClass("Reader");
      case LIST:
        return listReader(t.getList().getElementType());
      default:
        return ANY_READER; // AnyPointer, generic parameters, interfaces
    }
  }

  /** The builder type of a pointer-section value. */
  TypeName builder(Type.Reader t) {
    switch (t.which()) {
      case TEXT:
        return TEXT_BUILDER;
      case DATA:
        return DATA_BUILDER;
      case STRUCT:
        return names.of(t.getStruct().getTypeId()).nestedClass("Builder");
      case LIST:
        return listBuilder(t.getList().getElementType());
      default:
        return ANY_BUILDER;
    }
  }

  TypeName listReader(Type.Reader element) {
    switch (element.which()) {
      case TEXT:
        return TEXT_LIST_READER;
      case DATA:
        return DATA_LIST_READER;
      case STRUCT:
        return ParameterizedTypeName.get(STRUCT_LIST_READER, reader(element));
      case ENUM:
        return ParameterizedTypeName.get(ENUM_LIST_READER, scalar(element));
      case LIST:
        return ParameterizedTypeName.get(LIST_LIST_READER, listReader(element.getList().getElementType()));
      default:
        return LIST_READER;
    }
  }

  TypeName listBuilder(Type.Reader element) {
    switch (element.which()) {
      case TEXT:
        return TEXT_LIST_BUILDER;
      case DATA:
        return DATA_LIST_BUILDER;
      case STRUCT:
        return ParameterizedTypeName.get(STRUCT_LIST_BUILDER, builder(element));
      case ENUM:
        return ParameterizedTypeName.get(ENUM_LIST_BUILDER, scalar(element));
      case LIST:
        return ParameterizedTypeName.get(LIST_LIST_BUILDER, listBuilder(element.getList().getElementType()));
      default:
        return LIST_BUILDER;
    }
  }

  /** An expression making a fresh reader flyweight for a pointer value of type {@code t}. */
  CodeBlock newReader(Type.Reader t) {
    if (t.which() == Type.Which.LIST) {
      return newListReader(t.getList().getElementType());
    }
    return CodeBlock.of("new $T()", reader(t));
  }

  CodeBlock newListReader(Type.Reader element) {
    switch (element.which()) {
      case STRUCT:
        return CodeBlock.of("new $T<>($T::new)", STRUCT_LIST_READER, reader(element));
      case ENUM:
        return CodeBlock.of("new $T<>($T::fromValue)", ENUM_LIST_READER, scalar(element));
      case LIST:
        {
          Type.Reader inner = element.getList().getElementType();
          return CodeBlock.of("new $T<>(() -> $L, $L)", LIST_LIST_READER, newListReader(inner),
              elementSizeCode(elementSize(inner)));
        }
      default:
        return CodeBlock.of("new $T()", listReader(element));
    }
  }

  /** An expression making a fresh builder flyweight for a pointer value of type {@code t}. */
  CodeBlock newBuilder(Type.Reader t) {
    if (t.which() == Type.Which.LIST) {
      return newListBuilder(t.getList().getElementType());
    }
    return CodeBlock.of("new $T()", builder(t));
  }

  CodeBlock newListBuilder(Type.Reader element) {
    switch (element.which()) {
      case STRUCT:
        return CodeBlock.of("new $T<>($T::new)", STRUCT_LIST_BUILDER, builder(element));
      case ENUM:
        return CodeBlock.of("new $T<>($T::fromValue)", ENUM_LIST_BUILDER, scalar(element));
      case LIST:
        {
          Type.Reader inner = element.getList().getElementType();
          return CodeBlock.of("new $T<>(() -> $L, $L, $L)", LIST_LIST_BUILDER, newListBuilder(inner),
              elementSizeCode(elementSize(inner)), structSizeOrNull(inner));
        }
      default:
        return CodeBlock.of("new $T()", listBuilder(element));
    }
  }

  /** {@code Foo._Meta.SIZE} for a struct element type, else {@code null}. */
  CodeBlock structSizeOrNull(Type.Reader element) {
    if (element.which() == Type.Which.STRUCT) {
      return CodeBlock.of("$T._Meta.SIZE", names.of(element.getStruct().getTypeId()));
    }
    return CodeBlock.of("null");
  }
}
