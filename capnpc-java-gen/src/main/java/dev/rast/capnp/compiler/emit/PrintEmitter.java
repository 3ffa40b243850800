package dev.rast.capnp.compiler.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import dev.rast.capnp.compiler.naming.Names;
import dev.rast.capnp.compiler.schema.Schema.Field;
import dev.rast.capnp.compiler.schema.Schema.Node;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits {@code printTo(TextPrinter)}: the struct in the Cap'n Proto text format, with the field
 * choices {@code capnp decode} makes (fields in ordinal order, scalars always, pointers when
 * non-null, a union member when it is set and not a null default member, groups always).
 */
final class PrintEmitter {
  static final ClassName PRINTER = ClassName.get("dev.rast.capnp.text", "TextPrinter");

  private final Context ctx;

  PrintEmitter(Context ctx) {
    this.ctx = ctx;
  }

  MethodSpec printTo(Node.Reader node) {
    MethodSpec.Builder m = MethodSpec.methodBuilder("printTo")
        .addModifiers(Modifier.PUBLIC)
        .addJavadoc("Prints this struct in the Cap'n Proto text format to {@code p}.\n")
        .addParameter(PRINTER, "p");
    Node.Struct.Reader s = node.getStruct();
    List<GenericParams.Param> params = ctx.generics.of(node.getId());
    m.addStatement("p.beginStruct()");
    if (s.getDiscriminantCount() > 0) {
      m.addStatement(
          "int which = readShort($L, (short) 0) & 0xFFFF", s.getDiscriminantOffset() * 2);
    }
    for (Field.Reader f : s.getFields()) {
      String acc = Names.accessor(f.getName());
      int disc = f.getDiscriminantValue() & 0xFFFF;
      boolean member = disc != 0xFFFF;
      JType type = f.which() == Field.Which.GROUP
          ? null
          : ctx.generics.resolve(f.getSlot().getType(), params);
      boolean always = type == null || type.isData();
      CodeBlock.Builder body = CodeBlock.builder();
      body.addStatement("p.field($S)", f.getName());
      if (type == null) {
        body.addStatement("get$L().printTo(p)", acc);
      } else {
        printField(body, type, acc, f.getSlot());
      }
      if (member && disc == 0 && !always) {
        m.beginControlFlow("if (which == 0 && has$L())", acc);
      } else if (member) {
        m.beginControlFlow("if (which == $L)", disc);
      } else if (!always) {
        m.beginControlFlow("if (has$L())", acc);
      }
      m.addCode(body.build());
      if (member || !always) {
        m.endControlFlow();
      }
    }
    m.addStatement("p.end()");
    return m.build();
  }

  private void printField(CodeBlock.Builder b, JType t, String acc, Field.Slot.Reader slot) {
    switch (t.kind) {
      case VOID:
        b.addStatement("p.valueVoid()");
        return;
      case ENUM: {
        // The raw number too, for a value this schema does not know.
        int off = slot.getOffset() * 2;
        int d = slot.getDefaultValue().getEnum() & 0xFFFF;
        b.addStatement(
            "$T.printEnum(p, get$L(), readShort($L, (short) $L) & 0xFFFF)",
            TypeMapper.GENERATED,
            acc,
            off,
            d);
        return;
      }
      case TEXT:
        b.addStatement(
            "$T t = get$L(new $T())", TypeMapper.TEXT_READER, acc, TypeMapper.TEXT_READER);
        b.addStatement("p.valueText(t.buffer(), t.offset(), t.size())");
        return;
      case DATA:
        b.addStatement(
            "$T d = get$L(new $T())", TypeMapper.DATA_READER, acc, TypeMapper.DATA_READER);
        b.addStatement("p.valueData(d.buffer(), d.offset(), d.size())");
        return;
      case STRUCT:
        b.addStatement("get$L().printTo(p)", acc);
        return;
      case LIST:
        b.addStatement("$T l0 = get$L()", ctx.types.reader(t), acc);
        printListBody(b, t.element, "l0", "p", 0);
        return;
      case PARAM:
        b.addStatement(
            "$L.print(readAnyPointer($L, new $T()), p)",
            t.param.field(),
            slot.getOffset(),
            TypeMapper.ANY_READER);
        return;
      case ANY:
      case INTERFACE:
        b.addStatement("p.valueOpaquePointer()");
        return;
      default:
        b.addStatement("$L", scalarValue(t, CodeBlock.of("get$L()", acc), "p"));
    }
  }

