package dev.rast.capnp.compiler.resolve;

import dev.rast.capnp.compiler.ids.TypeIds;
import dev.rast.capnp.compiler.parse.Decl;
import dev.rast.capnp.compiler.parse.Expr;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Compiles one declaration into its {@link NodeModel} (and the auxiliary nodes of its groups and
 * method parameter structs): names, ids, nested nodes, types, layout and annotations. Values are
 * queued and filled in later by {@link ValueCompiler}, once every type they need exists.
 */
final class NodeCompiler {
  private final SchemaCompiler compiler;
  private final Resolver resolver;
  final Sym sym;
  final Module module;
  final BrandScope localBrand;
  final NodeModel node = new NodeModel();
  final List<NodeModel> auxNodes = new ArrayList<>();

  NodeCompiler(SchemaCompiler compiler, Resolver resolver, Sym sym) {
    this.compiler = compiler;
    this.resolver = resolver;
    this.sym = sym;
    this.module = sym.module;
    this.localBrand = BrandScope.inside(sym);
  }

  void compile() {
    Decl decl = sym.decl;
    node.id = sym.id;
    node.sourceInfoId = sym.id;
    node.displayName = sym.displayName;
    int prefix = 0;
    int lastDot = sym.displayName.lastIndexOf('.');
    if (lastDot >= 0) {
      prefix = lastDot + 1;
    }
    int lastColon = sym.displayName.lastIndexOf(':');
    if (lastColon >= 0 && lastColon > prefix) {
      prefix = lastColon + 1;
    }
    node.displayNamePrefixLength = prefix;
    node.scopeId = sym.scopeId();
    node.docComment = decl.docComment;
    List<NodeModel.Nested> nested = new ArrayList<>();
    for (Sym s : sym.orderedNested) {
      nested.add(new NodeModel.Nested(s.decl.name, s.id));
    }
    node.nestedNodes = nested;
    NameChecks.check(compiler, module, decl);
    if (!decl.genericParams.isEmpty()) {
      node.parameters = List.copyOf(decl.genericParams);
    }
    node.isGeneric = localBrand.isGeneric();
    Decl.Target target;
    switch (decl.kind) {
      case FILE -> {
        node.kind = NodeModel.Kind.FILE;
        target = Decl.Target.FILE;
      }
      case CONST -> {
        node.kind = NodeModel.Kind.CONST;
        target = Decl.Target.CONST;
        node.type = compileType(decl.type, Resolver.ImplicitParams.NONE);
        if (node.type != null) {
          TypeModel t = node.type;
          compiler.values.defer(this, decl.value, t, v -> node.value = v);
        }
      }
      case ANNOTATION -> {
        node.kind = NodeModel.Kind.ANNOTATION;
        target = Decl.Target.ANNOTATION;
        node.type = compileType(decl.type, Resolver.ImplicitParams.NONE);
        node.targets = new boolean[Decl.Target.values().length];
        for (Decl.Target t : decl.targets) {
          node.targets[t.ordinal()] = true;
        }
      }
      case ENUM -> {
        node.kind = NodeModel.Kind.ENUM;
        target = Decl.Target.ENUM;
        compileEnum(decl);
      }
      case STRUCT -> {
        node.kind = NodeModel.Kind.STRUCT;
        target = Decl.Target.STRUCT;
        new StructTranslator(this, Resolver.ImplicitParams.NONE).translate(decl, node);
      }
      case INTERFACE -> {
        node.kind = NodeModel.Kind.INTERFACE;
        target = Decl.Target.INTERFACE;
        compileInterface(decl);
      }
      default -> throw new IllegalStateException("not a node: " + decl.kind);
    }
    node.annotations = compileAnnotations(decl.annotations, target);
  }

  SchemaCompiler compiler() {
    return compiler;
  }

  Resolver resolver() {
    return resolver;
  }

  TypeModel compileType(Expr source, Resolver.ImplicitParams implicit) {
    Branded b = resolver.compile(source, sym, localBrand, implicit);
    return b == null ? null : resolver.asType(module, b);
  }

