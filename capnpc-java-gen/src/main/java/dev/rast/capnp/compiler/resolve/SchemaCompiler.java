package dev.rast.capnp.compiler.resolve;

import dev.rast.capnp.compiler.parse.Diagnostics;
import dev.rast.capnp.compiler.parse.Parser;
import dev.rast.capnp.compiler.parse.SourceFile;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The pure-Java schema compiler: loads the named files and their imports, compiles every node the
 * request needs (the files' own nodes, and what they depend on with its parents, as
 * {@code capnp compile} selects them) and reports errors as capnp does. Single use, not
 * thread-safe.
 */
public final class SchemaCompiler {
  private static final int NODE = 1;
  private static final int CHILDREN = 2;
  private static final int PARENTS = 4;
  private static final int DEPENDENCIES = 8;
  private static final int DEPENDENCY_PARENTS = 32;

  private final ModuleLoader loader;
  private final Diagnostics diagnostics = new Diagnostics();
  private final Map<String, Module> modulesByKey = new HashMap<>();
  private final Map<Long, Sym> symsById = new HashMap<>();
  private final Map<Long, NodeModel> nodesById = new HashMap<>();
  private final Map<Sym, NodeCompiler> compiled = new HashMap<>();
  final Resolver resolver = new Resolver(this);
  final ValueCompiler values = new ValueCompiler(this);

  /** What a compilation produced: every node, and per requested file its name, id and imports. */
  public record Result(
      List<NodeModel> nodes, List<RequestedFile> requestedFiles, List<String> errors) {}

  /** A file named on the command line. */
  public record RequestedFile(long id, String filename, Map<String, Long> imports) {}

  /**
   * A compiler for one run.
   *
   * @param importPaths the {@code -I} directories, searched in order before the bundled standard
   *     schemas
   */
  public SchemaCompiler(List<Path> importPaths) {
    this.loader = new ModuleLoader(importPaths);
  }

  void error(Module module, int start, int end, String message) {
    diagnostics.error(module.source, start, end, message);
  }

  /**
   * Compiles the given files.
   *
   * @param files each file's path on disk and the name capnp would give it (the path with any
   *     {@code --src-prefix} removed)
   * @return the nodes and requested files, or the errors; errors do not throw, so that one run
   *     reports them all
   */
  public Result compile(Map<Path, String> files) {
    List<Module> requested = new ArrayList<>();
    for (Map.Entry<Path, String> f : files.entrySet()) {
      Path p = f.getKey().toAbsolutePath().normalize();
      Path root = p.getRoot();
      ModuleLoader.Location loc =
          new ModuleLoader.Location(root, root.relativize(p).toString().replace('\\', '/'));
      Module m = load(loc, f.getValue());
      if (m == null) {
        diagnostics.error(f.getValue() + ": no such file");
        continue;
      }
      requested.add(m);
    }
    Map<Sym, Integer> seen = new LinkedHashMap<>();
    int eagerness = NODE | CHILDREN | DEPENDENCIES | DEPENDENCY_PARENTS;
    for (Module m : requested) {
      traverse(m.rootSym, eagerness, seen);
    }
    values.finish();
    List<NodeModel> nodes = new ArrayList<>();
    for (Sym s : seen.keySet()) {
      NodeCompiler c = compiled.get(s);
      if (c != null) {
        nodes.add(c.node);
        nodes.addAll(c.auxNodes);
      }
    }
    List<RequestedFile> out = new ArrayList<>();
    for (Module m : requested) {
      Map<String, Long> imports = new TreeMap<>();
      for (String name : Imports.find(m.root)) {
        Module target = importModule(m, name);
        if (target != null) {
          imports.put(name, target.rootSym.id);
        }
      }
      out.add(new RequestedFile(m.rootSym.id, m.name(), imports));
    }
    return new Result(nodes, out, diagnostics.errors());
  }

  private Module load(ModuleLoader.Location loc, String displayName) {
    Module existing = modulesByKey.get(loc.key());
    if (existing != null) {
      return existing;
    }
    byte[] bytes;
    try {
      bytes = ModuleLoader.read(loc);
    } catch (IOException e) {
      diagnostics.error(displayName + ": cannot read: " + e.getMessage());
      return null;
    }
    if (bytes == null) {
      return null;
    }
    Module m = new Module(displayName, new SourceFile(displayName, bytes), loc);
    modulesByKey.put(loc.key(), m);
    m.root = Parser.parseFile(m.source, diagnostics);
    long id;
    if (m.root.id != null) {
      id = m.root.id;
    } else {
      id = new SecureRandom().nextLong() | (1L << 63);
      diagnostics.error(
          m.source,
          0,
          0,
          "File does not declare an ID.  I've generated one for you.  Add this line to"
              + " your file: @0x" + Long.toHexString(id) + ";");
    }
    m.rootSym = Sym.file(m, m.root, id);
    register(m.rootSym);
    return m;
  }

  private void register(Sym s) {
    Sym previous = symsById.putIfAbsent(s.id, s);
    if (previous != null && previous != s) {
      error(
          s.module,
          s.decl.nameStart,
          s.decl.nameEnd,
          "Duplicate ID @0x" + Long.toHexString(s.id) + ".");
      error(
          previous.module,
          previous.decl.nameStart,
          previous.decl.nameEnd,
          "ID @0x" + Long.toHexString(s.id) + " originally used here.");
    }
    for (Sym c : s.orderedNested) {
      register(c);
    }
  }

