package dev.rast.capnp.compiler.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeVariableName;
import dev.rast.capnp.ElementSize;
import dev.rast.capnp.compiler.naming.ClassNames;
import java.util.ArrayList;
import java.util.List;

/**
 * Maps schema types to the Java types generated code uses, in one place: scalars to Java
 * primitives of the same width (unsigned types keep their bits in the signed type), pointers to the
 * runtime's flyweights, lists to typed list views, generic parameters to type variables bound
 * through {@code ReaderArg}/{@code BuilderArg} objects.
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
  static final ClassName READER_ARG = ClassName.get(RT, "ReaderArg");
  static final ClassName BUILDER_ARG = ClassName.get(RT, "BuilderArg");
  static final ClassName READER_ARGS = ClassName.get(RT, "ReaderArgs");
  static final ClassName BUILDER_ARGS = ClassName.get(RT, "BuilderArgs");

  private final ClassNames names;
  private final PrintEmitter printer;

  TypeMapper(ClassNames names, PrintEmitter printer) {
    this.names = names;
    this.printer = printer;
  }

  /** The Java type of a data-section value. */
  TypeName scalar(JType t) {
    switch (t.kind) {
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
        return t.cls;
      default:
        throw new IllegalArgumentException("not a scalar: " + t.kind);
    }
  }

  /** Width in bits of a data-section value (Void 0, Bool 1). */
  static int bits(JType t) {
    switch (t.kind) {
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
  static int elementSize(JType element) {
    switch (element.kind) {
      case VOID:
        return ElementSize.VOID;
      case STRUCT:
        return ElementSize.INLINE_COMPOSITE;
      default:
        if (element.isData()) {
          int b = bits(element);
          return b == 1
              ? ElementSize.BIT
              : b == 8
                  ? ElementSize.BYTE
                  : b == 16
                      ? ElementSize.TWO_BYTES
                      : b == 32 ? ElementSize.FOUR_BYTES : ElementSize.EIGHT_BYTES;
        }
        return ElementSize.POINTER;
    }
  }

  /** {@code ElementSize.X} as code. */
  static CodeBlock elementSizeCode(int size) {
    String[] n = {
      "VOID", "BIT", "BYTE", "TWO_BYTES", "FOUR_BYTES", "EIGHT_BYTES", "POINTER", "INLINE_COMPOSITE"
    };
    return CodeBlock.of("$T.$L", ELEMENT_SIZE, n[size]);
  }

  /** Type arguments of a generic struct type, reader or builder side. */
  private TypeName[] typeArgs(JType t, boolean reader) {
    TypeName[] a = new TypeName[t.args.size()];
    for (int i = 0; i < a.length; i++) {
      a[i] = reader ? reader(t.args.get(i)) : builder(t.args.get(i));
    }
    return a;
  }

  /** The reader type of a pointer-section value. */
  TypeName reader(JType t) {
    switch (t.kind) {
      case TEXT:
        return TEXT_READER;
      case DATA:
        return DATA_READER;
      case STRUCT:
        return t.isGenericStruct()
            ? ParameterizedTypeName.get(t.cls.nestedClass("Reader"), typeArgs(t, true))
            : t.cls.nestedClass("Reader");
      case LIST:
        return listReader(t.element);
      case PARAM:
        return TypeVariableName.get(t.param.typeVar());
      default:
        return ANY_READER;
    }
  }

  /** The builder type of a pointer-section value. */
  TypeName builder(JType t) {
    switch (t.kind) {
      case TEXT:
        return TEXT_BUILDER;
      case DATA:
        return DATA_BUILDER;
      case STRUCT:
        return t.isGenericStruct()
            ? ParameterizedTypeName.get(t.cls.nestedClass("Builder"), typeArgs(t, false))
            : t.cls.nestedClass("Builder");
      case LIST:
        return listBuilder(t.element);
      case PARAM:
        return TypeVariableName.get(t.param.typeVar());
      default:
        return ANY_BUILDER;
    }
  }

  TypeName listReader(JType element) {
    switch (element.kind) {
      case TEXT:
        return TEXT_LIST_READER;
      case DATA:
        return DATA_LIST_READER;
      case STRUCT:
        return ParameterizedTypeName.get(STRUCT_LIST_READER, reader(element));
      case ENUM:
        return ParameterizedTypeName.get(ENUM_LIST_READER, element.cls);
      case LIST:
        return ParameterizedTypeName.get(LIST_LIST_READER, listReader(element.element));
      default:
        return LIST_READER;
    }
  }

  TypeName listBuilder(JType element) {
    switch (element.kind) {
      case TEXT:
        return TEXT_LIST_BUILDER;
      case DATA:
        return DATA_LIST_BUILDER;
      case STRUCT:
        return ParameterizedTypeName.get(STRUCT_LIST_BUILDER, builder(element));
      case ENUM:
        return ParameterizedTypeName.get(ENUM_LIST_BUILDER, element.cls);
      case LIST:
        return ParameterizedTypeName.get(LIST_LIST_BUILDER, listBuilder(element.element));
      default:
        return LIST_BUILDER;
    }
  }

  /** Constructor arguments ({@code ReaderArg}s or {@code BuilderArg}s) of a generic struct type. */
  private CodeBlock ctorArgs(JType t, boolean reader) {
    List<CodeBlock> a = new ArrayList<>();
    for (JType arg : t.args) {
      a.add(reader ? readerArg(arg) : builderArg(arg));
    }
    return CodeBlock.join(a, ", ");
  }

  /** An expression making a fresh reader flyweight for a pointer value of type {@code t}. */
  CodeBlock newReader(JType t) {
    switch (t.kind) {
      case LIST:
        return newListReader(t.element);
      case STRUCT:
        return t.isGenericStruct()
            ? CodeBlock.of("new $T<>($L)", t.cls.nestedClass("Reader"), ctorArgs(t, true))
            : CodeBlock.of("new $T()", t.cls.nestedClass("Reader"));
      default:
        return CodeBlock.of("new $T()", reader(t));
    }
  }

  CodeBlock newListReader(JType element) {
    switch (element.kind) {
      case STRUCT:
        return element.isGenericStruct()
            ? CodeBlock.of("new $T<>(() -> $L)", STRUCT_LIST_READER, newReader(element))
            : CodeBlock.of("new $T<>($T::new)", STRUCT_LIST_READER, reader(element));
      case ENUM:
        return CodeBlock.of("new $T<>($T::fromValue)", ENUM_LIST_READER, element.cls);
      case LIST:
        return CodeBlock.of(
            "new $T<>(() -> $L, $L)",
            LIST_LIST_READER,
            newListReader(element.element),
            elementSizeCode(elementSize(element.element)));
      default:
        return CodeBlock.of("new $T()", listReader(element));
    }
  }

  /** An expression making a fresh builder flyweight for a pointer value of type {@code t}. */
  CodeBlock newBuilder(JType t) {
    switch (t.kind) {
      case LIST:
        return newListBuilder(t.element);
      case STRUCT:
        return t.isGenericStruct()
            ? CodeBlock.of("new $T<>($L)", t.cls.nestedClass("Builder"), ctorArgs(t, false))
            : CodeBlock.of("new $T()", t.cls.nestedClass("Builder"));
      default:
        return CodeBlock.of("new $T()", builder(t));
    }
  }

  CodeBlock newListBuilder(JType element) {
    switch (element.kind) {
      case STRUCT:
        return element.isGenericStruct()
            ? CodeBlock.of("new $T<>(() -> $L)", STRUCT_LIST_BUILDER, newBuilder(element))
            : CodeBlock.of("new $T<>($T::new)", STRUCT_LIST_BUILDER, builder(element));
      case ENUM:
        return CodeBlock.of("new $T<>($T::fromValue)", ENUM_LIST_BUILDER, element.cls);
      case LIST:
        return CodeBlock.of(
            "new $T<>(() -> $L, $L, $L)",
            LIST_LIST_BUILDER,
            newListBuilder(element.element),
            elementSizeCode(elementSize(element.element)),
            structSizeOrNull(element.element));
      default:
        return CodeBlock.of("new $T()", listBuilder(element));
    }
  }

  /** {@code Foo._Meta.SIZE} for a struct element type, else {@code null}. */
  CodeBlock structSizeOrNull(JType element) {
    if (element.kind == JType.Kind.STRUCT) {
      return CodeBlock.of("$T._Meta.SIZE", element.cls);
    }
    return CodeBlock.of("null");
  }

  /** A {@code ReaderArg} expression binding a parameter to {@code t}. */
  CodeBlock readerArg(JType t) {
    switch (t.kind) {
      case PARAM:
        return CodeBlock.of("$L", t.param.field());
      case TEXT:
        return CodeBlock.of("$T.TEXT", READER_ARGS);
      case DATA:
        return CodeBlock.of("$T.DATA", READER_ARGS);
      case STRUCT:
        return CodeBlock.of(
            "$T.of(ptr_ -> ptr_.getAsStruct($L), (v_, out_) -> v_.printTo(out_))",
            READER_ARGS,
            newReader(t));
      case LIST: {
        CodeBlock.Builder print = CodeBlock.builder();
        printer.printListBody(print, t.element, "v_", "out_", 100, true);
        return CodeBlock.of(
            "$T.of(ptr_ -> ptr_.getAsList($L, $L), (v_, out_) -> {\n$>$L$<})",
            READER_ARGS,
            elementSizeCode(elementSize(t.element)),
            newListReader(t.element),
            print.build());
      }
      default:
        return CodeBlock.of("$T.ANY_POINTER", READER_ARGS);
    }
  }

  /** A {@code BuilderArg} expression binding a parameter to {@code t}. */
  CodeBlock builderArg(JType t) {
    switch (t.kind) {
      case PARAM:
        return CodeBlock.of("$L", t.param.field());
      case TEXT:
        return CodeBlock.of("$T.TEXT", BUILDER_ARGS);
      case DATA:
        return CodeBlock.of("$T.DATA", BUILDER_ARGS);
      case STRUCT:
        return CodeBlock.of("ptr_ -> ptr_.getAsStruct($L)", newBuilder(t));
      case LIST:
        return CodeBlock.of(
            "ptr_ -> ptr_.getAsList($L, $L, $L)",
            elementSizeCode(elementSize(t.element)),
            structSizeOrNull(t.element),
            newListBuilder(t.element));
      default:
        return CodeBlock.of("$T.ANY_POINTER", BUILDER_ARGS);
    }
  }
}
