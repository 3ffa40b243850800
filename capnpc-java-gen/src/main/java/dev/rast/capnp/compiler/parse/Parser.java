package dev.rast.capnp.compiler.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses lexed statements into {@link Decl}s following capnp 0.9.2's grammar. A statement that
 * does not parse is reported as {@code Parse error.} at the furthest token reached, as capnp
 * reports it, and skipped; parsing goes on with the next statement.
 */
public final class Parser {
  private final SourceFile file;
  private final Diagnostics diagnostics;

  private Parser(SourceFile file, Diagnostics diagnostics) {
    this.file = file;
    this.diagnostics = diagnostics;
  }

  /**
   * Parses a whole file. Errors go to {@code diagnostics} and parsing goes on, so the result is
   * never null.
   *
   * @param file the file to parse
   * @param diagnostics where syntax errors are reported
   * @return a FILE decl holding what parsed (its {@code id} null when it declares none)
   */
  public static Decl parseFile(SourceFile file, Diagnostics diagnostics) {
    Parser p = new Parser(file, diagnostics);
    Decl root = new Decl();
    root.kind = Decl.Kind.FILE;
    root.start = 0;
    root.end = file.text().length();
    List<Statement> statements = Lexer.lex(file, diagnostics);
    if (statements == null) {
      return root;
    }
    List<Decl.AnnotationApp> annotations = new ArrayList<>();
    for (Statement st : statements) {
      Decl d = p.statement(st, Level.FILE);
      if (d == null) {
        continue;
      }
      if (d.kind == null && d.id != null) {
        if (root.id != null) {
          diagnostics.error(file, st.start(), st.end(), "File can only have one ID.");
        } else {
          root.id = d.id;
          root.idStart = d.idStart;
          root.idEnd = d.idEnd;
          root.docComment = d.docComment;
        }
      } else if (d.kind == null) {
        annotations.addAll(d.annotations);
      } else {
        root.nested.add(d);
      }
    }
    root.annotations = annotations;
    return root;
  }

  private enum Level {
    FILE,
    STRUCT,
    ENUM,
    INTERFACE
  }

  /** Thrown to abandon a statement; {@code index} is the furthest token reached. */
  private static final class Fail extends RuntimeException {
    final int index;

    Fail(int index) {
      super(null, null, false, false);
      this.index = index;
    }
  }

  /** A position in a token list, with the furthest position any attempt reached. */
  private static final class Cursor {
    final List<Token> tokens;
    int i;
    /** One past the furthest token looked at: capnp reports a parse error there. */
    int best;

    Cursor(List<Token> tokens) {
      this.tokens = tokens;
    }

    private Token at(int index) {
      if (index < tokens.size()) {
        best = Math.max(best, index + 1);
        return tokens.get(index);
      }
      best = Math.max(best, index);
      return null;
    }

    boolean atEnd() {
      return i >= tokens.size();
    }

    Token peek() {
      return at(i);
    }

    Token peek(int ahead) {
      return at(i + ahead);
    }

    Token next() {
      Token t = at(i);
      if (t == null) {
        throw fail();
      }
      i++;
      return t;
    }

    Fail fail() {
      return new Fail(Math.max(i, best));
    }

    boolean takeOp(String op) {
      Token t = peek();
      if (t != null && t.isOp(op)) {
        i++;
        return true;
      }
      return false;
    }

    boolean takeKeyword(String word) {
      Token t = peek();
      if (t != null && t.isKeyword(word)) {
        i++;
        return true;
      }
      return false;
    }

    void expectOp(String op) {
      if (!takeOp(op)) {
        throw fail();
      }
    }

    Token expect(Token.Kind kind) {
      Token t = peek();
      if (t == null || t.kind() != kind) {
        throw fail();
      }
      i++;
      return t;
    }

    void expectEnd() {
      if (!atEnd()) {
        throw fail();
      }
    }
  }

  private Decl statement(Statement st, Level level) {
    Cursor c = new Cursor(st.tokens());
    Decl d;
    try {
      d = declaration(c, level);
      c.expectEnd();
    } catch (Fail f) {
      List<Token> tokens = st.tokens();
      int at;
      if (f.index < tokens.size()) {
        at = tokens.get(f.index).start();
      } else if (!tokens.isEmpty()) {
        at = tokens.get(tokens.size() - 1).end();
      } else {
        at = st.start();
      }
      diagnostics.error(file, at, at, "Parse error.");
      return null;
    }
    d.docComment = st.docComment();
    d.start = st.start();
    d.end = st.end();
    Level inner = innerLevel(d);
    if (st.block() == null) {
      if (inner != null) {
        diagnostics.error(
            file, st.start(), st.end(), "This statement should end with a block, not a semicolon.");
      }
    } else if (inner == null) {
      diagnostics.error(
          file, st.start(), st.end(), "This statement should end with a semicolon, not a block.");
    } else {
      for (Statement member : st.block()) {
        Decl m = statement(member, inner);
        if (m != null) {
          d.nested.add(m);
        }
      }
    }
    return d;
  }

