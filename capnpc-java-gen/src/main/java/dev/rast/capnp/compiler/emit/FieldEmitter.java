package dev.rast.capnp.compiler.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.rast.capnp.compiler.SchemaException;
import dev.rast.capnp.compiler.naming.Names;
import dev.rast.capnp.compiler.schema.Schema.Field;
import dev.rast.capnp.compiler.schema.Schema.Node;
import dev.rast.capnp.compiler.schema.Schema.Value;
import java.nio.ByteBuffer;
import javax.lang.model.element.Modifier;

/**
 * Emits the accessors of one struct's (or group's) fields into its Reader and Builder: scalars
 * XOR their default, pointers with their compiled default, groups as views of the same struct, and
 * union members that set the discriminant when written.
 */
final class FieldEmitter {
  private static final Modifier[] PUBLIC = {Modifier.PUBLIC};

  private final Context ctx;
  private final Node.Reader node;
  private final ClassName cls;
  private final TypeSpec.Builder reader;
  private final TypeSpec.Builder builder;
  private final TypeSpec.Builder meta;
  private final TypeName readerName;
  private final TypeName builderName;
  private final java.util.List<GenericParams.Param> params;

  FieldEmitter(
      Context ctx,
      Node.Reader node,
      ClassName cls,
      TypeSpec.Builder reader,
      TypeSpec.Builder builder,
      TypeSpec.Builder meta) {
    this.ctx = ctx;
    this.node = node;
    this.cls = cls;
    this.reader = reader;
    this.builder = builder;
    this.meta = meta;
    this.params = ctx.generics.of(node.getId());
    this.readerName = StructEmitter.selfType(cls.nestedClass("Reader"), params);
    this.builderName = StructEmitter.selfType(cls.nestedClass("Builder"), params);
  }

  void emit(Field.Reader field, int index) {
    CodeBlock doc = Context.javadoc(ctx.index.memberDoc(node.getId(), index));
    String name = Names.accessor(field.getName());
    if (inUnion(field)) {
      both(MethodSpec.methodBuilder("is" + name)
          .addModifiers(PUBLIC)
          .returns(TypeName.BOOLEAN)
          .addJavadoc(
              "Whether {@code $L} is the member of the union that is set.\n", field.getName())
          .addStatement("return which() == Which.$L", Names.upperSnake(field.getName()))
          .build());
    }
    if (field.which() == Field.Which.GROUP) {
      emitGroup(field, name, doc);
      return;
    }
    Field.Slot.Reader slot = field.getSlot();
    JType type = ctx.generics.resolve(slot.getType(), params);
    if (type.isData()) {
      emitScalar(field, name, doc, slot, type);
    } else {
      emitPointer(field, name, doc, slot, type);
    }
  }

  // ---- helpers ----

  private boolean inUnion(Field.Reader f) {
    return (f.getDiscriminantValue() & 0xFFFF) != 0xFFFF;
  }

  /** Code that sets the union discriminant when {@code f} is a union member. */
  private CodeBlock setDiscriminant(Field.Reader f) {
    if (!inUnion(f)) {
      return CodeBlock.of("");
    }
    int offset = node.getStruct().getDiscriminantOffset() * 2;
    return CodeBlock.of(
        "writeShort($L, (short) $L, (short) 0);\n", offset, f.getDiscriminantValue() & 0xFFFF);
  }

  /**
   * A pointer field's setter taking {@code value} of {@code type}: sets the union discriminant
   * ({@code disc}, empty outside unions), makes the one runtime {@code call} on pointer {@code ptr},
   * and returns the builder for chaining. Every pointer kind's setters have this shape.
   */
  private MethodSpec pointerSetter(
      String name, CodeBlock doc, CodeBlock disc, TypeName type, String call, int ptr) {
    return method("set" + name, doc)
        .returns(builderName)
        .addParameter(type, "value")
        .addCode(disc)
        .addStatement(call, ptr)
        .addStatement("return this")
        .build();
  }

  private MethodSpec.Builder method(String name, CodeBlock doc) {
    MethodSpec.Builder m = MethodSpec.methodBuilder(name).addModifiers(PUBLIC);
    if (doc != null) {
      m.addJavadoc(doc);
    }
    return m;
  }

  private void both(MethodSpec m) {
    reader.addMethod(m);
    builder.addMethod(m);
  }

  // ---- scalars ----