  /** {@code p.valueX(expr)} for a scalar expression of type {@code t}. */
  static CodeBlock scalarValue(JType t, CodeBlock v, String p) {
    switch (t.kind) {
      case BOOL:
        return CodeBlock.of("$L.valueBool($L)", p, v);
      case INT8:
      case INT16:
      case INT32:
      case INT64:
        return CodeBlock.of("$L.valueInt($L)", p, v);
      case UINT8:
        return CodeBlock.of("$L.valueInt($L & 0xFF)", p, v);
      case UINT16:
        return CodeBlock.of("$L.valueInt($L & 0xFFFF)", p, v);
      case UINT32:
        return CodeBlock.of("$L.valueInt($T.toUnsignedLong($L))", p, Integer.class, v);
      case UINT64:
        return CodeBlock.of("$L.valueUInt64($L)", p, v);
      case FLOAT32:
        return CodeBlock.of("$L.valueFloat32($L)", p, v);
      case FLOAT64:
        return CodeBlock.of("$L.valueFloat64($L)", p, v);
      default:
        throw new IllegalArgumentException("not a scalar: " + t.kind);
    }
  }

  /** Prints list variable {@code l} (elements of type {@code element}) with printer {@code p}. */
  void printListBody(CodeBlock.Builder b, JType element, String l, String p, int depth) {
    printListBody(b, element, l, p, depth, false);
  }

  /** As above; {@code plain} writes statements without JavaPoet statement markers (for lambda bodies). */
  void printListBody(
      CodeBlock.Builder b, JType element, String l, String p, int depth, boolean plain) {
    Stmt st = new Stmt(b, plain);
    String i = "i" + depth;
    st.add("$L.beginList()", p);
    b.beginControlFlow("for (int $L = 0; $L < $L.size(); $L++)", i, i, l, i);
    switch (element.kind) {
      case VOID:
        st.add("$L.valueVoid()", p);
        break;
      case BOOL:
        st.add("$L.valueBool($L.getBoolean($L))", p, l, i);
        break;
      case INT8:
      case UINT8:
        st.add("$L", scalarValue(element, CodeBlock.of("$L.getByte($L)", l, i), p));
        break;
      case INT16:
      case UINT16:
        st.add("$L", scalarValue(element, CodeBlock.of("$L.getShort($L)", l, i), p));
        break;
      case INT32:
      case UINT32:
        st.add("$L", scalarValue(element, CodeBlock.of("$L.getInt($L)", l, i), p));
        break;
      case INT64:
      case UINT64:
        st.add("$L", scalarValue(element, CodeBlock.of("$L.getLong($L)", l, i), p));
        break;
      case FLOAT32:
        st.add("$L.valueFloat32($L.getFloat($L))", p, l, i);
        break;
      case FLOAT64:
        st.add("$L.valueFloat64($L.getDouble($L))", p, l, i);
        break;
      case ENUM:
        st.add("$T.printEnum($L, $L.get($L), $L.getRaw($L))", TypeMapper.GENERATED, p, l, i, l, i);
        break;
      case TEXT:
        st.add(
            "$T t$L = $L.get($L, new $T())",
            TypeMapper.TEXT_READER,
            depth,
            l,
            i,
            TypeMapper.TEXT_READER);
        st.add("$L.valueText(t$L.buffer(), t$L.offset(), t$L.size())", p, depth, depth, depth);
        break;
      case DATA:
        st.add(
            "$T d$L = $L.get($L, new $T())",
            TypeMapper.DATA_READER,
            depth,
            l,
            i,
            TypeMapper.DATA_READER);
        st.add("$L.valueData(d$L.buffer(), d$L.offset(), d$L.size())", p, depth, depth, depth);
        break;
      case STRUCT:
        st.add("$L.get($L).printTo($L)", l, i, p);
        break;
      case LIST: {
        String inner = l + "_" + (depth + 1);
        st.add("$T $L = $L.get($L)", ctx.types.listReader(element.element), inner, l, i);
        printListBody(b, element.element, inner, p, depth + 1, plain);
        break;
      }
      case PARAM:
        st.add(
            "$L.print($L.getAnyPointer($L, new $T()), $L)",
            element.param.field(),
            l,
            i,
            TypeMapper.ANY_READER,
            p);
        break;
      default:
        st.add("$L.valueOpaquePointer()", p);
    }
    b.endControlFlow();
    st.add("$L.end()", p);
  }

  /** Adds statements with or without JavaPoet's statement markers. */
  private static final class Stmt {
    private final CodeBlock.Builder b;
    private final boolean plain;

    Stmt(CodeBlock.Builder b, boolean plain) {
      this.b = b;
      this.plain = plain;
    }

    void add(String format, Object... args) {
      if (plain) {
        b.add(format + ";\n", args);
      } else {
        b.addStatement(format, args);
      }
    }
  }
}
