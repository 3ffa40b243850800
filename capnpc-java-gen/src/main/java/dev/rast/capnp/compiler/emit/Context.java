package dev.rast.capnp.compiler.emit;

import com.palantir.javapoet.CodeBlock;
import dev.rast.capnp.compiler.model.SchemaIndex;
import dev.rast.capnp.compiler.naming.ClassNames;
import dev.rast.capnp.compiler.schema.Schema.Node;

/** What every emitter reads: the indexed request, class names and the type mapping. */
final class Context {
  final SchemaIndex index;
  final ClassNames names;
  final TypeMapper types;
  final GenericParams generics;
  final PrintEmitter printer;
  final String version;

  Context(SchemaIndex index, ClassNames names, String version) {
    this.index = index;
    this.names = names;
    this.printer = new PrintEmitter(this);
    this.types = new TypeMapper(names, printer);
    this.generics = new GenericParams(this);
    this.version = version;
  }

  /** "file.capnp: Foo.bar" for error messages. */
  String where(Node.Reader node) {
    return names.fileName(index.fileOf(node.getId())) + ": " + node.getDisplayName();
  }

  /** The schema's doc comment as Javadoc text (escaped), or null. */
  static CodeBlock javadoc(String doc) {
    if (doc == null || doc.isBlank()) {
      return null;
    }
    String text = doc.strip().replace("*/", "*&#47;").replace("@", "{@literal @}");
    return CodeBlock.of("$L\n", text.replace("$", "$$"));
  }
}