  private static Level innerLevel(Decl d) {
    if (d.kind == null) {
      return null;
    }
    return switch (d.kind) {
      case STRUCT, UNION, GROUP -> Level.STRUCT;
      case ENUM -> Level.ENUM;
      case INTERFACE -> Level.INTERFACE;
      default -> null;
    };
  }

  private Decl declaration(Cursor c, Level level) {
    Token first = c.peek();
    if (first == null) {
      throw c.fail();
    }
    switch (level) {
      case FILE -> {
        if (first.isOp("@")) {
          Decl d = new Decl();
          c.next();
          readUid(c, d);
          return d;
        }
        if (first.isOp("$")) {
          Decl d = new Decl();
          d.annotations = List.of(annotation(c));
          return d;
        }
        return genericDecl(c);
      }
      case ENUM -> {
        Decl d = member(c, Decl.Kind.ENUMERANT);
        readOrdinal(c, d);
        d.annotations = annotations(c);
        return d;
      }
      case STRUCT -> {
        Token second = c.peek(1);
        if (first.isKeyword("union") && second == null) {
          c.next();
          Decl d = new Decl();
          d.kind = Decl.Kind.UNION;
          d.nameStart = first.start();
          d.nameEnd = first.end();
          return d;
        }
        if (first.kind() == Token.Kind.IDENTIFIER
            && second != null
            && (second.isOp("@") || second.isOp(":"))) {
          return structMember(c);
        }
        return genericDecl(c);
      }
      case INTERFACE -> {
        Token second = c.peek(1);
        if (first.kind() == Token.Kind.IDENTIFIER && second != null && second.isOp("@")) {
          return method(c);
        }
        return genericDecl(c);
      }
      default -> throw c.fail();
    }
  }

  private Decl member(Cursor c, Decl.Kind kind) {
    Token name = c.expect(Token.Kind.IDENTIFIER);
    Decl d = new Decl();
    d.kind = kind;
    d.name = name.text();
    d.nameStart = name.start();
    d.nameEnd = name.end();
    return d;
  }

  private Decl structMember(Cursor c) {
    Decl d = member(c, Decl.Kind.FIELD);
    if (c.takeOp(":")) {
      if (c.takeKeyword("group")) {
        d.kind = Decl.Kind.GROUP;
      } else if (c.takeKeyword("union")) {
        d.kind = Decl.Kind.UNION;
      } else {
        throw c.fail();
      }
      d.annotations = annotations(c);
      return d;
    }
    c.expectOp("@");
    Token ord = c.expect(Token.Kind.INTEGER);
    setOrdinal(d, ord);
    boolean bang = c.takeOp("!");
    boolean colon = c.takeOp(":");
    if (bang || c.peek() != null && c.peek().isKeyword("union")) {
      // A named union with a retroactive ordinal.
      if (!c.takeKeyword("union")) {
        throw c.fail();
      }
      d.kind = Decl.Kind.UNION;
      if (!bang) {
        diagnostics.error(
            file,
            ord.start(),
            ord.end(),
            "As of Cap'n Proto v0.3, it is no longer necessary to assign"
                + " numbers to unions. However, removing the number will break binary compatibility. If this is an old"
                + " protocol and you need to retain compatibility, please add an exclamation point after the number to"
                + " indicate that it is really needed, e.g. `foo @1! :union {`. If this is a new protocol or"
                + " compatibility doesn't matter, just remove the @n entirely. Sorry for the inconvenience, and thanks"
                + " for being an early adopter!  :)");
      }
      if (!colon) {
        diagnostics.error(
            file,
            ord.start(),
            ord.end(),
            "As of Cap'n Proto v0.3, the 'union' keyword should be"
                + " prefixed with a colon for named unions, e.g. `foo :union {`.");
      }
      d.annotations = annotations(c);
      return d;
    }
    if (!colon) {
      throw c.fail();
    }
    d.type = expression(c);
    if (c.takeOp("=")) {
      d.value = expression(c);
    }
    d.annotations = annotations(c);
    return d;
  }

