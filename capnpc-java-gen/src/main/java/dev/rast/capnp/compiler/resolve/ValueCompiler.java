package dev.rast.capnp.compiler.resolve;

import dev.rast.capnp.compiler.parse.Decl;
import dev.rast.capnp.compiler.parse.Expr;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Compiles value expressions (defaults, constants, annotation values) against their types, with
 * capnp's checks and messages: literals, enumerants, struct and list literals, references to
 * constants, {@code embed}. Values are compiled after every node's layout exists, because a struct
 * literal needs its struct's fields.
 */
final class ValueCompiler {
  private final SchemaCompiler compiler;
  private final List<Pending> pending = new ArrayList<>();
  private final Map<Long, Pending> constValues = new HashMap<>();

  /** A value waiting to be compiled. */
  private static final class Pending {
    final NodeCompiler context;
    final Expr source;
    final TypeModel type;
    final Consumer<Val> sink;
    int state;

    Pending(NodeCompiler context, Expr source, TypeModel type, Consumer<Val> sink) {
      this.context = context;
      this.source = source;
      this.type = type;
      this.sink = sink;
    }
  }

  ValueCompiler(SchemaCompiler compiler) {
    this.compiler = compiler;
  }

  void defer(NodeCompiler context, Expr source, TypeModel type, Consumer<Val> sink) {
    Pending p = new Pending(context, source, type, sink);
    pending.add(p);
    if (context.sym.kind() == Decl.Kind.CONST && source == context.sym.decl.value) {
      constValues.put(context.sym.id, p);
    }
  }

  /** Compiles every queued value (more may be queued meanwhile). */
  void finish() {
    for (int i = 0; i < pending.size(); i++) {
      run(pending.get(i));
    }
  }

  private void run(Pending p) {
    if (p.state != 0) {
      return;
    }
    p.state = 1;
    Val v = compile(p.context, p.source, p.type);
    if (v != null) {
      p.sink.accept(v);
    }
    p.state = 2;
  }

  /** The default a field has when none is given. */
  static Val defaultDefault(TypeModel type) {
    return switch (type.which()) {
      case VOID -> new Val.VoidV();
      case BOOL -> new Val.BoolV(false);
      case FLOAT32, FLOAT64 -> new Val.FloatV(0);
      case ENUM -> new Val.EnumV(type.typeId(), 0);
      case TEXT, DATA, LIST, STRUCT, ANY_POINTER, INTERFACE -> new Val.NullV();
      default -> new Val.IntV(0, false);
    };
  }

  private void error(NodeCompiler ctx, Expr at, String message) {
    compiler.error(ctx.module, at.start(), at.end(), message);
  }

  Val compile(NodeCompiler ctx, Expr src, TypeModel type) {
    Val result = inner(ctx, src, type);
    if (result == null) {
      return null;
    }
    TypeModel.Which w = type.which();
    if (result instanceof Val.VoidV && w == TypeModel.Which.VOID
        || result instanceof Val.BoolV && w == TypeModel.Which.BOOL
        || result instanceof Val.FloatV
            && (w == TypeModel.Which.FLOAT32 || w == TypeModel.Which.FLOAT64)
        || result instanceof Val.TextV && w == TypeModel.Which.TEXT
        || result instanceof Val.DataV && w == TypeModel.Which.DATA
        || result instanceof Val.EnumV e && w == TypeModel.Which.ENUM && e.enumId() == type.typeId()
        || result instanceof Val.StructV s
            && w == TypeModel.Which.STRUCT
            && s.structId() == type.typeId()
        || result instanceof Val.EmbeddedStruct && w == TypeModel.Which.STRUCT
        || result instanceof Val.NullV && w == TypeModel.Which.INTERFACE
        || w == TypeModel.Which.ANY_POINTER && acceptsAnyPointer(result, type.anyKind())
        || result instanceof Val.ListV l && w == TypeModel.Which.LIST && sameType(l.type(), type)) {
      return result;
    }
    if (result instanceof Val.IntV i) {
      Val checked = rangeCheck(ctx, src, i, w);
      if (checked != null) {
        return checked;
      }
    }
    error(ctx, src, "Type mismatch; expected " + typeName(type) + ".");
    return null;
  }