  private void emitScalar(
      Field.Reader f, String name, CodeBlock doc, Field.Slot.Reader slot, JType type) {
    Value.Reader def = slot.getDefaultValue();
    int bits = TypeMapper.bits(type);
    long offset = (long) slot.getOffset() * bits;
    if (type.kind == JType.Kind.VOID) {
      if (inUnion(f)) {
        builder.addMethod(method("set" + name, doc)
            .returns(builderName)
            .addCode(setDiscriminant(f))
            .addStatement("return this")
            .build());
      }
      return;
    }
    TypeName jt = ctx.types.scalar(type);
    if (type.kind == JType.Kind.ENUM) {
      int d = def.getEnum() & 0xFFFF;
      both(method("get" + name, doc)
          .returns(jt)
          .addStatement(
              "return $T.fromValue(readShort($L, (short) $L) & 0xFFFF)", jt, offset / 8, d)
          .build());
      builder.addMethod(method("set" + name, doc)
          .returns(builderName)
          .addParameter(jt, "value")
          .beginControlFlow("if (value == $T._UNKNOWN)", jt)
          .addStatement(
              "throw new $T($S)",
              IllegalArgumentException.class,
              "cannot write the unknown enum constant")
          .endControlFlow()
          .addCode(setDiscriminant(f))
          .addStatement("writeShort($L, (short) value.ordinal(), (short) $L)", offset / 8, d)
          .addStatement("return this")
          .build());
      return;
    }
    String rw;
    CodeBlock dflt;
    switch (type.kind) {
      case BOOL:
        rw = "Bool";
        dflt = CodeBlock.of("$L", def.getBool());
        break;
      case INT8:
        rw = "Byte";
        dflt = CodeBlock.of("(byte) $L", def.getInt8());
        break;
      case UINT8:
        rw = "Byte";
        dflt = CodeBlock.of("(byte) $L", def.getUint8());
        break;
      case INT16:
        rw = "Short";
        dflt = CodeBlock.of("(short) $L", def.getInt16());
        break;
      case UINT16:
        rw = "Short";
        dflt = CodeBlock.of("(short) $L", def.getUint16());
        break;
      case INT32:
        rw = "Int";
        dflt = CodeBlock.of("$L", def.getInt32());
        break;
      case UINT32:
        rw = "Int";
        dflt = CodeBlock.of("$L", def.getUint32());
        break;
      case INT64:
        rw = "Long";
        dflt = CodeBlock.of("$LL", def.getInt64());
        break;
      case UINT64:
        rw = "Long";
        dflt = CodeBlock.of("$LL", def.getUint64());
        break;
      case FLOAT32:
        rw = "Float";
        dflt = CodeBlock.of("0x$L", Integer.toHexString(Float.floatToRawIntBits(def.getFloat32())));
        break;
      case FLOAT64:
        rw = "Double";
        dflt =
            CodeBlock.of("0x$LL", Long.toHexString(Double.doubleToRawLongBits(def.getFloat64())));
        break;
      default:
        throw new SchemaException(
            ctx.where(node) + "." + f.getName() + ": unsupported scalar type " + type.kind);
    }
    long at = type.kind == JType.Kind.BOOL ? offset : offset / 8;
    both(method("get" + name, doc)
        .returns(jt)
        .addStatement("return read$L($L, $L)", rw, at, dflt)
        .build());
    builder.addMethod(method("set" + name, doc)
        .returns(builderName)
        .addParameter(jt, "value")
        .addCode(setDiscriminant(f))
        .addStatement("write$L($L, value, $L)", rw, at, dflt)
        .addStatement("return this")
        .build());
  }

  // ---- pointers ----

  /** The compiled default of a pointer field, or {@code null} when it has none. */
  private CodeBlock pointerDefault(Field.Reader f, Field.Slot.Reader slot) {
    if (!slot.hasDefaultValue()) {
      return CodeBlock.of("null");
    }
    Value.Reader v = slot.getDefaultValue();
    dev.rast.capnp.AnyPointerReader p = v.getAnyPointer();
    if (p.isNull()) {
      return CodeBlock.of("null");
    }
    String constName = "DEFAULT_" + Names.upperSnake(f.getName());
    meta.addField(
        FieldSpec.builder(TypeMapper.MESSAGE_READER, constName, Modifier.STATIC, Modifier.FINAL)
            .initializer(DefaultValues.message(p))
            .build());
    return CodeBlock.of("_Meta.$L", constName);
  }

