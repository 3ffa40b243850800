package dev.rast.capnp.compiler.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.rast.capnp.compiler.GeneratedFile;
import dev.rast.capnp.compiler.model.SchemaIndex;
import dev.rast.capnp.compiler.naming.ClassNames;
import dev.rast.capnp.compiler.schema.Schema.Node;
import javax.lang.model.element.Modifier;

/** Emits one Java file per requested schema file: an outer class holding everything the file declares. */
public final class FileEmitter {
  private final Context ctx;
  private final NodeEmitter nodes;

  /**
   * An emitter over an indexed request.
   *
   * @param index the indexed request
   * @param names the Java names of its nodes
   * @param version stamped into each file's header
   */
  public FileEmitter(SchemaIndex index, ClassNames names, String version) {
    this.ctx = new Context(index, names, version);
    this.nodes = new NodeEmitter(ctx);
  }

  /**
   * Emits one schema file.
   *
   * @param fileId a requested file node's id
   * @return its Java source and the path it goes to
   * @throws dev.rast.capnp.compiler.SchemaException naming the node when it cannot be generated
   */
  public GeneratedFile emit(long fileId) {
    Node.Reader file = ctx.index.node(fileId);
    ClassName outer = ctx.names.of(fileId);
    String fileName = ctx.names.fileName(fileId);
    TypeSpec.Builder t = TypeSpec.classBuilder(outer)
        .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
        .addMethod(
            MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addStaticBlock(
            CodeBlock.of("$T.checkAbi($L);\n", TypeMapper.GENERATED, dev.rast.capnp.Generated.ABI));
    CodeBlock doc = Context.javadoc(ctx.index.doc(fileId));
    t.addJavadoc(doc != null ? doc : CodeBlock.of("Types of {@code $L}.\n", fileName));
    nodes.emitNested(file, t);
    JavaFile java = JavaFile.builder(outer.packageName(), t.build())
        .addFileComment(
            "Generated from $L by rast-java $L (capnpc-java-rast). Do not edit.",
            fileName,
            ctx.version)
        .indent("  ")
        .skipJavaLangImports(true)
        .build();
    String path = outer.packageName().replace('.', '/') + "/" + outer.simpleName() + ".java";
    return new GeneratedFile(path, java.toString());
  }
}
