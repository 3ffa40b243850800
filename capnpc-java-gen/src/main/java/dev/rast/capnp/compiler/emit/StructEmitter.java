package dev.rast.capnp.compiler.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import dev.rast.capnp.compiler.naming.Names;
import dev.rast.capnp.compiler.schema.Schema.Field;
import dev.rast.capnp.compiler.schema.Schema.Node;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits the class of one struct or group: {@code _Meta} (type id, size, compiled defaults), the
 * {@code Which} enum of its union, the {@code Reader} and {@code Builder} flyweights, and its
 * nested groups and types.
 */
final class StructEmitter {
  private final Context ctx;
  private final NodeEmitter nodes;
  private final PrintEmitter printer;

  StructEmitter(Context ctx, NodeEmitter nodes) {
    this.ctx = ctx;
    this.nodes = nodes;
    this.printer = ctx.printer;
  }

  /** {@code cls} parameterized by the type variables of {@code params} (plain when there are none). */
  static TypeName selfType(ClassName cls, List<GenericParams.Param> params) {
    if (params.isEmpty()) {
      return cls;
    }
    TypeName[] vars = new TypeName[params.size()];
    for (int i = 0; i < vars.length; i++) {
      vars[i] = TypeVariableName.get(params.get(i).typeVar());
    }
    return ParameterizedTypeName.get(cls, vars);
  }

  /** {@code cls} with a wildcard per parameter. */
  static TypeName wildcardType(ClassName cls, List<GenericParams.Param> params) {
    if (params.isEmpty()) {
      return cls;
    }
    TypeName[] vars = new TypeName[params.size()];
    for (int i = 0; i < vars.length; i++) {
      vars[i] = WildcardTypeName.subtypeOf(Object.class);
    }
    return ParameterizedTypeName.get(cls, vars);
  }

  /** The argument fields, comma-separated, to pass a class's bindings on to a nested view. */
  static CodeBlock argFields(List<GenericParams.Param> params) {
    List<CodeBlock> a = new ArrayList<>();
    for (GenericParams.Param p : params) {
      a.add(CodeBlock.of("$L", p.field()));
    }
    return CodeBlock.join(a, ", ");
  }

  /**
   * Type variables, binding fields and constructors of a generic Reader or Builder; {@code sized}
   * builder constructors pass the struct's size to the runtime.
   */
  private static void addGenerics(
      TypeSpec.Builder t, List<GenericParams.Param> params, boolean reader, boolean sized) {
    ClassName argType = reader ? TypeMapper.READER_ARG : TypeMapper.BUILDER_ARG;
    ClassName args = reader ? TypeMapper.READER_ARGS : TypeMapper.BUILDER_ARGS;
    MethodSpec.Builder unbound = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc(
            "An unpointed $L with every parameter unbound ({@code AnyPointer}).\n",
            reader ? "reader" : "builder");
    MethodSpec.Builder bound = MethodSpec.constructorBuilder()
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc(
            "An unpointed $L with the parameters bound by {@code $L}s.\n",
            reader ? "reader" : "builder",
            argType.simpleName());
    if (sized) {
      unbound.addStatement("super(_Meta.SIZE)");
      bound.addStatement("super(_Meta.SIZE)");
    }
    for (GenericParams.Param p : params) {
      TypeVariableName v = TypeVariableName.get(p.typeVar());
      TypeName ft = ParameterizedTypeName.get(argType, v);
      t.addTypeVariable(v);
      t.addField(
          FieldSpec.builder(ft, p.field(), Modifier.PRIVATE, Modifier.FINAL).build());
      unbound.addStatement("this.$L = $T.unbound()", p.field(), args);
      bound.addParameter(ft, p.field());
      bound.addStatement("this.$L = $L", p.field(), p.field());
    }
    t.addMethod(unbound.build());
    t.addMethod(bound.build());
  }

