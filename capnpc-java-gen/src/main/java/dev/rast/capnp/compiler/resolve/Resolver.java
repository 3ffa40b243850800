package dev.rast.capnp.compiler.resolve;

import dev.rast.capnp.compiler.parse.Decl;
import dev.rast.capnp.compiler.parse.Expr;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns name expressions into declarations with their brands, as capnp does: relative names are
 * looked up through the enclosing scopes (members, then generic parameters, then the parent), then
 * the built-ins; {@code .Name} from the file's top; {@code import "..."} loads a file; member
 * access and generic application follow.
 */
final class Resolver {
  private final SchemaCompiler compiler;
  private final Map<String, Sym> builtins = new HashMap<>();
  private final Map<Sym.Builtin, Sym> builtinsByKind = new HashMap<>();

  Resolver(SchemaCompiler compiler) {
    this.compiler = compiler;
    String[] names = {
      "Void",
      "Bool",
      "Int8",
      "Int16",
      "Int32",
      "Int64",
      "UInt8",
      "UInt16",
      "UInt32",
      "UInt64",
      "Float32",
      "Float64",
      "Text",
      "Data",
      "List",
      "AnyPointer",
      "AnyStruct",
      "AnyList",
      "Capability"
    };
    Sym.Builtin[] kinds = {
      Sym.Builtin.VOID,
      Sym.Builtin.BOOL,
      Sym.Builtin.INT8,
      Sym.Builtin.INT16,
      Sym.Builtin.INT32,
      Sym.Builtin.INT64,
      Sym.Builtin.UINT8,
      Sym.Builtin.UINT16,
      Sym.Builtin.UINT32,
      Sym.Builtin.UINT64,
      Sym.Builtin.FLOAT32,
      Sym.Builtin.FLOAT64,
      Sym.Builtin.TEXT,
      Sym.Builtin.DATA,
      Sym.Builtin.LIST,
      Sym.Builtin.ANY_POINTER,
      Sym.Builtin.ANY_STRUCT,
      Sym.Builtin.ANY_LIST,
      Sym.Builtin.CAPABILITY
    };
    for (int i = 0; i < names.length; i++) {
      Sym s = Sym.builtin(kinds[i], names[i]);
      builtins.put(names[i], s);
      builtinsByKind.put(kinds[i], s);
    }
  }

  Sym anyPointer() {
    return builtinsByKind.get(Sym.Builtin.ANY_POINTER);
  }

  /** Implicit generic parameters of a method: their names and the scope (0 inside the method itself). */
  record ImplicitParams(long scopeId, List<String> names) {
    static final ImplicitParams NONE = new ImplicitParams(0, List.of());
  }

  /** What a name means looked up in a scope: a declaration, an alias target or a generic parameter. */
  private sealed interface Lookup {
    record Found(Sym sym) implements Lookup {}

    record Alias(Branded target) implements Lookup {}

    record Param(long scopeId, int index) implements Lookup {}
  }

  private Lookup resolve(Sym scope, String name) {
    Lookup member = resolveMember(scope, name);
    if (member != null) {
      return member;
    }
    if (scope.decl != null) {
      List<String> params = scope.decl.genericParams;
      for (int i = 0; i < params.size(); i++) {
        if (params.get(i).equals(name)) {
          return new Lookup.Param(scope.id, i);
        }
      }
    }
    if (scope.parent != null) {
      return resolve(scope.parent, name);
    }
    Sym b = builtins.get(name);
    return b == null ? null : new Lookup.Found(b);
  }

  private Lookup resolveMember(Sym scope, String name) {
    if (scope.isBuiltin()) {
      return null;
    }
    Sym s = scope.nested.get(name);
    if (s != null) {
      return new Lookup.Found(s);
    }
    Decl alias = scope.aliases.get(name);
    if (alias != null) {
      Branded cached = scope.aliasCache.get(name);
      if (cached == null && !scope.aliasCache.containsKey(name)) {
        scope.aliasCache.put(name, null);
        cached = compile(alias.type, scope, BrandScope.inside(scope), ImplicitParams.NONE);
        scope.aliasCache.put(name, cached);
      }
      return cached == null ? null : new Lookup.Alias(cached);
    }
    return null;
  }

