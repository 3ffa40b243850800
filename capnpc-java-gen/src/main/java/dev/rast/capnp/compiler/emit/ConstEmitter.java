package dev.rast.capnp.compiler.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.rast.capnp.compiler.SchemaException;
import dev.rast.capnp.compiler.naming.Names;
import dev.rast.capnp.compiler.schema.Schema.Node;
import dev.rast.capnp.compiler.schema.Schema.Type;
import dev.rast.capnp.compiler.schema.Schema.Value;
import javax.lang.model.element.Modifier;

/**
 * Emits a schema constant as a {@code public static final} field of its scope's class: scalars and
 * Text as Java constants, everything else as a reader over the value compiled into the class.
 */
final class ConstEmitter {
  private final Context ctx;

  ConstEmitter(Context ctx) {
    this.ctx = ctx;
  }

  void emit(Node.Reader node, String name, TypeSpec.Builder scope) {
    Type.Reader type = node.getConst().getType();
    JType jt = ctx.generics.resolve(type, java.util.List.of());
    Value.Reader v = node.getConst().getValue();
    String field = Names.upperSnake(name);
    CodeBlock doc = Context.javadoc(ctx.index.doc(node.getId()));
    FieldSpec.Builder f;
    switch (type.which()) {
      case VOID:
        return; // nothing to hold
      case BOOL:
        f = constant(TypeName.BOOLEAN, field, CodeBlock.of("$L", v.getBool()));
        break;
      case INT8:
        f = constant(TypeName.BYTE, field, CodeBlock.of("(byte) $L", v.getInt8()));
        break;
      case UINT8:
        f = constant(TypeName.BYTE, field, CodeBlock.of("(byte) $L", v.getUint8()));
        break;
      case INT16:
        f = constant(TypeName.SHORT, field, CodeBlock.of("(short) $L", v.getInt16()));
        break;
      case UINT16:
        f = constant(TypeName.SHORT, field, CodeBlock.of("(short) $L", v.getUint16()));
        break;
      case INT32:
        f = constant(TypeName.INT, field, CodeBlock.of("$L", v.getInt32()));
        break;
      case UINT32:
        f = constant(TypeName.INT, field, CodeBlock.of("$L", v.getUint32()));
        break;
      case INT64:
        f = constant(TypeName.LONG, field, CodeBlock.of("$LL", v.getInt64()));
        break;
      case UINT64:
        f = constant(TypeName.LONG, field, CodeBlock.of("$LL", v.getUint64()));
        break;
      case FLOAT32:
        f = constant(
            TypeName.FLOAT,
            field,
            CodeBlock.of(
                "$T.intBitsToFloat(0x$L)",
                Float.class,
                Integer.toHexString(Float.floatToRawIntBits(v.getFloat32()))));
        break;
      case FLOAT64:
        f = constant(
            TypeName.DOUBLE,
            field,
            CodeBlock.of(
                "$T.longBitsToDouble(0x$LL)",
                Double.class,
                Long.toHexString(Double.doubleToRawLongBits(v.getFloat64()))));
        break;
      case ENUM: {
        TypeName e = ctx.types.scalar(jt);
        f = constant(e, field, CodeBlock.of("$T.fromValue($L)", e, v.getEnum() & 0xFFFF));
        break;
      }
      case TEXT:
        f = constant(TypeName.get(String.class), field, CodeBlock.of("$S", v.getText()));
        break;
      case DATA:
        f = constant(
            TypeMapper.DATA_READER,
            field,
            CodeBlock.of("$T.data($L)", TypeMapper.GENERATED, message(v)));
        break;
      case STRUCT:
        f = constant(
            ctx.types.reader(jt),
            field,
            CodeBlock.of(
                "$T.struct($L, $L)", TypeMapper.GENERATED, message(v), ctx.types.newReader(jt)));
        break;
      case LIST:
        f = constant(
            ctx.types.reader(jt),
            field,
            CodeBlock.of(
                "$T.list($L, $L, $L)",
                TypeMapper.GENERATED,
                message(v),
                TypeMapper.elementSizeCode(TypeMapper.elementSize(jt.element)),
                ctx.types.newReader(jt)));
        break;
      case ANY_POINTER:
        f = constant(
            TypeMapper.ANY_READER,
            field,
            CodeBlock.of("$T.anyPointer($L)", TypeMapper.GENERATED, message(v)));
        break;
      default:
        throw new SchemaException(
            ctx.where(node) + ": constants of type " + type.which() + " are not supported");
    }
    if (doc != null) {
      f.addJavadoc(doc);
    } else {
      f.addJavadoc("Constant {@code $L}.\n", name);
    }
    scope.addField(f.build());
  }

  private static FieldSpec.Builder constant(TypeName t, String name, CodeBlock init) {
    return FieldSpec.builder(t, name, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .initializer(init);
  }

  private static CodeBlock message(Value.Reader v) {
    return DefaultValues.message(v.getAnyPointer());
  }
}
