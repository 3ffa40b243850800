package dev.rast.capnp.compiler.emit;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.rast.capnp.compiler.naming.Names;
import dev.rast.capnp.compiler.schema.Schema.Enumerant;
import dev.rast.capnp.compiler.schema.Schema.Node;
import javax.lang.model.element.Modifier;

/**
 * Emits a schema enum as a Java enum whose ordinals are the wire values, plus {@code _UNKNOWN}
 * for values a newer schema added (read, never written).
 */
final class EnumEmitter {
  private final Context ctx;

  EnumEmitter(Context ctx) {
    this.ctx = ctx;
  }

  TypeSpec emit(Node.Reader node, ClassName cls) {
    TypeSpec.Builder e = TypeSpec.enumBuilder(cls)
        .addModifiers(Modifier.PUBLIC)
        .addSuperinterface(ClassName.get("dev.rast.capnp", "CapnpEnum"));
    CodeBlock doc = Context.javadoc(ctx.index.doc(node.getId()));
    e.addJavadoc(doc != null ? doc : CodeBlock.of("Enum {@code $L}.\n", node.getDisplayName()));
    StringBuilder values = new StringBuilder();
    int i = 0;
    for (Enumerant.Reader en : node.getEnum().getEnumerants()) {
      String c = Names.upperSnake(en.getName());
      TypeSpec.Builder body = TypeSpec.anonymousClassBuilder("$S", en.getName());
      CodeBlock d = Context.javadoc(ctx.index.memberDoc(node.getId(), i++));
      if (d != null) {
        body.addJavadoc(d);
      }
      e.addEnumConstant(c, body.build());
      values.append(values.length() == 0 ? "" : ", ").append(c);
    }
    e.addEnumConstant(
        "_UNKNOWN",
        TypeSpec.anonymousClassBuilder("(String) null")
            .addJavadoc("A value this schema does not know (written by a newer one).\n")
            .build());
    e.addField(FieldSpec.builder(
            TypeName.LONG, "_TYPE_ID", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The schema's 64-bit id of this enum.\n")
        .initializer("0x$LL", Long.toHexString(node.getId()))
        .build());
    e.addField(FieldSpec.builder(
            ArrayTypeName.of(cls), "_VALUES", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("{$L}", values)
        .build());
    e.addField(String.class, "schemaName", Modifier.PRIVATE, Modifier.FINAL);
    e.addMethod(MethodSpec.constructorBuilder()
        .addParameter(String.class, "schemaName")
        .addStatement("this.schemaName = schemaName")
        .build());
    e.addMethod(MethodSpec.methodBuilder("schemaName")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(String.class)
        .addJavadoc("The enumerant's name in the schema, or null for {@code _UNKNOWN}.\n")
        .addStatement("return schemaName")
        .build());
    e.addMethod(MethodSpec.methodBuilder("fromValue")
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(cls)
        .addParameter(TypeName.INT, "value")
        .addJavadoc("The constant for wire value {@code value}, or {@code _UNKNOWN}.\n")
        .addStatement("return value >= 0 && value < _VALUES.length ? _VALUES[value] : _UNKNOWN")
        .build());
    return e.build();
  }
}
