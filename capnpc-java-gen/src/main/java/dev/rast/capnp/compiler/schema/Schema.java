package dev.rast.capnp.compiler.schema;
import dev.rast.capnp.*;
/** Bootstrap readers for schema.capnp (replaced by generated code). */
public final class Schema {
  private Schema() {}
  private static final class ElementSize_ { static final int INLINE_COMPOSITE = dev.rast.capnp.ElementSize.INLINE_COMPOSITE; }
  public static final class Node {
    public static final class Reader extends StructReader {
      public long getId() { return readLong(0, 0L); }
      public boolean hasDisplayName() { return readHasPointer(0); }
      public String getDisplayName() { return readText(0, new TextReader(), null).toString(); }
      public TextReader getDisplayName(TextReader reuse) { return readText(0, reuse, null); }
      public int getDisplayNamePrefixLength() { return readInt(8, 0); }
      public long getScopeId() { return readLong(16, 0L); }
      public boolean hasParameters() { return readHasPointer(5); }
      public StructListReader<Node.Parameter.Reader> getParameters() { return readList(5, ElementSize_.INLINE_COMPOSITE, new StructListReader<>(Node.Parameter.Reader::new), null); }
      public boolean getIsGeneric() { return readBool(288, false); }
      public boolean hasNestedNodes() { return readHasPointer(1); }
      public StructListReader<Node.NestedNode.Reader> getNestedNodes() { return readList(1, ElementSize_.INLINE_COMPOSITE, new StructListReader<>(Node.NestedNode.Reader::new), null); }
      public boolean hasAnnotations() { return readHasPointer(2); }
      public StructListReader<Annotation.Reader> getAnnotations() { return readList(2, ElementSize_.INLINE_COMPOSITE, new StructListReader<>(Annotation.Reader::new), null); }
      public Which which() { int d = readShort(12, (short) 0) & 0xFFFF; return d < Which.values().length - 1 ? Which.values()[d] : Which._UNKNOWN; }
      public Struct.Reader getStruct() { Struct.Reader r = new Struct.Reader(); r.wrap(this); return r; }
      public Enum.Reader getEnum() { Enum.Reader r = new Enum.Reader(); r.wrap(this); return r; }
      public Interface.Reader getInterface() { Interface.Reader r = new Interface.Reader(); r.wrap(this); return r; }
      public Const.Reader getConst() { Const.Reader r = new Const.Reader(); r.wrap(this); return r; }
      public Annotation.Reader getAnnotation() { Annotation.Reader r = new Annotation.Reader(); r.wrap(this); return r; }
    }
    public enum Which { FILE, STRUCT, ENUM, INTERFACE, CONST, ANNOTATION, _UNKNOWN }
    public static final class Struct {
      public static final class Reader extends StructReader {
        public short getDataWordCount() { return readShort(14, (short) 0); }
        public short getPointerCount() { return readShort(24, (short) 0); }
        public ElementSize getPreferredListEncoding() { int v = readShort(26, (short) 0) & 0xFFFF; return v < 8 ? ElementSize.values()[v] : ElementSize._UNKNOWN; }
        public boolean getIsGroup() { return readBool(224, false); }
        public short getDiscriminantCount() { return readShort(30, (short) 0); }
        public int getDiscriminantOffset() { return readInt(32, 0); }
        public boolean hasFields() { return readHasPointer(3); }
        public StructListReader<Field.Reader> getFields() { return readList(3, ElementSize_.INLINE_COMPOSITE, new StructListReader<>(Field.Reader::new), null); }
      }
    }
    public static final class Enum {
      public static final class Reader extends StructReader {
        public boolean hasEnumerants() { return readHasPointer(3); }
        public StructListReader<Enumerant.Reader> getEnumerants() { return readList(3, ElementSize_.INLINE_COMPOSITE, new StructListReader<>(Enumerant.Reader::new), null); }
      }
    }
    public static final class Interface {
      public static final class Reader extends StructReader {
        public boolean hasMethods() { return readHasPointer(3); }
        public StructListReader<Method.Reader> getMethods() { return readList(3, ElementSize_.INLINE_COMPOSITE, new StructListReader<>(Method.Reader::new), null); }
        public boolean hasSuperclasses() { return readHasPointer(4); }
        public StructListReader<Superclass.Reader> getSuperclasses() { return readList(4, ElementSize_.INLINE_COMPOSITE, new StructListReader<>(Superclass.Reader::new), null); }
      }
    }
    public static final class Const {
      public static final class Reader extends StructReader {
        public boolean hasType() { return readHasPointer(3); }
        public Type.Reader getType() { return readStruct(3, new Type.Reader(), null); }
        public boolean hasValue() { return readHasPointer(4); }
        public Value.Reader getValue() { return readStruct(4, new Value.Reader(), null); }
      }
    }
    public static final class Annotation {
      public static final class Reader extends StructReader {
        public boolean hasType() { return readHasPointer(3); }
        public Type.Reader getType() { return readStruct(3, new Type.Reader(), null); }
        public boolean getTargetsFile() { return readBool(112, false); }
        public boolean getTargetsConst() { return readBool(113, false); }
        public boolean getTargetsEnum() { return readBool(114, false); }
        public boolean getTargetsEnumerant() { return readBool(115, false); }
        public boolean getTargetsStruct() { return readBool(116, false); }
        public boolean getTargetsField() { return readBool(117, false); }
        public boolean getTargetsUnion() { return readBool(118, false); }
        public boolean getTargetsGroup() { return readBool(119, false); }
        public boolean getTargetsInterface() { return readBool(120, false); }
        public boolean getTargetsMethod() { return readBool(121, false); }
        public boolean getTargetsParam() { return readBool(122, false); }
        public boolean getTargetsAnnotation() { return readBool(123, false); }
      }
    }
    public static final class Parameter {
      public static final class Reader extends StructReader {
        public boolean hasName() { return readHasPointer(0); }
        public String getName() { return readText(0, new TextReader(), null).toString(); }
        public TextReader getName(TextReader reuse) { return readText(0, reuse, null); }
      }
    }
    public static final class NestedNode {
      public static final class Reader extends StructReader {
        public boolean hasName() { return readHasPointer(0); }
        public String getName() { return readText(0, new TextReader(), null).toString(); }
        public TextReader getName(TextReader reuse) { return readText(0, reuse, null); }
        public long getId() { return readLong(0, 0L); }
      }
    }
    public static final class SourceInfo {
      public static final class Reader extends StructReader {
        public long getId() { return readLong(0, 0L); }
        public boolean hasDocComment() { return readHasPointer(0); }
        public String getDocComment() { return readText(0, new TextReader(), null).toString(); }
        public TextReader getDocComment(TextReader reuse) { return readText(0, reuse, null); }
        public boolean hasMembers() { return readHasPointer(1); }
        public StructListReader<Node.SourceInfo.Member.Reader> getMembers() { return readList(1, ElementSize_.INLINE_COMPOSITE, new StructListReader<>(Node.SourceInfo.Member.Reader::new), null); }
      }
      public static final class Member {
        public static final class Reader extends StructReader {
          public boolean hasDocComment() { return readHasPointer(0); }
          public String getDocComment() { return readText(0, new TextReader(), null).toString(); }
          public TextReader getDocComment(TextReader reuse) { return readText(0, reuse, null); }
        }
      }
    }
  }
  public static final class Field {
    public static final class Reader extends StructReader {
      public boolean hasName() { return readHasPointer(0); }
      public String getName() { return readText(0, new TextReader(), null).toString(); }
      public TextReader getName(TextReader reuse) { return readText(0, reuse, null); }
      public short getCodeOrder() { return readShort(0, (short) 0); }
      public boolean hasAnnotations() { return readHasPointer(1); }
      public StructListReader<Annotation.Reader> getAnnotations() { return readList(1, ElementSize_.INLINE_COMPOSITE, new StructListReader<>(Annotation.Reader::new), null); }
      public short getDiscriminantValue() { return readShort(2, (short) -1); }
      public Which which() { int d = readShort(8, (short) 0) & 0xFFFF; return d < Which.values().length - 1 ? Which.values()[d] : Which._UNKNOWN; }
      public Slot.Reader getSlot() { Slot.Reader r = new Slot.Reader(); r.wrap(this); return r; }
      public Group.Reader getGroup() { Group.Reader r = new Group.Reader(); r.wrap(this); return r; }
      public Ordinal.Reader getOrdinal() { Ordinal.Reader r = new Ordinal.Reader(); r.wrap(this); return r; }
    }
    public enum Which { SLOT, GROUP, _UNKNOWN }
    public static final class Slot {
      public static final class Reader extends StructReader {
        public int getOffset() { return readInt(4, 0); }
        public boolean hasType() { return readHasPointer(2); }
        public Type.Reader getType() { return readStruct(2, new Type.Reader(), null); }
        public boolean hasDefaultValue() { return readHasPointer(3); }
        public Value.Reader getDefaultValue() { return readStruct(3, new Value.Reader(), null); }
        public boolean getHadExplicitDefault() { return readBool(128, false); }
      }
    }
    public static final class Group {
      public static final class Reader extends StructReader {
        public long getTypeId() { return readLong(16, 0L); }
      }
    }
    public static final class Ordinal {
      public static final class Reader extends StructReader {
        public Which which() { int d = readShort(10, (short) 0) & 0xFFFF; return d < Which.values().length - 1 ? Which.values()[d] : Which._UNKNOWN; }
        public short getExplicit() { return readShort(12, (short) 0); }
      }
      public enum Which { IMPLICIT, EXPLICIT, _UNKNOWN }
    }
  }
  public static final class Enumerant {
    public static final class Reader extends StructReader {
      public boolean hasName() { return readHasPointer(0); }
      public String getName() { return readText(0, new TextReader(), null).toString(); }
      public TextReader getName(TextReader reuse) { return readText(0, reuse, null); }
      public short getCodeOrder() { return readShort(0, (short) 0); }
      public boolean hasAnnotations() { return readHasPointer(1); }
      public StructListReader<Annotation.Reader> getAnnotations() { return readList(1, ElementSize_.INLINE_COMPOSITE, new StructListReader<>(Annotation.Reader::new), null); }
    }
  }
  public static final class Superclass {
    public static final class Reader extends StructReader {
      public long getId() { return readLong(0, 0L); }
      public boolean hasBrand() { return readHasPointer(0); }
      public Brand.Reader getBrand() { return readStruct(0, new Brand.Reader(), null); }
    }
  }
  public static final class Method {
    public static final class Reader extends StructReader {
      public boolean hasName() { return readHasPointer(0); }
      public String getName() { return readText(0, new TextReader(), null).toString(); }
      public TextReader getName(TextReader reuse) { return readText(0, reuse, null); }
      public short getCodeOrder() { return readShort(0, (short) 0); }
      public boolean hasImplicitParameters() { return readHasPointer(4); }
      public StructListReader<Node.Parameter.Reader> getImplicitParameters() { return readList(4, ElementSize_.INLINE_COMPOSITE, new StructListReader<>(Node.Parameter.Reader::new), null); }
      public long getParamStructType() { return readLong(8, 0L); }
      public boolean hasParamBrand() { return readHasPointer(2); }
      public Brand.Reader getParamBrand() { return readStruct(2, new Brand.Reader(), null); }
      public long getResultStructType() { return readLong(16, 0L); }
      public boolean hasResultBrand() { return readHasPointer(3); }
      public Brand.Reader getResultBrand() { return readStruct(3, new Brand.Reader(), null); }
      public boolean hasAnnotations() { return readHasPointer(1); }
      public StructListReader<Annotation.Reader> getAnnotations() { return readList(1, ElementSize_.INLINE_COMPOSITE, new StructListReader<>(Annotation.Reader::new), null); }
    }
  }
  public static final class Type {
    public static final class Reader extends StructReader {
      public Which which() { int d = readShort(0, (short) 0) & 0xFFFF; return d < Which.values().length - 1 ? Which.values()[d] : Which._UNKNOWN; }
      public List.Reader getList() { List.Reader r = new List.Reader(); r.wrap(this); return r; }
      public Enum.Reader getEnum() { Enum.Reader r = new Enum.Reader(); r.wrap(this); return r; }
      public Struct.Reader getStruct() { Struct.Reader r = new Struct.Reader(); r.wrap(this); return r; }
      public Interface.Reader getInterface() { Interface.Reader r = new Interface.Reader(); r.wrap(this); return r; }
      public AnyPointer.Reader getAnyPointer() { AnyPointer.Reader r = new AnyPointer.Reader(); r.wrap(this); return r; }
    }
    public enum Which { VOID, BOOL, INT8, INT16, INT32, INT64, UINT8, UINT16, UINT32, UINT64, FLOAT32, FLOAT64, TEXT, DATA, LIST, ENUM, STRUCT, INTERFACE, ANY_POINTER, _UNKNOWN }
    public static final class List {
      public static final class Reader extends StructReader {
        public boolean hasElementType() { return readHasPointer(0); }
        public Type.Reader getElementType() { return readStruct(0, new Type.Reader(), null); }
      }
    }
    public static final class Enum {
      public static final class Reader extends StructReader {
        public long getTypeId() { return readLong(8, 0L); }
        public boolean hasBrand() { return readHasPointer(0); }
        public Brand.Reader getBrand() { return readStruct(0, new Brand.Reader(), null); }
      }
    }
    public static final class Struct {
      public static final class Reader extends StructReader {
        public long getTypeId() { return readLong(8, 0L); }
        public boolean hasBrand() { return readHasPointer(0); }
        public Brand.Reader getBrand() { return readStruct(0, new Brand.Reader(), null); }
      }
    }
    public static final class Interface {
      public static final class Reader extends StructReader {
        public long getTypeId() { return readLong(8, 0L); }
        public boolean hasBrand() { return readHasPointer(0); }
        public Brand.Reader getBrand() { return readStruct(0, new Brand.Reader(), null); }
      }
    }
    public static final class AnyPointer {
      public static final class Reader extends StructReader {
        public Which which() { int d = readShort(8, (short) 0) & 0xFFFF; return d < Which.values().length - 1 ? Which.values()[d] : Which._UNKNOWN; }
        public Unconstrained.Reader getUnconstrained() { Unconstrained.Reader r = new Unconstrained.Reader(); r.wrap(this); return r; }
        public Parameter.Reader getParameter() { Parameter.Reader r = new Parameter.Reader(); r.wrap(this); return r; }
        public ImplicitMethodParameter.Reader getImplicitMethodParameter() { ImplicitMethodParameter.Reader r = new ImplicitMethodParameter.Reader(); r.wrap(this); return r; }
      }
      public enum Which { UNCONSTRAINED, PARAMETER, IMPLICIT_METHOD_PARAMETER, _UNKNOWN }
      public static final class Unconstrained {
        public static final class Reader extends StructReader {
          public Which which() { int d = readShort(10, (short) 0) & 0xFFFF; return d < Which.values().length - 1 ? Which.values()[d] : Which._UNKNOWN; }
        }
        public enum Which { ANY_KIND, STRUCT, LIST, CAPABILITY, _UNKNOWN }
      }
      public static final class Parameter {
        public static final class Reader extends StructReader {
          public long getScopeId() { return readLong(16, 0L); }
          public short getParameterIndex() { return readShort(10, (short) 0); }
        }
      }
      public static final class ImplicitMethodParameter {
        public static final class Reader extends StructReader {
          public short getParameterIndex() { return readShort(10, (short) 0); }
        }
      }
    }
  }
  public static final class Brand {
    public static final class Reader extends StructReader {
      public boolean hasScopes() { return readHasPointer(0); }
      public StructListReader<Brand.Scope.Reader> getScopes() { return readList(0, ElementSize_.INLINE_COMPOSITE, new StructListReader<>(Brand.Scope.Reader::new), null); }
    }
    public static final class Scope {
      public static final class Reader extends StructReader {
        public long getScopeId() { return readLong(0, 0L); }
        public Which which() { int d = readShort(8, (short) 0) & 0xFFFF; return d < Which.values().length - 1 ? Which.values()[d] : Which._UNKNOWN; }
        public boolean hasBind() { return readHasPointer(0); }
        public StructListReader<Brand.Binding.Reader> getBind() { return readList(0, ElementSize_.INLINE_COMPOSITE, new StructListReader<>(Brand.Binding.Reader::new), null); }
      }
      public enum Which { BIND, INHERIT, _UNKNOWN }
    }
    public static final class Binding {
      public static final class Reader extends StructReader {
        public Which which() { int d = readShort(0, (short) 0) & 0xFFFF; return d < Which.values().length - 1 ? Which.values()[d] : Which._UNKNOWN; }
        public boolean hasType() { return readHasPointer(0); }
        public Type.Reader getType() { return readStruct(0, new Type.Reader(), null); }
      }
      public enum Which { UNBOUND, TYPE, _UNKNOWN }
    }
  }
  public static final class Value {
    public static final class Reader extends StructReader {
      public Which which() { int d = readShort(0, (short) 0) & 0xFFFF; return d < Which.values().length - 1 ? Which.values()[d] : Which._UNKNOWN; }
      public boolean getBool() { return readBool(16, false); }
      public byte getInt8() { return readByte(2, (byte) 0); }
      public short getInt16() { return readShort(2, (short) 0); }
      public int getInt32() { return readInt(4, 0); }
      public long getInt64() { return readLong(8, 0L); }
      public byte getUint8() { return readByte(2, (byte) 0); }
      public short getUint16() { return readShort(2, (short) 0); }
      public int getUint32() { return readInt(4, 0); }
      public long getUint64() { return readLong(8, 0L); }
      public float getFloat32() { return readFloat(4, 0); }
      public double getFloat64() { return readDouble(8, 0L); }
      public boolean hasText() { return readHasPointer(0); }
      public String getText() { return readText(0, new TextReader(), null).toString(); }
      public TextReader getText(TextReader reuse) { return readText(0, reuse, null); }
      public byte[] getData() { return readData(0, new DataReader(), null).toByteArray(); }
      public AnyPointerReader getList() { return readAnyPointer(0, new AnyPointerReader()); }
      public short getEnum() { return readShort(2, (short) 0); }
      public AnyPointerReader getStruct() { return readAnyPointer(0, new AnyPointerReader()); }
      public AnyPointerReader getAnyPointer() { return readAnyPointer(0, new AnyPointerReader()); }
    }
    public enum Which { VOID, BOOL, INT8, INT16, INT32, INT64, UINT8, UINT16, UINT32, UINT64, FLOAT32, FLOAT64, TEXT, DATA, LIST, ENUM, STRUCT, INTERFACE, ANY_POINTER, _UNKNOWN }
  }
  public static final class Annotation {
    public static final class Reader extends StructReader {
      public long getId() { return readLong(0, 0L); }
      public boolean hasBrand() { return readHasPointer(1); }
      public Brand.Reader getBrand() { return readStruct(1, new Brand.Reader(), null); }
      public boolean hasValue() { return readHasPointer(0); }
      public Value.Reader getValue() { return readStruct(0, new Value.Reader(), null); }
    }
  }
  public enum ElementSize { EMPTY, BIT, BYTE, TWO_BYTES, FOUR_BYTES, EIGHT_BYTES, POINTER, INLINE_COMPOSITE, _UNKNOWN }
  public static final class CapnpVersion {
    public static final class Reader extends StructReader {
      public short getMajor() { return readShort(0, (short) 0); }
      public byte getMinor() { return readByte(2, (byte) 0); }
      public byte getMicro() { return readByte(3, (byte) 0); }
    }
  }
  public static final class CodeGeneratorRequest {
    public static final class Reader extends StructReader {
      public boolean hasCapnpVersion() { return readHasPointer(2); }
      public CapnpVersion.Reader getCapnpVersion() { return readStruct(2, new CapnpVersion.Reader(), null); }
      public boolean hasNodes() { return readHasPointer(0); }
      public StructListReader<Node.Reader> getNodes() { return readList(0, ElementSize_.INLINE_COMPOSITE, new StructListReader<>(Node.Reader::new), null); }
      public boolean hasSourceInfo() { return readHasPointer(3); }
      public StructListReader<Node.SourceInfo.Reader> getSourceInfo() { return readList(3, ElementSize_.INLINE_COMPOSITE, new StructListReader<>(Node.SourceInfo.Reader::new), null); }
      public boolean hasRequestedFiles() { return readHasPointer(1); }
      public StructListReader<CodeGeneratorRequest.RequestedFile.Reader> getRequestedFiles() { return readList(1, ElementSize_.INLINE_COMPOSITE, new StructListReader<>(CodeGeneratorRequest.RequestedFile.Reader::new), null); }
    }
    public static final class RequestedFile {
      public static final class Reader extends StructReader {
        public long getId() { return readLong(0, 0L); }
        public boolean hasFilename() { return readHasPointer(0); }
        public String getFilename() { return readText(0, new TextReader(), null).toString(); }
        public TextReader getFilename(TextReader reuse) { return readText(0, reuse, null); }
        public boolean hasImports() { return readHasPointer(1); }
        public StructListReader<CodeGeneratorRequest.RequestedFile.Import.Reader> getImports() { return readList(1, ElementSize_.INLINE_COMPOSITE, new StructListReader<>(CodeGeneratorRequest.RequestedFile.Import.Reader::new), null); }
      }
      public static final class Import {
        public static final class Reader extends StructReader {
          public long getId() { return readLong(0, 0L); }
          public boolean hasName() { return readHasPointer(0); }
          public String getName() { return readText(0, new TextReader(), null).toString(); }
          public TextReader getName(TextReader reuse) { return readText(0, reuse, null); }
        }
      }
    }
  }
}
