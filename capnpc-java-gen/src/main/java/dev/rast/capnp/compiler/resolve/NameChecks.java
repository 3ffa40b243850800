package dev.rast.capnp.compiler.resolve;

import dev.rast.capnp.compiler.parse.Decl;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * capnp's checks on the names declared in one scope: no duplicates, type names capitalized,
 * other names lower-case, no underscores, each kind of declaration only where it belongs.
 */
final class NameChecks {
  private final SchemaCompiler compiler;
  private final Module module;
  private final Map<String, Decl> names = new HashMap<>();

  private NameChecks(SchemaCompiler compiler, Module module) {
    this.compiler = compiler;
    this.module = module;
  }

  static void check(SchemaCompiler compiler, Module module, Decl scope) {
    new NameChecks(compiler, module).check(scope.nested, scope.kind);
  }

  private void error(Decl d, String message) {
    compiler.error(module, d.nameStart, d.nameEnd, message);
  }

  private static String targetName(dev.rast.capnp.compiler.parse.Expr e) {
    if (e instanceof dev.rast.capnp.compiler.parse.Expr.AbsoluteName n) {
      return n.name();
    } else if (e instanceof dev.rast.capnp.compiler.parse.Expr.RelativeName n) {
      return n.name();
    } else if (e instanceof dev.rast.capnp.compiler.parse.Expr.Application a) {
      return targetName(a.function());
    } else if (e instanceof dev.rast.capnp.compiler.parse.Expr.Member m) {
      return m.name();
    }
    return null;
  }

  private void check(List<Decl> decls, Decl.Kind parentKind) {
    for (Decl d : decls) {
      Decl previous = names.putIfAbsent(d.name, d);
      if (previous != null) {
        if (d.name.isEmpty() && d.kind == Decl.Kind.UNION) {
          error(d, "An unnamed union is already defined in this scope.");
          error(previous, "Previously defined here.");
        } else {
          error(d, "'" + d.name + "' is already defined in this scope.");
          error(previous, "'" + d.name + "' previously defined here.");
        }
      }
      switch (d.kind) {
        case USING -> {
          String target = targetName(d.type);
          if (target != null
              && !target.isEmpty()
              && target.charAt(0) >= 'a'
              && target.charAt(0) <= 'z') {
            if (!d.name.isEmpty() && (d.name.charAt(0) < 'a' || d.name.charAt(0) > 'z')) {
              error(d, "Non-type names must begin with a lower-case letter.");
            }
          } else if (!d.name.isEmpty() && (d.name.charAt(0) < 'A' || d.name.charAt(0) > 'Z')) {
            error(d, "Type names must begin with a capital letter.");
          }
        }
        case ENUM, STRUCT, INTERFACE -> {
          if (!d.name.isEmpty() && (d.name.charAt(0) < 'A' || d.name.charAt(0) > 'Z')) {
            error(d, "Type names must begin with a capital letter.");
          }
        }
        default -> {
          if (!d.name.isEmpty() && (d.name.charAt(0) < 'a' || d.name.charAt(0) > 'z')) {
            error(d, "Non-type names must begin with a lower-case letter.");
          }
        }
      }
      if (d.name.indexOf('_') >= 0) {
        error(
            d,
            "Cap'n Proto declaration names should use camelCase and must not contain underscores. (Code"
                + " generators may convert names to the appropriate style for the target language.)");
      }
      switch (d.kind) {
        case USING, CONST, ENUM, STRUCT, INTERFACE, ANNOTATION -> {
          if (parentKind != Decl.Kind.FILE
              && parentKind != Decl.Kind.STRUCT
              && parentKind != Decl.Kind.INTERFACE) {
            compiler.error(module, d.start, d.end, "This kind of declaration doesn't belong here.");
          }
        }
        case ENUMERANT -> {
          if (parentKind != Decl.Kind.ENUM) {
            compiler.error(module, d.start, d.end, "Enumerants can only appear in enums.");
          }
        }
        case METHOD -> {
          if (parentKind != Decl.Kind.INTERFACE) {
            compiler.error(module, d.start, d.end, "Methods can only appear in interfaces.");
          }
        }
        case FIELD, UNION, GROUP -> {
          if (parentKind != Decl.Kind.STRUCT
              && parentKind != Decl.Kind.UNION
              && parentKind != Decl.Kind.GROUP) {
            compiler.error(module, d.start, d.end, "This declaration can only appear in structs.");
          }
          if (d.name.isEmpty()) {
            check(d.nested, d.kind);
          } else {
            new NameChecks(compiler, module).check(d.nested, d.kind);
          }
        }
        default -> compiler.error(
            module, d.start, d.end, "This kind of declaration doesn't belong here.");
      }
    }
  }
}