  private Branded interpret(Lookup r, BrandScope brand, Expr source) {
    if (r instanceof Lookup.Found f) {
      BrandScope scope = brand.pop(f.sym().scopeId()).push(f.sym().id, f.sym().paramCount);
      return new Branded.DeclRef(f.sym(), scope, source);
    } else if (r instanceof Lookup.Alias a) {
      return BrandScope.rebind(a.target(), brand, anyPointer());
    }
    Lookup.Param p = (Lookup.Param) r;
    Branded bound = brand.lookupParameter(p.scopeId(), p.index(), anyPointer());
    return bound != null ? bound : new Branded.ParamRef(p.scopeId(), p.index(), source);
  }

  /** Compiles a name expression seen from {@code scope}; null after reporting an error. */
  Branded compile(Expr source, Sym scope, BrandScope brand, ImplicitParams implicit) {
    Module module = scope.module;
    if (source instanceof Expr.RelativeName n) {
      for (int i = 0; i < implicit.names().size(); i++) {
        if (implicit.names().get(i).equals(n.name())) {
          return new Branded.ParamRef(implicit.scopeId(), i, source);
        }
      }
      Lookup r = resolve(scope, n.name());
      if (r == null) {
        compiler.error(module, n.start(), n.end(), "Not defined: " + n.name());
        return null;
      }
      return interpret(r, brand, source);
    } else if (source instanceof Expr.AbsoluteName n) {
      Lookup r = resolveMember(module.rootSym, n.name());
      if (r == null) {
        compiler.error(module, n.start() + 1, n.end(), "Not defined: " + n.name());
        return null;
      }
      return interpret(r, brand, source);
    } else if (source instanceof Expr.Import imp) {
      Module m = compiler.importModule(module, imp.path());
      if (m == null) {
        compiler.error(module, imp.pathStart(), imp.pathEnd(), "Import failed: " + imp.path());
        return null;
      }
      return new Branded.DeclRef(m.rootSym, BrandScope.inside(m.rootSym), source);
    } else if (source instanceof Expr.Application app) {
      Branded fn = compile(app.function(), scope, brand, implicit);
      if (fn == null) {
        return null;
      }
      List<Branded> params = new ArrayList<>();
      boolean failed = false;
      for (Expr.Param p : app.params()) {
        if (p.name() != null) {
          compiler.error(module, p.nameStart(), p.nameEnd(), "Named parameter not allowed here.");
        }
        Branded b = compile(p.value(), scope, brand, implicit);
        if (b == null) {
          failed = true;
        } else {
          params.add(b);
        }
      }
      if (failed) {
        return fn;
      }
      Branded applied = applyParams(module, fn, params, app);
      return applied == null ? fn : applied;
    } else if (source instanceof Expr.Member m) {
      Branded parent = compile(m.parent(), scope, brand, implicit);
      if (parent == null) {
        return null;
      }
      Lookup r = parent instanceof Branded.DeclRef d ? resolveMember(d.sym(), m.name()) : null;
      if (r == null) {
        compiler.error(
            module,
            m.nameStart(),
            m.nameEnd(),
            "'" + Exprs.toString(m.parent()) + "' has no member named '" + m.name() + "'");
        return null;
      }
      return interpret(r, ((Branded.DeclRef) parent).brand(), source);
    } else if (source instanceof Expr.Unknown) {
      return null;
    }
    compiler.error(module, source.start(), source.end(), "Expected name.");
    return null;
  }

  private Branded applyParams(Module module, Branded fn, List<Branded> params, Expr source) {
    if (!(fn instanceof Branded.DeclRef d)) {
      return null;
    }
    BrandScope b = d.brand();
    if (!b.params.isEmpty()) {
      compiler.error(
          module, source.start(), source.end(), "Double-application of generic parameters.");
      return null;
    } else if (params.size() > b.leafParamCount) {
      compiler.error(
          module,
          source.start(),
          source.end(),
          b.leafParamCount == 0
              ? "Declaration does not accept generic parameters."
              : "Too many generic parameters.");
      return null;
    } else if (params.size() < b.leafParamCount) {
      compiler.error(module, source.start(), source.end(), "Not enough generic parameters.");
      return null;
    }
    if (d.sym().builtin != Sym.Builtin.LIST) {
      for (Branded p : params) {
        if (p instanceof Branded.DeclRef pd && !isPointerKind(pd.sym())) {
          Expr ps = pd.source();
          compiler.error(
              module,
              ps == null ? source.start() : ps.start(),
              ps == null ? source.end() : ps.end(),
              "Sorry, only pointer types can be used as generic parameters.");
        }
      }
    }
    return new Branded.DeclRef(d.sym(), b.withParams(params), source);
  }