  private Decl method(Cursor c) {
    Decl d = member(c, Decl.Kind.METHOD);
    readOrdinal(c, d);
    Token t = c.peek();
    if (t != null && t.kind() == Token.Kind.BRACKETS) {
      c.next();
      d.genericParams = identifierList(t);
    }
    d.params = paramList(c, false);
    if (c.takeOp("->")) {
      d.results = paramList(c, true);
    }
    d.annotations = annotations(c);
    return d;
  }

  private Decl.ParamList paramList(Cursor c, boolean results) {
    Token t = c.peek();
    if (t != null && t.kind() == Token.Kind.PARENS) {
      c.next();
      List<Decl.Param> params = new ArrayList<>();
      for (List<Token> item : t.items()) {
        Cursor ic = new Cursor(item);
        try {
          Token name = ic.expect(Token.Kind.IDENTIFIER);
          ic.expectOp(":");
          Expr type = expression(ic);
          Expr def = null;
          if (ic.takeOp("=")) {
            def = expression(ic);
          }
          List<Decl.AnnotationApp> anns = annotations(ic);
          ic.expectEnd();
          params.add(new Decl.Param(
              name.text(),
              name.start(),
              name.end(),
              type,
              def,
              anns,
              item.get(0).start(),
              item.get(item.size() - 1).end()));
        } catch (Fail f) {
          reportItemError(item, f, t);
        }
      }
      return new Decl.ParamList(params, null, t.start(), t.end());
    }
    Expr type = expression(c);
    if (results && type instanceof Expr.RelativeName n && n.name().equals("stream")) {
      // `-> stream` means the StreamResult struct of the standard stream.capnp.
      type = new Expr.Member(
          new Expr.Import("/capnp/stream.capnp", n.start(), n.end(), n.start(), n.end()),
          "StreamResult",
          n.start(),
          n.end(),
          n.start(),
          n.end());
    }
    return new Decl.ParamList(null, type, type.start(), type.end());
  }

  private void reportItemError(List<Token> item, Fail f, Token list) {
    if (f.index < item.size()) {
      diagnostics.error(
          file, item.get(f.index).start(), item.get(item.size() - 1).end(), "Parse error.");
    } else if (!item.isEmpty()) {
      diagnostics.error(file, item.get(0).start(), item.get(item.size() - 1).end(), "Parse error.");
    } else {
      diagnostics.error(file, list.start(), list.end(), "Parse error: Empty list item.");
    }
  }

  private List<String> identifierList(Token list) {
    List<String> out = new ArrayList<>();
    for (List<Token> item : list.items()) {
      if (item.size() == 1 && item.get(0).kind() == Token.Kind.IDENTIFIER) {
        out.add(item.get(0).text());
      } else {
        reportItemError(
            item,
            new Fail(item.isEmpty() || item.get(0).kind() != Token.Kind.IDENTIFIER ? 0 : 1),
            list);
      }
    }
    return out;
  }

  private Decl genericDecl(Cursor c) {
    Token kw = c.next();
    if (kw.kind() != Token.Kind.IDENTIFIER) {
      c.i--;
      throw c.fail();
    }
    switch (kw.text()) {
      case "using" -> {
        Decl d = new Decl();
        d.kind = Decl.Kind.USING;
        Token name = c.peek();
        Token eq = c.peek(1);
        if (name != null && name.kind() == Token.Kind.IDENTIFIER && eq != null && eq.isOp("=")) {
          c.next();
          c.next();
          d.name = name.text();
          d.nameStart = name.start();
          d.nameEnd = name.end();
          d.type = expression(c);
        } else {
          d.type = expression(c);
          if (d.type instanceof Expr.Member m) {
            d.name = m.name();
            d.nameStart = m.nameStart();
            d.nameEnd = m.nameEnd();
          } else {
            diagnostics.error(
                file,
                d.type.start(),
                d.type.end(),
                "'using' declaration without '=' must specify a"
                    + " named declaration from a different scope.");
          }
        }
        return d;
      }
      case "const" -> {
        Decl d = member(c, Decl.Kind.CONST);
        readOptionalUid(c, d);
        c.expectOp(":");
        d.type = expression(c);
        c.expectOp("=");
        d.value = expression(c);
        d.annotations = annotations(c);
        return d;
      }
      case "enum" -> {
        Decl d = member(c, Decl.Kind.ENUM);
        readOptionalUid(c, d);
        d.annotations = annotations(c);
        return d;
      }
      case "struct" -> {
        Decl d = member(c, Decl.Kind.STRUCT);
        readOptionalUid(c, d);
        readGenericParams(c, d);
        d.annotations = annotations(c);
        return d;
      }
      case "interface" -> {
        Decl d = member(c, Decl.Kind.INTERFACE);
        readOptionalUid(c, d);
        readGenericParams(c, d);
        if (c.takeKeyword("extends")) {
          Token list = c.peek();
          if (list == null || list.kind() != Token.Kind.PARENS) {
            throw c.fail();
          }
          c.next();
          List<Expr> supers = new ArrayList<>();
          for (List<Token> item : list.items()) {
            Cursor ic = new Cursor(item);
            try {
              Expr e = expression(ic);
              ic.expectEnd();
              supers.add(e);
            } catch (Fail f) {
              reportItemError(item, f, list);
            }
          }
          d.superclasses = supers;
        }
        d.annotations = annotations(c);
        return d;
      }
      case "annotation" -> {
        Decl d = member(c, Decl.Kind.ANNOTATION);
        readOptionalUid(c, d);
        Token list = c.peek();
        if (list == null || list.kind() != Token.Kind.PARENS) {
          throw c.fail();
        }
        c.next();
        readTargets(list, d);
        c.expectOp(":");
        d.type = expression(c);
        d.annotations = annotations(c);
        return d;
      }
      default -> {
        c.i--;
        throw c.fail();
      }
    }
  }

