package dev.rast.capnp.compiler.resolve;

import dev.rast.capnp.compiler.parse.Decl;
import dev.rast.capnp.compiler.parse.SourceFile;

/**
 * A loaded schema file: its display name (as capnp names it in the request), its text, its parsed
 * declarations and its root scope. {@code location} says where it came from, to resolve relative
 * imports and embeds.
 */
final class Module {
  private final String name;
  final SourceFile source;
  final ModuleLoader.Location location;
  Decl root;
  Sym rootSym;

  Module(String name, SourceFile source, ModuleLoader.Location location) {
    this.name = name;
    this.source = source;
    this.location = location;
  }

  String name() {
    return name;
  }
}
