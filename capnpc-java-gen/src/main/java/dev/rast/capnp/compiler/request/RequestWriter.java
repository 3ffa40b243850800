package dev.rast.capnp.compiler.request;

import dev.rast.capnp.MessageBuilder;
import dev.rast.capnp.StructListBuilder;
import dev.rast.capnp.compiler.resolve.NodeModel;
import dev.rast.capnp.compiler.resolve.SchemaCompiler;
import dev.rast.capnp.compiler.resolve.TypeModel;
import dev.rast.capnp.compiler.resolve.Val;
import dev.rast.capnp.compiler.schema.Schema;
import dev.rast.capnp.compiler.schema.Schema.CodeGeneratorRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a compilation result as a {@code CodeGeneratorRequest}, with the builders generated from
 * schema.capnp, laid out as capnp fills it: the same nodes, sourceInfo and requestedFiles (lists
 * capnp leaves null stay null).
 */
final class RequestWriter {
  private final Map<Long, NodeModel> nodes = new HashMap<>();
  private final ValueEncoder values;

  private RequestWriter(List<NodeModel> all) {
    for (NodeModel n : all) {
      nodes.put(n.id, n);
    }
    values = new ValueEncoder(nodes);
  }

  /** Builds the request message for a compilation result. */
  static MessageBuilder write(SchemaCompiler.Result result) {
    RequestWriter w = new RequestWriter(result.nodes());
    MessageBuilder m = new MessageBuilder();
    CodeGeneratorRequest.Builder req =
        m.initRoot(CodeGeneratorRequest._Meta.SIZE, new CodeGeneratorRequest.Builder());
    List<NodeModel> all = result.nodes();
    StructListBuilder<Schema.Node.Builder> nodeList = req.initNodes(all.size());
    for (int i = 0; i < all.size(); i++) {
      w.node(nodeList.get(i), all.get(i));
    }
    List<SchemaCompiler.RequestedFile> files = result.requestedFiles();
    StructListBuilder<CodeGeneratorRequest.RequestedFile.Builder> fileList =
        req.initRequestedFiles(files.size());
    for (int i = 0; i < files.size(); i++) {
      SchemaCompiler.RequestedFile f = files.get(i);
      CodeGeneratorRequest.RequestedFile.Builder fb = fileList.get(i);
      fb.setId(f.id());
      fb.setFilename(f.filename());
      StructListBuilder<CodeGeneratorRequest.RequestedFile.Import.Builder> imports =
          fb.initImports(f.imports().size());
      int j = 0;
      for (Map.Entry<String, Long> e : f.imports().entrySet()) {
        imports.get(j).setId(e.getValue());
        imports.get(j).setName(e.getKey());
        j++;
      }
    }
    Schema.CapnpVersion.Builder version = req.initCapnpVersion();
    version.setMajor((short) 0);
    version.setMinor((byte) 9);
    version.setMicro((byte) 2);
    // One entry per id, the first one winning: capnp files method parameter structs under id 0,
    // so only one of them keeps its entry.
    Map<Long, NodeModel> infoById = new java.util.LinkedHashMap<>();
    for (NodeModel n : all) {
      infoById.putIfAbsent(n.sourceInfoId, n);
    }
    StructListBuilder<Schema.Node.SourceInfo.Builder> infos = req.initSourceInfo(infoById.size());
    int k = 0;
    for (NodeModel n : infoById.values()) {
      sourceInfo(infos.get(k++), n);
    }
    return m;
  }

  private static void sourceInfo(Schema.Node.SourceInfo.Builder b, NodeModel n) {
    b.setId(n.sourceInfoId);
    if (n.docComment != null) {
      b.setDocComment(n.docComment);
    }
    List<String> docs = null;
    if (n.fields != null) {
      docs = n.fields.stream().map(f -> f.docComment).toList();
    } else if (n.enumerants != null) {
      docs = n.enumerants.stream().map(NodeModel.Enumerant::docComment).toList();
    } else if (n.methods != null) {
      docs = n.methods.stream().map(m -> m.docComment).toList();
    }
    // capnp gives interfaces a member list even when empty; structs without fields get none.
    if (docs != null && (!docs.isEmpty() || n.methods != null)) {
      StructListBuilder<Schema.Node.SourceInfo.Member.Builder> members = b.initMembers(docs.size());
      for (int i = 0; i < docs.size(); i++) {
        if (docs.get(i) != null) {
          members.get(i).setDocComment(docs.get(i));
        }
      }
    }
  }