  private static boolean acceptsAnyPointer(Val v, TypeModel.AnyKind kind) {
    boolean struct = v instanceof Val.StructV || v instanceof Val.EmbeddedStruct;
    boolean list = v instanceof Val.ListV || v instanceof Val.TextV || v instanceof Val.DataV;
    return switch (kind) {
      case ANY -> struct || list;
      case STRUCT -> struct;
      case LIST -> list;
      default -> false;
    };
  }

  private static boolean sameType(TypeModel a, TypeModel b) {
    if (a.which() != b.which()) {
      return false;
    }
    if (a.which() == TypeModel.Which.LIST) {
      return sameType(a.element(), b.element());
    }
    return a.typeId() == b.typeId();
  }

  private Val rangeCheck(NodeCompiler ctx, Expr src, Val.IntV v, TypeModel.Which w) {
    long min;
    long max;
    switch (w) {
      case INT8 -> {
        min = Byte.MIN_VALUE;
        max = Byte.MAX_VALUE;
      }
      case INT16 -> {
        min = Short.MIN_VALUE;
        max = Short.MAX_VALUE;
      }
      case INT32 -> {
        min = Integer.MIN_VALUE;
        max = Integer.MAX_VALUE;
      }
      case INT64 -> {
        min = Long.MIN_VALUE;
        max = Long.MAX_VALUE;
      }
      case UINT8 -> {
        min = 0;
        max = 0xff;
      }
      case UINT16 -> {
        min = 0;
        max = 0xffff;
      }
      case UINT32 -> {
        min = 0;
        max = 0xffffffffL;
      }
      case UINT64 -> {
        min = 0;
        max = -1L;
      }
      case FLOAT32, FLOAT64 -> {
        return v;
      }
      default -> {
        return null;
      }
    }
    if (!v.unsigned() && v.value() < 0) {
      if (v.value() < min) {
        error(ctx, src, "Integer value out of range.");
        return new Val.IntV(min, false);
      }
      return v;
    }
    if (Long.compareUnsigned(v.value(), max) > 0) {
      error(ctx, src, "Integer value out of range.");
      return new Val.IntV(max, true);
    }
    return v;
  }

