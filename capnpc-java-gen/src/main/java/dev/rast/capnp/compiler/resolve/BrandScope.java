package dev.rast.capnp.compiler.resolve;

import java.util.ArrayList;
import java.util.List;

/**
 * The generic bindings in effect while interpreting a name: one level per enclosing generic scope.
 * A level is "inherited" inside the declaration itself (its parameters stay parameters), bound
 * after an application like {@code Foo(Text)}, or unbound (parameters read as AnyPointer).
 * Immutable once built.
 */
final class BrandScope {
  final BrandScope parent;
  final long leafId;
  final int leafParamCount;
  final boolean inherited;
  final List<Branded> params;

  private BrandScope(
      BrandScope parent, long leafId, int leafParamCount, boolean inherited, List<Branded> params) {
    this.parent = parent;
    this.leafId = leafId;
    this.leafParamCount = leafParamCount;
    this.inherited = inherited;
    this.params = params;
  }

  /** The scope seen from inside a declaration: it and all its parents inherited. */
  static BrandScope inside(Sym sym) {
    BrandScope parent = sym.parent == null ? null : inside(sym.parent);
    return new BrandScope(parent, sym.id, sym.paramCount, true, List.of());
  }

  /** A fresh top-level scope with no bindings. */
  static BrandScope root(long id) {
    return new BrandScope(null, id, 0, false, List.of());
  }

  boolean isGeneric() {
    return leafParamCount > 0 || (parent != null && parent.isGeneric());
  }

  BrandScope push(long typeId, int paramCount) {
    return new BrandScope(this, typeId, paramCount, false, List.of());
  }

  BrandScope withParams(List<Branded> newParams) {
    return new BrandScope(parent, leafId, leafParamCount, false, List.copyOf(newParams));
  }

  /** This scope with the levels below {@code id} dropped, or a new top when {@code id} is not a level. */
  BrandScope pop(long id) {
    if (leafId == id) {
      return this;
    }
    if (parent != null) {
      return parent.pop(id);
    }
    return root(id);
  }

  /**
   * The binding of parameter {@code index} of scope {@code scopeId}: a branded type, the
   * AnyPointer built-in when the level is bound without it, or null when it stays a parameter.
   */
  Branded lookupParameter(long scopeId, int index, Sym anyPointer) {
    if (scopeId == leafId) {
      if (index < params.size()) {
        return params.get(index);
      } else if (inherited) {
        return null;
      }
      return new Branded.DeclRef(anyPointer, root(0).push(anyPointer.id, 0), null);
    }
    if (parent != null) {
      return parent.lookupParameter(scopeId, index, anyPointer);
    }
    return null;
  }

  /** The params bound at scope {@code scopeId}, or null when inherited (or not a level). */
  List<Branded> paramsOf(long scopeId) {
    if (scopeId == leafId) {
      return inherited ? null : params;
    }
    return parent == null ? null : parent.paramsOf(scopeId);
  }

  /** The levels that a brand must record, innermost first. */
  List<BrandScope> levels() {
    List<BrandScope> out = new ArrayList<>();
    for (BrandScope s = this; s != null; s = s.parent) {
      if (!s.params.isEmpty() || (s.inherited && s.leafParamCount > 0)) {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * This brand (an alias target's, compiled where the alias is declared) seen from {@code caller}:
   * levels the alias left inherited take the caller's bindings, and generic parameters inside
   * bound levels are looked up in the caller.
   */
  BrandScope rebind(BrandScope caller, Sym anyPointer) {
    BrandScope newParent = parent == null ? null : parent.rebind(caller, anyPointer);
    if (inherited) {
      List<Branded> bound = caller.paramsOf(leafId);
      if (bound != null) {
        return new BrandScope(newParent, leafId, leafParamCount, false, bound);
      }
      return new BrandScope(newParent, leafId, leafParamCount, true, params);
    }
    List<Branded> mapped = new ArrayList<>();
    for (Branded p : params) {
      mapped.add(rebind(p, caller, anyPointer));
    }
    return new BrandScope(newParent, leafId, leafParamCount, false, mapped);
  }

  static Branded rebind(Branded b, BrandScope caller, Sym anyPointer) {
    if (b instanceof Branded.ParamRef p) {
      if (p.scopeId() == 0) {
        return p;
      }
      Branded bound = caller.lookupParameter(p.scopeId(), p.index(), anyPointer);
      return bound != null ? bound : p;
    }
    Branded.DeclRef d = (Branded.DeclRef) b;
    return new Branded.DeclRef(d.sym(), d.brand().rebind(caller, anyPointer), d.source());
  }
}