  private void compileEnum(Decl decl) {
    List<Decl> enumerants = new ArrayList<>();
    List<Integer> codeOrders = new ArrayList<>();
    for (Decl d : decl.nested) {
      if (d.kind == Decl.Kind.ENUMERANT) {
        codeOrders.add(enumerants.size());
        enumerants.add(d);
      }
    }
    List<Integer> order = sortedByOrdinal(enumerants);
    OrdinalChecker dups = new OrdinalChecker(compiler, module);
    List<NodeModel.Enumerant> out = new ArrayList<>();
    for (int i : order) {
      Decl d = enumerants.get(i);
      dups.check(d.ordinal, d.ordinalStart, d.ordinalEnd);
      out.add(new NodeModel.Enumerant(
          d.name,
          codeOrders.get(i),
          compileAnnotations(d.annotations, Decl.Target.ENUMERANT),
          d.docComment));
    }
    node.enumerants = out;
  }

  private static List<Integer> sortedByOrdinal(List<Decl> decls) {
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < decls.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingInt(i -> decls.get(i).ordinal));
    return order;
  }

  private void compileInterface(Decl decl) {
    List<NodeModel.Superclass> supers = new ArrayList<>();
    for (Expr e : decl.superclasses) {
      Branded b = resolver.compile(e, sym, localBrand, Resolver.ImplicitParams.NONE);
      if (b instanceof Branded.DeclRef d) {
        if (d.sym().kind() == Decl.Kind.INTERFACE) {
          supers.add(new NodeModel.Superclass(d.sym().id, resolver.brandOf(module, d.brand())));
        } else {
          compiler.error(
              module, e.start(), e.end(), "'" + Exprs.toString(e) + "' is not an interface.");
        }
      } else if (b != null) {
        compiler.error(
            module,
            e.start(),
            e.end(),
            "'" + Exprs.toString(e) + "' is an unbound generic parameter."
                + " Currently we don't support extending these.");
      }
    }
    node.superclasses = supers;
    List<Decl> methods = new ArrayList<>();
    for (Decl d : decl.nested) {
      if (d.kind == Decl.Kind.METHOD) {
        methods.add(d);
      }
    }
    OrdinalChecker dups = new OrdinalChecker(compiler, module);
    List<NodeModel.MethodModel> out = new ArrayList<>();
    for (int i : sortedByOrdinal(methods)) {
      Decl d = methods.get(i);
      dups.check(d.ordinal, d.ordinalStart, d.ordinalEnd);
      NodeModel.MethodModel m = new NodeModel.MethodModel();
      m.name = d.name;
      m.codeOrder = i;
      m.docComment = d.docComment;
      m.implicitParameters = List.copyOf(d.genericParams);
      long[] id = new long[1];
      m.paramBrand = paramList(d, d.params, false, id);
      m.paramStructType = id[0];
      Decl.ParamList results =
          d.results != null ? d.results : new Decl.ParamList(List.of(), null, d.end, d.end);
      m.resultBrand = paramList(d, results, true, id);
      m.resultStructType = id[0];
      m.annotations = compileAnnotations(d.annotations, Decl.Target.METHOD);
      out.add(m);
    }
    node.methods = out;
  }

  /** Compiles a parameter or result list; stores the struct id in {@code id[0]}, returns its brand. */
  private TypeModel.BrandModel paramList(
      Decl method, Decl.ParamList list, boolean isResults, long[] id) {
    List<String> implicit = method.genericParams;
    if (list.named() != null) {
      NodeModel struct = new NodeModel();
      String typeName = method.name + (isResults ? "$Results" : "$Params");
      struct.id = TypeIds.methodParamsId(node.id, method.ordinal, isResults);
      struct.sourceInfoId = 0;
      struct.displayName = node.displayName + "." + typeName;
      struct.displayNamePrefixLength = struct.displayName.length() - typeName.length();
      struct.isGeneric = node.isGeneric || !implicit.isEmpty();
      struct.scopeId = 0;
      struct.kind = NodeModel.Kind.STRUCT;
      new StructTranslator(this, new Resolver.ImplicitParams(struct.id, implicit))
          .translateParams(list.named(), struct);
      auxNodes.add(struct);
      id[0] = struct.id;
      if (!implicit.isEmpty()) {
        struct.parameters = List.copyOf(implicit);
      }
      // capnp 0.9.2 computes a brand binding the implicit parameters but then records the brand
      // without them (only the interface's own inherited level, if it is generic); so do we.
      return resolver.brandOf(module, localBrand.push(struct.id, implicit.size()));
    }
    Branded b =
        resolver.compile(list.type(), sym, localBrand, new Resolver.ImplicitParams(0, implicit));
    if (b instanceof Branded.DeclRef d) {
      if (d.sym().kind() == Decl.Kind.STRUCT) {
        id[0] = d.sym().id;
        return resolver.brandOf(module, d.brand());
      }
      compiler.error(
          module,
          list.type().start(),
          list.type().end(),
          "'" + Exprs.toString(list.type()) + "' is not a struct type.");
    } else if (b != null) {
      compiler.error(
          module,
          list.type().start(),
          list.type().end(),
          "Cannot use generic parameter as whole input"
              + " or output of a method. Instead, use a parameter/result list containing a field with this type.");
    }
    id[0] = 0;
    return null;
  }

  /** Compiles applied annotations; null when there are none, as capnp leaves the list. */
  List<NodeModel.AnnotationModel> compileAnnotations(
      List<Decl.AnnotationApp> apps, Decl.Target target) {
    if (apps.isEmpty()) {
      return null;
    }
    List<NodeModel.AnnotationModel> out = new ArrayList<>();
    for (Decl.AnnotationApp app : apps) {
      Branded b = resolver.compile(app.name(), sym, localBrand, Resolver.ImplicitParams.NONE);
      if (!(b instanceof Branded.DeclRef d) || d.sym().kind() != Decl.Kind.ANNOTATION) {
        if (b != null) {
          compiler.error(
              module,
              app.name().start(),
              app.name().end(),
              "'" + Exprs.toString(app.name()) + "' is not an annotation.");
        }
        out.add(new NodeModel.AnnotationModel(
            0,
            new Val.VoidV(),
            TypeModel.of(TypeModel.Which.VOID),
            new TypeModel.BrandModel(List.of())));
        continue;
      }
      TypeModel.BrandModel brand = resolver.brandOf(module, d.brand());
      if (brand == null) {
        brand = new TypeModel.BrandModel(List.of());
      }
      NodeModel annotationNode = compiler.node(d.sym());
      if (annotationNode == null || annotationNode.type == null) {
        out.add(new NodeModel.AnnotationModel(
            d.sym().id, new Val.VoidV(), TypeModel.of(TypeModel.Which.VOID), brand));
        continue;
      }
      if (!d.sym().decl.targets.contains(target)) {
        compiler.error(
            module,
            app.name().start(),
            app.name().end(),
            "'" + Exprs.toString(app.name()) + "' cannot be applied to this kind of declaration.");
      }
      TypeModel type = ValueCompiler.substitute(annotationNode.type, brand);
      int index = out.size();
      if (app.value() == null) {
        if (type.which() != TypeModel.Which.VOID) {
          compiler.error(
              module,
              app.name().start(),
              app.name().end(),
              "'" + Exprs.toString(app.name()) + "' requires a value.");
          out.add(new NodeModel.AnnotationModel(
              d.sym().id, ValueCompiler.defaultDefault(type), type, brand));
        } else {
          out.add(new NodeModel.AnnotationModel(d.sym().id, new Val.VoidV(), type, brand));
        }
      } else {
        out.add(new NodeModel.AnnotationModel(
            d.sym().id, ValueCompiler.defaultDefault(type), type, brand));
        long annId = d.sym().id;
        TypeModel.BrandModel annBrand = brand;
        compiler.values.defer(
            this,
            app.value(),
            type,
            v -> out.set(index, new NodeModel.AnnotationModel(annId, v, type, annBrand)));
      }
    }
    return out;
  }
}
