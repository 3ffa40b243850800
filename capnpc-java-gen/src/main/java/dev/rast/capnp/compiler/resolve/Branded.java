package dev.rast.capnp.compiler.resolve;

import dev.rast.capnp.compiler.parse.Expr;

/**
 * What a name expression means: a declaration with the generic bindings in effect for it, or a
 * generic parameter not bound in this context (scope id 0 for a method's implicit parameter).
 */
sealed interface Branded {
  /** A declaration and its brand. */
  record DeclRef(Sym sym, BrandScope brand, Expr source) implements Branded {}

  /** An unbound generic parameter. */
  record ParamRef(long scopeId, int index, Expr source) implements Branded {}
}
