package dev.rast.capnp.compiler.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.rast.capnp.compiler.naming.Names;
import dev.rast.capnp.compiler.schema.Schema.Field;
import dev.rast.capnp.compiler.schema.Schema.Node;
import dev.rast.capnp.compiler.schema.Schema.Type;
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

  MethodSpec printTo(Node.Reader node, ClassName cls) {
    MethodSpec.Builder m = MethodSpec.methodBuilder("printTo").addModifiers(Modifier.PUBLIC)
        .addJavadoc("Prints this struct in the Cap'n Proto text format to {@code p}.\n")
        .addParameter(PRINTER, "p");
    Node.Struct.Reader s = node.getStruct();
    boolean union = s.getDiscriminantCount() > 0;
    m.addStatement("p.beginStruct()");
    if (union) {
      m.addStatement("int which = readShort($L, (short) 0) & 0xFFFF", s.getDiscriminantOffset() * 2);
    }
    for (Field.Reader f : s.getFields()) {
      String name = f.getName();
      String acc = Names.accessor(name);
      int disc = f.getDiscriminantValue() & 0xFFFF;
      boolean member = disc != 0xFFFF;
      CodeBlock present = present(f, acc);
      if (member) {
        if (disc == 0 && !present.toString().equals("true")) {
          m.beginControlFlow("if (which == 0 && $L)", present);
        } else {
          m.beginControlFlow("if (which == $L)", disc);
        }
      } else if (!present.toString().equals("true")) {
        m.beginControlFlow("if ($L)", present);
      }
      m.addStatement("p.field($S)", name);
      if (f.which() == Field.Which.GROUP) {
        m.addStatement("get$L().printTo(p)", acc);
      } else {
        Field.Slot.Reader slot = f.getSlot();
        printValue(m, slot.getType(), acc, slot);
      }
      if (member || !present.toString().equals("true")) {
        m.endControlFlow();
      }
    }
    m.addStatement("p.end()");
    return m.build();
  }

  private CodeBlock present(Field.Reader f, String acc) {
    if (f.which() == Field.Which.GROUP || TypeMapper.isData(f.getSlot().getType())) {
      return CodeBlock.of("true");
    }
    return CodeBlock.of("has$L()", acc);
  }

  private void printValue(MethodSpec.Builder m, Type.Reader t, String acc, Field.Slot.Reader slot) {
    switch (t.which()) {
      case VOID:
        m.addStatement("p.valueVoid()");
        return;
      case ENUM:
        {
          TypeName e = ctx.types.scalar(t);
          int off = slot.getOffset() * 2;
          int d = slot.getDefaultValue().getEnum() & 0xFFFF;
          m.addStatement("$T.printEnum(p, $T.fromValue(readShort($L, (short) $L) & 0xFFFF), readShort($L, (short) $L) & 0xFFFF)",
              TypeMapper.GENERATED, e, off, d, off, d);
          return;
        }
      case TEXT:
        m.addStatement("$T t = get$L(new $T())", TypeMapper.TEXT_READER, acc, TypeMapper.TEXT_READER);
        m.addStatement("p.valueText(t.buffer(), t.offset(), t.size())");
        return;
      case DATA:
        m.addStatement("$T d = get$L(new $T())", TypeMapper.DATA_READER, acc, TypeMapper.DATA_READER);
        m.addStatement("p.valueData(d.buffer(), d.offset(), d.size())");
        return;
      case STRUCT:
        m.addStatement("get$L().printTo(p)", acc);
        return;
      case LIST:
        m.addStatement("$T l0 = get$L()", ctx.types.reader(t), acc);
        printList(m, t.getList().getElementType(), 0);
        return;
      case ANY_POINTER:
      case INTERFACE:
        m.addStatement("p.valueOpaquePointer()");
        return;
      default:
        m.addStatement("$L", scalarValue(t, CodeBlock.of("get$L()", acc)));
    }
  }

  /** {@code p.valueX(expr)} for a scalar expression of type {@code t}. */
  static CodeBlock scalarValue(Type.Reader t, CodeBlock v) {
    switch (t.which()) {
      case BOOL:
        return CodeBlock.of("p.valueBool($L)", v);
      case INT8:
      case INT16:
      case INT32:
      case INT64:
        return CodeBlock.of("p.valueInt($L)", v);
      case UINT8:
        return CodeBlock.of("p.valueInt($L & 0xFF)", v);
      case UINT16:
        return CodeBlock.of("p.valueInt($L & 0xFFFF)", v);
      case UINT32:
        return CodeBlock.of("p.valueInt($T.toUnsignedLong($L))", Integer.class, v);
      case UINT64:
        return CodeBlock.of("p.valueUInt64($L)", v);
      case FLOAT32:
        return CodeBlock.of("p.valueFloat32($L)", v);
      case FLOAT64:
        return CodeBlock.of("p.valueFloat64($L)", v);
      default:
        throw new IllegalArgumentException("not a scalar: " + t.which());
    }
  }

  /** Prints list {@code l<depth>} whose elements have type {@code element}. */
  private void printList(MethodSpec.Builder m, Type.Reader element, int depth) {
    String l = "l" + depth;
    String i = "i" + depth;
    m.addStatement("p.beginList()");
    m.beginControlFlow("for (int $L = 0; $L < $L.size(); $L++)", i, i, l, i);
    CodeBlock at = CodeBlock.of("$L", i);
    switch (element.which()) {
      case VOID:
        m.addStatement("p.valueVoid()");
        break;
      case BOOL:
        m.addStatement("p.valueBool($L.getBoolean($L))", l, at);
        break;
      case INT8:
      case UINT8:
        m.addStatement("$L", scalarValue(element, CodeBlock.of("$L.getByte($L)", l, at)));
        break;
      case INT16:
      case UINT16:
        m.addStatement("$L", scalarValue(element, CodeBlock.of("$L.getShort($L)", l, at)));
        break;
      case INT32:
      case UINT32:
        m.addStatement("$L", scalarValue(element, CodeBlock.of("$L.getInt($L)", l, at)));
        break;
      case INT64:
      case UINT64:
        m.addStatement("$L", scalarValue(element, CodeBlock.of("$L.getLong($L)", l, at)));
        break;
      case FLOAT32:
        m.addStatement("p.valueFloat32($L.getFloat($L))", l, at);
        break;
      case FLOAT64:
        m.addStatement("p.valueFloat64($L.getDouble($L))", l, at);
        break;
      case ENUM:
        m.addStatement("$T.printEnum(p, $L.get($L), $L.getRaw($L))", TypeMapper.GENERATED, l, at, l, at);
        break;
      case TEXT:
        m.addStatement("$T t = $L.get($L, new $T())", TypeMapper.TEXT_READER, l, at, TypeMapper.TEXT_READER);
        m.addStatement("p.valueText(t.buffer(), t.offset(), t.size())");
        break;
      case DATA:
        m.addStatement("$T d = $L.get($L, new $T())", TypeMapper.DATA_READER, l, at, TypeMapper.DATA_READER);
        m.addStatement("p.valueData(d.buffer(), d.offset(), d.size())");
        break;
      case STRUCT:
        m.addStatement("$L.get($L).printTo(p)", l, at);
        break;
      case LIST:
        {
          String inner = "l" + (depth + 1);
          m.addStatement("$T $L = $L.get($L)", ctx.types.listReader(element.getList().getElementType()), inner, l, at);
          printList(m, element.getList().getElementType(), depth + 1);
          break;
        }
      default:
        m.addStatement("p.valueOpaquePointer()");
    }
    m.endControlFlow();
    m.addStatement("p.end()");
  }
}
