package dev.rast.capnp.compiler.resolve;

import dev.rast.capnp.compiler.ids.TypeIds;
import dev.rast.capnp.compiler.parse.Decl;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A named declaration that is a scope or a type: a file, struct, enum, interface, const or
 * annotation of some module, or a built-in ({@code Int32}, {@code List}...). Holds the nested
 * declarations and {@code using} aliases visible as its members.
 */
final class Sym {
  /** Built-in kinds, plus NODE for declarations from files. */
  enum Builtin {
    NONE,
    VOID,
    BOOL,
    INT8,
    INT16,
    INT32,
    INT64,
    UINT8,
    UINT16,
    UINT32,
    UINT64,
    FLOAT32,
    FLOAT64,
    TEXT,
    DATA,
    LIST,
    ANY_POINTER,
    ANY_STRUCT,
    ANY_LIST,
    CAPABILITY
  }

  final Module module;
  final Sym parent;
  final Decl decl;
  final long id;
  final String displayName;
  final Builtin builtin;
  final int paramCount;
  final Map<String, Sym> nested = new HashMap<>();
  final List<Sym> orderedNested = new ArrayList<>();
  final Map<String, Decl> aliases = new HashMap<>();
  final Map<String, Branded> aliasCache = new HashMap<>();
  NodeModel node;
  boolean compiling;

  private Sym(
      Module module,
      Sym parent,
      Decl decl,
      long id,
      String displayName,
      Builtin builtin,
      int paramCount) {
    this.module = module;
    this.parent = parent;
    this.decl = decl;
    this.id = id;
    this.displayName = displayName;
    this.builtin = builtin;
    this.paramCount = paramCount;
  }

  static Sym file(Module module, Decl root, long id) {
    Sym s = new Sym(module, null, root, id, module.name(), Builtin.NONE, 0);
    s.expand();
    return s;
  }

  static Sym builtin(Builtin b, String name) {
    return new Sym(null, null, null, 1000 + b.ordinal(), name, b, b == Builtin.LIST ? 1 : 0);
  }

  private Sym child(Decl d) {
    long childId = d.id != null ? d.id : TypeIds.childId(id, d.name);
    String name = displayName + (parent == null ? ":" : ".") + d.name;
    Sym s = new Sym(module, this, d, childId, name, Builtin.NONE, d.genericParams.size());
    s.expand();
    return s;
  }

  private void expand() {
    for (Decl d : decl.nested) {
      switch (d.kind) {
        case CONST, ANNOTATION, ENUM, STRUCT, INTERFACE -> {
          Sym c = child(d);
          orderedNested.add(c);
          nested.putIfAbsent(d.name, c);
        }
        case USING -> aliases.putIfAbsent(d.name, d);
        default -> {}
      }
    }
  }

  Decl.Kind kind() {
    return decl == null ? null : decl.kind;
  }

  boolean isBuiltin() {
    return builtin != Builtin.NONE;
  }

  /** The id of the scope this declaration lives in (0 for files and built-ins). */
  long scopeId() {
    return parent == null ? 0 : parent.id;
  }

  /** The name as users wrote it, for error messages. */
  String shortName() {
    return decl == null ? displayName : decl.name;
  }
}
