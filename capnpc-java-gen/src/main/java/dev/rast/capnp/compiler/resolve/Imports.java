package dev.rast.capnp.compiler.resolve;

import dev.rast.capnp.compiler.parse.Decl;
import dev.rast.capnp.compiler.parse.Expr;
import java.util.Set;
import java.util.TreeSet;

/**
 * The imports a file's generated code needs (for {@code requestedFiles.imports}): those used in
 * types, aliases, superclasses, method signatures and annotation names, not in values, which
 * the request holds in full. Sorted by name, as capnp lists them.
 */
final class Imports {
  private Imports() {}

  static Set<String> find(Decl root) {
    Set<String> out = new TreeSet<>();
    decl(root, out);
    return out;
  }

  private static void decl(Decl d, Set<String> out) {
    switch (d.kind) {
      case USING, CONST, FIELD -> expr(d.type, out);
      case INTERFACE -> d.superclasses.forEach(e -> expr(e, out));
      case METHOD -> {
        params(d.params, out);
        if (d.results != null) {
          params(d.results, out);
        }
      }
      default -> {}
    }
    for (Decl.AnnotationApp a : d.annotations) {
      expr(a.name(), out);
    }
    for (Decl n : d.nested) {
      decl(n, out);
    }
  }

  private static void params(Decl.ParamList list, Set<String> out) {
    if (list.named() != null) {
      for (Decl.Param p : list.named()) {
        expr(p.type(), out);
        for (Decl.AnnotationApp a : p.annotations()) {
          expr(a.name(), out);
        }
      }
    } else {
      expr(list.type(), out);
    }
  }

  private static void expr(Expr e, Set<String> out) {
    if (e instanceof Expr.Import i) {
      out.add(i.path());
    } else if (e instanceof Expr.ListExpr l) {
      l.elements().forEach(x -> expr(x, out));
    } else if (e instanceof Expr.Tuple t) {
      t.params().forEach(p -> expr(p.value(), out));
    } else if (e instanceof Expr.Application a) {
      expr(a.function(), out);
      a.params().forEach(p -> expr(p.value(), out));
    } else if (e instanceof Expr.Member m) {
      expr(m.parent(), out);
    }
  }
}