  private void emitPointer(
      Field.Reader f, String name, CodeBlock doc, Field.Slot.Reader slot, JType type) {
    int ptr = slot.getOffset();
    CodeBlock def = pointerDefault(f, slot);
    CodeBlock disc = setDiscriminant(f);
    MethodSpec has = method("has" + name, doc)
        .returns(TypeName.BOOLEAN)
        .addStatement("return readHasPointer($L)", ptr)
        .build();
    both(has);
    switch (type.kind) {
      case TEXT:
        reader.addMethod(method("get" + name, doc)
            .returns(String.class)
            .addStatement(
                "return readText($L, new $T(), $L).toString()", ptr, TypeMapper.TEXT_READER, def)
            .build());
        reader.addMethod(method("get" + name, doc)
            .returns(TypeMapper.TEXT_READER)
            .addParameter(TypeMapper.TEXT_READER, "reuse")
            .addStatement("return readText($L, reuse, $L)", ptr, def)
            .build());
        builder.addMethod(method("get" + name, doc)
            .returns(String.class)
            .addStatement(
                "return openText($L, new $T(), $L).toString()", ptr, TypeMapper.TEXT_BUILDER, def)
            .build());
        builder.addMethod(method("get" + name, doc)
            .returns(TypeMapper.TEXT_BUILDER)
            .addParameter(TypeMapper.TEXT_BUILDER, "reuse")
            .addStatement("return openText($L, reuse, $L)", ptr, def)
            .build());
        builder.addMethod(pointerSetter(
            name, doc, disc, TypeName.get(CharSequence.class), "writeText($L, value)", ptr));
        builder.addMethod(
            pointerSetter(name, doc, disc, TypeMapper.TEXT_READER, "copyText($L, value)", ptr));
        builder.addMethod(method("init" + name, doc)
            .returns(TypeMapper.TEXT_BUILDER)
            .addParameter(int.class, "bytes")
            .addCode(disc)
            .addStatement("return newText($L, bytes, new $T())", ptr, TypeMapper.TEXT_BUILDER)
            .build());
        return;
      case DATA:
        reader.addMethod(method("get" + name, doc)
            .returns(byte[].class)
            .addStatement(
                "return readData($L, new $T(), $L).toByteArray()", ptr, TypeMapper.DATA_READER, def)
            .build());
        reader.addMethod(method("get" + name, doc)
            .returns(TypeMapper.DATA_READER)
            .addParameter(TypeMapper.DATA_READER, "reuse")
            .addStatement("return readData($L, reuse, $L)", ptr, def)
            .build());
        builder.addMethod(method("get" + name, doc)
            .returns(TypeMapper.DATA_BUILDER)
            .addStatement("return openData($L, new $T(), $L)", ptr, TypeMapper.DATA_BUILDER, def)
            .build());
        builder.addMethod(method("get" + name, doc)
            .returns(TypeMapper.DATA_BUILDER)
            .addParameter(TypeMapper.DATA_BUILDER, "reuse")
            .addStatement("return openData($L, reuse, $L)", ptr, def)
            .build());
        builder.addMethod(pointerSetter(
            name,
            doc,
            disc,
            TypeName.get(byte[].class),
            "writeData($L, value, 0, value.length)",
            ptr));
        builder.addMethod(pointerSetter(
            name, doc, disc, TypeName.get(ByteBuffer.class), "writeData($L, value)", ptr));
        builder.addMethod(
            pointerSetter(name, doc, disc, TypeMapper.DATA_READER, "copyData($L, value)", ptr));
        builder.addMethod(method("init" + name, doc)
            .returns(TypeMapper.DATA_BUILDER)
            .addParameter(int.class, "bytes")
            .addCode(disc)
            .addStatement("return newData($L, bytes, new $T())", ptr, TypeMapper.DATA_BUILDER)
            .build());
        return;
      case STRUCT: {
        TypeName r = ctx.types.reader(type);
        TypeName b = ctx.types.builder(type);
        reader.addMethod(method("get" + name, doc)
            .returns(r)
            .addStatement("return readStruct($L, $L, $L)", ptr, ctx.types.newReader(type), def)
            .build());
        reader.addMethod(method("get" + name, doc)
            .returns(r)
            .addParameter(r, "reuse")
            .addStatement("return readStruct($L, reuse, $L)", ptr, def)
            .build());
        builder.addMethod(method("get" + name, doc)
            .returns(b)
            .addStatement("return openStruct($L, $L, $L)", ptr, ctx.types.newBuilder(type), def)
            .build());
        builder.addMethod(method("get" + name, doc)
            .returns(b)
            .addParameter(b, "reuse")
            .addStatement("return openStruct($L, reuse, $L)", ptr, def)
            .build());
        builder.addMethod(method("init" + name, doc)
            .returns(b)
            .addCode(disc)
            .addStatement("return newStruct($L, $L)", ptr, ctx.types.newBuilder(type))
            .build());
        builder.addMethod(method("init" + name, doc)
            .returns(b)
            .addParameter(b, "reuse")
            .addCode(disc)
            .addStatement("return newStruct($L, reuse)", ptr)
            .build());
        builder.addMethod(pointerSetter(name, doc, disc, r, "copyStruct($L, value)", ptr));
        return;
      }
      case LIST: {
        JType element = type.element;
        int es = TypeMapper.elementSize(element);
        TypeName r = ctx.types.reader(type);
        TypeName b = ctx.types.builder(type);
        CodeBlock esCode = TypeMapper.elementSizeCode(es);
        reader.addMethod(method("get" + name, doc)
            .returns(r)
            .addStatement(
                "return readList($L, $L, $L, $L)", ptr, esCode, ctx.types.newReader(type), def)
            .build());
        reader.addMethod(method("get" + name, doc)
            .returns(r)
            .addParameter(r, "reuse")
            .addStatement("return readList($L, $L, reuse, $L)", ptr, esCode, def)
            .build());
        boolean structs = es == dev.rast.capnp.ElementSize.INLINE_COMPOSITE;
        if (structs) {
          builder.addMethod(method("get" + name, doc)
              .returns(b)
              .addStatement(
                  "return openStructList($L, $L, $L)", ptr, ctx.types.newBuilder(type), def)
              .build());
          builder.addMethod(method("get" + name, doc)
              .returns(b)
              .addParameter(b, "reuse")
              .addStatement("return openStructList($L, reuse, $L)", ptr, def)
              .build());
        } else {
          builder.addMethod(method("get" + name, doc)
              .returns(b)
              .addStatement(
                  "return openList($L, $L, null, $L, $L)",
                  ptr,
                  esCode,
                  ctx.types.newBuilder(type),
                  def)
              .build());
          builder.addMethod(method("get" + name, doc)
              .returns(b)
              .addParameter(b, "reuse")
              .addStatement("return openList($L, $L, null, reuse, $L)", ptr, esCode, def)
              .build());
        }
        MethodSpec.Builder init = method("init" + name, doc)
            .returns(b)
            .addParameter(int.class, "size")
            .addCode(disc);
        MethodSpec.Builder initReuse = method("init" + name, doc)
            .returns(b)
            .addParameter(int.class, "size")
            .addParameter(b, "reuse")
            .addCode(disc);
        if (structs) {
          init.addStatement("return newStructList($L, size, $L)", ptr, ctx.types.newBuilder(type));
          initReuse.addStatement("return newStructList($L, size, reuse)", ptr);
        } else {
          init.addStatement(
              "return newList($L, $L, size, $L)", ptr, esCode, ctx.types.newBuilder(type));
          initReuse.addStatement("return newList($L, $L, size, reuse)", ptr, esCode);
        }
        builder.addMethod(init.build());
        builder.addMethod(initReuse.build());
        builder.addMethod(
            pointerSetter(name, doc, disc, TypeMapper.LIST_READER, "copyList($L, value)", ptr));
        return;
      }
      case PARAM: {
        TypeName v = ctx.types.reader(type);
        reader.addMethod(method("get" + name, doc)
            .returns(v)
            .addStatement(
                "return $L.read(readAnyPointer($L, new $T()))",
                type.param.field(),
                ptr,
                TypeMapper.ANY_READER)
            .build());
        builder.addMethod(method("get" + name, doc)
            .returns(v)
            .addStatement(
                "return $L.get(openAnyPointer($L, new $T()))",
                type.param.field(),
                ptr,
                TypeMapper.ANY_BUILDER)
            .build());
        builder.addMethod(method("init" + name, doc)
            .returns(TypeMapper.ANY_BUILDER)
            .addJavadoc(
                "Clears the field and returns its pointer slot, to set any value of the bound type.\n")
            .addCode(disc)
            .addStatement(
                "$T p = openAnyPointer($L, new $T())",
                TypeMapper.ANY_BUILDER,
                ptr,
                TypeMapper.ANY_BUILDER)
            .addStatement("p.clear()")
            .addStatement("return p")
            .build());
        return;
      }
      default: {
        // AnyPointer, interfaces (capabilities) and unbound generic parameters.
        reader.addMethod(method("get" + name, doc)
            .returns(TypeMapper.ANY_READER)
            .addStatement("return readAnyPointer($L, new $T())", ptr, TypeMapper.ANY_READER)
            .build());
        reader.addMethod(method("get" + name, doc)
            .returns(TypeMapper.ANY_READER)
            .addParameter(TypeMapper.ANY_READER, "reuse")
            .addStatement("return readAnyPointer($L, reuse)", ptr)
            .build());
        builder.addMethod(method("get" + name, doc)
            .returns(TypeMapper.ANY_BUILDER)
            .addStatement("return openAnyPointer($L, new $T())", ptr, TypeMapper.ANY_BUILDER)
            .build());
        builder.addMethod(method("get" + name, doc)
            .returns(TypeMapper.ANY_BUILDER)
            .addParameter(TypeMapper.ANY_BUILDER, "reuse")
            .addStatement("return openAnyPointer($L, reuse)", ptr)
            .build());
        builder.addMethod(method("init" + name, doc)
            .returns(TypeMapper.ANY_BUILDER)
            .addCode(disc)
            .addStatement(
                "$T p = openAnyPointer($L, new $T())",
                TypeMapper.ANY_BUILDER,
                ptr,
                TypeMapper.ANY_BUILDER)
            .addStatement("p.clear()")
            .addStatement("return p")
            .build());
      }
    }
  }

