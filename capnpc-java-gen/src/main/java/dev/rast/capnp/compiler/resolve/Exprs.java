package dev.rast.capnp.compiler.resolve;

import dev.rast.capnp.compiler.parse.Expr;

/** Prints expressions back as capnp quotes them in error messages. */
final class Exprs {
  private Exprs() {}

  static String toString(Expr e) {
    StringBuilder sb = new StringBuilder();
    append(sb, e);
    return sb.toString();
  }

  private static void append(StringBuilder sb, Expr e) {
    if (e instanceof Expr.PositiveInt i) {
      sb.append(Long.toUnsignedString(i.value()));
    } else if (e instanceof Expr.NegativeInt i) {
      sb.append('-').append(Long.toUnsignedString(i.magnitude()));
    } else if (e instanceof Expr.FloatLit f) {
      sb.append(f.value());
    } else if (e instanceof Expr.StringLit s) {
      sb.append('"').append(s.value()).append('"');
    } else if (e instanceof Expr.BinaryLit) {
      sb.append("0x\"...\"");
    } else if (e instanceof Expr.RelativeName n) {
      sb.append(n.name());
    } else if (e instanceof Expr.AbsoluteName n) {
      sb.append('.').append(n.name());
    } else if (e instanceof Expr.Import i) {
      sb.append("import \"").append(i.path()).append('"');
    } else if (e instanceof Expr.Embed i) {
      sb.append("embed \"").append(i.path()).append('"');
    } else if (e instanceof Expr.ListExpr l) {
      sb.append("[ ");
      for (int i = 0; i < l.elements().size(); i++) {
        if (i > 0) {
          sb.append(", ");
        }
        append(sb, l.elements().get(i));
      }
      sb.append(" ]");
    } else if (e instanceof Expr.Tuple t) {
      tuple(sb, t.params());
    } else if (e instanceof Expr.Application a) {
      append(sb, a.function());
      sb.append('(');
      tuple(sb, a.params());
      sb.append(')');
    } else if (e instanceof Expr.Member m) {
      append(sb, m.parent());
      sb.append('.').append(m.name());
    } else {
      sb.append("<parse error>");
    }
  }

  private static void tuple(StringBuilder sb, java.util.List<Expr.Param> params) {
    sb.append("( ");
    for (int i = 0; i < params.size(); i++) {
      if (i > 0) {
        sb.append(", ");
      }
      Expr.Param p = params.get(i);
      if (p.name() != null) {
        sb.append(p.name()).append(" = ");
      }
      append(sb, p.value());
    }
    sb.append(" )");
  }
}