  private void node(Schema.Node.Builder b, NodeModel n) {
    b.setId(n.id);
    b.setDisplayName(n.displayName);
    b.setDisplayNamePrefixLength(n.displayNamePrefixLength);
    b.setScopeId(n.scopeId);
    if (n.nestedNodes != null) {
      StructListBuilder<Schema.Node.NestedNode.Builder> nested =
          b.initNestedNodes(n.nestedNodes.size());
      for (int i = 0; i < n.nestedNodes.size(); i++) {
        nested.get(i).setName(n.nestedNodes.get(i).name());
        nested.get(i).setId(n.nestedNodes.get(i).id());
      }
    }
    if (n.annotations != null) {
      annotations(b.initAnnotations(n.annotations.size()), n.annotations);
    }
    if (n.parameters != null) {
      StructListBuilder<Schema.Node.Parameter.Builder> params =
          b.initParameters(n.parameters.size());
      for (int i = 0; i < n.parameters.size(); i++) {
        params.get(i).setName(n.parameters.get(i));
      }
    }
    b.setIsGeneric(n.isGeneric);
    switch (n.kind) {
      case FILE -> b.setFile();
      case STRUCT -> struct(b.initStruct(), n);
      case ENUM -> {
        Schema.Node.Enum.Builder e = b.initEnum();
        StructListBuilder<Schema.Enumerant.Builder> list = e.initEnumerants(n.enumerants.size());
        for (int i = 0; i < n.enumerants.size(); i++) {
          NodeModel.Enumerant en = n.enumerants.get(i);
          list.get(i).setName(en.name());
          list.get(i).setCodeOrder((short) en.codeOrder());
          if (en.annotations() != null) {
            annotations(list.get(i).initAnnotations(en.annotations().size()), en.annotations());
          }
        }
      }
      case INTERFACE -> interfaceNode(b.initInterface(), n);
      case CONST -> {
        Schema.Node.Const.Builder c = b.initConst();
        if (n.type != null) {
          type(c.initType(), n.type);
          value(c.initValue(), n.value == null ? null : n.value, n.type);
        }
      }
      case ANNOTATION -> {
        Schema.Node.Annotation.Builder a = b.initAnnotation();
        if (n.type != null) {
          type(a.initType(), n.type);
        }
        boolean[] t = n.targets;
        a.setTargetsFile(t[0]);
        a.setTargetsConst(t[1]);
        a.setTargetsEnum(t[2]);
        a.setTargetsEnumerant(t[3]);
        a.setTargetsStruct(t[4]);
        a.setTargetsField(t[5]);
        a.setTargetsUnion(t[6]);
        a.setTargetsGroup(t[7]);
        a.setTargetsInterface(t[8]);
        a.setTargetsMethod(t[9]);
        a.setTargetsParam(t[10]);
        a.setTargetsAnnotation(t[11]);
      }
      default -> throw new IllegalStateException("unknown node kind " + n.kind);
    }
  }