  TypeSpec emit(Node.Reader node, ClassName cls) {
    Node.Struct.Reader s = node.getStruct();
    TypeSpec.Builder type =
        TypeSpec.classBuilder(cls).addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL);
    CodeBlock doc = Context.javadoc(ctx.index.doc(node.getId()));
    if (doc != null) {
      type.addJavadoc(doc);
    } else {
      type.addJavadoc("$L {@code $L}.\n", s.getIsGroup() ? "Group" : "Struct", simple(node));
    }
    type.addMethod(
        MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());

    TypeSpec.Builder meta = TypeSpec.classBuilder("_Meta")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("Generator-owned metadata of this $L.\n", s.getIsGroup() ? "group" : "struct")
        .addMethod(
            MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addField(FieldSpec.builder(
                TypeName.LONG, "TYPE_ID", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
            .addJavadoc("The schema's 64-bit id of this node.\n")
            .initializer("0x$LL", Long.toHexString(node.getId()))
            .build());
    if (!s.getIsGroup()) {
      meta.addField(FieldSpec.builder(
              TypeMapper.STRUCT_SIZE, "SIZE", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
          .addJavadoc("Data words and pointers of this struct.\n")
          .initializer(
              "new $T($L, $L)",
              TypeMapper.STRUCT_SIZE,
              s.getDataWordCount() & 0xFFFF,
              s.getPointerCount() & 0xFFFF)
          .build());
    }

    ClassName readerName = cls.nestedClass("Reader");
    ClassName builderName = cls.nestedClass("Builder");
    List<GenericParams.Param> params = ctx.generics.of(node.getId());
    TypeSpec.Builder reader = TypeSpec.classBuilder(readerName)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .superclass(TypeMapper.STRUCT_READER)
        .addJavadoc("Reads a {@code $L} in place; re-pointable, allocation-free.\n", simple(node));
    if (params.isEmpty()) {
      reader.addMethod(MethodSpec.constructorBuilder()
          .addModifiers(Modifier.PUBLIC)
          .addJavadoc("An unpointed reader (the empty struct until pointed somewhere).\n")
          .build());
    } else {
      addGenerics(reader, params, true, false);
    }
    boolean sized = !s.getIsGroup();
    TypeSpec.Builder builder = TypeSpec.classBuilder(builderName)
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .superclass(TypeMapper.STRUCT_BUILDER)
        .addJavadoc("Writes a {@code $L} in place.\n", simple(node));
    if (params.isEmpty()) {
      MethodSpec.Builder ctor = MethodSpec.constructorBuilder().addModifiers(Modifier.PUBLIC);
      if (sized) {
        ctor.addJavadoc(
                "An unpointed builder; point it with {@code initRoot(builder)} or a parent's"
                    + " {@code init}/{@code get}.\n")
            .addStatement("super(_Meta.SIZE)");
      } else {
        ctor.addJavadoc(
            "An unpointed view; the enclosing struct's {@code get}/{@code init} of the group points it.\n");
      }
      builder.addMethod(ctor.build());
    } else {
      addGenerics(builder, params, false, sized);
    }

    if (s.getDiscriminantCount() > 0) {
      type.addType(whichEnum(node));
      MethodSpec which = MethodSpec.methodBuilder("which")
          .addModifiers(Modifier.PUBLIC)
          .returns(cls.nestedClass("Which"))
          .addJavadoc("Which member of the union is set.\n")
          .addStatement(
              "return Which.of(readShort($L, (short) 0) & 0xFFFF)", s.getDiscriminantOffset() * 2)
          .build();
      reader.addMethod(which);
      builder.addMethod(which);
    }

    FieldEmitter fields = new FieldEmitter(ctx, node, cls, reader, builder, meta);
    int i = 0;
    for (Field.Reader f : s.getFields()) {
      fields.emit(f, i++);
    }

    reader.addMethod(printer.printTo(node));
    reader.addMethod(MethodSpec.methodBuilder("toString")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addJavadoc("This struct as {@code capnp decode --short} prints it.\n")
        .addStatement("$T p = new $T()", PrintEmitter.PRINTER, PrintEmitter.PRINTER)
        .addStatement("printTo(p)")
        .addStatement("return p.toShortString()")
        .build());
    reader.addMethod(MethodSpec.methodBuilder("toPrettyString")
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addJavadoc("This struct as {@code capnp decode} prints it (without the final newline).\n")
        .addStatement("$T p = new $T()", PrintEmitter.PRINTER, PrintEmitter.PRINTER)
        .addStatement("printTo(p)")
        .addStatement("return p.toPrettyString()")
        .build());
    if (!s.getIsGroup()) {
      reader.addMethod(MethodSpec.methodBuilder("equals")
          .addAnnotation(Override.class)
          .addModifiers(Modifier.PUBLIC)
          .returns(TypeName.BOOLEAN)
          .addParameter(Object.class, "other")
          .addJavadoc("Value equality: equal canonical forms.\n")
          .addStatement(
              "return other instanceof $T && $T.equal(this, ($T) other)",
              wildcardType(readerName, params),
              TypeMapper.GENERATED,
              wildcardType(readerName, params))
          .build());
      reader.addMethod(MethodSpec.methodBuilder("hashCode")
          .addAnnotation(Override.class)
          .addModifiers(Modifier.PUBLIC)
          .returns(TypeName.INT)
          .addJavadoc("A hash of the canonical form, consistent with {@link #equals}.\n")
          .addStatement("return $T.hash(this)", TypeMapper.GENERATED)
          .build());
    }
    builder.addMethod(MethodSpec.methodBuilder("asReader")
        .addModifiers(Modifier.PUBLIC)
        .returns(wildcardType(readerName, params))
        .addJavadoc(
            params.isEmpty()
                ? "A reader over what this builder has written (zero-copy).\n"
                : "A reader over what this builder has written (zero-copy), parameters unbound.\n")
        .addStatement("return asReader(new $T$L())", readerName, params.isEmpty() ? "" : "<>")
        .build());
    builder.addMethod(MethodSpec.methodBuilder("toString")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addJavadoc("What this builder has written, as {@code capnp decode --short} prints it.\n")
        .addStatement("return asReader().toString()")
        .build());

    type.addType(meta.build());
    type.addType(reader.build());
    type.addType(builder.build());

    for (Field.Reader f : s.getFields()) {
      if (f.which() == Field.Which.GROUP) {
        long gid = f.getGroup().getTypeId();
        type.addType(emit(ctx.index.node(gid), ctx.names.of(gid)));
      }
    }
    nodes.emitNested(node, type);
    return type.build();
  }

  private static String simple(Node.Reader node) {
    String d = node.getDisplayName();
    return d.substring(Math.min(d.length(), node.getDisplayNamePrefixLength()));
  }

  private TypeSpec whichEnum(Node.Reader node) {
    List<Field.Reader> members = new ArrayList<>();
    for (Field.Reader f : node.getStruct().getFields()) {
      if ((f.getDiscriminantValue() & 0xFFFF) != 0xFFFF) {
        members.add(f);
      }
    }
    members.sort(Comparator.comparingInt(f -> f.getDiscriminantValue() & 0xFFFF));
    TypeSpec.Builder e = TypeSpec.enumBuilder("Which")
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc(
            "The members of the union, by discriminant; {@code _UNKNOWN} for a member a newer schema added.\n");
    StringBuilder values = new StringBuilder();
    for (Field.Reader f : members) {
      String c = Names.upperSnake(f.getName());
      e.addEnumConstant(c);
      values.append(values.length() == 0 ? "" : ", ").append(c);
    }
    e.addEnumConstant("_UNKNOWN");
    ClassName which = ClassName.get("", "Which");
    e.addField(FieldSpec.builder(
            com.palantir.javapoet.ArrayTypeName.of(which),
            "_VALUES",
            Modifier.PRIVATE,
            Modifier.STATIC,
            Modifier.FINAL)
        .initializer("{$L}", values)
        .build());
    e.addMethod(MethodSpec.methodBuilder("of")
        .addModifiers(Modifier.STATIC)
        .returns(which)
        .addParameter(TypeName.INT, "discriminant")
        .addStatement("return discriminant < _VALUES.length ? _VALUES[discriminant] : _UNKNOWN")
        .build());
    return e.build();
  }
}