  /** The module an import in {@code from} names; null when it cannot be found. */
  Module importModule(Module from, String path) {
    try {
      ModuleLoader.Location loc = loader.resolveImport(from.location, path);
      if (loc == null) {
        return null;
      }
      String name =
          path.startsWith("/") ? loc.path() : ModuleLoader.normalize(dirOf(from.name()) + path);
      return load(loc, name == null ? loc.path() : name);
    } catch (IOException e) {
      return null;
    }
  }

  private static String dirOf(String name) {
    int slash = name.lastIndexOf('/');
    return slash < 0 ? "" : name.substring(0, slash + 1);
  }

  /** The bytes of an embedded file, or null. */
  byte[] embed(Module from, String path) {
    try {
      ModuleLoader.Location loc = loader.resolveImport(from.location, path);
      return loc == null ? null : ModuleLoader.read(loc);
    } catch (IOException e) {
      return null;
    }
  }

  /** Compiles a declaration's node on first use; returns it (possibly still being built). */
  NodeModel node(Sym s) {
    if (s.isBuiltin()) {
      return null;
    }
    NodeCompiler c = compiled.get(s);
    if (c == null) {
      c = new NodeCompiler(this, resolver, s);
      compiled.put(s, c);
      nodesById.put(s.id, c.node);
      c.compile();
      for (NodeModel aux : c.auxNodes) {
        nodesById.put(aux.id, aux);
      }
    }
    return c.node;
  }

  /** The node with an id (compiling its declaration if needed), or null. */
  NodeModel nodeById(long id) {
    NodeModel n = nodesById.get(id);
    if (n != null) {
      return n;
    }
    Sym s = symsById.get(id);
    if (s != null) {
      node(s);
    }
    return nodesById.get(id);
  }

  private void traverse(Sym s, int eagerness, Map<Sym, Integer> seen) {
    int slot = seen.getOrDefault(s, 0);
    if ((slot & eagerness) == eagerness) {
      return;
    }
    seen.put(s, slot | eagerness);
    node(s);
    NodeCompiler c = compiled.get(s);
    if (eagerness / DEPENDENCIES != 0) {
      int next = (eagerness & ~(DEPENDENCIES - 1)) | (eagerness / DEPENDENCIES);
      dependencies(c.node, next, seen);
      for (NodeModel aux : c.auxNodes) {
        dependencies(aux, next, seen);
      }
    }
    if ((eagerness & PARENTS) != 0 && s.parent != null) {
      traverse(s.parent, eagerness, seen);
    }
    if ((eagerness & CHILDREN) != 0) {
      for (Sym child : s.orderedNested) {
        traverse(child, eagerness, seen);
      }
    }
  }

  private void dependency(long id, int eagerness, Map<Sym, Integer> seen) {
    Sym s = symsById.get(id);
    if (s != null) {
      traverse(s, eagerness, seen);
    }
  }

  private void dependencies(NodeModel n, int eagerness, Map<Sym, Integer> seen) {
    if (n.fields != null) {
      for (NodeModel.FieldModel f : n.fields) {
        if (!f.isGroup && f.type != null) {
          typeDependencies(f.type, eagerness, seen);
        }
        annotationDependencies(f.annotations, eagerness, seen);
      }
    }
    if (n.enumerants != null) {
      for (NodeModel.Enumerant e : n.enumerants) {
        annotationDependencies(e.annotations(), eagerness, seen);
      }
    }
    if (n.superclasses != null) {
      for (NodeModel.Superclass s : n.superclasses) {
        dependency(s.id(), eagerness, seen);
        brandDependencies(s.brand(), eagerness, seen);
      }
    }
    if (n.methods != null) {
      for (NodeModel.MethodModel m : n.methods) {
        dependency(m.paramStructType, eagerness, seen);
        brandDependencies(m.paramBrand, eagerness, seen);
        dependency(m.resultStructType, eagerness, seen);
        brandDependencies(m.resultBrand, eagerness, seen);
        annotationDependencies(m.annotations, eagerness, seen);
      }
    }
    if ((n.kind == NodeModel.Kind.CONST || n.kind == NodeModel.Kind.ANNOTATION) && n.type != null) {
      typeDependencies(n.type, eagerness, seen);
    }
    annotationDependencies(n.annotations, eagerness, seen);
  }

  private void typeDependencies(TypeModel t, int eagerness, Map<Sym, Integer> seen) {
    switch (t.which()) {
      case STRUCT, ENUM, INTERFACE -> {
        dependency(t.typeId(), eagerness, seen);
        brandDependencies(t.brand(), eagerness, seen);
      }
      case LIST -> typeDependencies(t.element(), eagerness, seen);
      default -> {}
    }
  }

  private void brandDependencies(
      TypeModel.BrandModel brand, int eagerness, Map<Sym, Integer> seen) {
    if (brand == null) {
      return;
    }
    for (TypeModel.Scope scope : brand.scopes()) {
      if (scope.bind() != null) {
        for (TypeModel t : scope.bind()) {
          if (t != null) {
            typeDependencies(t, eagerness, seen);
          }
        }
      }
    }
  }

  private void annotationDependencies(
      List<NodeModel.AnnotationModel> anns, int eagerness, Map<Sym, Integer> seen) {
    if (anns != null) {
      for (NodeModel.AnnotationModel a : anns) {
        dependency(a.id(), eagerness, seen);
      }
    }
  }
}