  private Val inner(NodeCompiler ctx, Expr src, TypeModel type) {
    if (src instanceof Expr.RelativeName n) {
      if (type.which() == TypeModel.Which.INTERFACE && n.name().equals("null")) {
        return new Val.NullV();
      }
      if (type.which() == TypeModel.Which.ENUM) {
        NodeModel e = compiler.nodeById(type.typeId());
        if (e != null && e.enumerants != null) {
          for (NodeModel.Enumerant en : e.enumerants) {
            if (en.name().equals(n.name())) {
              return new Val.EnumV(type.typeId(), e.enumerants.indexOf(en));
            }
          }
        }
      } else {
        switch (n.name()) {
          case "void" -> {
            return new Val.VoidV();
          }
          case "true" -> {
            return new Val.BoolV(true);
          }
          case "false" -> {
            return new Val.BoolV(false);
          }
          case "nan" -> {
            return new Val.FloatV(Double.NaN);
          }
          case "inf" -> {
            return new Val.FloatV(Double.POSITIVE_INFINITY);
          }
          default -> {}
        }
      }
      return constant(ctx, src);
    } else if (src instanceof Expr.AbsoluteName
        || src instanceof Expr.Import
        || src instanceof Expr.Application
        || src instanceof Expr.Member) {
      return constant(ctx, src);
    } else if (src instanceof Expr.PositiveInt i) {
      return new Val.IntV(i.value(), true);
    } else if (src instanceof Expr.NegativeInt i) {
      if (Long.compareUnsigned(i.magnitude(), 1L << 63) > 0) {
        error(ctx, src, "Integer is too big to be negative.");
        return null;
      }
      return new Val.IntV(-i.magnitude(), false);
    } else if (src instanceof Expr.FloatLit f) {
      return new Val.FloatV(f.value());
    } else if (src instanceof Expr.StringLit s) {
      if (type.which() == TypeModel.Which.DATA) {
        return new Val.DataV(s.value().getBytes(StandardCharsets.UTF_8));
      }
      return new Val.TextV(s.value());
    } else if (src instanceof Expr.BinaryLit b) {
      if (type.which() != TypeModel.Which.DATA) {
        error(ctx, src, "Type mismatch; expected " + typeName(type) + ".");
        return null;
      }
      return new Val.DataV(b.bytes().getBytes(StandardCharsets.ISO_8859_1));
    } else if (src instanceof Expr.ListExpr l) {
      if (type.which() != TypeModel.Which.LIST) {
        error(ctx, src, "Type mismatch; expected " + typeName(type) + ".");
        return null;
      }
      List<Val> elements = new ArrayList<>();
      for (Expr e : l.elements()) {
        Val v = compile(ctx, e, type.element());
        elements.add(v == null ? defaultDefault(type.element()) : v);
      }
      return new Val.ListV(type, elements);
    } else if (src instanceof Expr.Tuple t) {
      if (type.which() != TypeModel.Which.STRUCT) {
        error(ctx, src, "Type mismatch; expected " + typeName(type) + ".");
        return null;
      }
      return fillStruct(ctx, type.typeId(), type.brand(), t.params());
    } else if (src instanceof Expr.Embed e) {
      byte[] bytes = compiler.embed(ctx.module, e.path());
      if (bytes == null) {
        compiler.error(ctx.module, e.pathStart(), e.pathEnd(), "Embed failed: " + e.path());
        return null;
      }
      if (type.which() == TypeModel.Which.DATA) {
        return new Val.DataV(bytes);
      } else if (type.which() == TypeModel.Which.TEXT) {
        return new Val.TextV(new String(bytes, StandardCharsets.UTF_8));
      } else if (type.which() == TypeModel.Which.STRUCT) {
        return new Val.EmbeddedStruct(type.typeId(), bytes);
      }
      error(ctx, src, "Embeds can only be used when Text, Data, or a struct is expected.");
      return null;
    }
    return null;
  }

  private Val fillStruct(
      NodeCompiler ctx, long structId, TypeModel.BrandModel brand, List<Expr.Param> params) {
    NodeModel node = compiler.nodeById(structId);
    List<Val.Assignment> out = new ArrayList<>();
    for (Expr.Param p : params) {
      if (p.name() == null) {
        error(ctx, p.value(), "Missing field name.");
        continue;
      }
      NodeModel.FieldModel field = null;
      if (node != null && node.fields != null) {
        for (NodeModel.FieldModel f : node.fields) {
          if (f.name.equals(p.name())) {
            field = f;
          }
        }
      }
      if (field == null) {
        compiler.error(
            ctx.module,
            p.nameStart(),
            p.nameEnd(),
            "Struct has no field named '" + p.name() + "'.");
        continue;
      }
      if (field.isGroup) {
        if (p.value() instanceof Expr.Tuple t) {
          out.add(new Val.Assignment(
              field.name, fillStruct(ctx, field.groupTypeId, brand, t.params()), null));
        } else {
          error(ctx, p.value(), "Type mismatch; expected group.");
        }
      } else if (field.type != null) {
        TypeModel fieldType = substitute(field.type, brand);
        Val v = compile(ctx, p.value(), fieldType);
        if (v != null) {
          out.add(new Val.Assignment(field.name, v, fieldType));
        }
      }
    }
    return new Val.StructV(structId, out);
  }