  // ---- groups ----

  private void emitGroup(Field.Reader f, String name, CodeBlock doc) {
    long groupId = f.getGroup().getTypeId();
    ClassName g = ctx.names.of(groupId);
    TypeName r = StructEmitter.selfType(g.nestedClass("Reader"), params);
    TypeName b = StructEmitter.selfType(g.nestedClass("Builder"), params);
    CodeBlock args = StructEmitter.argFields(params);
    String diamond = params.isEmpty() ? "" : "<>";
    reader.addMethod(method("get" + name, doc)
        .returns(r)
        .addStatement("return get$L(new $T$L($L))", name, g.nestedClass("Reader"), diamond, args)
        .build());
    reader.addMethod(method("get" + name, doc)
        .returns(r)
        .addParameter(ParameterSpec.builder(r, "reuse").build())
        .addStatement("reuse.wrap(this)")
        .addStatement("return reuse")
        .build());
    builder.addMethod(method("get" + name, doc)
        .returns(b)
        .addStatement("return get$L(new $T$L($L))", name, g.nestedClass("Builder"), diamond, args)
        .build());
    builder.addMethod(method("get" + name, doc)
        .returns(b)
        .addParameter(b, "reuse")
        .addStatement("reuse.wrap(this)")
        .addStatement("return reuse")
        .build());
    MethodSpec.Builder init = method("init" + name, doc).returns(b).addCode(setDiscriminant(f));
    clearGroup(ctx.index.node(groupId), init);
    init.addStatement("return get$L(new $T$L($L))", name, g.nestedClass("Builder"), diamond, args);
    builder.addMethod(init.build());
  }