  private void readTargets(Token list, Decl d) {
    for (List<Token> item : list.items()) {
      if (item.size() != 1
          || (item.get(0).kind() != Token.Kind.IDENTIFIER && !item.get(0).isOp("*"))) {
        reportItemError(item, new Fail(item.isEmpty() ? 0 : 1), list);
        continue;
      }
      Token t = item.get(0);
      if (t.isOp("*")) {
        if (list.items().size() > 1) {
          diagnostics.error(
              file,
              t.start(),
              t.end(),
              "Wildcard should not be specified together with other targets.");
        }
        d.targets.addAll(java.util.EnumSet.allOf(Decl.Target.class));
        continue;
      }
      Decl.Target target = null;
      for (Decl.Target candidate : Decl.Target.values()) {
        if (candidate.name().toLowerCase(java.util.Locale.ROOT).equals(t.text())) {
          target = candidate;
        }
      }
      if (target == null) {
        diagnostics.error(file, t.start(), t.end(), "Not a valid annotation target.");
      } else if (!d.targets.add(target)) {
        diagnostics.error(file, t.start(), t.end(), "Duplicate target specification.");
      }
    }
  }

  private void readGenericParams(Cursor c, Decl d) {
    Token t = c.peek();
    if (t != null && t.kind() == Token.Kind.PARENS) {
      c.next();
      d.genericParams = identifierList(t);
    }
  }

  private void readOptionalUid(Cursor c, Decl d) {
    if (c.takeOp("@")) {
      readUid(c, d);
    }
  }

  private void readUid(Cursor c, Decl d) {
    Token t = c.expect(Token.Kind.INTEGER);
    if (t.intValue() >= 0) {
      diagnostics.error(
          file, t.start(), t.end(), "Invalid ID.  Please generate a new one with 'capnpc -i'.");
    }
    d.id = t.intValue();
    d.idStart = t.start();
    d.idEnd = t.end();
  }

  private void readOrdinal(Cursor c, Decl d) {
    c.expectOp("@");
    setOrdinal(d, c.expect(Token.Kind.INTEGER));
  }

  private void setOrdinal(Decl d, Token t) {
    if (t.intValue() < 0 || t.intValue() >= 65536) {
      diagnostics.error(file, t.start(), t.end(), "Ordinals cannot be greater than 65535.");
    }
    d.ordinal = (int) t.intValue();
    d.ordinalStart = t.start();
    d.ordinalEnd = t.end();
  }

  private List<Decl.AnnotationApp> annotations(Cursor c) {
    List<Decl.AnnotationApp> out = new ArrayList<>();
    while (c.peek() != null && c.peek().isOp("$")) {
      out.add(annotation(c));
    }
    return out;
  }

  private Decl.AnnotationApp annotation(Cursor c) {
    Token dollar = c.next();
    Expr e = expression(c);
    if (e instanceof Expr.Application app) {
      List<Expr.Param> params = app.params();
      Expr value;
      if (params.size() == 1 && params.get(0).name() == null) {
        value = params.get(0).value();
      } else {
        value = new Expr.Tuple(params, app.paramsStart(), app.end());
      }
      return new Decl.AnnotationApp(app.function(), value, dollar.start(), e.end());
    }
    return new Decl.AnnotationApp(e, null, dollar.start(), e.end());
  }

