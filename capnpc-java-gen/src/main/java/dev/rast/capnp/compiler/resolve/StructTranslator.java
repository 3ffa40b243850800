package dev.rast.capnp.compiler.resolve;

import dev.rast.capnp.compiler.ids.TypeIds;
import dev.rast.capnp.compiler.layout.FieldScope;
import dev.rast.capnp.compiler.layout.GroupLayout;
import dev.rast.capnp.compiler.layout.StructTop;
import dev.rast.capnp.compiler.layout.UnionLayout;
import dev.rast.capnp.compiler.parse.Decl;
import dev.rast.capnp.compiler.parse.Expr;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays out one struct (or a method's parameter struct) as capnp does: members are visited in
 * declaration order to build the group and union structure, then fields are placed in ordinal
 * order; a field's schema entry is created when its ordinal comes up, so {@code fields} lists
 * members in the order their first ordinal appears.
 */
final class StructTranslator {
  private final NodeCompiler translator;
  private final Resolver.ImplicitParams implicit;
  private final StructTop top = new StructTop();
  private final List<MemberInfo> byOrdinal = new ArrayList<>();
  private final List<Integer> ordinals = new ArrayList<>();
  private final List<MemberInfo> allMembers = new ArrayList<>();
  private final List<NodeModel> groups = new ArrayList<>();

  StructTranslator(NodeCompiler translator, Resolver.ImplicitParams implicit) {
    this.translator = translator;
    this.implicit = implicit;
  }

  /** One member: a field, a group, a named union, or the struct itself (the root). */
  private final class MemberInfo {
    final MemberInfo parent;
    final int codeOrder;
    int index;
    int childCount;
    int childInitializedCount;
    int unionDiscriminantCount;
    final boolean isInUnion;
    final String name;
    final Decl decl;
    final Decl.Kind declKind;
    boolean isParam;
    Expr fieldType;
    Expr defaultValue;
    List<Decl.AnnotationApp> annotations = List.of();
    String docComment;
    NodeModel.FieldModel schema;
    NodeModel node;
    FieldScope fieldScope;
    UnionLayout unionScope;

    MemberInfo(NodeModel root) {
      this.parent = null;
      this.codeOrder = 0;
      this.isInUnion = false;
      this.name = "";
      this.decl = null;
      this.declKind = Decl.Kind.STRUCT;
      this.node = root;
    }

    MemberInfo(
        MemberInfo parent,
        int codeOrder,
        Decl decl,
        FieldScope scope,
        NodeModel group,
        boolean isInUnion) {
      this.parent = parent;
      this.codeOrder = codeOrder;
      this.isInUnion = isInUnion;
      this.name = decl.name;
      this.decl = decl;
      this.declKind = decl.kind;
      this.annotations = decl.annotations;
      this.docComment = decl.docComment;
      this.fieldScope = scope;
      this.node = group;
      if (decl.kind == Decl.Kind.FIELD) {
        fieldType = decl.type;
        defaultValue = decl.value;
      }
    }

    MemberInfo(MemberInfo parent, int codeOrder, Decl.Param param, FieldScope scope) {
      this.parent = parent;
      this.codeOrder = codeOrder;
      this.isInUnion = false;
      this.name = param.name();
      this.decl = null;
      this.declKind = Decl.Kind.FIELD;
      this.isParam = true;
      this.annotations = param.annotations();
      this.fieldScope = scope;
      this.fieldType = param.type();
      this.defaultValue = param.defaultValue();
    }

    NodeModel.FieldModel getSchema() {
      if (schema == null) {
        index = parent.childInitializedCount;
        NodeModel.FieldModel f = parent.addMemberSchema();
        if (isInUnion) {
          f.discriminantValue = parent.unionDiscriminantCount++;
        }
        f.name = name;
        f.codeOrder = codeOrder;
        f.docComment = docComment;
        schema = f;
      }
      return schema;
    }

    NodeModel.FieldModel addMemberSchema() {
      if (node.fields == null) {
        if (parent != null) {
          getSchema();
        }
        node.fields = new ArrayList<>();
      }
      NodeModel.FieldModel f = new NodeModel.FieldModel();
      node.fields.add(f);
      childInitializedCount++;
      return f;
    }

    void finishGroup() {
      if (unionScope != null) {
        unionScope.addDiscriminant();
        node.discriminantCount = unionDiscriminantCount;
        node.discriminantOffset = unionScope.discriminantOffset();
      }
      if (parent != null) {
        long groupId = TypeIds.groupId(parent.node.id, index);
        node.id = groupId;
        node.sourceInfoId = groupId;
        node.scopeId = parent.node.id;
        NodeModel.FieldModel f = getSchema();
        f.isGroup = true;
        f.groupTypeId = groupId;
      }
    }
  }

  private void addByOrdinal(int ordinal, MemberInfo m) {
    int i = ordinals.size();
    while (i > 0 && ordinals.get(i - 1) > ordinal) {
      i--;
    }
    ordinals.add(i, ordinal);
    byOrdinal.add(i, m);
  }

  void translate(Decl decl, NodeModel target) {
    MemberInfo root = new MemberInfo(target);
    traverseTopOrGroup(decl.nested, root, top);
    translateInternal(root, target);
  }

  void translateParams(List<Decl.Param> params, NodeModel target) {
    MemberInfo root = new MemberInfo(target);
    for (int i = 0; i < params.size(); i++) {
      root.childCount++;
      MemberInfo m = new MemberInfo(root, i, params.get(i), top);
      allMembers.add(m);
      addByOrdinal(i, m);
    }
    translateInternal(root, target);
  }

  private NodeModel newGroupNode(NodeModel parent, String name, String docComment) {
    NodeModel g = new NodeModel();
    g.kind = NodeModel.Kind.STRUCT;
    g.displayName = parent.displayName + "." + name;
    g.displayNamePrefixLength = g.displayName.length() - name.length();
    g.isGeneric = parent.isGeneric;
    g.isGroup = true;
    g.docComment = docComment;
    groups.add(g);
    translator.auxNodes.add(g);
    return g;
  }

  private void traverseUnion(
      Decl decl, List<Decl> members, MemberInfo parent, UnionLayout layout, int[] codeOrder) {
    if (members.size() < 2) {
      translator
          .compiler()
          .error(translator.module, decl.start, decl.end, "Union must have at least two members.");
    }
    for (Decl member : members) {
      switch (member.kind) {
        case FIELD -> {
          parent.childCount++;
          GroupLayout single = new GroupLayout(layout);
          MemberInfo m = new MemberInfo(parent, codeOrder[0]++, member, single, null, true);
          allMembers.add(m);
          addByOrdinal(member.ordinal, m);
        }
        case UNION -> {
          if (member.name.isEmpty()) {
            translator
                .compiler()
                .error(
                    translator.module,
                    member.start,
                    member.end,
                    "Unions cannot contain unnamed unions.");
            continue;
          }
          parent.childCount++;
          GroupLayout single = new GroupLayout(layout);
          UnionLayout inner = new UnionLayout(single);
          MemberInfo m = new MemberInfo(
              parent,
              codeOrder[0]++,
              member,
              null,
              newGroupNode(parent.node, member.name, member.docComment),
              true);
          allMembers.add(m);
          m.unionScope = inner;
          traverseUnion(member, member.nested, m, inner, new int[1]);
          if (member.ordinal != null) {
            addByOrdinal(member.ordinal, m);
          }
        }
        case GROUP -> {
          parent.childCount++;
          GroupLayout group = new GroupLayout(layout);
          MemberInfo m = new MemberInfo(
              parent,
              codeOrder[0]++,
              member,
              null,
              newGroupNode(parent.node, member.name, member.docComment),
              true);
          allMembers.add(m);
          traverseGroup(member.nested, m, group);
        }
        default -> {}
      }
    }
  }

  private void traverseGroup(List<Decl> members, MemberInfo parent, FieldScope layout) {
    if (members.isEmpty()) {
      translator
          .compiler()
          .error(
              translator.module,
              parent.decl.start,
              parent.decl.end,
              "Group must have at least one member.");
    }
    traverseTopOrGroup(members, parent, layout);
  }

  private void traverseTopOrGroup(List<Decl> members, MemberInfo parent, FieldScope layout) {
    int[] codeOrder = new int[1];
    for (Decl member : members) {
      switch (member.kind) {
        case FIELD -> {
          parent.childCount++;
          MemberInfo m = new MemberInfo(parent, codeOrder[0]++, member, layout, null, false);
          allMembers.add(m);
          addByOrdinal(member.ordinal, m);
        }
        case UNION -> {
          UnionLayout unionLayout = new UnionLayout(layout);
          MemberInfo m;
          int[] sub;
          if (member.name.isEmpty()) {
            m = parent;
            sub = codeOrder;
          } else {
            parent.childCount++;
            m = new MemberInfo(
                parent,
                codeOrder[0]++,
                member,
                null,
                newGroupNode(parent.node, member.name, member.docComment),
                false);
            allMembers.add(m);
            sub = new int[1];
          }
          m.unionScope = unionLayout;
          traverseUnion(member, member.nested, m, unionLayout, sub);
          if (member.ordinal != null) {
            addByOrdinal(member.ordinal, m);
          }
        }
        case GROUP -> {
          parent.childCount++;
          MemberInfo m = new MemberInfo(
              parent,
              codeOrder[0]++,
              member,
              null,
              newGroupNode(parent.node, member.name, member.docComment),
              false);
          allMembers.add(m);
          traverseGroup(member.nested, m, layout);
        }
        default -> {}
      }
    }
  }

  private void translateInternal(MemberInfo root, NodeModel target) {
    OrdinalChecker dups = new OrdinalChecker(translator.compiler(), translator.module);
    for (int i = 0; i < byOrdinal.size(); i++) {
      MemberInfo member = byOrdinal.get(i);
      int ordinal = ordinals.get(i);
      if (member.decl != null && member.decl.ordinal != null) {
        dups.check(member.decl.ordinal, member.decl.ordinalStart, member.decl.ordinalEnd);
      }
      if (member == root) {
        // An unnamed union with an explicit ordinal: only its discriminant is placed.
        if (!member.unionScope.addDiscriminant()) {
          unionOrdinalError(member);
        }
        continue;
      }
      NodeModel.FieldModel field = member.getSchema();
      field.ordinal = ordinal;
      if (member.declKind == Decl.Kind.FIELD) {
        TypeModel type = translator.compileType(member.fieldType, implicit);
        if (type == null) {
          type = TypeModel.of(TypeModel.Which.VOID);
          field.defaultValue = new Val.VoidV();
        } else if (member.defaultValue != null) {
          field.hadExplicitDefault = true;
          field.defaultValue = ValueCompiler.defaultDefault(type);
          translator
              .compiler()
              .values
              .defer(translator, member.defaultValue, type, v -> field.defaultValue = v);
        } else {
          field.defaultValue = ValueCompiler.defaultDefault(type);
        }
        field.type = type;
        if (type.isPointer()) {
          field.offset = member.fieldScope.addPointer();
        } else if (type.which() == TypeModel.Which.VOID) {
          member.fieldScope.addVoid();
          field.offset = 0;
        } else {
          field.offset = member.fieldScope.addData(type.lgSize());
        }
      } else if (member.declKind == Decl.Kind.UNION) {
        if (!member.unionScope.addDiscriminant()) {
          unionOrdinalError(member);
        }
      }
    }
    root.finishGroup();
    for (MemberInfo member : allMembers) {
      Decl.Target targetKind;
      if (member.isParam) {
        targetKind = Decl.Target.PARAM;
      } else if (member.declKind == Decl.Kind.UNION) {
        member.finishGroup();
        targetKind = Decl.Target.UNION;
      } else if (member.declKind == Decl.Kind.GROUP) {
        member.finishGroup();
        targetKind = Decl.Target.GROUP;
      } else {
        targetKind = Decl.Target.FIELD;
      }
      member.getSchema().annotations =
          translator.compileAnnotations(member.annotations, targetKind);
    }
    target.dataWordCount = top.dataWordCount();
    target.pointerCount = top.pointerCount();
    target.preferredListEncoding = top.preferredListEncoding();
    for (NodeModel g : groups) {
      g.dataWordCount = target.dataWordCount;
      g.pointerCount = target.pointerCount;
      g.preferredListEncoding = target.preferredListEncoding;
    }
  }

  private void unionOrdinalError(MemberInfo member) {
    translator
        .compiler()
        .error(
            translator.module,
            member.decl.ordinalStart,
            member.decl.ordinalEnd,
            "Union ordinal, if specified, must be greater than no more than one of its member ordinals (i.e. there can"
                + " only be one field retroactively unionized).");
  }
}