  /** Statements that reset every field of a group (and its nested groups and union tag) to zero. */
  private void clearGroup(Node.Reader group, MethodSpec.Builder m) {
    Node.Struct.Reader s = group.getStruct();
    if (s.getDiscriminantCount() > 0) {
      m.addStatement("writeShort($L, (short) 0, (short) 0)", s.getDiscriminantOffset() * 2);
    }
    for (Field.Reader f : s.getFields()) {
      if (f.which() == Field.Which.GROUP) {
        clearGroup(ctx.index.node(f.getGroup().getTypeId()), m);
        continue;
      }
      Field.Slot.Reader slot = f.getSlot();
      JType t = ctx.generics.resolve(slot.getType(), params);
      int bits = TypeMapper.bits(t);
      long at = (long) slot.getOffset() * bits;
      if (!t.isData()) {
        m.addStatement("writeNullPointer($L)", slot.getOffset());
      } else if (t.kind == JType.Kind.BOOL) {
        m.addStatement("writeBool($L, false, false)", at);
      } else if (bits == 8) {
        m.addStatement("writeByte($L, (byte) 0, (byte) 0)", at / 8);
      } else if (bits == 16) {
        m.addStatement("writeShort($L, (short) 0, (short) 0)", at / 8);
      } else if (bits == 32) {
        m.addStatement("writeInt($L, 0, 0)", at / 8);
      } else if (bits == 64) {
        m.addStatement("writeLong($L, 0L, 0L)", at / 8);
      }
    }
  }

  ClassName cls() {
    return cls;
  }
}