  private static boolean isPointerKind(Sym s) {
    if (s.isBuiltin()) {
      return switch (s.builtin) {
        case LIST, TEXT, DATA, ANY_POINTER, ANY_STRUCT, ANY_LIST, CAPABILITY -> true;
        default -> false;
      };
    }
    return s.kind() == Decl.Kind.STRUCT || s.kind() == Decl.Kind.INTERFACE;
  }

  /** The brand to record for a reference, or null when it binds nothing. */
  TypeModel.BrandModel brandOf(Module module, BrandScope brand) {
    List<BrandScope> levels = brand.levels();
    if (levels.isEmpty()) {
      return null;
    }
    List<TypeModel.Scope> scopes = new ArrayList<>();
    for (BrandScope level : levels) {
      if (level.inherited) {
        scopes.add(new TypeModel.Scope(level.leafId, null));
      } else {
        List<TypeModel> bind = new ArrayList<>();
        for (Branded p : level.params) {
          TypeModel t = asType(module, p);
          bind.add(t == null ? TypeModel.anyPointer(TypeModel.AnyKind.ANY, 0, 0) : t);
        }
        scopes.add(new TypeModel.Scope(level.leafId, bind));
      }
    }
    return new TypeModel.BrandModel(scopes);
  }

  /** The type a branded declaration denotes; null after reporting that it is not a type. */
  TypeModel asType(Module module, Branded b) {
    if (b instanceof Branded.ParamRef p) {
      if (p.scopeId() == 0) {
        return TypeModel.anyPointer(TypeModel.AnyKind.IMPLICIT_METHOD_PARAMETER, 0, p.index());
      }
      return TypeModel.anyPointer(TypeModel.AnyKind.PARAMETER, p.scopeId(), p.index());
    }
    Branded.DeclRef d = (Branded.DeclRef) b;
    Sym s = d.sym();
    if (s.isBuiltin()) {
      switch (s.builtin) {
        case LIST -> {
          List<Branded> params = d.brand().paramsOf(s.id);
          if (params == null || params.size() != 1) {
            error(module, d, "'List' requires exactly one parameter.");
            return null;
          }
          TypeModel element = asType(module, params.get(0));
          if (element == null) {
            return null;
          }
          if (element.which() == TypeModel.Which.ANY_POINTER
              && element.anyKind() == TypeModel.AnyKind.STRUCT) {
            error(module, d, "'List(AnyStruct)' is not supported.");
            return null;
          }
          if (element.which() == TypeModel.Which.ANY_POINTER
              && element.anyKind() != TypeModel.AnyKind.LIST
              && element.anyKind() != TypeModel.AnyKind.CAPABILITY) {
            error(module, d, "'List(AnyPointer)' is not supported.");
            return null;
          }
          return TypeModel.list(element);
        }
        case ANY_POINTER -> {
          return TypeModel.anyPointer(TypeModel.AnyKind.ANY, 0, 0);
        }
        case ANY_STRUCT -> {
          return TypeModel.anyPointer(TypeModel.AnyKind.STRUCT, 0, 0);
        }
        case ANY_LIST -> {
          return TypeModel.anyPointer(TypeModel.AnyKind.LIST, 0, 0);
        }
        case CAPABILITY -> {
          return TypeModel.anyPointer(TypeModel.AnyKind.CAPABILITY, 0, 0);
        }
        default -> {
          return TypeModel.of(TypeModel.Which.valueOf(s.builtin.name()));
        }
      }
    }
    switch (s.kind()) {
      case ENUM:
        return TypeModel.named(TypeModel.Which.ENUM, s.id, brandOf(module, d.brand()));
      case STRUCT:
        return TypeModel.named(TypeModel.Which.STRUCT, s.id, brandOf(module, d.brand()));
      case INTERFACE:
        return TypeModel.named(TypeModel.Which.INTERFACE, s.id, brandOf(module, d.brand()));
      default:
        error(
            module,
            d,
            "'" + (d.source() == null ? s.shortName() : Exprs.toString(d.source()))
                + "' is not a type.");
        return null;
    }
  }

  private void error(Module module, Branded.DeclRef d, String message) {
    Expr src = d.source();
    if (src == null) {
      compiler.error(module, 0, 0, message);
    } else {
      compiler.error(module, src.start(), src.end(), message);
    }
  }
}
