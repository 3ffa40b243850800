package dev.rast.capnp.compiler.emit;

import dev.rast.capnp.compiler.model.SchemaIndex;
import dev.rast.capnp.compiler.schema.Schema.Brand;
import dev.rast.capnp.compiler.schema.Schema.Node;
import dev.rast.capnp.compiler.schema.Schema.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Generic parameters and brands. A generated class takes one Java type variable per parameter of
 * its node and of every enclosing generic scope (outermost first), because Java's nested classes
 * do not see their outer class's type variables. A brand binds those variables; an unbound
 * parameter becomes {@code AnyPointer}.
 */
final class GenericParams {
  /** One parameter: the scope that declares it, its index there, and its Java names. */
  record Param(long scopeId, int index, String name, String typeVar, String field) {}

  private final SchemaIndex index;
  private final Context ctx;

  GenericParams(Context ctx) {
    this.ctx = ctx;
    this.index = ctx.index;
  }

  /** The parameters in scope of node {@code id}, outermost scope first. */
  List<Param> of(long id) {
    List<Node.Reader> chain = new ArrayList<>();
    Node.Reader at = index.node(id);
    for (int depth = 0; depth < 1000 && at.which() != Node.Which.FILE; depth++) {
      chain.add(0, at);
      long scope = index.parentOf(at.getId());
      if (scope == 0 || !index.has(scope)) {
        break;
      }
      at = index.node(scope);
    }
    List<Param> params = new ArrayList<>();
    Set<String> used = new HashSet<>();
    for (Node.Reader n : chain) {
      int i = 0;
      for (Node.Parameter.Reader p : n.getParameters()) {
        String var = p.getName();
        while (!used.add(var)) {
          var = var + "_";
        }
        params.add(new Param(n.getId(), i++, p.getName(), var, "arg_" + var));
      }
    }
    return params;
  }

  /** {@code t} as seen from inside node {@code contextId}. */
  JType resolve(Type.Reader t, long contextId) {
    return resolve(t, of(contextId));
  }

  JType resolve(Type.Reader t, List<Param> context) {
    switch (t.which()) {
      case VOID:
        return JType.simple(JType.Kind.VOID);
      case BOOL:
        return JType.simple(JType.Kind.BOOL);
      case INT8:
        return JType.simple(JType.Kind.INT8);
      case INT16:
        return JType.simple(JType.Kind.INT16);
      case INT32:
        return JType.simple(JType.Kind.INT32);
      case INT64:
        return JType.simple(JType.Kind.INT64);
      case UINT8:
        return JType.simple(JType.Kind.UINT8);
      case UINT16:
        return JType.simple(JType.Kind.UINT16);
      case UINT32:
        return JType.simple(JType.Kind.UINT32);
      case UINT64:
        return JType.simple(JType.Kind.UINT64);
      case FLOAT32:
        return JType.simple(JType.Kind.FLOAT32);
      case FLOAT64:
        return JType.simple(JType.Kind.FLOAT64);
      case TEXT:
        return JType.simple(JType.Kind.TEXT);
      case DATA:
        return JType.simple(JType.Kind.DATA);
      case ENUM:
        return JType.enumType(ctx.names.of(t.getEnum().getTypeId()));
      case INTERFACE:
        return JType.simple(JType.Kind.INTERFACE);
      case LIST:
        return JType.list(resolve(t.getList().getElementType(), context));
      case STRUCT: {
        long target = t.getStruct().getTypeId();
        List<Param> targetParams = of(target);
        List<JType> args = new ArrayList<>(targetParams.size());
        for (Param p : targetParams) {
          args.add(binding(t.getStruct().getBrand(), p, context));
        }
        return JType.struct(ctx.names.of(target), args);
      }
      case ANY_POINTER: {
        Type.AnyPointer.Reader any = t.getAnyPointer();
        if (any.which() == Type.AnyPointer.Which.PARAMETER) {
          Param p = find(
              context,
              any.getParameter().getScopeId(),
              any.getParameter().getParameterIndex() & 0xFFFF);
          if (p != null) {
            return JType.param(p);
          }
        }
        return JType.simple(JType.Kind.ANY);
      }
      default:
        return JType.simple(JType.Kind.ANY);
    }
  }

  private JType binding(Brand.Reader brand, Param p, List<Param> context) {
    for (Brand.Scope.Reader scope : brand.getScopes()) {
      if (scope.getScopeId() != p.scopeId()) {
        continue;
      }
      if (scope.which() == Brand.Scope.Which.BIND) {
        var bindings = scope.getBind();
        if (p.index() >= bindings.size()) {
          return JType.simple(JType.Kind.ANY);
        }
        Brand.Binding.Reader b = bindings.get(p.index());
        return b.which() == Brand.Binding.Which.TYPE
            ? resolve(b.getType(), context)
            : JType.simple(JType.Kind.ANY);
      }
      Param inherited = find(context, p.scopeId(), p.index());
      return inherited != null ? JType.param(inherited) : JType.simple(JType.Kind.ANY);
    }
    // No brand for this scope: the target is named from inside the scope, which it inherits.
    Param inherited = find(context, p.scopeId(), p.index());
    return inherited != null ? JType.param(inherited) : JType.simple(JType.Kind.ANY);
  }

  private static Param find(List<Param> context, long scopeId, int index) {
    for (Param p : context) {
      if (p.scopeId() == scopeId && p.index() == index) {
        return p;
      }
    }
    return null;
  }
}