  private void struct(Schema.Node.Struct.Builder s, NodeModel n) {
    s.setDataWordCount((short) n.dataWordCount);
    s.setPointerCount((short) n.pointerCount);
    s.setPreferredListEncoding(Schema.ElementSize.values()[n.preferredListEncoding]);
    s.setIsGroup(n.isGroup);
    s.setDiscriminantCount((short) n.discriminantCount);
    s.setDiscriminantOffset(n.discriminantOffset);
    if (n.fields == null) {
      return;
    }
    StructListBuilder<Schema.Field.Builder> fields = s.initFields(n.fields.size());
    for (int i = 0; i < n.fields.size(); i++) {
      NodeModel.FieldModel f = n.fields.get(i);
      Schema.Field.Builder fb = fields.get(i);
      fb.setName(f.name);
      fb.setCodeOrder((short) f.codeOrder);
      if (f.annotations != null) {
        annotations(fb.initAnnotations(f.annotations.size()), f.annotations);
      }
      fb.setDiscriminantValue((short) f.discriminantValue);
      if (f.isGroup) {
        fb.initGroup().setTypeId(f.groupTypeId);
      } else {
        Schema.Field.Slot.Builder slot = fb.initSlot();
        slot.setOffset(f.offset);
        if (f.type != null) {
          type(slot.initType(), f.type);
          value(slot.initDefaultValue(), f.defaultValue, f.type);
        }
        slot.setHadExplicitDefault(f.hadExplicitDefault);
      }
      if (f.ordinal != null) {
        fb.initOrdinal().setExplicit((short) (int) f.ordinal);
      } else {
        fb.initOrdinal().setImplicit();
      }
    }
  }

  private void interfaceNode(Schema.Node.Interface.Builder b, NodeModel n) {
    StructListBuilder<Schema.Method.Builder> methods = b.initMethods(n.methods.size());
    for (int i = 0; i < n.methods.size(); i++) {
      NodeModel.MethodModel m = n.methods.get(i);
      Schema.Method.Builder mb = methods.get(i);
      mb.setName(m.name);
      mb.setCodeOrder((short) m.codeOrder);
      StructListBuilder<Schema.Node.Parameter.Builder> implicit =
          mb.initImplicitParameters(m.implicitParameters.size());
      for (int j = 0; j < m.implicitParameters.size(); j++) {
        implicit.get(j).setName(m.implicitParameters.get(j));
      }
      mb.setParamStructType(m.paramStructType);
      if (m.paramBrand != null) {
        brand(mb.initParamBrand(), m.paramBrand);
      }
      mb.setResultStructType(m.resultStructType);
      if (m.resultBrand != null) {
        brand(mb.initResultBrand(), m.resultBrand);
      }
      if (m.annotations != null) {
        annotations(mb.initAnnotations(m.annotations.size()), m.annotations);
      }
    }
    StructListBuilder<Schema.Superclass.Builder> supers = b.initSuperclasses(n.superclasses.size());
    for (int i = 0; i < n.superclasses.size(); i++) {
      supers.get(i).setId(n.superclasses.get(i).id());
      if (n.superclasses.get(i).brand() != null) {
        brand(supers.get(i).initBrand(), n.superclasses.get(i).brand());
      }
    }
  }

  private void annotations(
      StructListBuilder<Schema.Annotation.Builder> list, List<NodeModel.AnnotationModel> anns) {
    for (int i = 0; i < anns.size(); i++) {
      NodeModel.AnnotationModel a = anns.get(i);
      Schema.Annotation.Builder ab = list.get(i);
      ab.setId(a.id());
      value(ab.initValue(), a.value(), a.type());
      brand(ab.initBrand(), a.brand());
    }
  }

  private void brand(Schema.Brand.Builder b, TypeModel.BrandModel brand) {
    if (brand.scopes().isEmpty()) {
      return;
    }
    StructListBuilder<Schema.Brand.Scope.Builder> scopes =
        b.initScopes(brand.scopes().size());
    for (int i = 0; i < brand.scopes().size(); i++) {
      TypeModel.Scope s = brand.scopes().get(i);
      Schema.Brand.Scope.Builder sb = scopes.get(i);
      sb.setScopeId(s.scopeId());
      if (s.bind() == null) {
        sb.setInherit();
      } else {
        StructListBuilder<Schema.Brand.Binding.Builder> bind =
            sb.initBind(s.bind().size());
        for (int j = 0; j < s.bind().size(); j++) {
          TypeModel t = s.bind().get(j);
          if (t == null) {
            bind.get(j).setUnbound();
          } else {
            type(bind.get(j).initType(), t);
          }
        }
      }
    }
  }

