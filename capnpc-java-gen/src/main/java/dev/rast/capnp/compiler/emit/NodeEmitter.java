package dev.rast.capnp.compiler.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.rast.capnp.compiler.schema.Schema.Method;
import dev.rast.capnp.compiler.schema.Schema.Node;
import javax.lang.model.element.Modifier;

/** Dispatches each node to the emitter of its kind and nests the results in their scope. */
final class NodeEmitter {
  private final Context ctx;
  private final StructEmitter structs;
  private final EnumEmitter enums;
  private final ConstEmitter consts;

  NodeEmitter(Context ctx) {
    this.ctx = ctx;
    this.structs = new StructEmitter(ctx, this);
    this.enums = new EnumEmitter(ctx);
    this.consts = new ConstEmitter(ctx);
  }

  /** Adds the classes and constants of {@code scope}'s nested nodes to {@code into}. */
  void emitNested(Node.Reader scope, TypeSpec.Builder into) {
    for (Node.NestedNode.Reader nested : scope.getNestedNodes()) {
      if (!ctx.index.has(nested.getId())) {
        continue;
      }
      Node.Reader child = ctx.index.node(nested.getId());
      switch (child.which()) {
        case STRUCT:
          into.addType(structs.emit(child, ctx.names.of(child.getId())));
          break;
        case ENUM:
          into.addType(enums.emit(child, ctx.names.of(child.getId())));
          break;
        case INTERFACE:
          into.addType(emitInterface(child, ctx.names.of(child.getId())));
          break;
        case CONST:
          consts.emit(child, nested.getName(), into);
          break;
        default:
          break; // annotations generate nothing
      }
    }
  }

  /**
   * An interface: its type id, nested types and the structs of its methods' parameters and
   * results. RPC itself is out of scope; capability fields are read as pointers.
   */
  private TypeSpec emitInterface(Node.Reader node, ClassName cls) {
    TypeSpec.Builder t =
        TypeSpec.classBuilder(cls).addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL);
    CodeBlock doc = Context.javadoc(ctx.index.doc(node.getId()));
    t.addJavadoc(
        doc != null ? doc : CodeBlock.of("Interface {@code $L}.\n", node.getDisplayName()));
    t.addJavadoc(
        "\n<p>RPC is not supported by rast-java: this class holds the interface's type id and the\n"
            + "structs of its methods' parameters and results.\n");
    t.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
    t.addField(FieldSpec.builder(
            TypeName.LONG, "TYPE_ID", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The schema's 64-bit id of this interface.\n")
        .initializer("0x$LL", Long.toHexString(node.getId()))
        .build());
    for (Method.Reader m : node.getInterface().getMethods()) {
      emitImplicit(m.getParamStructType(), t);
      emitImplicit(m.getResultStructType(), t);
    }
    emitNested(node, t);
    return t.build();
  }

  private void emitImplicit(long structId, TypeSpec.Builder into) {
    if (!ctx.index.has(structId)) {
      return;
    }
    Node.Reader s = ctx.index.node(structId);
    if (s.getScopeId() != 0) {
      return;
    }
    into.addType(structs.emit(s, ctx.names.of(structId)));
  }
}