  /** Parses one expression at the cursor: a base followed by {@code .member} and {@code (params)} suffixes. */
  Expr expression(Cursor c) {
    Expr base = baseExpression(c);
    while (true) {
      Token t = c.peek();
      if (t == null) {
        return base;
      }
      if (t.isOp(".")) {
        Token name = c.peek(1);
        if (name == null || name.kind() != Token.Kind.IDENTIFIER) {
          c.i++;
          throw c.fail();
        }
        c.i += 2;
        base =
            new Expr.Member(base, name.text(), name.start(), name.end(), base.start(), name.end());
      } else if (t.kind() == Token.Kind.PARENS) {
        c.next();
        base = new Expr.Application(base, tupleParams(t), t.start(), base.start(), t.end());
      } else {
        return base;
      }
    }
  }

  private Expr baseExpression(Cursor c) {
    Token t = c.next();
    switch (t.kind()) {
      case INTEGER:
        return new Expr.PositiveInt(t.intValue(), t.start(), t.end());
      case FLOAT:
        return new Expr.FloatLit(t.floatValue(), t.start(), t.end());
      case STRING:
        return new Expr.StringLit(t.text(), t.start(), t.end());
      case BINARY:
        return new Expr.BinaryLit(t.text(), t.start(), t.end());
      case BRACKETS: {
        List<Expr> elements = new ArrayList<>();
        for (List<Token> item : t.items()) {
          Cursor ic = new Cursor(item);
          try {
            Expr e = expression(ic);
            ic.expectEnd();
            elements.add(e);
          } catch (Fail f) {
            reportItemError(item, f, t);
            elements.add(new Expr.Unknown(t.start(), t.end()));
          }
        }
        return new Expr.ListExpr(elements, t.start(), t.end());
      }
      case PARENS: {
        List<Expr.Param> params = tupleParams(t);
        if (params.size() == 1 && params.get(0).name() == null) {
          return params.get(0).value();
        }
        return new Expr.Tuple(params, t.start(), t.end());
      }
      case OPERATOR: {
        if (t.text().equals("-")) {
          Token n = c.next();
          if (n.kind() == Token.Kind.INTEGER) {
            return new Expr.NegativeInt(n.intValue(), n.start(), n.end());
          } else if (n.kind() == Token.Kind.FLOAT) {
            return new Expr.FloatLit(-n.floatValue(), n.start(), n.end());
          } else if (n.isKeyword("inf")) {
            return new Expr.FloatLit(Double.NEGATIVE_INFINITY, t.start(), n.end());
          }
          c.i--;
          throw c.fail();
        }
        if (t.text().equals(".")) {
          Token n = c.next();
          if (n.kind() != Token.Kind.IDENTIFIER) {
            c.i--;
            throw c.fail();
          }
          return new Expr.AbsoluteName(n.text(), t.start(), n.end());
        }
        c.i--;
        throw c.fail();
      }
      case IDENTIFIER: {
        Token n = c.peek();
        if ((t.text().equals("import") || t.text().equals("embed"))
            && n != null
            && n.kind() == Token.Kind.STRING) {
          c.next();
          if (t.text().equals("import")) {
            return new Expr.Import(n.text(), n.start(), n.end(), t.start(), n.end());
          }
          return new Expr.Embed(n.text(), n.start(), n.end(), t.start(), n.end());
        }
        return new Expr.RelativeName(t.text(), t.start(), t.end());
      }
      default:
        c.i--;
        throw c.fail();
    }
  }

  private List<Expr.Param> tupleParams(Token parens) {
    List<Expr.Param> out = new ArrayList<>();
    for (List<Token> item : parens.items()) {
      Cursor ic = new Cursor(item);
      try {
        String name = null;
        int ns = 0;
        int ne = 0;
        Token first = ic.peek();
        Token second = ic.peek(1);
        if (first != null
            && first.kind() == Token.Kind.IDENTIFIER
            && second != null
            && second.isOp("=")) {
          name = first.text();
          ns = first.start();
          ne = first.end();
          ic.i += 2;
        }
        Expr value = expression(ic);
        ic.expectEnd();
        out.add(new Expr.Param(name, ns, ne, value));
      } catch (Fail f) {
        reportItemError(item, f, parens);
        out.add(new Expr.Param(null, 0, 0, new Expr.Unknown(parens.start(), parens.end())));
      }
    }
    return out;
  }
}