  private void type(Schema.Type.Builder b, TypeModel t) {
    switch (t.which()) {
      case VOID -> b.setVoid();
      case BOOL -> b.setBool();
      case INT8 -> b.setInt8();
      case INT16 -> b.setInt16();
      case INT32 -> b.setInt32();
      case INT64 -> b.setInt64();
      case UINT8 -> b.setUint8();
      case UINT16 -> b.setUint16();
      case UINT32 -> b.setUint32();
      case UINT64 -> b.setUint64();
      case FLOAT32 -> b.setFloat32();
      case FLOAT64 -> b.setFloat64();
      case TEXT -> b.setText();
      case DATA -> b.setData();
      case LIST -> type(b.initList().initElementType(), t.element());
      case ENUM -> {
        Schema.Type.Enum.Builder e = b.initEnum();
        e.setTypeId(t.typeId());
        if (t.brand() != null) {
          brand(e.initBrand(), t.brand());
        }
      }
      case STRUCT -> {
        Schema.Type.Struct.Builder e = b.initStruct();
        e.setTypeId(t.typeId());
        if (t.brand() != null) {
          brand(e.initBrand(), t.brand());
        }
      }
      case INTERFACE -> {
        Schema.Type.Interface.Builder e = b.initInterface();
        e.setTypeId(t.typeId());
        if (t.brand() != null) {
          brand(e.initBrand(), t.brand());
        }
      }
      case ANY_POINTER -> {
        Schema.Type.AnyPointer.Builder a = b.initAnyPointer();
        switch (t.anyKind()) {
          case ANY -> a.initUnconstrained().setAnyKind();
          case STRUCT -> a.initUnconstrained().setStruct();
          case LIST -> a.initUnconstrained().setList();
          case CAPABILITY -> a.initUnconstrained().setCapability();
          case PARAMETER -> {
            Schema.Type.AnyPointer.Parameter.Builder p = a.initParameter();
            p.setScopeId(t.paramScopeId());
            p.setParameterIndex((short) t.paramIndex());
          }
          case IMPLICIT_METHOD_PARAMETER -> a.initImplicitMethodParameter()
              .setParameterIndex((short) t.paramIndex());
          default -> throw new IllegalStateException();
        }
      }
      default -> throw new IllegalStateException("unknown type " + t.which());
    }
  }

  private void value(Schema.Value.Builder b, Val v, TypeModel t) {
    switch (t.which()) {
      case VOID -> b.setVoid();
      case BOOL -> b.setBool(ValueEncoder.bits(v, t.which()) != 0);
      case INT8 -> b.setInt8((byte) ValueEncoder.bits(v, t.which()));
      case INT16 -> b.setInt16((short) ValueEncoder.bits(v, t.which()));
      case INT32 -> b.setInt32((int) ValueEncoder.bits(v, t.which()));
      case INT64 -> b.setInt64(ValueEncoder.bits(v, t.which()));
      case UINT8 -> b.setUint8((byte) ValueEncoder.bits(v, t.which()));
      case UINT16 -> b.setUint16((short) ValueEncoder.bits(v, t.which()));
      case UINT32 -> b.setUint32((int) ValueEncoder.bits(v, t.which()));
      case UINT64 -> b.setUint64(ValueEncoder.bits(v, t.which()));
      case FLOAT32 -> b.setFloat32(Float.intBitsToFloat((int) ValueEncoder.bits(v, t.which())));
      case FLOAT64 -> b.setFloat64(Double.longBitsToDouble(ValueEncoder.bits(v, t.which())));
      case ENUM -> b.setEnum((short) ValueEncoder.bits(v, t.which()));
      case TEXT -> {
        if (v instanceof Val.TextV s) {
          b.setText(s.value());
        } else {
          b.setText("");
          b.getStruct().clear();
        }
      }
      case DATA -> {
        if (v instanceof Val.DataV d) {
          b.setData(d.value());
        } else {
          b.setData(new byte[0]);
          b.getStruct().clear();
        }
      }
      case LIST -> values.writePointer(b.initList(), v, t);
      case STRUCT -> values.writePointer(b.initStruct(), v, t);
      case INTERFACE -> b.setInterface();
      case ANY_POINTER -> b.initAnyPointer();
      default -> throw new IllegalStateException("unknown type " + t.which());
    }
  }
}