  /** A field's type with the generic parameters of its struct replaced by the brand's bindings. */
  static TypeModel substitute(TypeModel t, TypeModel.BrandModel brand) {
    if (brand == null) {
      return t;
    }
    if (t.which() == TypeModel.Which.ANY_POINTER && t.anyKind() == TypeModel.AnyKind.PARAMETER) {
      for (TypeModel.Scope scope : brand.scopes()) {
        if (scope.scopeId() == t.paramScopeId()) {
          if (scope.bind() == null) {
            return t;
          }
          TypeModel bound =
              t.paramIndex() < scope.bind().size() ? scope.bind().get(t.paramIndex()) : null;
          return bound == null ? TypeModel.anyPointer(TypeModel.AnyKind.ANY, 0, 0) : bound;
        }
      }
      return t;
    }
    if (t.which() == TypeModel.Which.LIST) {
      return TypeModel.list(substitute(t.element(), brand));
    }
    if (t.brand() != null) {
      List<TypeModel.Scope> scopes = new ArrayList<>();
      for (TypeModel.Scope scope : t.brand().scopes()) {
        if (scope.bind() == null) {
          TypeModel.Scope outer = null;
          for (TypeModel.Scope o : brand.scopes()) {
            if (o.scopeId() == scope.scopeId()) {
              outer = o;
            }
          }
          scopes.add(outer != null ? outer : scope);
        } else {
          List<TypeModel> bind = new ArrayList<>();
          for (TypeModel b : scope.bind()) {
            bind.add(b == null ? null : substitute(b, brand));
          }
          scopes.add(new TypeModel.Scope(scope.scopeId(), bind));
        }
      }
      return TypeModel.named(t.which(), t.typeId(), new TypeModel.BrandModel(scopes));
    }
    return t;
  }

  private Val constant(NodeCompiler ctx, Expr src) {
    Branded b = ctx.resolver().compile(src, ctx.sym, ctx.localBrand, Resolver.ImplicitParams.NONE);
    if (b == null) {
      return null;
    }
    if (!(b instanceof Branded.DeclRef d) || d.sym().kind() != Decl.Kind.CONST) {
      error(ctx, src, "'" + Exprs.toString(src) + "' does not refer to a constant.");
      return null;
    }
    Sym c = d.sym();
    NodeModel constNode = compiler.node(c);
    Pending p = constValues.get(c.id);
    if (p != null && p.state == 1) {
      compiler.error(
          c.module, c.decl.nameStart, c.decl.nameEnd, "Declaration recursively depends on itself.");
      return null;
    }
    if (p != null) {
      run(p);
    }
    if (src instanceof Expr.RelativeName n) {
      String parent = c.parent == null || c.parent.parent == null
          ? ""
          : c.parent.displayName.substring(compiler.node(c.parent).displayNamePrefixLength);
      error(
          ctx,
          src,
          "Constant names must be qualified to avoid confusion.  Please replace '" + n.name()
              + "' with '" + parent + "." + n.name() + "', if that's what you intended.");
    }
    return constNode == null ? null : constNode.value;
  }

  /** The type's name as capnp prints it in "Type mismatch" errors. */
  String typeName(TypeModel type) {
    return switch (type.which()) {
      case VOID -> "Void";
      case BOOL -> "Bool";
      case INT8 -> "Int8";
      case INT16 -> "Int16";
      case INT32 -> "Int32";
      case INT64 -> "Int64";
      case UINT8 -> "UInt8";
      case UINT16 -> "UInt16";
      case UINT32 -> "UInt32";
      case UINT64 -> "UInt64";
      case FLOAT32 -> "Float32";
      case FLOAT64 -> "Float64";
      case TEXT -> "Text";
      case DATA -> "Data";
      case LIST -> "List(" + typeName(type.element()) + ")";
      case ANY_POINTER -> "AnyPointer";
      default -> {
        NodeModel n = compiler.nodeById(type.typeId());
        yield n == null ? "?" : n.displayName.substring(n.displayNamePrefixLength);
      }
    };
  }
}
