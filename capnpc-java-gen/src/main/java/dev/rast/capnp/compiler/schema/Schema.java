// Generated from capnp/schema.capnp by rast-java 0.1.0 (capnpc-java-rast). Do not edit.
package dev.rast.capnp.compiler.schema;

import dev.rast.capnp.AnyPointerBuilder;
import dev.rast.capnp.AnyPointerReader;
import dev.rast.capnp.CapnpEnum;
import dev.rast.capnp.DataBuilder;
import dev.rast.capnp.DataReader;
import dev.rast.capnp.Generated;
import dev.rast.capnp.ListReader;
import dev.rast.capnp.StructBuilder;
import dev.rast.capnp.StructListBuilder;
import dev.rast.capnp.StructListReader;
import dev.rast.capnp.StructReader;
import dev.rast.capnp.StructSize;
import dev.rast.capnp.TextBuilder;
import dev.rast.capnp.TextReader;
import dev.rast.capnp.text.TextPrinter;
import java.nio.ByteBuffer;

/**
 * Types of {@code capnp/schema.capnp}.
 */
public final class Schema {
  static {
    Generated.checkAbi(2);
  }

  private Schema() {
  }

  /**
   * Struct {@code Node}.
   */
  public static final class Node {
    private Node() {
    }

    /**
     * The members of the union, by discriminant; {@code _UNKNOWN} for a member a newer schema added.
     */
    public enum Which {
      FILE,

      STRUCT,

      ENUM,

      INTERFACE,

      CONST,

      ANNOTATION,

      _UNKNOWN;

      private static final Which[] _VALUES = {FILE, STRUCT, ENUM, INTERFACE, CONST, ANNOTATION};

      static Which of(int discriminant) {
        return discriminant < _VALUES.length ? _VALUES[discriminant] : _UNKNOWN;
      }
    }

    /**
     * Generator-owned metadata of this struct.
     */
    public static final class _Meta {
      /**
       * The schema's 64-bit id of this node.
       */
      public static final long TYPE_ID = 0xe682ab4cf923a417L;

      /**
       * Data words and pointers of this struct.
       */
      public static final StructSize SIZE = new StructSize(5, 6);

      private _Meta() {
      }
    }

    /**
     * Reads a {@code Node} in place; re-pointable, allocation-free.
     */
    public static final class Reader extends StructReader {
      /**
       * An unpointed reader (the empty struct until pointed somewhere).
       */
      public Reader() {
      }

      /**
       * Which member of the union is set.
       */
      public Which which() {
        return Which.of(readShort(12, (short) 0) & 0xFFFF);
      }

      public long getId() {
        return readLong(0, 0L);
      }

      /**
       * Name to present to humans to identify this Node.  You should not attempt to parse this.  Its
       * format could change.  It is not guaranteed to be unique.
       *
       * (On Zooko's triangle, this is the node's nickname.)
       */
      public boolean hasDisplayName() {
        return readHasPointer(0);
      }

      /**
       * Name to present to humans to identify this Node.  You should not attempt to parse this.  Its
       * format could change.  It is not guaranteed to be unique.
       *
       * (On Zooko's triangle, this is the node's nickname.)
       */
      public String getDisplayName() {
        return readText(0, new TextReader(), null).toString();
      }

      /**
       * Name to present to humans to identify this Node.  You should not attempt to parse this.  Its
       * format could change.  It is not guaranteed to be unique.
       *
       * (On Zooko's triangle, this is the node's nickname.)
       */
      public TextReader getDisplayName(TextReader reuse) {
        return readText(0, reuse, null);
      }

      /**
       * If you want a shorter version of `displayName` (just naming this node, without its surrounding
       * scope), chop off this many characters from the beginning of `displayName`.
       */
      public int getDisplayNamePrefixLength() {
        return readInt(8, 0);
      }

      /**
       * ID of the lexical parent node.  Typically, the scope node will have a NestedNode pointing back
       * at this node, but robust code should avoid relying on this (and, in fact, group nodes are not
       * listed in the outer struct's nestedNodes, since they are listed in the fields).  `scopeId` is
       * zero if the node has no parent, which is normally only the case with files, but should be
       * allowed for any kind of node (in order to make runtime type generation easier).
       */
      public long getScopeId() {
        return readLong(16, 0L);
      }

      /**
       * List of nodes nested within this node, along with the names under which they were declared.
       */
      public boolean hasNestedNodes() {
        return readHasPointer(1);
      }

      /**
       * List of nodes nested within this node, along with the names under which they were declared.
       */
      public StructListReader<NestedNode.Reader> getNestedNodes() {
        return readList(1, dev.rast.capnp.ElementSize.INLINE_COMPOSITE, new StructListReader<>(NestedNode.Reader::new), null);
      }

      /**
       * List of nodes nested within this node, along with the names under which they were declared.
       */
      public StructListReader<NestedNode.Reader> getNestedNodes(
          StructListReader<NestedNode.Reader> reuse) {
        return readList(1, dev.rast.capnp.ElementSize.INLINE_COMPOSITE, reuse, null);
      }

      /**
       * Annotations applied to this node.
       */
      public boolean hasAnnotations() {
        return readHasPointer(2);
      }

      /**
       * Annotations applied to this node.
       */
      public StructListReader<Schema.Annotation.Reader> getAnnotations() {
        return readList(2, dev.rast.capnp.ElementSize.INLINE_COMPOSITE, new StructListReader<>(Schema.Annotation.Reader::new), null);
      }

      /**
       * Annotations applied to this node.
       */
      public StructListReader<Schema.Annotation.Reader> getAnnotations(
          StructListReader<Schema.Annotation.Reader> reuse) {
        return readList(2, dev.rast.capnp.ElementSize.INLINE_COMPOSITE, reuse, null);
      }

      /**
       * Whether {@code file} is the member of the union that is set.
       */
      public boolean isFile() {
        return which() == Which.FILE;
      }

      /**
       * Whether {@code struct} is the member of the union that is set.
       */
      public boolean isStruct() {
        return which() == Which.STRUCT;
      }

      public Struct.Reader getStruct() {
        return getStruct(new Struct.Reader());
      }

      public Struct.Reader getStruct(Struct.Reader reuse) {
        reuse.wrap(this);
        return reuse;
      }

      /**
       * Whether {@code enum} is the member of the union that is set.
       */
      public boolean isEnum() {
        return which() == Which.ENUM;
      }

      public Enum.Reader getEnum() {
        return getEnum(new Enum.Reader());
      }

      public Enum.Reader getEnum(Enum.Reader reuse) {
        reuse.wrap(this);
        return reuse;
      }

      /**
       * Whether {@code interface} is the member of the union that is set.
       */
      public boolean isInterface() {
        return which() == Which.INTERFACE;
      }

      public Interface.Reader getInterface() {
        return getInterface(new Interface.Reader());
      }

      public Interface.Reader getInterface(Interface.Reader reuse) {
        reuse.wrap(this);
        return reuse;
      }

      /**
       * Whether {@code const} is the member of the union that is set.
       */
      public boolean isConst() {
        return which() == Which.CONST;
      }

      public Const.Reader getConst() {
        return getConst(new Const.Reader());
      }

      public Const.Reader getConst(Const.Reader reuse) {
        reuse.wrap(this);
        return reuse;
      }

      /**
       * Whether {@code annotation} is the member of the union that is set.
       */
      public boolean isAnnotation() {
        return which() == Which.ANNOTATION;
      }

      public Annotation.Reader getAnnotation() {
        return getAnnotation(new Annotation.Reader());
      }

      public Annotation.Reader getAnnotation(Annotation.Reader reuse) {
        reuse.wrap(this);
        return reuse;
      }

      /**
       * If this node is parameterized (generic), the list of parameters. Empty for non-generic types.
       */
      public boolean hasParameters() {
        return readHasPointer(5);
      }

      /**
       * If this node is parameterized (generic), the list of parameters. Empty for non-generic types.
       */
      public StructListReader<Parameter.Reader> getParameters() {
        return readList(5, dev.rast.capnp.ElementSize.INLINE_COMPOSITE, new StructListReader<>(Parameter.Reader::new), null);
      }

      /**
       * If this node is parameterized (generic), the list of parameters. Empty for non-generic types.
       */
      public StructListReader<Parameter.Reader> getParameters(
          StructListReader<Parameter.Reader> reuse) {
        return readList(5, dev.rast.capnp.ElementSize.INLINE_COMPOSITE, reuse, null);
      }

      /**
       * True if this node is generic, meaning that it or one of its parent scopes has a non-empty
       * `parameters`.
       */
      public boolean getIsGeneric() {
        return readBool(288, false);
      }

      /**
       * Prints this struct in the Cap'n Proto text format to {@code p}.
       */
      public void printTo(TextPrinter p) {
        p.beginStruct();
        int which = readShort(12, (short) 0) & 0xFFFF;
        p.field("id");
        p.valueUInt64(getId());
        if (hasDisplayName()) {
          p.field("displayName");
          TextReader t = getDisplayName(new TextReader());
          p.valueText(t.buffer(), t.offset(), t.size());
        }
        p.field("displayNamePrefixLength");
        p.valueInt(Integer.toUnsignedLong(getDisplayNamePrefixLength()));
        p.field("scopeId");
        p.valueUInt64(getScopeId());
        if (hasNestedNodes()) {
          p.field("nestedNodes");
          StructListReader<NestedNode.Reader> l0 = getNestedNodes();
          p.beginList();
          for (int i0 = 0; i0 < l0.size(); i0++) {
            l0.get(i0).printTo(p);
          }
          p.end();
        }
        if (hasAnnotations()) {
          p.field("annotations");
          StructListReader<Schema.Annotation.Reader> l0 = getAnnotations();
          p.beginList();
          for (int i0 = 0; i0 < l0.size(); i0++) {
            l0.get(i0).printTo(p);
          }
          p.end();
        }
        if (which == 0) {
          p.field("file");
          p.valueVoid();
        }
        if (which == 1) {
          p.field("struct");
          getStruct().printTo(p);
        }
        if (which == 2) {
          p.field("enum");
          getEnum().printTo(p);
        }
        if (which == 3) {
          p.field("interface");
          getInterface().printTo(p);
        }
        if (which == 4) {
          p.field("const");
          getConst().printTo(p);
        }
        if (which == 5) {
          p.field("annotation");
          getAnnotation().printTo(p);
        }
        if (hasParameters()) {
          p.field("parameters");
          StructListReader<Parameter.Reader> l0 = getParameters();
          p.beginList();
          for (int i0 = 0; i0 < l0.size(); i0++) {
            l0.get(i0).printTo(p);
          }
          p.end();
        }
        p.field("isGeneric");
        p.valueBool(getIsGeneric());
        p.end();
      }

      /**
       * This struct as {@code capnp decode --short} prints it.
       */
      @Override
      public String toString() {
        TextPrinter p = new TextPrinter();
        printTo(p);
        return p.toShortString();
      }

      /**
       * This struct as {@code capnp decode} prints it (without the final newline).
       */
      public String toPrettyString() {
        TextPrinter p = new TextPrinter();
        printTo(p);
        return p.toPrettyString();
      }

      /**
       * Value equality: equal canonical forms.
       */
      @Override
      public boolean equals(Object other) {
        return other instanceof Reader && Generated.equal(this, (Reader) other);
      }

      /**
       * A hash of the canonical form, consistent with {@link #equals}.
       */
      @Override
      public int hashCode() {
        return Generated.hash(this);
      }
    }

    /**
     * Writes a {@code Node} in place.
     */
    public static final class Builder extends StructBuilder {
      /**
       * An unpointed builder; point it with {@code initRoot(builder)} or a parent's {@code init}/{@code get}.
       */
      public Builder() {
        super(_Meta.SIZE);
      }

      /**
       * Which member of the union is set.
       */
      public Which which() {
        return Which.of(readShort(12, (short) 0) & 0xFFFF);
      }

      public long getId() {
        return readLong(0, 0L);
      }

      public Builder setId(long value) {
        writeLong(0, value, 0L);
        return this;
      }

      /**
       * Name to present to humans to identify this Node.  You should not attempt to parse this.  Its
       * format could change.  It is not guaranteed to be unique.
       *
       * (On Zooko's triangle, this is the node's nickname.)
       */
      public boolean hasDisplayName() {
        return readHasPointer(0);
      }

      /**
       * Name to present to humans to identify this Node.  You should not attempt to parse this.  Its
       * format could change.  It is not guaranteed to be unique.
       *
       * (On Zooko's triangle, this is the node's nickname.)
       */
      public String getDisplayName() {
        return openText(0, new TextBuilder(), null).toString();
      }

      /**
       * Name to present to humans to identify this Node.  You should not attempt to parse this.  Its
       * format could change.  It is not guaranteed to be unique.
       *
       * (On Zooko's triangle, this is the node's nickname.)
       */
      public TextBuilder getDisplayName(TextBuilder reuse) {
        return openText(0, reuse, null);
      }

      /**
       * Name to present to humans to identify this Node.  You should not attempt to parse this.  Its
       * format could change.  It is not guaranteed to be unique.
       *
       * (On Zooko's triangle, this is the node's nickname.)
       */
      public Builder setDisplayName(CharSequence value) {
        writeText(0, value);
        return this;
      }

      /**
       * Name to present to humans to identify this Node.  You should not attempt to parse this.  Its
       * format could change.  It is not guaranteed to be unique.
       *
       * (On Zooko's triangle, this is the node's nickname.)
       */
      public Builder setDisplayName(TextReader value) {
        copyText(0, value);
        return this;
      }

      /**
       * Name to present to humans to identify this Node.  You should not attempt to parse this.  Its
       * format could change.  It is not guaranteed to be unique.
       *
       * (On Zooko's triangle, this is the node's nickname.)
       */
      public TextBuilder initDisplayName(int bytes) {
        return newText(0, bytes, new TextBuilder());
      }

      /**
       * If you want a shorter version of `displayName` (just naming this node, without its surrounding
       * scope), chop off this many characters from the beginning of `displayName`.
       */
      public int getDisplayNamePrefixLength() {
        return readInt(8, 0);
      }

      /**
       * If you want a shorter version of `displayName` (just naming this node, without its surrounding
       * scope), chop off this many characters from the beginning of `displayName`.
       */
      public Builder setDisplayNamePrefixLength(int value) {
        writeInt(8, value, 0);
        return this;
      }

      /**
       * ID of the lexical parent node.  Typically, the scope node will have a NestedNode pointing back
       * at this node, but robust code should avoid relying on this (and, in fact, group nodes are not
       * listed in the outer struct's nestedNodes, since they are listed in the fields).  `scopeId` is
       * zero if the node has no parent, which is normally only the case with files, but should be
       * allowed for any kind of node (in order to make runtime type generation easier).
       */
      public long getScopeId() {
        return readLong(16, 0L);
      }

      /**
       * ID of the lexical parent node.  Typically, the scope node will have a NestedNode pointing back
       * at this node, but robust code should avoid relying on this (and, in fact, group nodes are not
       * listed in the outer struct's nestedNodes, since they are listed in the fields).  `scopeId` is
       * zero if the node has no parent, which is normally only the case with files, but should be
       * allowed for any kind of node (in order to make runtime type generation easier).
       */
      public Builder setScopeId(long value) {
        writeLong(16, value, 0L);
        return this;
      }

      /**
       * List of nodes nested within this node, along with the names under which they were declared.
       */
      public boolean hasNestedNodes() {
        return readHasPointer(1);
      }

      /**
       * List of nodes nested within this node, along with the names under which they were declared.
       */
      public StructListBuilder<NestedNode.Builder> getNestedNodes() {
        return openStructList(1, new StructListBuilder<>(NestedNode.Builder::new), null);
      }

      /**
       * List of nodes nested within this node, along with the names under which they were declared.
       */
      public StructListBuilder<NestedNode.Builder> getNestedNodes(
          StructListBuilder<NestedNode.Builder> reuse) {
        return openStructList(1, reuse, null);
      }

      /**
       * List of nodes nested within this node, along with the names under which they were declared.
       */
      public StructListBuilder<NestedNode.Builder> initNestedNodes(int size) {
        return newStructList(1, size, new StructListBuilder<>(NestedNode.Builder::new));
      }

      /**
       * List of nodes nested within this node, along with the names under which they were declared.
       */
      public StructListBuilder<NestedNode.Builder> initNestedNodes(int size,
          StructListBuilder<NestedNode.Builder> reuse) {
        return newStructList(1, size, reuse);
      }

      /**
       * List of nodes nested within this node, along with the names under which they were declared.
       */
      public Builder setNestedNodes(ListReader value) {
        copyList(1, value);
        return this;
      }

      /**
       * Annotations applied to this node.
       */
      public boolean hasAnnotations() {
        return readHasPointer(2);
      }

      /**
       * Annotations applied to this node.
       */
      public StructListBuilder<Schema.Annotation.Builder> getAnnotations() {
        return openStructList(2, new StructListBuilder<>(Schema.Annotation.Builder::new), null);
      }

      /**
       * Annotations applied to this node.
       */
      public StructListBuilder<Schema.Annotation.Builder> getAnnotations(
          StructListBuilder<Schema.Annotation.Builder> reuse) {
        return openStructList(2, reuse, null);
      }

      /**
       * Annotations applied to this node.
       */
      public StructListBuilder<Schema.Annotation.Builder> initAnnotations(int size) {
        return newStructList(2, size, new StructListBuilder<>(Schema.Annotation.Builder::new));
      }

      /**
       * Annotations applied to this node.
       */
      public StructListBuilder<Schema.Annotation.Builder> initAnnotations(int size,
          StructListBuilder<Schema.Annotation.Builder> reuse) {
        return newStructList(2, size, reuse);
      }

      /**
       * Annotations applied to this node.
       */
      public Builder setAnnotations(ListReader value) {
        copyList(2, value);
        return this;
      }

      /**
       * Whether {@code file} is the member of the union that is set.
       */
      public boolean isFile() {
        return which() == Which.FILE;
      }

      public Builder setFile() {
        writeShort(12, (short) 0, (short) 0);
        return this;
      }

      /**
       * Whether {@code struct} is the member of the union that is set.
       */
      public boolean isStruct() {
        return which() == Which.STRUCT;
      }

      public Struct.Builder getStruct() {
        return getStruct(new Struct.Builder());
      }

      public Struct.Builder getStruct(Struct.Builder reuse) {
        reuse.wrap(this);
        return reuse;
      }

      public Struct.Builder initStruct() {
        writeShort(12, (short) 1, (short) 0);
        writeShort(14, (short) 0, (short) 0);
        writeShort(24, (short) 0, (short) 0);
        writeShort(26, (short) 0, (short) 0);
        writeBool(224, false, false);
        writeShort(30, (short) 0, (short) 0);
        writeInt(32, 0, 0);
        writeNullPointer(3);
        return getStruct(new Struct.Builder());
      }

      /**
       * Whether {@code enum} is the member of the union that is set.
       */
      public boolean isEnum() {
        return which() == Which.ENUM;
      }

      public Enum.Builder getEnum() {
        return getEnum(new Enum.Builder());
      }

      public Enum.Builder getEnum(Enum.Builder reuse) {
        reuse.wrap(this);
        return reuse;
      }

      public Enum.Builder initEnum() {
        writeShort(12, (short) 2, (short) 0);
        writeNullPointer(3);
        return getEnum(new Enum.Builder());
      }

      /**
       * Whether {@code interface} is the member of the union that is set.
       */
      public boolean isInterface() {
        return which() == Which.INTERFACE;
      }

      public Interface.Builder getInterface() {
        return getInterface(new Interface.Builder());
      }

      public Interface.Builder getInterface(Interface.Builder reuse) {
        reuse.wrap(this);
        return reuse;
      }

      public Interface.Builder initInterface() {
        writeShort(12, (short) 3, (short) 0);
        writeNullPointer(3);
        writeNullPointer(4);
        return getInterface(new Interface.Builder());
      }

      /**
       * Whether {@code const} is the member of the union that is set.
       */
      public boolean isConst() {
        return which() == Which.CONST;
      }

      public Const.Builder getConst() {
        return getConst(new Const.Builder());
      }

      public Const.Builder getConst(Const.Builder reuse) {
        reuse.wrap(this);
        return reuse;
      }

      public Const.Builder initConst() {
        writeShort(12, (short) 4, (short) 0);
        writeNullPointer(3);
        writeNullPointer(4);
        return getConst(new Const.Builder());
      }

      /**
       * Whether {@code annotation} is the member of the union that is set.
       */
      public boolean isAnnotation() {
        return which() == Which.ANNOTATION;
      }

      public Annotation.Builder getAnnotation() {
        return getAnnotation(new Annotation.Builder());
      }

      public Annotation.Builder getAnnotation(Annotation.Builder reuse) {
        reuse.wrap(this);
        return reuse;
      }

      public Annotation.Builder initAnnotation() {
        writeShort(12, (short) 5, (short) 0);
        writeNullPointer(3);
        writeBool(112, false, false);
        writeBool(113, false, false);
        writeBool(114, false, false);
        writeBool(115, false, false);
        writeBool(116, false, false);
        writeBool(117, false, false);
        writeBool(118, false, false);
        writeBool(119, false, false);
        writeBool(120, false, false);
        writeBool(121, false, false);
        writeBool(122, false, false);
        writeBool(123, false, false);
        return getAnnotation(new Annotation.Builder());
      }

      /**
       * If this node is parameterized (generic), the list of parameters. Empty for non-generic types.
       */
      public boolean hasParameters() {
        return readHasPointer(5);
      }

      /**
       * If this node is parameterized (generic), the list of parameters. Empty for non-generic types.
       */
      public StructListBuilder<Parameter.Builder> getParameters() {
        return openStructList(5, new StructListBuilder<>(Parameter.Builder::new), null);
      }

      /**
       * If this node is parameterized (generic), the list of parameters. Empty for non-generic types.
       */
      public StructListBuilder<Parameter.Builder> getParameters(
          StructListBuilder<Parameter.Builder> reuse) {
        return openStructList(5, reuse, null);
      }

      /**
       * If this node is parameterized (generic), the list of parameters. Empty for non-generic types.
       */
      public StructListBuilder<Parameter.Builder> initParameters(int size) {
        return newStructList(5, size, new StructListBuilder<>(Parameter.Builder::new));
      }

      /**
       * If this node is parameterized (generic), the list of parameters. Empty for non-generic types.
       */
      public StructListBuilder<Parameter.Builder> initParameters(int size,
          StructListBuilder<Parameter.Builder> reuse) {
        return newStructList(5, size, reuse);
      }

      /**
       * If this node is parameterized (generic), the list of parameters. Empty for non-generic types.
       */
      public Builder setParameters(ListReader value) {
        copyList(5, value);
        return this;
      }

      /**
       * True if this node is generic, meaning that it or one of its parent scopes has a non-empty
       * `parameters`.
       */
      public boolean getIsGeneric() {
        return readBool(288, false);
      }

      /**
       * True if this node is generic, meaning that it or one of its parent scopes has a non-empty
       * `parameters`.
       */
      public Builder setIsGeneric(boolean value) {
        writeBool(288, value, false);
        return this;
      }

      /**
       * A reader over what this builder has written (zero-copy).
       */
      public Reader asReader() {
        return asReader(new Reader());
      }

      /**
       * What this builder has written, as {@code capnp decode --short} prints it.
       */
      @Override
      public String toString() {
        return asReader().toString();
      }
    }

    /**
     * Group {@code struct}.
     */
    public static final class Struct {
      private Struct() {
      }

      /**
       * Generator-owned metadata of this group.
       */
      public static final class _Meta {
        /**
         * The schema's 64-bit id of this node.
         */
        public static final long TYPE_ID = 0x9ea0b19b37fb4435L;

        private _Meta() {
        }
      }

      /**
       * Reads a {@code struct} in place; re-pointable, allocation-free.
       */
      public static final class Reader extends StructReader {
        /**
         * An unpointed reader (the empty struct until pointed somewhere).
         */
        public Reader() {
        }

        /**
         * Size of the data section, in words.
         */
        public short getDataWordCount() {
          return readShort(14, (short) 0);
        }

        /**
         * Size of the pointer section, in pointers (which are one word each).
         */
        public short getPointerCount() {
          return readShort(24, (short) 0);
        }

        /**
         * The preferred element size to use when encoding a list of this struct.  If this is anything
         * other than `inlineComposite` then the struct is one word or less in size and is a candidate
         * for list packing optimization.
         */
        public ElementSize getPreferredListEncoding() {
          return ElementSize.fromValue(readShort(26, (short) 0) & 0xFFFF);
        }

        /**
         * If true, then this "struct" node is actually not an independent node, but merely represents
         * some named union or group within a particular parent struct.  This node's scopeId refers
         * to the parent struct, which may itself be a union/group in yet another struct.
         *
         * All group nodes share the same dataWordCount and pointerCount as the top-level
         * struct, and their fields live in the same ordinal and offset spaces as all other fields in
         * the struct.
         *
         * Note that a named union is considered a special kind of group -- in fact, a named union
         * is exactly equivalent to a group that contains nothing but an unnamed union.
         */
        public boolean getIsGroup() {
          return readBool(224, false);
        }

        /**
         * Number of fields in this struct which are members of an anonymous union, and thus may
         * overlap.  If this is non-zero, then a 16-bit discriminant is present indicating which
         * of the overlapping fields is active.  This can never be 1 -- if it is non-zero, it must be
         * two or more.
         *
         * Note that the fields of an unnamed union are considered fields of the scope containing the
         * union -- an unnamed union is not its own group.  So, a top-level struct may contain a
         * non-zero discriminant count.  Named unions, on the other hand, are equivalent to groups
         * containing unnamed unions.  So, a named union has its own independent schema node, with
         * `isGroup` = true.
         */
        public short getDiscriminantCount() {
          return readShort(30, (short) 0);
        }

        /**
         * If `discriminantCount` is non-zero, this is the offset of the union discriminant, in
         * multiples of 16 bits.
         */
        public int getDiscriminantOffset() {
          return readInt(32, 0);
        }

        /**
         * Fields defined within this scope (either the struct's top-level fields, or the fields of
         * a particular group; see `isGroup`).
         *
         * The fields are sorted by ordinal number, but note that because groups share the same
         * ordinal space, the field's index in this list is not necessarily exactly its ordinal.
         * On the other hand, the field's position in this list does remain the same even as the
         * protocol evolves, since it is not possible to insert or remove an earlier ordinal.
         * Therefore, for most use cases, if you want to identify a field by number, it may make the
         * most sense to use the field's index in this list rather than its ordinal.
         */
        public boolean hasFields() {
          return readHasPointer(3);
        }

        /**
         * Fields defined within this scope (either the struct's top-level fields, or the fields of
         * a particular group; see `isGroup`).
         *
         * The fields are sorted by ordinal number, but note that because groups share the same
         * ordinal space, the field's index in this list is not necessarily exactly its ordinal.
         * On the other hand, the field's position in this list does remain the same even as the
         * protocol evolves, since it is not possible to insert or remove an earlier ordinal.
         * Therefore, for most use cases, if you want to identify a field by number, it may make the
         * most sense to use the field's index in this list rather than its ordinal.
         */
        public StructListReader<Field.Reader> getFields() {
          return readList(3, dev.rast.capnp.ElementSize.INLINE_COMPOSITE, new StructListReader<>(Field.Reader::new), null);
        }

        /**
         * Fields defined within this scope (either the struct's top-level fields, or the fields of
         * a particular group; see `isGroup`).
         *
         * The fields are sorted by ordinal number, but note that because groups share the same
         * ordinal space, the field's index in this list is not necessarily exactly its ordinal.
         * On the other hand, the field's position in this list does remain the same even as the
         * protocol evolves, since it is not possible to insert or remove an earlier ordinal.
         * Therefore, for most use cases, if you want to identify a field by number, it may make the
         * most sense to use the field's index in this list rather than its ordinal.
         */
        public StructListReader<Field.Reader> getFields(StructListReader<Field.Reader> reuse) {
          return readList(3, dev.rast.capnp.ElementSize.INLINE_COMPOSITE, reuse, null);
        }

        /**
         * Prints this struct in the Cap'n Proto text format to {@code p}.
         */
        public void printTo(TextPrinter p) {
          p.beginStruct();
          p.field("dataWordCount");
          p.valueInt(getDataWordCount() & 0xFFFF);
          p.field("pointerCount");
          p.valueInt(getPointerCount() & 0xFFFF);
          p.field("preferredListEncoding");
          Generated.printEnum(p, getPreferredListEncoding(), readShort(26, (short) 0) & 0xFFFF);
          p.field("isGroup");
          p.valueBool(getIsGroup());
          p.field("discriminantCount");
          p.valueInt(getDiscriminantCount() & 0xFFFF);
          p.field("discriminantOffset");
          p.valueInt(Integer.toUnsignedLong(getDiscriminantOffset()));
          if (hasFields()) {
            p.field("fields");
            StructListReader<Field.Reader> l0 = getFields();
            p.beginList();
            for (int i0 = 0; i0 < l0.size(); i0++) {
              l0.get(i0).printTo(p);
            }
            p.end();
          }
          p.end();
        }

        /**
         * This struct as {@code capnp decode --short} prints it.
         */
        @Override
        public String toString() {
          TextPrinter p = new TextPrinter();
          printTo(p);
          return p.toShortString();
        }

        /**
         * This struct as {@code capnp decode} prints it (without the final newline).
         */
        public String toPrettyString() {
          TextPrinter p = new TextPrinter();
          printTo(p);
          return p.toPrettyString();
        }
      }

      /**
       * Writes a {@code struct} in place.
       */
      public static final class Builder extends StructBuilder {
        /**
         * An unpointed view; the enclosing struct's {@code get}/{@code init} of the group points it.
         */
        public Builder() {
        }

        /**
         * Size of the data section, in words.
         */
        public short getDataWordCount() {
          return readShort(14, (short) 0);
        }

        /**
         * Size of the data section, in words.
         */
        public Builder setDataWordCount(short value) {
          writeShort(14, value, (short) 0);
          return this;
        }

        /**
         * Size of the pointer section, in pointers (which are one word each).
         */
        public short getPointerCount() {
          return readShort(24, (short) 0);
        }

        /**
         * Size of the pointer section, in pointers (which are one word each).
         */
        public Builder setPointerCount(short value) {
          writeShort(24, value, (short) 0);
          return this;
        }

        /**
         * The preferred element size to use when encoding a list of this struct.  If this is anything
         * other than `inlineComposite` then the struct is one word or less in size and is a candidate
         * for list packing optimization.
         */
        public ElementSize getPreferredListEncoding() {
          return ElementSize.fromValue(readShort(26, (short) 0) & 0xFFFF);
        }

        /**
         * The preferred element size to use when encoding a list of this struct.  If this is anything
         * other than `inlineComposite` then the struct is one word or less in size and is a candidate
         * for list packing optimization.
         */
        public Builder setPreferredListEncoding(ElementSize value) {
          if (value == ElementSize._UNKNOWN) {
            throw new IllegalArgumentException("cannot write the unknown enum constant");
          }
          writeShort(26, (short) value.ordinal(), (short) 0);
          return this;
        }

        /**
         * If true, then this "struct" node is actually not an independent node, but merely represents
         * some named union or group within a particular parent struct.  This node's scopeId refers
         * to the parent struct, which may itself be a union/group in yet another struct.
         *
         * All group nodes share the same dataWordCount and pointerCount as the top-level
         * struct, and their fields live in the same ordinal and offset spaces as all other fields in
         * the struct.
         *
         * Note that a named union is considered a special kind of group -- in fact, a named union
         * is exactly equivalent to a group that contains nothing but an unnamed union.
         */
        public boolean getIsGroup() {
          return readBool(224, false);
        }

        /**
         * If true, then this "struct" node is actually not an independent node, but merely represents
         * some named union or group within a particular parent struct.  This node's scopeId refers
         * to the parent struct, which may itself be a union/group in yet another struct.
         *
         * All group nodes share the same dataWordCount and pointerCount as the top-level
         * struct, and their fields live in the same ordinal and offset spaces as all other fields in
         * the struct.
         *
         * Note that a named union is considered a special kind of group -- in fact, a named union
         * is exactly equivalent to a group that contains nothing but an unnamed union.
         */
        public Builder setIsGroup(boolean value) {
          writeBool(224, value, false);
          return this;
        }

        /**
         * Number of fields in this struct which are members of an anonymous union, and thus may
         * overlap.  If this is non-zero, then a 16-bit discriminant is present indicating which
         * of the overlapping fields is active.  This can never be 1 -- if it is non-zero, it must be
         * two or more.
         *
         * Note that the fields of an unnamed union are considered fields of the scope containing the
         * union -- an unnamed union is not its own group.  So, a top-level struct may contain a
         * non-zero discriminant count.  Named unions, on the other hand, are equivalent to groups
         * containing unnamed unions.  So, a named union has its own independent schema node, with
         * `isGroup` = true.
         */
        public short getDiscriminantCount() {
          return readShort(30, (short) 0);
        }

        /**
         * Number of fields in this struct which are members of an anonymous union, and thus may
         * overlap.  If this is non-zero, then a 16-bit discriminant is present indicating which
         * of the overlapping fields is active.  This can never be 1 -- if it is non-zero, it must be
         * two or more.
         *
         * Note that the fields of an unnamed union are considered fields of the scope containing the
         * union -- an unnamed union is not its own group.  So, a top-level struct may contain a
         * non-zero discriminant count.  Named unions, on the other hand, are equivalent to groups
         * containing unnamed unions.  So, a named union has its own independent schema node, with
         * `isGroup` = true.
         */
        public Builder setDiscriminantCount(short value) {
          writeShort(30, value, (short) 0);
          return this;
        }

        /**
         * If `discriminantCount` is non-zero, this is the offset of the union discriminant, in
         * multiples of 16 bits.
         */
        public int getDiscriminantOffset() {
          return readInt(32, 0);
        }

        /**
         * If `discriminantCount` is non-zero, this is the offset of the union discriminant, in
         * multiples of 16 bits.
         */
        public Builder setDiscriminantOffset(int value) {
          writeInt(32, value, 0);
          return this;
        }

        /**
         * Fields defined within this scope (either the struct's top-level fields, or the fields of
         * a particular group; see `isGroup`).
         *
         * The fields are sorted by ordinal number, but note that because groups share the same
         * ordinal space, the field's index in this list is not necessarily exactly its ordinal.
         * On the other hand, the field's position in this list does remain the same even as the
         * protocol evolves, since it is not possible to insert or remove an earlier ordinal.
         * Therefore, for most use cases, if you want to identify a field by number, it may make the
         * most sense to use the field's index in this list rather than its ordinal.
         */
        public boolean hasFields() {
          return readHasPointer(3);
        }

        /**
         * Fields defined within this scope (either the struct's top-level fields, or the fields of
         * a particular group; see `isGroup`).
         *
         * The fields are sorted by ordinal number, but note that because groups share the same
         * ordinal space, the field's index in this list is not necessarily exactly its ordinal.
         * On the other hand, the field's position in this list does remain the same even as the
         * protocol evolves, since it is not possible to insert or remove an earlier ordinal.
         * Therefore, for most use cases, if you want to identify a field by number, it may make the
         * most sense to use the field's index in this list rather than its ordinal.
         */
        public StructListBuilder<Field.Builder> getFields() {
          return openStructList(3, new StructListBuilder<>(Field.Builder::new), null);
        }

        /**
         * Fields defined within this scope (either the struct's top-level fields, or the fields of
         * a particular group; see `isGroup`).
         *
         * The fields are sorted by ordinal number, but note that because groups share the same
         * ordinal space, the field's index in this list is not necessarily exactly its ordinal.
         * On the other hand, the field's position in this list does remain the same even as the
         * protocol evolves, since it is not possible to insert or remove an earlier ordinal.
         * Therefore, for most use cases, if you want to identify a field by number, it may make the
         * most sense to use the field's index in this list rather than its ordinal.
         */
        public StructListBuilder<Field.Builder> getFields(StructListBuilder<Field.Builder> reuse) {
          return openStructList(3, reuse, null);
        }

        /**
         * Fields defined within this scope (either the struct's top-level fields, or the fields of
         * a particular group; see `isGroup`).
         *
         * The fields are sorted by ordinal number, but note that because groups share the same
         * ordinal space, the field's index in this list is not necessarily exactly its ordinal.
         * On the other hand, the field's position in this list does remain the same even as the
         * protocol evolves, since it is not possible to insert or remove an earlier ordinal.
         * Therefore, for most use cases, if you want to identify a field by number, it may make the
         * most sense to use the field's index in this list rather than its ordinal.
         */
        public StructListBuilder<Field.Builder> initFields(int size) {
          return newStructList(3, size, new StructListBuilder<>(Field.Builder::new));
        }

        /**
         * Fields defined within this scope (either the struct's top-level fields, or the fields of
         * a particular group; see `isGroup`).
         *
         * The fields are sorted by ordinal number, but note that because groups share the same
         * ordinal space, the field's index in this list is not necessarily exactly its ordinal.
         * On the other hand, the field's position in this list does remain the same even as the
         * protocol evolves, since it is not possible to insert or remove an earlier ordinal.
         * Therefore, for most use cases, if you want to identify a field by number, it may make the
         * most sense to use the field's index in this list rather than its ordinal.
         */
        public StructListBuilder<Field.Builder> initFields(int size,
            StructListBuilder<Field.Builder> reuse) {
          return newStructList(3, size, reuse);
        }

        /**
         * Fields defined within this scope (either the struct's top-level fields, or the fields of
         * a particular group; see `isGroup`).
         *
         * The fields are sorted by ordinal number, but note that because groups share the same
         * ordinal space, the field's index in this list is not necessarily exactly its ordinal.
         * On the other hand, the field's position in this list does remain the same even as the
         * protocol evolves, since it is not possible to insert or remove an earlier ordinal.
         * Therefore, for most use cases, if you want to identify a field by number, it may make the
         * most sense to use the field's index in this list rather than its ordinal.
         */
        public Builder setFields(ListReader value) {
          copyList(3, value);
          return this;
        }

        /**
         * A reader over what this builder has written (zero-copy).
         */
        public Reader asReader() {
          return asReader(new Reader());
        }

        /**
         * What this builder has written, as {@code capnp decode --short} prints it.
         */
        @Override
        public String toString() {
          return asReader().toString();
        }
      }
    }

    /**
     * Group {@code enum}.
     */
    public static final class Enum {
      private Enum() {
      }

      /**
       * Generator-owned metadata of this group.
       */
      public static final class _Meta {
        /**
         * The schema's 64-bit id of this node.
         */
        public static final long TYPE_ID = 0xb54ab3364333f598L;

        private _Meta() {
        }
      }

      /**
       * Reads a {@code enum} in place; re-pointable, allocation-free.
       */
      public static final class Reader extends StructReader {
        /**
         * An unpointed reader (the empty struct until pointed somewhere).
         */
        public Reader() {
        }

        /**
         * Enumerants ordered by numeric value (ordinal).
         */
        public boolean hasEnumerants() {
          return readHasPointer(3);
        }

        /**
         * Enumerants ordered by numeric value (ordinal).
         */
        public StructListReader<Enumerant.Reader> getEnumerants() {
          return readList(3, dev.rast.capnp.ElementSize.INLINE_COMPOSITE, new StructListReader<>(Enumerant.Reader::new), null);
        }

        /**
         * Enumerants ordered by numeric value (ordinal).
         */
        public StructListReader<Enumerant.Reader> getEnumerants(
            StructListReader<Enumerant.Reader> reuse) {
          return readList(3, dev.rast.capnp.ElementSize.INLINE_COMPOSITE, reuse, null);
        }

        /**
         * Prints this struct in the Cap'n Proto text format to {@code p}.
         */
        public void printTo(TextPrinter p) {
          p.beginStruct();
          if (hasEnumerants()) {
            p.field("enumerants");
            StructListReader<Enumerant.Reader> l0 = getEnumerants();
            p.beginList();
            for (int i0 = 0; i0 < l0.size(); i0++) {
              l0.get(i0).printTo(p);
            }
            p.end();
          }
          p.end();
        }

        /**
         * This struct as {@code capnp decode --short} prints it.
         */
        @Override
        public String toString() {
          TextPrinter p = new TextPrinter();
          printTo(p);
          return p.toShortString();
        }

        /**
         * This struct as {@code capnp decode} prints it (without the final newline).
         */
        public String toPrettyString() {
          TextPrinter p = new TextPrinter();
          printTo(p);
          return p.toPrettyString();
        }
      }

      /**
       * Writes a {@code enum} in place.
       */
      public static final class Builder extends StructBuilder {
        /**
         * An unpointed view; the enclosing struct's {@code get}/{@code init} of the group points it.
         */
        public Builder() {
        }

        /**
         * Enumerants ordered by numeric value (ordinal).
         */
        public boolean hasEnumerants() {
          return readHasPointer(3);
        }

        /**
         * Enumerants ordered by numeric value (ordinal).
         */
        public StructListBuilder<Enumerant.Builder> getEnumerants() {
          return openStructList(3, new StructListBuilder<>(Enumerant.Builder::new), null);
        }

        /**
         * Enumerants ordered by numeric value (ordinal).
         */
        public StructListBuilder<Enumerant.Builder> getEnumerants(
            StructListBuilder<Enumerant.Builder> reuse) {
          return openStructList(3, reuse, null);
        }

        /**
         * Enumerants ordered by numeric value (ordinal).
         */
        public StructListBuilder<Enumerant.Builder> initEnumerants(int size) {
          return newStructList(3, size, new StructListBuilder<>(Enumerant.Builder::new));
        }

        /**
         * Enumerants ordered by numeric value (ordinal).
         */
        public StructListBuilder<Enumerant.Builder> initEnumerants(int size,
            StructListBuilder<Enumerant.Builder> reuse) {
          return newStructList(3, size, reuse);
        }

        /**
         * Enumerants ordered by numeric value (ordinal).
         */
        public Builder setEnumerants(ListReader value) {
          copyList(3, value);
          return this;
        }

        /**
         * A reader over what this builder has written (zero-copy).
         */
        public Reader asReader() {
          return asReader(new Reader());
        }

        /**
         * What this builder has written, as {@code capnp decode --short} prints it.
         */
        @Override
        public String toString() {
          return asReader().toString();
        }
      }
    }

    /**
     * Group {@code interface}.
     */
    public static final class Interface {
      private Interface() {
      }

      /**
       * Generator-owned metadata of this group.
       */
      public static final class _Meta {
        /**
         * The schema's 64-bit id of this node.
         */
        public static final long TYPE_ID = 0xe82753cff0c2218fL;

        private _Meta() {
        }
      }

      /**
       * Reads a {@code interface} in place; re-pointable, allocation-free.
       */
      public static final class Reader extends StructReader {
        /**
         * An unpointed reader (the empty struct until pointed somewhere).
         */
        public Reader() {
        }

        /**
         * Methods ordered by ordinal.
         */
        public boolean hasMethods() {
          return readHasPointer(3);
        }

        /**
         * Methods ordered by ordinal.
         */
        public StructListReader<Method.Reader> getMethods() {
          return readList(3, dev.rast.capnp.ElementSize.INLINE_COMPOSITE, new StructListReader<>(Method.Reader::new), null);
        }

        /**
         * Methods ordered by ordinal.
         */
        public StructListReader<Method.Reader> getMethods(StructListReader<Method.Reader> reuse) {
          return readList(3, dev.rast.capnp.ElementSize.INLINE_COMPOSITE, reuse, null);
        }

        /**
         * Superclasses of this interface.
         */
        public boolean hasSuperclasses() {
          return readHasPointer(4);
        }

        /**
         * Superclasses of this interface.
         */
        public StructListReader<Superclass.Reader> getSuperclasses() {
          return readList(4, dev.rast.capnp.ElementSize.INLINE_COMPOSITE, new StructListReader<>(Superclass.Reader::new), null);
        }

        /**
         * Superclasses of this interface.
         */
        public StructListReader<Superclass.Reader> getSuperclasses(
            StructListReader<Superclass.Reader> reuse) {
          return readList(4, dev.rast.capnp.ElementSize.INLINE_COMPOSITE, reuse, null);
        }

        /**
         * Prints this struct in the Cap'n Proto text format to {@code p}.
         */
        public void printTo(TextPrinter p) {
          p.beginStruct();
          if (hasMethods()) {
            p.field("methods");
            StructListReader<Method.Reader> l0 = getMethods();
            p.beginList();
            for (int i0 = 0; i0 < l0.size(); i0++) {
              l0.get(i0).printTo(p);
            }
            p.end();
          }
          if (hasSuperclasses()) {
            p.field("superclasses");
            StructListReader<Superclass.Reader> l0 = getSuperclasses();
            p.beginList();
            for (int i0 = 0; i0 < l0.size(); i0++) {
              l0.get(i0).printTo(p);
            }
            p.end();
          }
          p.end();
        }

        /**
         * This struct as {@code capnp decode --short} prints it.
         */
        @Override
        public String toString() {
          TextPrinter p = new TextPrinter();
          printTo(p);
          return p.toShortString();
        }

        /**
         * This struct as {@code capnp decode} prints it (without the final newline).
         */
        public String toPrettyString() {
          TextPrinter p = new TextPrinter();
          printTo(p);
          return p.toPrettyString();
        }
      }

      /**
       * Writes a {@code interface} in place.
       */
      public static final class Builder extends StructBuilder {
        /**
         * An unpointed view; the enclosing struct's {@code get}/{@code init} of the group points it.
         */
        public Builder() {
        }

        /**
         * Methods ordered by ordinal.
         */
        public boolean hasMethods() {
          return readHasPointer(3);
        }

        /**
         * Methods ordered by ordinal.
         */
        public StructListBuilder<Method.Builder> getMethods() {
          return openStructList(3, new StructListBuilder<>(Method.Builder::new), null);
        }

        /**
         * Methods ordered by ordinal.
         */
        public StructListBuilder<Method.Builder> getMethods(
            StructListBuilder<Method.Builder> reuse) {
          return openStructList(3, reuse, null);
        }

        /**
         * Methods ordered by ordinal.
         */
        public StructListBuilder<Method.Builder> initMethods(int size) {
          return newStructList(3, size, new StructListBuilder<>(Method.Builder::new));
        }

        /**
         * Methods ordered by ordinal.
         */
        public StructListBuilder<Method.Builder> initMethods(int size,
            StructListBuilder<Method.Builder> reuse) {
          return newStructList(3, size, reuse);
        }

        /**
         * Methods ordered by ordinal.
         */
        public Builder setMethods(ListReader value) {
          copyList(3, value);
          return this;
        }

        /**
         * Superclasses of this interface.
         */
        public boolean hasSuperclasses() {
          return readHasPointer(4);
        }

        /**
         * Superclasses of this interface.
         */
        public StructListBuilder<Superclass.Builder> getSuperclasses() {
          return openStructList(4, new StructListBuilder<>(Superclass.Builder::new), null);
        }

        /**
         * Superclasses of this interface.
         */
        public StructListBuilder<Superclass.Builder> getSuperclasses(
            StructListBuilder<Superclass.Builder> reuse) {
          return openStructList(4, reuse, null);
        }

        /**
         * Superclasses of this interface.
         */
        public StructListBuilder<Superclass.Builder> initSuperclasses(int size) {
          return newStructList(4, size, new StructListBuilder<>(Superclass.Builder::new));
        }

        /**
         * Superclasses of this interface.
         */
        public StructListBuilder<Superclass.Builder> initSuperclasses(int size,
            StructListBuilder<Superclass.Builder> reuse) {
          return newStructList(4, size, reuse);
        }

        /**
         * Superclasses of this interface.
         */
        public Builder setSuperclasses(ListReader value) {
          copyList(4, value);
          return this;
        }

        /**
         * A reader over what this builder has written (zero-copy).
         */
        public Reader asReader() {
          return asReader(new Reader());
        }

        /**
         * What this builder has written, as {@code capnp decode --short} prints it.
         */
        @Override
        public String toString() {
          return asReader().toString();
        }
      }
    }

    /**
     * Group {@code const}.
     */
    public static final class Const {
      private Const() {
      }

      /**
       * Generator-owned metadata of this group.
       */
      public static final class _Meta {
        /**
         * The schema's 64-bit id of this node.
         */
        public static final long TYPE_ID = 0xb18aa5ac7a0d9420L;

        private _Meta() {
        }
      }

      /**
       * Reads a {@code const} in place; re-pointable, allocation-free.
       */
      public static final class Reader extends StructReader {
        /**
         * An unpointed reader (the empty struct until pointed somewhere).
         */
        public Reader() {
        }

        public boolean hasType() {
          return readHasPointer(3);
        }

        public Type.Reader getType() {
          return readStruct(3, new Type.Reader(), null);
        }

        public Type.Reader getType(Type.Reader reuse) {
          return readStruct(3, reuse, null);
        }

        public boolean hasValue() {
          return readHasPointer(4);
        }

        public Value.Reader getValue() {
          return readStruct(4, new Value.Reader(), null);
        }

        public Value.Reader getValue(Value.Reader reuse) {
          return readStruct(4, reuse, null);
        }

        /**
         * Prints this struct in the Cap'n Proto text format to {@code p}.
         */
        public void printTo(TextPrinter p) {
          p.beginStruct();
          if (hasType()) {
            p.field("type");
            getType().printTo(p);
          }
          if (hasValue()) {
            p.field("value");
            getValue().printTo(p);
          }
          p.end();
        }

        /**
         * This struct as {@code capnp decode --short} prints it.
         */
        @Override
        public String toString() {
          TextPrinter p = new TextPrinter();
          printTo(p);
          return p.toShortString();
        }

        /**
         * This struct as {@code capnp decode} prints it (without the final newline).
         */
        public String toPrettyString() {
          TextPrinter p = new TextPrinter();
          printTo(p);
          return p.toPrettyString();
        }
      }

      /**
       * Writes a {@code const} in place.
       */
      public static final class Builder extends StructBuilder {
        /**
         * An unpointed view; the enclosing struct's {@code get}/{@code init} of the group points it.
         */
        public Builder() {
        }

        public boolean hasType() {
          return readHasPointer(3);
        }

        public Type.Builder getType() {
          return openStruct(3, new Type.Builder(), null);
        }

        public Type.Builder getType(Type.Builder reuse) {
          return openStruct(3, reuse, null);
        }

        public Type.Builder initType() {
          return newStruct(3, new Type.Builder());
        }

        public Type.Builder initType(Type.Builder reuse) {
          return newStruct(3, reuse);
        }

        public Builder setType(Type.Reader value) {
          copyStruct(3, value);
          return this;
        }

        public boolean hasValue() {
          return readHasPointer(4);
        }

        public Value.Builder getValue() {
          return openStruct(4, new Value.Builder(), null);
        }

        public Value.Builder getValue(Value.Builder reuse) {
          return openStruct(4, reuse, null);
        }

        public Value.Builder initValue() {
          return newStruct(4, new Value.Builder());
        }

        public Value.Builder initValue(Value.Builder reuse) {
          return newStruct(4, reuse);
        }

        public Builder setValue(Value.Reader value) {
          copyStruct(4, value);
          return this;
        }

        /**
         * A reader over what this builder has written (zero-copy).
         */
        public Reader asReader() {
          return asReader(new Reader());
        }

        /**
         * What this builder has written, as {@code capnp decode --short} prints it.
         */
        @Override
        public String toString() {
          return asReader().toString();
        }
      }
    }

    /**
     * Group {@code annotation}.
     */
    public static final class Annotation {
      private Annotation() {
      }

      /**
       * Generator-owned metadata of this group.
       */
      public static final class _Meta {
        /**
         * The schema's 64-bit id of this node.
         */
        public static final long TYPE_ID = 0xec1619d4400a0290L;

        private _Meta() {
        }
      }

      /**
       * Reads a {@code annotation} in place; re-pointable, allocation-free.
       */
      public static final class Reader extends StructReader {
        /**
         * An unpointed reader (the empty struct until pointed somewhere).
         */
        public Reader() {
        }

        public boolean hasType() {
          return readHasPointer(3);
        }

        public Type.Reader getType() {
          return readStruct(3, new Type.Reader(), null);
        }

        public Type.Reader getType(Type.Reader reuse) {
          return readStruct(3, reuse, null);
        }

        public boolean getTargetsFile() {
          return readBool(112, false);
        }

        public boolean getTargetsConst() {
          return readBool(113, false);
        }

        public boolean getTargetsEnum() {
          return readBool(114, false);
        }

        public boolean getTargetsEnumerant() {
          return readBool(115, false);
        }

        public boolean getTargetsStruct() {
          return readBool(116, false);
        }

        public boolean getTargetsField() {
          return readBool(117, false);
        }

        public boolean getTargetsUnion() {
          return readBool(118, false);
        }

        public boolean getTargetsGroup() {
          return readBool(119, false);
        }

        public boolean getTargetsInterface() {
          return readBool(120, false);
        }

        public boolean getTargetsMethod() {
          return readBool(121, false);
        }

        public boolean getTargetsParam() {
          return readBool(122, false);
        }

        public boolean getTargetsAnnotation() {
          return readBool(123, false);
        }

        /**
         * Prints this struct in the Cap'n Proto text format to {@code p}.
         */
        public void printTo(TextPrinter p) {
          p.beginStruct();
          if (hasType()) {
            p.field("type");
            getType().printTo(p);
          }
          p.field("targetsFile");
          p.valueBool(getTargetsFile());
          p.field("targetsConst");
          p.valueBool(getTargetsConst());
          p.field("targetsEnum");
          p.valueBool(getTargetsEnum());
          p.field("targetsEnumerant");
          p.valueBool(getTargetsEnumerant());
          p.field("targetsStruct");
          p.valueBool(getTargetsStruct());
          p.field("targetsField");
          p.valueBool(getTargetsField());
          p.field("targetsUnion");
          p.valueBool(getTargetsUnion());
          p.field("targetsGroup");
          p.valueBool(getTargetsGroup());
          p.field("targetsInterface");
          p.valueBool(getTargetsInterface());
          p.field("targetsMethod");
          p.valueBool(getTargetsMethod());
          p.field("targetsParam");
          p.valueBool(getTargetsParam());
          p.field("targetsAnnotation");
          p.valueBool(getTargetsAnnotation());
          p.end();
        }

        /**
         * This struct as {@code capnp decode --short} prints it.
         */
        @Override
        public String toString() {
          TextPrinter p = new TextPrinter();
          printTo(p);
          return p.toShortString();
        }

        /**
         * This struct as {@code capnp decode} prints it (without the final newline).
         */
        public String toPrettyString() {
          TextPrinter p = new TextPrinter();
          printTo(p);
          return p.toPrettyString();
        }
      }

      /**
       * Writes a {@code annotation} in place.
       */
      public static final class Builder extends StructBuilder {
        /**
         * An unpointed view; the enclosing struct's {@code get}/{@code init} of the group points it.
         */
        public Builder() {
        }

        public boolean hasType() {
          return readHasPointer(3);
        }

        public Type.Builder getType() {
          return openStruct(3, new Type.Builder(), null);
        }

        public Type.Builder getType(Type.Builder reuse) {
          return openStruct(3, reuse, null);
        }

        public Type.Builder initType() {
          return newStruct(3, new Type.Builder());
        }

        public Type.Builder initType(Type.Builder reuse) {
          return newStruct(3, reuse);
        }

        public Builder setType(Type.Reader value) {
          copyStruct(3, value);
          return this;
        }

        public boolean getTargetsFile() {
          return readBool(112, false);
        }

        public Builder setTargetsFile(boolean value) {
          writeBool(112, value, false);
          return this;
        }

        public boolean getTargetsConst() {
          return readBool(113, false);
        }

        public Builder setTargetsConst(boolean value) {
          writeBool(113, value, false);
          return this;
        }

        public boolean getTargetsEnum() {
          return readBool(114, false);
        }

        public Builder setTargetsEnum(boolean value) {
          writeBool(114, value, false);
          return this;
        }

        public boolean getTargetsEnumerant() {
          return readBool(115, false);
        }

        public Builder setTargetsEnumerant(boolean value) {
          writeBool(115, value, false);
          return this;
        }

        public boolean getTargetsStruct() {
          return readBool(116, false);
        }

        public Builder setTargetsStruct(boolean value) {
          writeBool(116, value, false);
          return this;
        }

        public boolean getTargetsField() {
          return readBool(117, false);
        }

        public Builder setTargetsField(boolean value) {
          writeBool(117, value, false);
          return this;
        }

        public boolean getTargetsUnion() {
          return readBool(118, false);
        }

        public Builder setTargetsUnion(boolean value) {
          writeBool(118, value, false);
          return this;
        }

        public boolean getTargetsGroup() {
          return readBool(119, false);
        }

        public Builder setTargetsGroup(boolean value) {
          writeBool(119, value, false);
          return this;
        }

        public boolean getTargetsInterface() {
          return readBool(120, false);
        }

        public Builder setTargetsInterface(boolean value) {
          writeBool(120, value, false);
          return this;
        }

        public boolean getTargetsMethod() {
          return readBool(121, false);
        }

        public Builder setTargetsMethod(boolean value) {
          writeBool(121, value, false);
          return this;
        }

        public boolean getTargetsParam() {
          return readBool(122, false);
        }

        public Builder setTargetsParam(boolean value) {
          writeBool(122, value, false);
          return this;
        }

        public boolean getTargetsAnnotation() {
          return readBool(123, false);
        }

        public Builder setTargetsAnnotation(boolean value) {
          writeBool(123, value, false);
          return this;
        }

        /**
         * A reader over what this builder has written (zero-copy).
         */
        public Reader asReader() {
          return asReader(new Reader());
        }

        /**
         * What this builder has written, as {@code capnp decode --short} prints it.
         */
        @Override
        public String toString() {
          return asReader().toString();
        }
      }
    }

    /**
     * Information about one of the node's parameters.
     */
    public static final class Parameter {
      private Parameter() {
      }

      /**
       * Generator-owned metadata of this struct.
       */
      public static final class _Meta {
        /**
         * The schema's 64-bit id of this node.
         */
        public static final long TYPE_ID = 0xb9521bccf10fa3b1L;

        /**
         * Data words and pointers of this struct.
         */
        public static final StructSize SIZE = new StructSize(0, 1);

        private _Meta() {
        }
      }

      /**
       * Reads a {@code Parameter} in place; re-pointable, allocation-free.
       */
      public static final class Reader extends StructReader {
        /**
         * An unpointed reader (the empty struct until pointed somewhere).
         */
        public Reader() {
        }

        public boolean hasName() {
          return readHasPointer(0);
        }

        public String getName() {
          return readText(0, new TextReader(), null).toString();
        }

        public TextReader getName(TextReader reuse) {
          return readText(0, reuse, null);
        }

        /**
         * Prints this struct in the Cap'n Proto text format to {@code p}.
         */
        public void printTo(TextPrinter p) {
          p.beginStruct();
          if (hasName()) {
            p.field("name");
            TextReader t = getName(new TextReader());
            p.valueText(t.buffer(), t.offset(), t.size());
          }
          p.end();
        }

        /**
         * This struct as {@code capnp decode --short} prints it.
         */
        @Override
        public String toString() {
          TextPrinter p = new TextPrinter();
          printTo(p);
          return p.toShortString();
        }

        /**
         * This struct as {@code capnp decode} prints it (without the final newline).
         */
        public String toPrettyString() {
          TextPrinter p = new TextPrinter();
          printTo(p);
          return p.toPrettyString();
        }

        /**
         * Value equality: equal canonical forms.
         */
        @Override
        public boolean equals(Object other) {
          return other instanceof Reader && Generated.equal(this, (Reader) other);
        }

        /**
         * A hash of the canonical form, consistent with {@link #equals}.
         */
        @Override
        public int hashCode() {
          return Generated.hash(this);
        }
      }

      /**
       * Writes a {@code Parameter} in place.
       */
      public static final class Builder extends StructBuilder {
        /**
         * An unpointed builder; point it with {@code initRoot(builder)} or a parent's {@code init}/{@code get}.
         */
        public Builder() {
          super(_Meta.SIZE);
        }

        public boolean hasName() {
          return readHasPointer(0);
        }

        public String getName() {
          return openText(0, new TextBuilder(), null).toString();
        }

        public TextBuilder getName(TextBuilder reuse) {
          return openText(0, reuse, null);
        }

        public Builder setName(CharSequence value) {
          writeText(0, value);
          return this;
        }

        public Builder setName(TextReader value) {
          copyText(0, value);
          return this;
        }

        public TextBuilder initName(int bytes) {
          return newText(0, bytes, new TextBuilder());
        }

        /**
         * A reader over what this builder has written (zero-copy).
         */
        public Reader asReader() {
          return asReader(new Reader());
        }

        /**
         * What this builder has written, as {@code capnp decode --short} prints it.
         */
        @Override
        public String toString() {
          return asReader().toString();
        }
      }
    }

    /**
     * Struct {@code NestedNode}.
     */
    public static final class NestedNode {
      private NestedNode() {
      }

      /**
       * Generator-owned metadata of this struct.
       */
      public static final class _Meta {
        /**
         * The schema's 64-bit id of this node.
         */
        public static final long TYPE_ID = 0xdebf55bbfa0fc242L;

        /**
         * Data words and pointers of this struct.
         */
        public static final StructSize SIZE = new StructSize(1, 1);

        private _Meta() {
        }
      }

      /**
       * Reads a {@code NestedNode} in place; re-pointable, allocation-free.
       */
      public static final class Reader extends StructReader {
        /**
         * An unpointed reader (the empty struct until pointed somewhere).
         */
        public Reader() {
        }

        /**
         * Unqualified symbol name.  Unlike Node.displayName, this *can* be used programmatically.
         *
         * (On Zooko's triangle, this is the node's petname according to its parent scope.)
         */
        public boolean hasName() {
          return readHasPointer(0);
        }

        /**
         * Unqualified symbol name.  Unlike Node.displayName, this *can* be used programmatically.
         *
         * (On Zooko's triangle, this is the node's petname according to its parent scope.)
         */
        public String getName() {
          return readText(0, new TextReader(), null).toString();
        }

        /**
         * Unqualified symbol name.  Unlike Node.displayName, this *can* be used programmatically.
         *
         * (On Zooko's triangle, this is the node's petname according to its parent scope.)
         */
        public TextReader getName(TextReader reuse) {
          return readText(0, reuse, null);
        }

        /**
         * ID of the nested node.  Typically, the target node's scopeId points back to this node, but
         * robust code should avoid relying on this.
         */
        public long getId() {
          return readLong(0, 0L);
        }

        /**
         * Prints this struct in the Cap'n Proto text format to {@code p}.
         */
        public void printTo(TextPrinter p) {
          p.beginStruct();
          if (hasName()) {
            p.field("name");
            TextReader t = getName(new TextReader());
            p.valueText(t.buffer(), t.offset(), t.size());
          }
          p.field("id");
          p.valueUInt64(getId());
          p.end();
        }

        /**
         * This struct as {@code capnp decode --short} prints it.
         */
        @Override
        public String toString() {
          TextPrinter p = new TextPrinter();
          printTo(p);
          return p.toShortString();
        }

        /**
         * This struct as {@code capnp decode} prints it (without the final newline).
         */
        public String toPrettyString() {
          TextPrinter p = new TextPrinter();
          printTo(p);
          return p.toPrettyString();
        }

        /**
         * Value equality: equal canonical forms.
         */
        @Override
        public boolean equals(Object other) {
          return other instanceof Reader && Generated.equal(this, (Reader) other);
        }

        /**
         * A hash of the canonical form, consistent with {@link #equals}.
         */
        @Override
        public int hashCode() {
          return Generated.hash(this);
        }
      }

      /**
       * Writes a {@code NestedNode} in place.
       */
      public static final class Builder extends StructBuilder {
        /**
         * An unpointed builder; point it with {@code initRoot(builder)} or a parent's {@code init}/{@code get}.
         */
        public Builder() {
          super(_Meta.SIZE);
        }

        /**
         * Unqualified symbol name.  Unlike Node.displayName, this *can* be used programmatically.
         *
         * (On Zooko's triangle, this is the node's petname according to its parent scope.)
         */
        public boolean hasName() {
          return readHasPointer(0);
        }

        /**
         * Unqualified symbol name.  Unlike Node.displayName, this *can* be used programmatically.
         *
         * (On Zooko's triangle, this is the node's petname according to its parent scope.)
         */
        public String getName() {
          return openText(0, new TextBuilder(), null).toString();
        }

        /**
         * Unqualified symbol name.  Unlike Node.displayName, this *can* be used programmatically.
         *
         * (On Zooko's triangle, this is the node's petname according to its parent scope.)
         */
        public TextBuilder getName(TextBuilder reuse) {
          return openText(0, reuse, null);
        }

        /**
         * Unqualified symbol name.  Unlike Node.displayName, this *can* be used programmatically.
         *
         * (On Zooko's triangle, this is the node's petname according to its parent scope.)
         */
        public Builder setName(CharSequence value) {
          writeText(0, value);
          return this;
        }

        /**
         * Unqualified symbol name.  Unlike Node.displayName, this *can* be used programmatically.
         *
         * (On Zooko's triangle, this is the node's petname according to its parent scope.)
         */
        public Builder setName(TextReader value) {
          copyText(0, value);
          return this;
        }

        /**
         * Unqualified symbol name.  Unlike Node.displayName, this *can* be used programmatically.
         *
         * (On Zooko's triangle, this is the node's petname according to its parent scope.)
         */
        public TextBuilder initName(int bytes) {
          return newText(0, bytes, new TextBuilder());
        }

        /**
         * ID of the nested node.  Typically, the target node's scopeId points back to this node, but
         * robust code should avoid relying on this.
         */
        public long getId() {
          return readLong(0, 0L);
        }

        /**
         * ID of the nested node.  Typically, the target node's scopeId points back to this node, but
         * robust code should avoid relying on this.
         */
        public Builder setId(long value) {
          writeLong(0, value, 0L);
          return this;
        }

        /**
         * A reader over what this builder has written (zero-copy).
         */
        public Reader asReader() {
          return asReader(new Reader());
        }

        /**
         * What this builder has written, as {@code capnp decode --short} prints it.
         */
        @Override
        public String toString() {
          return asReader().toString();
        }
      }
    }

    /**
     * Additional information about a node which is not needed at runtime, but may be useful for
     * documentation or debugging purposes. This is kept in a separate struct to make sure it
     * doesn't accidentally get included in contexts where it is not needed. The
     * `CodeGeneratorRequest` includes this information in a separate array.
     */
    public static final class SourceInfo {
      private SourceInfo() {
      }

      /**
       * Generator-owned metadata of this struct.
       */
      public static final class _Meta {
        /**
         * The schema's 64-bit id of this node.
         */
        public static final long TYPE_ID = 0xf38e1de3041357aeL;

        /**
         * Data words and pointers of this struct.
         */
        public static final StructSize SIZE = new StructSize(1, 2);

        private _Meta() {
        }
      }

      /**
       * Reads a {@code SourceInfo} in place; re-pointable, allocation-free.
       */
      public static final class Reader extends StructReader {
        /**
         * An unpointed reader (the empty struct until pointed somewhere).
         */
        public Reader() {
        }

        /**
         * ID of the Node which this info describes.
         */
        public long getId() {
          return readLong(0, 0L);
        }

        /**
         * The top-level doc comment for the Node.
         */
        public boolean hasDocComment() {
          return readHasPointer(0);
        }

        /**
         * The top-level doc comment for the Node.
         */
        public String getDocComment() {
          return readText(0, new TextReader(), null).toString();
        }

        /**
         * The top-level doc comment for the Node.
         */
        public TextReader getDocComment(TextReader reuse) {
          return readText(0, reuse, null);
        }

        /**
         * Information about each member -- i.e. fields (for structs), enumerants (for enums), or
         * methods (for interfaces).
         *
         * This list is the same length and order as the corresponding list in the Node, i.e.
         * Node.struct.fields, Node.enum.enumerants, or Node.interface.methods.
         */
        public boolean hasMembers() {
          return readHasPointer(1);
        }

        /**
         * Information about each member -- i.e. fields (for structs), enumerants (for enums), or
         * methods (for interfaces).
         *
         * This list is the same length and order as the corresponding list in the Node, i.e.
         * Node.struct.fields, Node.enum.enumerants, or Node.interface.methods.
         */
        public StructListReader<Member.Reader> getMembers() {
          return readList(1, dev.rast.capnp.ElementSize.INLINE_COMPOSITE, new StructListReader<>(Member.Reader::new), null);
        }

        /**
         * Information about each member -- i.e. fields (for structs), enumerants (for enums), or
         * methods (for interfaces).
         *
         * This list is the same length and order as the corresponding list in the Node, i.e.
         * Node.struct.fields, Node.enum.enumerants, or Node.interface.methods.
         */
        public StructListReader<Member.Reader> getMembers(StructListReader<Member.Reader> reuse) {
          return readList(1, dev.rast.capnp.ElementSize.INLINE_COMPOSITE, reuse, null);
        }

        /**
         * Prints this struct in the Cap'n Proto text format to {@code p}.
         */
        public void printTo(TextPrinter p) {
          p.beginStruct();
          p.field("id");
          p.valueUInt64(getId());
          if (hasDocComment()) {
            p.field("docComment");
            TextReader t = getDocComment(new TextReader());
            p.valueText(t.buffer(), t.offset(), t.size());
          }
          if (hasMembers()) {
            p.field("members");
            StructListReader<Member.Reader> l0 = getMembers();
            p.beginList();
            for (int i0 = 0; i0 < l0.size(); i0++) {
              l0.get(i0).printTo(p);
            }
            p.end();
          }
          p.end();
        }

        /**
         * This struct as {@code capnp decode --short} prints it.
         */
        @Override
        public String toString() {
          TextPrinter p = new TextPrinter();
          printTo(p);
          return p.toShortString();
        }

        /**
         * This struct as {@code capnp decode} prints it (without the final newline).
         */
        public String toPrettyString() {
          TextPrinter p = new TextPrinter();
          printTo(p);
          return p.toPrettyString();
        }

        /**
         * Value equality: equal canonical forms.
         */
        @Override
        public boolean equals(Object other) {
          return other instanceof Reader && Generated.equal(this, (Reader) other);
        }

        /**
         * A hash of the canonical form, consistent with {@link #equals}.
         */
        @Override
        public int hashCode() {
          return Generated.hash(this);
        }
      }

      /**
       * Writes a {@code SourceInfo} in place.
       */
      public static final class Builder extends StructBuilder {
        /**
         * An unpointed builder; point it with {@code initRoot(builder)} or a parent's {@code init}/{@code get}.
         */
        public Builder() {
          super(_Meta.SIZE);
        }

        /**
         * ID of the Node which this info describes.
         */
        public long getId() {
          return readLong(0, 0L);
        }

        /**
         * ID of the Node which this info describes.
         */
        public Builder setId(long value) {
          writeLong(0, value, 0L);
          return this;
        }

        /**
         * The top-level doc comment for the Node.
         */
        public boolean hasDocComment() {
          return readHasPointer(0);
        }

        /**
         * The top-level doc comment for the Node.
         */
        public String getDocComment() {
          return openText(0, new TextBuilder(), null).toString();
        }

        /**
         * The top-level doc comment for the Node.
         */
        public TextBuilder getDocComment(TextBuilder reuse) {
          return openText(0, reuse, null);
        }

        /**
         * The top-level doc comment for the Node.
         */
        public Builder setDocComment(CharSequence value) {
          writeText(0, value);
          return this;
        }

        /**
         * The top-level doc comment for the Node.
         */
        public Builder setDocComment(TextReader value) {
          copyText(0, value);
          return this;
        }

        /**
         * The top-level doc comment for the Node.
         */
        public TextBuilder initDocComment(int bytes) {
          return newText(0, bytes, new TextBuilder());
        }

        /**
         * Information about each member -- i.e. fields (for structs), enumerants (for enums), or
         * methods (for interfaces).
         *
         * This list is the same length and order as the corresponding list in the Node, i.e.
         * Node.struct.fields, Node.enum.enumerants, or Node.interface.methods.
         */
        public boolean hasMembers() {
          return readHasPointer(1);
        }

        /**
         * Information about each member -- i.e. fields (for structs), enumerants (for enums), or
         * methods (for interfaces).
         *
         * This list is the same length and order as the corresponding list in the Node, i.e.
         * Node.struct.fields, Node.enum.enumerants, or Node.interface.methods.
         */
        public StructListBuilder<Member.Builder> getMembers() {
          return openStructList(1, new StructListBuilder<>(Member.Builder::new), null);
        }

        /**
         * Information about each member -- i.e. fields (for structs), enumerants (for enums), or
         * methods (for interfaces).
         *
         * This list is the same length and order as the corresponding list in the Node, i.e.
         * Node.struct.fields, Node.enum.enumerants, or Node.interface.methods.
         */
        public StructListBuilder<Member.Builder> getMembers(
            StructListBuilder<Member.Builder> reuse) {
          return openStructList(1, reuse, null);
        }

        /**
         * Information about each member -- i.e. fields (for structs), enumerants (for enums), or
         * methods (for interfaces).
         *
         * This list is the same length and order as the corresponding list in the Node, i.e.
         * Node.struct.fields, Node.enum.enumerants, or Node.interface.methods.
         */
        public StructListBuilder<Member.Builder> initMembers(int size) {
          return newStructList(1, size, new StructListBuilder<>(Member.Builder::new));
        }

        /**
         * Information about each member -- i.e. fields (for structs), enumerants (for enums), or
         * methods (for interfaces).
         *
         * This list is the same length and order as the corresponding list in the Node, i.e.
         * Node.struct.fields, Node.enum.enumerants, or Node.interface.methods.
         */
        public StructListBuilder<Member.Builder> initMembers(int size,
            StructListBuilder<Member.Builder> reuse) {
          return newStructList(1, size, reuse);
        }

        /**
         * Information about each member -- i.e. fields (for structs), enumerants (for enums), or
         * methods (for interfaces).
         *
         * This list is the same length and order as the corresponding list in the Node, i.e.
         * Node.struct.fields, Node.enum.enumerants, or Node.interface.methods.
         */
        public Builder setMembers(ListReader value) {
          copyList(1, value);
          return this;
        }

        /**
         * A reader over what this builder has written (zero-copy).
         */
        public Reader asReader() {
          return asReader(new Reader());
        }

        /**
         * What this builder has written, as {@code capnp decode --short} prints it.
         */
        @Override
        public String toString() {
          return asReader().toString();
        }
      }

      /**
       * Struct {@code Member}.
       */
      public static final class Member {
        private Member() {
        }

        /**
         * Generator-owned metadata of this struct.
         */
        public static final class _Meta {
          /**
           * The schema's 64-bit id of this node.
           */
          public static final long TYPE_ID = 0xc2ba9038898e1fa2L;

          /**
           * Data words and pointers of this struct.
           */
          public static final StructSize SIZE = new StructSize(0, 1);

          private _Meta() {
          }
        }

        /**
         * Reads a {@code Member} in place; re-pointable, allocation-free.
         */
        public static final class Reader extends StructReader {
          /**
           * An unpointed reader (the empty struct until pointed somewhere).
           */
          public Reader() {
          }

          /**
           * Doc comment on the member.
           */
          public boolean hasDocComment() {
            return readHasPointer(0);
          }

          /**
           * Doc comment on the member.
           */
          public String getDocComment() {
            return readText(0, new TextReader(), null).toString();
          }

          /**
           * Doc comment on the member.
           */
          public TextReader getDocComment(TextReader reuse) {
            return readText(0, reuse, null);
          }

          /**
           * Prints this struct in the Cap'n Proto text format to {@code p}.
           */
          public void printTo(TextPrinter p) {
            p.beginStruct();
            if (hasDocComment()) {
              p.field("docComment");
              TextReader t = getDocComment(new TextReader());
              p.valueText(t.buffer(), t.offset(), t.size());
            }
            p.end();
          }

          /**
           * This struct as {@code capnp decode --short} prints it.
           */
          @Override
          public String toString() {
            TextPrinter p = new TextPrinter();
            printTo(p);
            return p.toShortString();
          }

          /**
           * This struct as {@code capnp decode} prints it (without the final newline).
           */
          public String toPrettyString() {
            TextPrinter p = new TextPrinter();
            printTo(p);
            return p.toPrettyString();
          }

          /**
           * Value equality: equal canonical forms.
           */
          @Override
          public boolean equals(Object other) {
            return other instanceof Reader && Generated.equal(this, (Reader) other);
          }

          /**
           * A hash of the canonical form, consistent with {@link #equals}.
           */
          @Override
          public int hashCode() {
            return Generated.hash(this);
          }
        }

        /**
         * Writes a {@code Member} in place.
         */
        public static final class Builder extends StructBuilder {
          /**
           * An unpointed builder; point it with {@code initRoot(builder)} or a parent's {@code init}/{@code get}.
           */
          public Builder() {
            super(_Meta.SIZE);
          }

          /**
           * Doc comment on the member.
           */
          public boolean hasDocComment() {
            return readHasPointer(0);
          }

          /**
           * Doc comment on the member.
           */
          public String getDocComment() {
            return openText(0, new TextBuilder(), null).toString();
          }

          /**
           * Doc comment on the member.
           */
          public TextBuilder getDocComment(TextBuilder reuse) {
            return openText(0, reuse, null);
          }

          /**
           * Doc comment on the member.
           */
          public Builder setDocComment(CharSequence value) {
            writeText(0, value);
            return this;
          }

          /**
           * Doc comment on the member.
           */
          public Builder setDocComment(TextReader value) {
            copyText(0, value);
            return this;
          }

          /**
           * Doc comment on the member.
           */
          public TextBuilder initDocComment(int bytes) {
            return newText(0, bytes, new TextBuilder());
          }

          /**
           * A reader over what this builder has written (zero-copy).
           */
          public Reader asReader() {
            return asReader(new Reader());
          }

          /**
           * What this builder has written, as {@code capnp decode --short} prints it.
           */
          @Override
          public String toString() {
            return asReader().toString();
          }
        }
      }
    }
  }

  /**
   * Schema for a field of a struct.
   */
  public static final class Field {
    /**
     * Constant {@code noDiscriminant}.
     */
    public static final short NO_DISCRIMINANT = (short) -1;

    private Field() {
    }

    /**
     * The members of the union, by discriminant; {@code _UNKNOWN} for a member a newer schema added.
     */
    public enum Which {
      SLOT,

      GROUP,

      _UNKNOWN;

      private static final Which[] _VALUES = {SLOT, GROUP};

      static Which of(int discriminant) {
        return discriminant < _VALUES.length ? _VALUES[discriminant] : _UNKNOWN;
      }
    }

    /**
     * Generator-owned metadata of this struct.
     */
    public static final class _Meta {
      /**
       * The schema's 64-bit id of this node.
       */
      public static final long TYPE_ID = 0x9aad50a41f4af45fL;

      /**
       * Data words and pointers of this struct.
       */
      public static final StructSize SIZE = new StructSize(3, 4);

      private _Meta() {
      }
    }

    /**
     * Reads a {@code Field} in place; re-pointable, allocation-free.
     */
    public static final class Reader extends StructReader {
      /**
       * An unpointed reader (the empty struct until pointed somewhere).
       */
      public Reader() {
      }

      /**
       * Which member of the union is set.
       */
      public Which which() {
        return Which.of(readShort(8, (short) 0) & 0xFFFF);
      }

      public boolean hasName() {
        return readHasPointer(0);
      }

      public String getName() {
        return readText(0, new TextReader(), null).toString();
      }

      public TextReader getName(TextReader reuse) {
        return readText(0, reuse, null);
      }

      /**
       * Indicates where this member appeared in the code, relative to other members.
       * Code ordering may have semantic relevance -- programmers tend to place related fields
       * together.  So, using code ordering makes sense in human-readable formats where ordering is
       * otherwise irrelevant, like JSON.  The values of codeOrder are tightly-packed, so the maximum
       * value is count(members) - 1.  Fields that are members of a union are only ordered relative to
       * the other members of that union, so the maximum value there is count(union.members).
       */
      public short getCodeOrder() {
        return readShort(0, (short) 0);
      }

      public boolean hasAnnotations() {
        return readHasPointer(1);
      }

      public StructListReader<Annotation.Reader> getAnnotations() {
        return readList(1, dev.rast.capnp.ElementSize.INLINE_COMPOSITE, new StructListReader<>(Annotation.Reader::new), null);
      }

      public StructListReader<Annotation.Reader> getAnnotations(
          StructListReader<Annotation.Reader> reuse) {
        return readList(1, dev.rast.capnp.ElementSize.INLINE_COMPOSITE, reuse, null);
      }

      /**
       * If the field is in a union, this is the value which the union's discriminant should take when
       * the field is active.  If the field is not in a union, this is 0xffff.
       */
      public short getDiscriminantValue() {
        return readShort(2, (short) -1);
      }

      /**
       * Whether {@code slot} is the member of the union that is set.
       */
      public boolean isSlot() {
        return which() == Which.SLOT;
      }

      /**
       * A regular, non-group, non-fixed-list field.
       */
      public Slot.Reader getSlot() {
        return getSlot(new Slot.Reader());
      }

      /**
       * A regular, non-group, non-fixed-list field.
       */
      public Slot.Reader getSlot(Slot.Reader reuse) {
        reuse.wrap(this);
        return reuse;
      }

      /**
       * Whether {@code group} is the member of the union that is set.
       */
      public boolean isGroup() {
        return which() == Which.GROUP;
      }

      /**
       * A group.
       */
      public Group.Reader getGroup() {
        return getGroup(new Group.Reader());
      }

      /**
       * A group.
       */
      public Group.Reader getGroup(Group.Reader reuse) {
        reuse.wrap(this);
        return reuse;
      }

      public Ordinal.Reader getOrdinal() {
        return getOrdinal(new Ordinal.Reader());
      }

      public Ordinal.Reader getOrdinal(Ordinal.Reader reuse) {
        reuse.wrap(this);
        return reuse;
      }

      /**
       * Prints this struct in the Cap'n Proto text format to {@code p}.
       */
      public void printTo(TextPrinter p) {
        p.beginStruct();
        int which = readShort(8, (short) 0) & 0xFFFF;
        if (hasName()) {
          p.field("name");
          TextReader t = getName(new TextReader());
          p.valueText(t.buffer(), t.offset(), t.size());
        }
        p.field("codeOrder");
        p.valueInt(getCodeOrder() & 0xFFFF);
        if (hasAnnotations()) {
          p.field("annotations");
          StructListReader<Annotation.Reader> l0 = getAnnotations();
          p.beginList();
          for (int i0 = 0; i0 < l0.size(); i0++) {
            l0.get(i0).printTo(p);
          }
          p.end();
        }
        p.field("discriminantValue");
        p.valueInt(getDiscriminantValue() & 0xFFFF);
        if (which == 0) {
          p.field("slot");
          getSlot().printTo(p);
        }
        if (which == 1) {
          p.field("group");
          getGroup().printTo(p);
        }
        p.field("ordinal");
        getOrdinal().printTo(p);
        p.end();
      }

      /**
       * This struct as {@code capnp decode --short} prints it.
       */
      @Override
      public String toString() {
        TextPrinter p = new TextPrinter();
        printTo(p);
        return p.toShortString();
      }

      /**
       * This struct as {@code capnp decode} prints it (without the final newline).
       */
      public String toPrettyString() {
        TextPrinter p = new TextPrinter();
        printTo(p);
        return p.toPrettyString();
      }

      /**
       * Value equality: equal canonical forms.
       */
      @Override
      public boolean equals(Object other) {
        return other instanceof Reader && Generated.equal(this, (Reader) other);
      }

      /**
       * A hash of the canonical form, consistent with {@link #equals}.
       */
      @Override
      public int hashCode() {
        return Generated.hash(this);
      }
    }

    /**
     * Writes a {@code Field} in place.
     */
    public static final class Builder extends StructBuilder {
      /**
       * An unpointed builder; point it with {@code initRoot(builder)} or a parent's {@code init}/{@code get}.
       */
      public Builder() {
        super(_Meta.SIZE);
      }

      /**
       * Which member of the union is set.
       */
      public Which which() {
        return Which.of(readShort(8, (short) 0) & 0xFFFF);
      }

      public boolean hasName() {
        return readHasPointer(0);
      }

      public String getName() {
        return openText(0, new TextBuilder(), null).toString();
      }

      public TextBuilder getName(TextBuilder reuse) {
        return openText(0, reuse, null);
      }

      public Builder setName(CharSequence value) {
        writeText(0, value);
        return this;
      }

      public Builder setName(TextReader value) {
        copyText(0, value);
        return this;
      }

      public TextBuilder initName(int bytes) {
        return newText(0, bytes, new TextBuilder());
      }

      /**
       * Indicates where this member appeared in the code, relative to other members.
       * Code ordering may have semantic relevance -- programmers tend to place related fields
       * together.  So, using code ordering makes sense in human-readable formats where ordering is
       * otherwise irrelevant, like JSON.  The values of codeOrder are tightly-packed, so the maximum
       * value is count(members) - 1.  Fields that are members of a union are only ordered relative to
       * the other members of that union, so the maximum value there is count(union.members).
       */
      public short getCodeOrder() {
        return readShort(0, (short) 0);
      }

      /**
       * Indicates where this member appeared in the code, relative to other members.
       * Code ordering may have semantic relevance -- programmers tend to place related fields
       * together.  So, using code ordering makes sense in human-readable formats where ordering is
       * otherwise irrelevant, like JSON.  The values of codeOrder are tightly-packed, so the maximum
       * value is count(members) - 1.  Fields that are members of a union are only ordered relative to
       * the other members of that union, so the maximum value there is count(union.members).
       */
      public Builder setCodeOrder(short value) {
        writeShort(0, value, (short) 0);
        return this;
      }

      public boolean hasAnnotations() {
        return readHasPointer(1);
      }

      public StructListBuilder<Annotation.Builder> getAnnotations() {
        return openStructList(1, new StructListBuilder<>(Annotation.Builder::new), null);
      }

      public StructListBuilder<Annotation.Builder> getAnnotations(
          StructListBuilder<Annotation.Builder> reuse) {
        return openStructList(1, reuse, null);
      }

      public StructListBuilder<Annotation.Builder> initAnnotations(int size) {
        return newStructList(1, size, new StructListBuilder<>(Annotation.Builder::new));
      }

      public StructListBuilder<Annotation.Builder> initAnnotations(int size,
          StructListBuilder<Annotation.Builder> reuse) {
        return newStructList(1, size, reuse);
      }

      public Builder setAnnotations(ListReader value) {
        copyList(1, value);
        return this;
      }

      /**
       * If the field is in a union, this is the value which the union's discriminant should take when
       * the field is active.  If the field is not in a union, this is 0xffff.
       */
      public short getDiscriminantValue() {
        return readShort(2, (short) -1);
      }

      /**
       * If the field is in a union, this is the value which the union's discriminant should take when
       * the field is active.  If the field is not in a union, this is 0xffff.
       */
      public Builder setDiscriminantValue(short value) {
        writeShort(2, value, (short) -1);
        return this;
      }

      /**
       * Whether {@code slot} is the member of the union that is set.
       */
      public boolean isSlot() {
        return which() == Which.SLOT;
      }

      /**
       * A regular, non-group, non-fixed-list field.
       */
      public Slot.Builder getSlot() {
        return getSlot(new Slot.Builder());
      }

      /**
       * A regular, non-group, non-fixed-list field.
       */
      public Slot.Builder getSlot(Slot.Builder reuse) {
        reuse.wrap(this);
        return reuse;
      }

      /**
       * A regular, non-group, non-fixed-list field.
       */
      public Slot.Builder initSlot() {
        writeShort(8, (short) 0, (short) 0);
        writeInt(4, 0, 0);
        writeNullPointer(2);
        writeNullPointer(3);
        writeBool(128, false, false);
        return getSlot(new Slot.Builder());
      }

      /**
       * Whether {@code group} is the member of the union that is set.
       */
      public boolean isGroup() {
        return which() == Which.GROUP;
      }

      /**
       * A group.
       */
      public Group.Builder getGroup() {
        return getGroup(new Group.Builder());
      }

      /**
       * A group.
       */
      public Group.Builder getGroup(Group.Builder reuse) {
        reuse.wrap(this);
        return reuse;
      }

      /**
       * A group.
       */
      public Group.Builder initGroup() {
        writeShort(8, (short) 1, (short) 0);
        writeLong(16, 0L, 0L);
        return getGroup(new Group.Builder());
      }

      public Ordinal.Builder getOrdinal() {
        return getOrdinal(new Ordinal.Builder());
      }

      public Ordinal.Builder getOrdinal(Ordinal.Builder reuse) {
        reuse.wrap(this);
        return reuse;
      }

      public Ordinal.Builder initOrdinal() {
        writeShort(10, (short) 0, (short) 0);
        writeShort(12, (short) 0, (short) 0);
        return getOrdinal(new Ordinal.Builder());
      }

      /**
       * A reader over what this builder has written (zero-copy).
       */
      public Reader asReader() {
        return asReader(new Reader());
      }

      /**
       * What this builder has written, as {@code capnp decode --short} prints it.
       */
      @Override
      public String toString() {
        return asReader().toString();
      }
    }

    /**
     * A regular, non-group, non-fixed-list field.
     */
    public static final class Slot {
      private Slot() {
      }

      /**
       * Generator-owned metadata of this group.
       */
      public static final class _Meta {
        /**
         * The schema's 64-bit id of this node.
         */
        public static final long TYPE_ID = 0xc42305476bb4746fL;

        private _Meta() {
        }
      }

      /**
       * Reads a {@code slot} in place; re-pointable, allocation-free.
       */
      public static final class Reader extends StructReader {
        /**
         * An unpointed reader (the empty struct until pointed somewhere).
         */
        public Reader() {
        }

        /**
         * Offset, in units of the field's size, from the beginning of the section in which the field
         * resides.  E.g. for a UInt32 field, multiply this by 4 to get the byte offset from the
         * beginning of the data section.
         */
        public int getOffset() {
          return readInt(4, 0);
        }

        public boolean hasType() {
          return readHasPointer(2);
        }

        public Type.Reader getType() {
          return readStruct(2, new Type.Reader(), null);
        }

        public Type.Reader getType(Type.Reader reuse) {
          return readStruct(2, reuse, null);
        }

        public boolean hasDefaultValue() {
          return readHasPointer(3);
        }

        public Value.Reader getDefaultValue() {
          return readStruct(3, new Value.Reader(), null);
        }

        public Value.Reader getDefaultValue(Value.Reader reuse) {
          return readStruct(3, reuse, null);
        }

        /**
         * Whether the default value was specified explicitly.  Non-explicit default values are always
         * zero or empty values.  Usually, whether the default value was explicit shouldn't matter.
         * The main use case for this flag is for structs representing method parameters:
         * explicitly-defaulted parameters may be allowed to be omitted when calling the method.
         */
        public boolean getHadExplicitDefault() {
          return readBool(128, false);
        }

        /**
         * Prints this struct in the Cap'n Proto text format to {@code p}.
         */
        public void printTo(TextPrinter p) {
          p.beginStruct();
          p.field("offset");
          p.valueInt(Integer.toUnsignedLong(getOffset()));
          if (hasType()) {
            p.field("type");
            getType().printTo(p);
          }
          if (hasDefaultValue()) {
            p.field("defaultValue");
            getDefaultValue().printTo(p);
          }
          p.field("hadExplicitDefault");
          p.valueBool(getHadExplicitDefault());
          p.end();
        }

        /**
         * This struct as {@code capnp decode --short} prints it.
         */
        @Override
        public String toString() {
          TextPrinter p = new TextPrinter();
          printTo(p);
          return p.toShortString();
        }

        /**
         * This struct as {@code capnp decode} prints it (without the final newline).
         */
        public String toPrettyString() {
          TextPrinter p = new TextPrinter();
          printTo(p);
          return p.toPrettyString();
        }
      }

      /**
       * Writes a {@code slot} in place.
       */
      public static final class Builder extends StructBuilder {
        /**
         * An unpointed view; the enclosing struct's {@code get}/{@code init} of the group points it.
         */
        public Builder() {
        }

        /**
         * Offset, in units of the field's size, from the beginning of the section in which the field
         * resides.  E.g. for a UInt32 field, multiply this by 4 to get the byte offset from the
         * beginning of the data section.
         */
        public int getOffset() {
          return readInt(4, 0);
        }

        /**
         * Offset, in units of the field's size, from the beginning of the section in which the field
         * resides.  E.g. for a UInt32 field, multiply this by 4 to get the byte offset from the
         * beginning of the data section.
         */
        public Builder setOffset(int value) {
          writeInt(4, value, 0);
          return this;
        }

        public boolean hasType() {
          return readHasPointer(2);
        }

        public Type.Builder getType() {
          return openStruct(2, new Type.Builder(), null);
        }

        public Type.Builder getType(Type.Builder reuse) {
          return openStruct(2, reuse, null);
        }

        public Type.Builder initType() {
          return newStruct(2, new Type.Builder());
        }

        public Type.Builder initType(Type.Builder reuse) {
          return newStruct(2, reuse);
        }

        public Builder setType(Type.Reader value) {
          copyStruct(2, value);
          return this;
        }

        public boolean hasDefaultValue() {
          return readHasPointer(3);
        }

        public Value.Builder getDefaultValue() {
          return openStruct(3, new Value.Builder(), null);
        }

        public Value.Builder getDefaultValue(Value.Builder reuse) {
          return openStruct(3, reuse, null);
        }

        public Value.Builder initDefaultValue() {
          return newStruct(3, new Value.Builder());
        }

        public Value.Builder initDefaultValue(Value.Builder reuse) {
          return newStruct(3, reuse);
        }

        public Builder setDefaultValue(Value.Reader value) {
          copyStruct(3, value);
          return this;
        }

        /**
         * Whether the default value was specified explicitly.  Non-explicit default values are always
         * zero or empty values.  Usually, whether the default value was explicit shouldn't matter.
         * The main use case for this flag is for structs representing method parameters:
         * explicitly-defaulted parameters may be allowed to be omitted when calling the method.
         */
        public boolean getHadExplicitDefault() {
          return readBool(128, false);
        }

        /**
         * Whether the default value was specified explicitly.  Non-explicit default values are always
         * zero or empty values.  Usually, whether the default value was explicit shouldn't matter.
         * The main use case for this flag is for structs representing method parameters:
         * explicitly-defaulted parameters may be allowed to be omitted when calling the method.
         */
        public Builder setHadExplicitDefault(boolean value) {
          writeBool(128, value, false);
          return this;
        }

        /**
         * A reader over what this builder has written (zero-copy).
         */
        public Reader asReader() {
          return asReader(new Reader());
        }

        /**
         * What this builder has written, as {@code capnp decode --short} prints it.
         */
        @Override
        public String toString() {
          return asReader().toString();
        }
      }
    }

    /**
     * A group.
     */
    public static final class Group {
      private Group() {
      }

      /**
       * Generator-owned metadata of this group.
       */
      public static final class _Meta {
        /**
         * The schema's 64-bit id of this node.
         */
        public static final long TYPE_ID = 0xcafccddb68db1d11L;

        private _Meta() {
        }
      }

      /**
       * Reads a {@code group} in place; re-pointable, allocation-free.
       */
      public static final class Reader extends StructReader {
        /**
         * An unpointed reader (the empty struct until pointed somewhere).
         */
        public Reader() {
        }

        /**
         * The ID of the group's node.
         */
        public long getTypeId() {
          return readLong(16, 0L);
        }

        /**
         * Prints this struct in the Cap'n Proto text format to {@code p}.
         */
        public void printTo(TextPrinter p) {
          p.beginStruct();
          p.field("typeId");
          p.valueUInt64(getTypeId());
          p.end();
        }

        /**
         * This struct as {@code capnp decode --short} prints it.
         */
        @Override
        public String toString() {
          TextPrinter p = new TextPrinter();
          printTo(p);
          return p.toShortString();
        }

        /**
         * This struct as {@code capnp decode} prints it (without the final newline).
         */
        public String toPrettyString() {
          TextPrinter p = new TextPrinter();
          printTo(p);
          return p.toPrettyString();
        }
      }

      /**
       * Writes a {@code group} in place.
       */
      public static final class Builder extends StructBuilder {
        /**
         * An unpointed view; the enclosing struct's {@code get}/{@code init} of the group points it.
         */
        public Builder() {
        }

        /**
         * The ID of the group's node.
         */
        public long getTypeId() {
          return readLong(16, 0L);
        }

        /**
         * The ID of the group's node.
         */
        public Builder setTypeId(long value) {
          writeLong(16, value, 0L);
          return this;
        }

        /**
         * A reader over what this builder has written (zero-copy).
         */
        public Reader asReader() {
          return asReader(new Reader());
        }

        /**
         * What this builder has written, as {@code capnp decode --short} prints it.
         */
        @Override
        public String toString() {
          return asReader().toString();
        }
      }
    }

    /**
     * Group {@code ordinal}.
     */
    public static final class Ordinal {
      private Ordinal() {
      }

      /**
       * The members of the union, by discriminant; {@code _UNKNOWN} for a member a newer schema added.
       */
      public enum Which {
        IMPLICIT,

        EXPLICIT,

        _UNKNOWN;

        private static final Which[] _VALUES = {IMPLICIT, EXPLICIT};

        static Which of(int discriminant) {
          return discriminant < _VALUES.length ? _VALUES[discriminant] : _UNKNOWN;
        }
      }

      /**
       * Generator-owned metadata of this group.
       */
      public static final class _Meta {
        /**
         * The schema's 64-bit id of this node.
         */
        public static final long TYPE_ID = 0xbb90d5c287870be6L;

        private _Meta() {
        }
      }

      /**
       * Reads a {@code ordinal} in place; re-pointable, allocation-free.
       */
      public static final class Reader extends StructReader {
        /**
         * An unpointed reader (the empty struct until pointed somewhere).
         */
        public Reader() {
        }

        /**
         * Which member of the union is set.
         */
        public Which which() {
          return Which.of(readShort(10, (short) 0) & 0xFFFF);
        }

        /**
         * Whether {@code implicit} is the member of the union that is set.
         */
        public boolean isImplicit() {
          return which() == Which.IMPLICIT;
        }

        /**
         * Whether {@code explicit} is the member of the union that is set.
         */
        public boolean isExplicit() {
          return which() == Which.EXPLICIT;
        }

        /**
         * The original ordinal number given to the field.  You probably should NOT use this; if you need
         * a numeric identifier for a field, use its position within the field array for its scope.
         * The ordinal is given here mainly just so that the original schema text can be reproduced given
         * the compiled version -- i.e. so that `capnp compile -ocapnp` can do its job.
         */
        public short getExplicit() {
          return readShort(12, (short) 0);
        }

        /**
         * Prints this struct in the Cap'n Proto text format to {@code p}.
         */
        public void printTo(TextPrinter p) {
          p.beginStruct();
          int which = readShort(10, (short) 0) & 0xFFFF;
          if (which == 0) {
            p.field("implicit");
            p.valueVoid();
          }
          if (which == 1) {
            p.field("explicit");
            p.valueInt(getExplicit() & 0xFFFF);
          }
          p.end();
        }

        /**
         * This struct as {@code capnp decode --short} prints it.
         */
        @Override
        public String toString() {
          TextPrinter p = new TextPrinter();
          printTo(p);
          return p.toShortString();
        }

        /**
         * This struct as {@code capnp decode} prints it (without the final newline).
         */
        public String toPrettyString() {
          TextPrinter p = new TextPrinter();
          printTo(p);
          return p.toPrettyString();
        }
      }

      /**
       * Writes a {@code ordinal} in place.
       */
      public static final class Builder extends StructBuilder {
        /**
         * An unpointed view; the enclosing struct's {@code get}/{@code init} of the group points it.
         */
        public Builder() {
        }

        /**
         * Which member of the union is set.
         */
        public Which which() {
          return Which.of(readShort(10, (short) 0) & 0xFFFF);
        }

        /**
         * Whether {@code implicit} is the member of the union that is set.
         */
        public boolean isImplicit() {
          return which() == Which.IMPLICIT;
        }

        public Builder setImplicit() {
          writeShort(10, (short) 0, (short) 0);
          return this;
        }

        /**
         * Whether {@code explicit} is the member of the union that is set.
         */
        public boolean isExplicit() {
          return which() == Which.EXPLICIT;
        }

        /**
         * The original ordinal number given to the field.  You probably should NOT use this; if you need
         * a numeric identifier for a field, use its position within the field array for its scope.
         * The ordinal is given here mainly just so that the original schema text can be reproduced given
         * the compiled version -- i.e. so that `capnp compile -ocapnp` can do its job.
         */
        public short getExplicit() {
          return readShort(12, (short) 0);
        }

        /**
         * The original ordinal number given to the field.  You probably should NOT use this; if you need
         * a numeric identifier for a field, use its position within the field array for its scope.
         * The ordinal is given here mainly just so that the original schema text can be reproduced given
         * the compiled version -- i.e. so that `capnp compile -ocapnp` can do its job.
         */
        public Builder setExplicit(short value) {
          writeShort(10, (short) 1, (short) 0);
          writeShort(12, value, (short) 0);
          return this;
        }

        /**
         * A reader over what this builder has written (zero-copy).
         */
        public Reader asReader() {
          return asReader(new Reader());
        }

        /**
         * What this builder has written, as {@code capnp decode --short} prints it.
         */
        @Override
        public String toString() {
          return asReader().toString();
        }
      }
    }
  }

  /**
   * Schema for member of an enum.
   */
  public static final class Enumerant {
    private Enumerant() {
    }

    /**
     * Generator-owned metadata of this struct.
     */
    public static final class _Meta {
      /**
       * The schema's 64-bit id of this node.
       */
      public static final long TYPE_ID = 0x978a7cebdc549a4dL;

      /**
       * Data words and pointers of this struct.
       */
      public static final StructSize SIZE = new StructSize(1, 2);

      private _Meta() {
      }
    }

    /**
     * Reads a {@code Enumerant} in place; re-pointable, allocation-free.
     */
    public static final class Reader extends StructReader {
      /**
       * An unpointed reader (the empty struct until pointed somewhere).
       */
      public Reader() {
      }

      public boolean hasName() {
        return readHasPointer(0);
      }

      public String getName() {
        return readText(0, new TextReader(), null).toString();
      }

      public TextReader getName(TextReader reuse) {
        return readText(0, reuse, null);
      }

      /**
       * Specifies order in which the enumerants were declared in the code.
       * Like Struct.Field.codeOrder.
       */
      public short getCodeOrder() {
        return readShort(0, (short) 0);
      }

      public boolean hasAnnotations() {
        return readHasPointer(1);
      }

      public StructListReader<Annotation.Reader> getAnnotations() {
        return readList(1, dev.rast.capnp.ElementSize.INLINE_COMPOSITE, new StructListReader<>(Annotation.Reader::new), null);
      }

      public StructListReader<Annotation.Reader> getAnnotations(
          StructListReader<Annotation.Reader> reuse) {
        return readList(1, dev.rast.capnp.ElementSize.INLINE_COMPOSITE, reuse, null);
      }

      /**
       * Prints this struct in the Cap'n Proto text format to {@code p}.
       */
      public void printTo(TextPrinter p) {
        p.beginStruct();
        if (hasName()) {
          p.field("name");
          TextReader t = getName(new TextReader());
          p.valueText(t.buffer(), t.offset(), t.size());
        }
        p.field("codeOrder");
        p.valueInt(getCodeOrder() & 0xFFFF);
        if (hasAnnotations()) {
          p.field("annotations");
          StructListReader<Annotation.Reader> l0 = getAnnotations();
          p.beginList();
          for (int i0 = 0; i0 < l0.size(); i0++) {
            l0.get(i0).printTo(p);
          }
          p.end();
        }
        p.end();
      }

      /**
       * This struct as {@code capnp decode --short} prints it.
       */
      @Override
      public String toString() {
        TextPrinter p = new TextPrinter();
        printTo(p);
        return p.toShortString();
      }

      /**
       * This struct as {@code capnp decode} prints it (without the final newline).
       */
      public String toPrettyString() {
        TextPrinter p = new TextPrinter();
        printTo(p);
        return p.toPrettyString();
      }

      /**
       * Value equality: equal canonical forms.
       */
      @Override
      public boolean equals(Object other) {
        return other instanceof Reader && Generated.equal(this, (Reader) other);
      }

      /**
       * A hash of the canonical form, consistent with {@link #equals}.
       */
      @Override
      public int hashCode() {
        return Generated.hash(this);
      }
    }

    /**
     * Writes a {@code Enumerant} in place.
     */
    public static final class Builder extends StructBuilder {
      /**
       * An unpointed builder; point it with {@code initRoot(builder)} or a parent's {@code init}/{@code get}.
       */
      public Builder() {
        super(_Meta.SIZE);
      }

      public boolean hasName() {
        return readHasPointer(0);
      }

      public String getName() {
        return openText(0, new TextBuilder(), null).toString();
      }

      public TextBuilder getName(TextBuilder reuse) {
        return openText(0, reuse, null);
      }

      public Builder setName(CharSequence value) {
        writeText(0, value);
        return this;
      }

      public Builder setName(TextReader value) {
        copyText(0, value);
        return this;
      }

      public TextBuilder initName(int bytes) {
        return newText(0, bytes, new TextBuilder());
      }

      /**
       * Specifies order in which the enumerants were declared in the code.
       * Like Struct.Field.codeOrder.
       */
      public short getCodeOrder() {
        return readShort(0, (short) 0);
      }

      /**
       * Specifies order in which the enumerants were declared in the code.
       * Like Struct.Field.codeOrder.
       */
      public Builder setCodeOrder(short value) {
        writeShort(0, value, (short) 0);
        return this;
      }

      public boolean hasAnnotations() {
        return readHasPointer(1);
      }

      public StructListBuilder<Annotation.Builder> getAnnotations() {
        return openStructList(1, new StructListBuilder<>(Annotation.Builder::new), null);
      }

      public StructListBuilder<Annotation.Builder> getAnnotations(
          StructListBuilder<Annotation.Builder> reuse) {
        return openStructList(1, reuse, null);
      }

      public StructListBuilder<Annotation.Builder> initAnnotations(int size) {
        return newStructList(1, size, new StructListBuilder<>(Annotation.Builder::new));
      }

      public StructListBuilder<Annotation.Builder> initAnnotations(int size,
          StructListBuilder<Annotation.Builder> reuse) {
        return newStructList(1, size, reuse);
      }

      public Builder setAnnotations(ListReader value) {
        copyList(1, value);
        return this;
      }

      /**
       * A reader over what this builder has written (zero-copy).
       */
      public Reader asReader() {
        return asReader(new Reader());
      }

      /**
       * What this builder has written, as {@code capnp decode --short} prints it.
       */
      @Override
      public String toString() {
        return asReader().toString();
      }
    }
  }

  /**
   * Struct {@code Superclass}.
   */
  public static final class Superclass {
    private Superclass() {
    }

    /**
     * Generator-owned metadata of this struct.
     */
    public static final class _Meta {
      /**
       * The schema's 64-bit id of this node.
       */
      public static final long TYPE_ID = 0xa9962a9ed0a4d7f8L;

      /**
       * Data words and pointers of this struct.
       */
      public static final StructSize SIZE = new StructSize(1, 1);

      private _Meta() {
      }
    }

    /**
     * Reads a {@code Superclass} in place; re-pointable, allocation-free.
     */
    public static final class Reader extends StructReader {
      /**
       * An unpointed reader (the empty struct until pointed somewhere).
       */
      public Reader() {
      }

      public long getId() {
        return readLong(0, 0L);
      }

      public boolean hasBrand() {
        return readHasPointer(0);
      }

      public Brand.Reader getBrand() {
        return readStruct(0, new Brand.Reader(), null);
      }

      public Brand.Reader getBrand(Brand.Reader reuse) {
        return readStruct(0, reuse, null);
      }

      /**
       * Prints this struct in the Cap'n Proto text format to {@code p}.
       */
      public void printTo(TextPrinter p) {
        p.beginStruct();
        p.field("id");
        p.valueUInt64(getId());
        if (hasBrand()) {
          p.field("brand");
          getBrand().printTo(p);
        }
        p.end();
      }

      /**
       * This struct as {@code capnp decode --short} prints it.
       */
      @Override
      public String toString() {
        TextPrinter p = new TextPrinter();
        printTo(p);
        return p.toShortString();
      }

      /**
       * This struct as {@code capnp decode} prints it (without the final newline).
       */
      public String toPrettyString() {
        TextPrinter p = new TextPrinter();
        printTo(p);
        return p.toPrettyString();
      }

      /**
       * Value equality: equal canonical forms.
       */
      @Override
      public boolean equals(Object other) {
        return other instanceof Reader && Generated.equal(this, (Reader) other);
      }

      /**
       * A hash of the canonical form, consistent with {@link #equals}.
       */
      @Override
      public int hashCode() {
        return Generated.hash(this);
      }
    }

    /**
     * Writes a {@code Superclass} in place.
     */
    public static final class Builder extends StructBuilder {
      /**
       * An unpointed builder; point it with {@code initRoot(builder)} or a parent's {@code init}/{@code get}.
       */
      public Builder() {
        super(_Meta.SIZE);
      }

      public long getId() {
        return readLong(0, 0L);
      }

      public Builder setId(long value) {
        writeLong(0, value, 0L);
        return this;
      }

      public boolean hasBrand() {
        return readHasPointer(0);
      }

      public Brand.Builder getBrand() {
        return openStruct(0, new Brand.Builder(), null);
      }

      public Brand.Builder getBrand(Brand.Builder reuse) {
        return openStruct(0, reuse, null);
      }

      public Brand.Builder initBrand() {
        return newStruct(0, new Brand.Builder());
      }

      public Brand.Builder initBrand(Brand.Builder reuse) {
        return newStruct(0, reuse);
      }

      public Builder setBrand(Brand.Reader value) {
        copyStruct(0, value);
        return this;
      }

      /**
       * A reader over what this builder has written (zero-copy).
       */
      public Reader asReader() {
        return asReader(new Reader());
      }

      /**
       * What this builder has written, as {@code capnp decode --short} prints it.
       */
      @Override
      public String toString() {
        return asReader().toString();
      }
    }
  }

  /**
   * Schema for method of an interface.
   */
  public static final class Method {
    private Method() {
    }

    /**
     * Generator-owned metadata of this struct.
     */
    public static final class _Meta {
      /**
       * The schema's 64-bit id of this node.
       */
      public static final long TYPE_ID = 0x9500cce23b334d80L;

      /**
       * Data words and pointers of this struct.
       */
      public static final StructSize SIZE = new StructSize(3, 5);

      private _Meta() {
      }
    }

    /**
     * Reads a {@code Method} in place; re-pointable, allocation-free.
     */
    public static final class Reader extends StructReader {
      /**
       * An unpointed reader (the empty struct until pointed somewhere).
       */
      public Reader() {
      }

      public boolean hasName() {
        return readHasPointer(0);
      }

      public String getName() {
        return readText(0, new TextReader(), null).toString();
      }

      public TextReader getName(TextReader reuse) {
        return readText(0, reuse, null);
      }

      /**
       * Specifies order in which the methods were declared in the code.
       * Like Struct.Field.codeOrder.
       */
      public short getCodeOrder() {
        return readShort(0, (short) 0);
      }

      /**
       * ID of the parameter struct type.  If a named parameter list was specified in the method
       * declaration (rather than a single struct parameter type) then a corresponding struct type is
       * auto-generated.  Such an auto-generated type will not be listed in the interface's
       * `nestedNodes` and its `scopeId` will be zero -- it is completely detached from the namespace.
       * (Awkwardly, it does of course inherit generic parameters from the method's scope, which makes
       * this a situation where you can't just climb the scope chain to find where a particular
       * generic parameter was introduced. Making the `scopeId` zero was a mistake.)
       */
      public long getParamStructType() {
        return readLong(8, 0L);
      }

      /**
       * ID of the return struct type; similar to `paramStructType`.
       */
      public long getResultStructType() {
        return readLong(16, 0L);
      }

      public boolean hasAnnotations() {
        return readHasPointer(1);
      }

      public StructListReader<Annotation.Reader> getAnnotations() {
        return readList(1, dev.rast.capnp.ElementSize.INLINE_COMPOSITE, new StructListReader<>(Annotation.Reader::new), null);
      }

      public StructListReader<Annotation.Reader> getAnnotations(
          StructListReader<Annotation.Reader> reuse) {
        return readList(1, dev.rast.capnp.ElementSize.INLINE_COMPOSITE, reuse, null);
      }

      /**
       * Brand of param struct type.
       */
      public boolean hasParamBrand() {
        return readHasPointer(2);
      }

      /**
       * Brand of param struct type.
       */
      public Brand.Reader getParamBrand() {
        return readStruct(2, new Brand.Reader(), null);
      }

      /**
       * Brand of param struct type.
       */
      public Brand.Reader getParamBrand(Brand.Reader reuse) {
        return readStruct(2, reuse, null);
      }

      /**
       * Brand of result struct type.
       */
      public boolean hasResultBrand() {
        return readHasPointer(3);
      }

      /**
       * Brand of result struct type.
       */
      public Brand.Reader getResultBrand() {
        return readStruct(3, new Brand.Reader(), null);
      }

      /**
       * Brand of result struct type.
       */
      public Brand.Reader getResultBrand(Brand.Reader reuse) {
        return readStruct(3, reuse, null);
      }

      /**
       * The parameters listed in [] (typically, type / generic parameters), whose bindings are intended
       * to be inferred rather than specified explicitly, although not all languages support this.
       */
      public boolean hasImplicitParameters() {
        return readHasPointer(4);
      }

      /**
       * The parameters listed in [] (typically, type / generic parameters), whose bindings are intended
       * to be inferred rather than specified explicitly, although not all languages support this.
       */
      public StructListReader<Node.Parameter.Reader> getImplicitParameters() {
        return readList(4, dev.rast.capnp.ElementSize.INLINE_COMPOSITE, new StructListReader<>(Node.Parameter.Reader::new), null);
      }

      /**
       * The parameters listed in [] (typically, type / generic parameters), whose bindings are intended
       * to be inferred rather than specified explicitly, although not all languages support this.
       */
      public StructListReader<Node.Parameter.Reader> getImplicitParameters(
          StructListReader<Node.Parameter.Reader> reuse) {
        return readList(4, dev.rast.capnp.ElementSize.INLINE_COMPOSITE, reuse, null);
      }

      /**
       * Prints this struct in the Cap'n Proto text format to {@code p}.
       */
      public void printTo(TextPrinter p) {
        p.beginStruct();
        if (hasName()) {
          p.field("name");
          TextReader t = getName(new TextReader());
          p.valueText(t.buffer(), t.offset(), t.size());
        }
        p.field("codeOrder");
        p.valueInt(getCodeOrder() & 0xFFFF);
        p.field("paramStructType");
        p.valueUInt64(getParamStructType());
        p.field("resultStructType");
        p.valueUInt64(getResultStructType());
        if (hasAnnotations()) {
          p.field("annotations");
          StructListReader<Annotation.Reader> l0 = getAnnotations();
          p.beginList();
          for (int i0 = 0; i0 < l0.size(); i0++) {
            l0.get(i0).printTo(p);
          }
          p.end();
        }
        if (hasParamBrand()) {
          p.field("paramBrand");
          getParamBrand().printTo(p);
        }
        if (hasResultBrand()) {
          p.field("resultBrand");
          getResultBrand().printTo(p);
        }
        if (hasImplicitParameters()) {
          p.field("implicitParameters");
          StructListReader<Node.Parameter.Reader> l0 = getImplicitParameters();
          p.beginList();
          for (int i0 = 0; i0 < l0.size(); i0++) {
            l0.get(i0).printTo(p);
          }
          p.end();
        }
        p.end();
      }

      /**
       * This struct as {@code capnp decode --short} prints it.
       */
      @Override
      public String toString() {
        TextPrinter p = new TextPrinter();
        printTo(p);
        return p.toShortString();
      }

      /**
       * This struct as {@code capnp decode} prints it (without the final newline).
       */
      public String toPrettyString() {
        TextPrinter p = new TextPrinter();
        printTo(p);
        return p.toPrettyString();
      }

      /**
       * Value equality: equal canonical forms.
       */
      @Override
      public boolean equals(Object other) {
        return other instanceof Reader && Generated.equal(this, (Reader) other);
      }

      /**
       * A hash of the canonical form, consistent with {@link #equals}.
       */
      @Override
      public int hashCode() {
        return Generated.hash(this);
      }
    }

    /**
     * Writes a {@code Method} in place.
     */
    public static final class Builder extends StructBuilder {
      /**
       * An unpointed builder; point it with {@code initRoot(builder)} or a parent's {@code init}/{@code get}.
       */
      public Builder() {
        super(_Meta.SIZE);
      }

      public boolean hasName() {
        return readHasPointer(0);
      }

      public String getName() {
        return openText(0, new TextBuilder(), null).toString();
      }

      public TextBuilder getName(TextBuilder reuse) {
        return openText(0, reuse, null);
      }

      public Builder setName(CharSequence value) {
        writeText(0, value);
        return this;
      }

      public Builder setName(TextReader value) {
        copyText(0, value);
        return this;
      }

      public TextBuilder initName(int bytes) {
        return newText(0, bytes, new TextBuilder());
      }

      /**
       * Specifies order in which the methods were declared in the code.
       * Like Struct.Field.codeOrder.
       */
      public short getCodeOrder() {
        return readShort(0, (short) 0);
      }

      /**
       * Specifies order in which the methods were declared in the code.
       * Like Struct.Field.codeOrder.
       */
      public Builder setCodeOrder(short value) {
        writeShort(0, value, (short) 0);
        return this;
      }

      /**
       * ID of the parameter struct type.  If a named parameter list was specified in the method
       * declaration (rather than a single struct parameter type) then a corresponding struct type is
       * auto-generated.  Such an auto-generated type will not be listed in the interface's
       * `nestedNodes` and its `scopeId` will be zero -- it is completely detached from the namespace.
       * (Awkwardly, it does of course inherit generic parameters from the method's scope, which makes
       * this a situation where you can't just climb the scope chain to find where a particular
       * generic parameter was introduced. Making the `scopeId` zero was a mistake.)
       */
      public long getParamStructType() {
        return readLong(8, 0L);
      }

      /**
       * ID of the parameter struct type.  If a named parameter list was specified in the method
       * declaration (rather than a single struct parameter type) then a corresponding struct type is
       * auto-generated.  Such an auto-generated type will not be listed in the interface's
       * `nestedNodes` and its `scopeId` will be zero -- it is completely detached from the namespace.
       * (Awkwardly, it does of course inherit generic parameters from the method's scope, which makes
       * this a situation where you can't just climb the scope chain to find where a particular
       * generic parameter was introduced. Making the `scopeId` zero was a mistake.)
       */
      public Builder setParamStructType(long value) {
        writeLong(8, value, 0L);
        return this;
      }

      /**
       * ID of the return struct type; similar to `paramStructType`.
       */
      public long getResultStructType() {
        return readLong(16, 0L);
      }

      /**
       * ID of the return struct type; similar to `paramStructType`.
       */
      public Builder setResultStructType(long value) {
        writeLong(16, value, 0L);
        return this;
      }

      public boolean hasAnnotations() {
        return readHasPointer(1);
      }

      public StructListBuilder<Annotation.Builder> getAnnotations() {
        return openStructList(1, new StructListBuilder<>(Annotation.Builder::new), null);
      }

      public StructListBuilder<Annotation.Builder> getAnnotations(
          StructListBuilder<Annotation.Builder> reuse) {
        return openStructList(1, reuse, null);
      }

      public StructListBuilder<Annotation.Builder> initAnnotations(int size) {
        return newStructList(1, size, new StructListBuilder<>(Annotation.Builder::new));
      }

      public StructListBuilder<Annotation.Builder> initAnnotations(int size,
          StructListBuilder<Annotation.Builder> reuse) {
        return newStructList(1, size, reuse);
      }

      public Builder setAnnotations(ListReader value) {
        copyList(1, value);
        return this;
      }

      /**
       * Brand of param struct type.
       */
      public boolean hasParamBrand() {
        return readHasPointer(2);
      }

      /**
       * Brand of param struct type.
       */
      public Brand.Builder getParamBrand() {
        return openStruct(2, new Brand.Builder(), null);
      }

      /**
       * Brand of param struct type.
       */
      public Brand.Builder getParamBrand(Brand.Builder reuse) {
        return openStruct(2, reuse, null);
      }

      /**
       * Brand of param struct type.
       */
      public Brand.Builder initParamBrand() {
        return newStruct(2, new Brand.Builder());
      }

      /**
       * Brand of param struct type.
       */
      public Brand.Builder initParamBrand(Brand.Builder reuse) {
        return newStruct(2, reuse);
      }

      /**
       * Brand of param struct type.
       */
      public Builder setParamBrand(Brand.Reader value) {
        copyStruct(2, value);
        return this;
      }

      /**
       * Brand of result struct type.
       */
      public boolean hasResultBrand() {
        return readHasPointer(3);
      }

      /**
       * Brand of result struct type.
       */
      public Brand.Builder getResultBrand() {
        return openStruct(3, new Brand.Builder(), null);
      }

      /**
       * Brand of result struct type.
       */
      public Brand.Builder getResultBrand(Brand.Builder reuse) {
        return openStruct(3, reuse, null);
      }

      /**
       * Brand of result struct type.
       */
      public Brand.Builder initResultBrand() {
        return newStruct(3, new Brand.Builder());
      }

      /**
       * Brand of result struct type.
       */
      public Brand.Builder initResultBrand(Brand.Builder reuse) {
        return newStruct(3, reuse);
      }

      /**
       * Brand of result struct type.
       */
      public Builder setResultBrand(Brand.Reader value) {
        copyStruct(3, value);
        return this;
      }

      /**
       * The parameters listed in [] (typically, type / generic parameters), whose bindings are intended
       * to be inferred rather than specified explicitly, although not all languages support this.
       */
      public boolean hasImplicitParameters() {
        return readHasPointer(4);
      }

      /**
       * The parameters listed in [] (typically, type / generic parameters), whose bindings are intended
       * to be inferred rather than specified explicitly, although not all languages support this.
       */
      public StructListBuilder<Node.Parameter.Builder> getImplicitParameters() {
        return openStructList(4, new StructListBuilder<>(Node.Parameter.Builder::new), null);
      }

      /**
       * The parameters listed in [] (typically, type / generic parameters), whose bindings are intended
       * to be inferred rather than specified explicitly, although not all languages support this.
       */
      public StructListBuilder<Node.Parameter.Builder> getImplicitParameters(
          StructListBuilder<Node.Parameter.Builder> reuse) {
        return openStructList(4, reuse, null);
      }

      /**
       * The parameters listed in [] (typically, type / generic parameters), whose bindings are intended
       * to be inferred rather than specified explicitly, although not all languages support this.
       */
      public StructListBuilder<Node.Parameter.Builder> initImplicitParameters(int size) {
        return newStructList(4, size, new StructListBuilder<>(Node.Parameter.Builder::new));
      }

      /**
       * The parameters listed in [] (typically, type / generic parameters), whose bindings are intended
       * to be inferred rather than specified explicitly, although not all languages support this.
       */
      public StructListBuilder<Node.Parameter.Builder> initImplicitParameters(int size,
          StructListBuilder<Node.Parameter.Builder> reuse) {
        return newStructList(4, size, reuse);
      }

      /**
       * The parameters listed in [] (typically, type / generic parameters), whose bindings are intended
       * to be inferred rather than specified explicitly, although not all languages support this.
       */
      public Builder setImplicitParameters(ListReader value) {
        copyList(4, value);
        return this;
      }

      /**
       * A reader over what this builder has written (zero-copy).
       */
      public Reader asReader() {
        return asReader(new Reader());
      }

      /**
       * What this builder has written, as {@code capnp decode --short} prints it.
       */
      @Override
      public String toString() {
        return asReader().toString();
      }
    }
  }

  /**
   * Represents a type expression.
   */
  public static final class Type {
    private Type() {
    }

    /**
     * The members of the union, by discriminant; {@code _UNKNOWN} for a member a newer schema added.
     */
    public enum Which {
      VOID,

      BOOL,

      INT8,

      INT16,

      INT32,

      INT64,

      UINT8,

      UINT16,

      UINT32,

      UINT64,

      FLOAT32,

      FLOAT64,

      TEXT,

      DATA,

      LIST,

      ENUM,

      STRUCT,

      INTERFACE,

      ANY_POINTER,

      _UNKNOWN;

      private static final Which[] _VALUES = {VOID, BOOL, INT8, INT16, INT32, INT64, UINT8, UINT16, UINT32, UINT64, FLOAT32, FLOAT64, TEXT, DATA, LIST, ENUM, STRUCT, INTERFACE, ANY_POINTER};

      static Which of(int discriminant) {
        return discriminant < _VALUES.length ? _VALUES[discriminant] : _UNKNOWN;
      }
    }

    /**
     * Generator-owned metadata of this struct.
     */
    public static final class _Meta {
      /**
       * The schema's 64-bit id of this node.
       */
      public static final long TYPE_ID = 0xd07378ede1f9cc60L;

      /**
       * Data words and pointers of this struct.
       */
      public static final StructSize SIZE = new StructSize(3, 1);

      private _Meta() {
      }
    }

    /**
     * Reads a {@code Type} in place; re-pointable, allocation-free.
     */
    public static final class Reader extends StructReader {
      /**
       * An unpointed reader (the empty struct until pointed somewhere).
       */
      public Reader() {
      }

      /**
       * Which member of the union is set.
       */
      public Which which() {
        return Which.of(readShort(0, (short) 0) & 0xFFFF);
      }

      /**
       * Whether {@code void} is the member of the union that is set.
       */
      public boolean isVoid() {
        return which() == Which.VOID;
      }

      /**
       * Whether {@code bool} is the member of the union that is set.
       */
      public boolean isBool() {
        return which() == Which.BOOL;
      }

      /**
       * Whether {@code int8} is the member of the union that is set.
       */
      public boolean isInt8() {
        return which() == Which.INT8;
      }

      /**
       * Whether {@code int16} is the member of the union that is set.
       */
      public boolean isInt16() {
        return which() == Which.INT16;
      }

      /**
       * Whether {@code int32} is the member of the union that is set.
       */
      public boolean isInt32() {
        return which() == Which.INT32;
      }

      /**
       * Whether {@code int64} is the member of the union that is set.
       */
      public boolean isInt64() {
        return which() == Which.INT64;
      }

      /**
       * Whether {@code uint8} is the member of the union that is set.
       */
      public boolean isUint8() {
        return which() == Which.UINT8;
      }

      /**
       * Whether {@code uint16} is the member of the union that is set.
       */
      public boolean isUint16() {
        return which() == Which.UINT16;
      }

      /**
       * Whether {@code uint32} is the member of the union that is set.
       */
      public boolean isUint32() {
        return which() == Which.UINT32;
      }

      /**
       * Whether {@code uint64} is the member of the union that is set.
       */
      public boolean isUint64() {
        return which() == Which.UINT64;
      }

      /**
       * Whether {@code float32} is the member of the union that is set.
       */
      public boolean isFloat32() {
        return which() == Which.FLOAT32;
      }

      /**
       * Whether {@code float64} is the member of the union that is set.
       */
      public boolean isFloat64() {
        return which() == Which.FLOAT64;
      }

      /**
       * Whether {@code text} is the member of the union that is set.
       */
      public boolean isText() {
        return which() == Which.TEXT;
      }

      /**
       * Whether {@code data} is the member of the union that is set.
       */
      public boolean isData() {
        return which() == Which.DATA;
      }

      /**
       * Whether {@code list} is the member of the union that is set.
       */
      public boolean isList() {
        return which() == Which.LIST;
      }

      public List.Reader getList() {
        return getList(new List.Reader());
      }

      public List.Reader getList(List.Reader reuse) {
        reuse.wrap(this);
        return reuse;
      }

      /**
       * Whether {@code enum} is the member of the union that is set.
       */
      public boolean isEnum() {
        return which() == Which.ENUM;
      }

      public Enum.Reader getEnum() {
        return getEnum(new Enum.Reader());
      }

      public Enum.Reader getEnum(Enum.Reader reuse) {
        reuse.wrap(this);
        return reuse;
      }

      /**
       * Whether {@code struct} is the member of the union that is set.
       */
      public boolean isStruct() {
        return which() == Which.STRUCT;
      }

      public Struct.Reader getStruct() {
        return getStruct(new Struct.Reader());
      }

      public Struct.Reader getStruct(Struct.Reader reuse) {
        reuse.wrap(this);
        return reuse;
      }

      /**
       * Whether {@code interface} is the member of the union that is set.
       */
      public boolean isInterface() {
        return which() == Which.INTERFACE;
      }

      public Interface.Reader getInterface() {
        return getInterface(new Interface.Reader());
      }

      public Interface.Reader getInterface(Interface.Reader reuse) {
        reuse.wrap(this);
        return reuse;
      }

      /**
       * Whether {@code anyPointer} is the member of the union that is set.
       */
      public boolean isAnyPointer() {
        return which() == Which.ANY_POINTER;
      }

      public AnyPointer.Reader getAnyPointer() {
        return getAnyPointer(new AnyPointer.Reader());
      }

      public AnyPointer.Reader getAnyPointer(AnyPointer.Reader reuse) {
        reuse.wrap(this);
        return reuse;
      }

      /**
       * Prints this struct in the Cap'n Proto text format to {@code p}.
       */
      public void printTo(TextPrinter p) {
        p.beginStruct();
        int which = readShort(0, (short) 0) & 0xFFFF;
        if (which == 0) {
          p.field("void");
          p.valueVoid();
        }
        if (which == 1) {
          p.field("bool");
          p.valueVoid();
        }
        if (which == 2) {
          p.field("int8");
          p.valueVoid();
        }
        if (which == 3) {
          p.field("int16");
          p.valueVoid();
        }
        if (which == 4) {
          p.field("int32");
          p.valueVoid();
        }
        if (which == 5) {
          p.field("int64");
          p.valueVoid();
        }
        if (which == 6) {
          p.field("uint8");
          p.valueVoid();
        }
        if (which == 7) {
          p.field("uint16");
          p.valueVoid();
        }
        if (which == 8) {
          p.field("uint32");
          p.valueVoid();
        }
        if (which == 9) {
          p.field("uint64");
          p.valueVoid();
        }
        if (which == 10) {
          p.field("float32");
          p.valueVoid();
        }
        if (which == 11) {
          p.field("float64");
          p.valueVoid();
        }
        if (which == 12) {
          p.field("text");
          p.valueVoid();
        }
        if (which == 13) {
          p.field("data");
          p.valueVoid();
        }
        if (which == 14) {
          p.field("list");
          getList().printTo(p);
        }
        if (which == 15) {
          p.field("enum");
          getEnum().printTo(p);
        }
        if (which == 16) {
          p.field("struct");
          getStruct().printTo(p);
        }
        if (which == 17) {
          p.field("interface");
          getInterface().printTo(p);
        }
        if (which == 18) {
          p.field("anyPointer");
          getAnyPointer().printTo(p);
        }
        p.end();
      }

      /**
       * This struct as {@code capnp decode --short} prints it.
       */
      @Override
      public String toString() {
        TextPrinter p = new TextPrinter();
        printTo(p);
        return p.toShortString();
      }

      /**
       * This struct as {@code capnp decode} prints it (without the final newline).
       */
      public String toPrettyString() {
        TextPrinter p = new TextPrinter();
        printTo(p);
        return p.toPrettyString();
      }

      /**
       * Value equality: equal canonical forms.
       */
      @Override
      public boolean equals(Object other) {
        return other instanceof Reader && Generated.equal(this, (Reader) other);
      }

      /**
       * A hash of the canonical form, consistent with {@link #equals}.
       */
      @Override
      public int hashCode() {
        return Generated.hash(this);
      }
    }

    /**
     * Writes a {@code Type} in place.
     */
    public static final class Builder extends StructBuilder {
      /**
       * An unpointed builder; point it with {@code initRoot(builder)} or a parent's {@code init}/{@code get}.
       */
      public Builder() {
        super(_Meta.SIZE);
      }

      /**
       * Which member of the union is set.
       */
      public Which which() {
        return Which.of(readShort(0, (short) 0) & 0xFFFF);
      }

      /**
       * Whether {@code void} is the member of the union that is set.
       */
      public boolean isVoid() {
        return which() == Which.VOID;
      }

      public Builder setVoid() {
        writeShort(0, (short) 0, (short) 0);
        return this;
      }

      /**
       * Whether {@code bool} is the member of the union that is set.
       */
      public boolean isBool() {
        return which() == Which.BOOL;
      }

      public Builder setBool() {
        writeShort(0, (short) 1, (short) 0);
        return this;
      }

      /**
       * Whether {@code int8} is the member of the union that is set.
       */
      public boolean isInt8() {
        return which() == Which.INT8;
      }

      public Builder setInt8() {
        writeShort(0, (short) 2, (short) 0);
        return this;
      }

      /**
       * Whether {@code int16} is the member of the union that is set.
       */
      public boolean isInt16() {
        return which() == Which.INT16;
      }

      public Builder setInt16() {
        writeShort(0, (short) 3, (short) 0);
        return this;
      }

      /**
       * Whether {@code int32} is the member of the union that is set.
       */
      public boolean isInt32() {
        return which() == Which.INT32;
      }

      public Builder setInt32() {
        writeShort(0, (short) 4, (short) 0);
        return this;
      }

      /**
       * Whether {@code int64} is the member of the union that is set.
       */
      public boolean isInt64() {
        return which() == Which.INT64;
      }

      public Builder setInt64() {
        writeShort(0, (short) 5, (short) 0);
        return this;
      }

      /**
       * Whether {@code uint8} is the member of the union that is set.
       */
      public boolean isUint8() {
        return which() == Which.UINT8;
      }

      public Builder setUint8() {
        writeShort(0, (short) 6, (short) 0);
        return this;
      }

      /**
       * Whether {@code uint16} is the member of the union that is set.
       */
      public boolean isUint16() {
        return which() == Which.UINT16;
      }

      public Builder setUint16() {
        writeShort(0, (short) 7, (short) 0);
        return this;
      }

      /**
       * Whether {@code uint32} is the member of the union that is set.
       */
      public boolean isUint32() {
        return which() == Which.UINT32;
      }

      public Builder setUint32() {
        writeShort(0, (short) 8, (short) 0);
        return this;
      }

      /**
       * Whether {@code uint64} is the member of the union that is set.
       */
      public boolean isUint64() {
        return which() == Which.UINT64;
      }

      public Builder setUint64() {
        writeShort(0, (short) 9, (short) 0);
        return this;
      }

      /**
       * Whether {@code float32} is the member of the union that is set.
       */
      public boolean isFloat32() {
        return which() == Which.FLOAT32;
      }

      public Builder setFloat32() {
        writeShort(0, (short) 10, (short) 0);
        return this;
      }

      /**
       * Whether {@code float64} is the member of the union that is set.
       */
      public boolean isFloat64() {
        return which() == Which.FLOAT64;
      }

      public Builder setFloat64() {
        writeShort(0, (short) 11, (short) 0);
        return this;
      }

      /**
       * Whether {@code text} is the member of the union that is set.
       */
      public boolean isText() {
        return which() == Which.TEXT;
      }

      public Builder setText() {
        writeShort(0, (short) 12, (short) 0);
        return this;
      }

      /**
       * Whether {@code data} is the member of the union that is set.
       */
      public boolean isData() {
        return which() == Which.DATA;
      }

      public Builder setData() {
        writeShort(0, (short) 13, (short) 0);
        return this;
      }

      /**
       * Whether {@code list} is the member of the union that is set.
       */
      public boolean isList() {
        return which() == Which.LIST;
      }

      public List.Builder getList() {
        return getList(new List.Builder());
      }

      public List.Builder getList(List.Builder reuse) {
        reuse.wrap(this);
        return reuse;
      }

      public List.Builder initList() {
        writeShort(0, (short) 14, (short) 0);
        writeNullPointer(0);
        return getList(new List.Builder());
      }

      /**
       * Whether {@code enum} is the member of the union that is set.
       */
      public boolean isEnum() {
        return which() == Which.ENUM;
      }

      public Enum.Builder getEnum() {
        return getEnum(new Enum.Builder());
      }

      public Enum.Builder getEnum(Enum.Builder reuse) {
        reuse.wrap(this);
        return reuse;
      }

      public Enum.Builder initEnum() {
        writeShort(0, (short) 15, (short) 0);
        writeLong(8, 0L, 0L);
        writeNullPointer(0);
        return getEnum(new Enum.Builder());
      }

      /**
       * Whether {@code struct} is the member of the union that is set.
       */
      public boolean isStruct() {
        return which() == Which.STRUCT;
      }

      public Struct.Builder getStruct() {
        return getStruct(new Struct.Builder());
      }

      public Struct.Builder getStruct(Struct.Builder reuse) {
        reuse.wrap(this);
        return reuse;
      }

      public Struct.Builder initStruct() {
        writeShort(0, (short) 16, (short) 0);
        writeLong(8, 0L, 0L);
        writeNullPointer(0);
        return getStruct(new Struct.Builder());
      }

      /**
       * Whether {@code interface} is the member of the union that is set.
       */
      public boolean isInterface() {
        return which() == Which.INTERFACE;
      }

      public Interface.Builder getInterface() {
        return getInterface(new Interface.Builder());
      }

      public Interface.Builder getInterface(Interface.Builder reuse) {
        reuse.wrap(this);
        return reuse;
      }

      public Interface.Builder initInterface() {
        writeShort(0, (short) 17, (short) 0);
        writeLong(8, 0L, 0L);
        writeNullPointer(0);
        return getInterface(new Interface.Builder());
      }

      /**
       * Whether {@code anyPointer} is the member of the union that is set.
       */
      public boolean isAnyPointer() {
        return which() == Which.ANY_POINTER;
      }

      public AnyPointer.Builder getAnyPointer() {
        return getAnyPointer(new AnyPointer.Builder());
      }

      public AnyPointer.Builder getAnyPointer(AnyPointer.Builder reuse) {
        reuse.wrap(this);
        return reuse;
      }

      public AnyPointer.Builder initAnyPointer() {
        writeShort(0, (short) 18, (short) 0);
        writeShort(8, (short) 0, (short) 0);
        writeShort(10, (short) 0, (short) 0);
        writeLong(16, 0L, 0L);
        writeShort(10, (short) 0, (short) 0);
        writeShort(10, (short) 0, (short) 0);
        return getAnyPointer(new AnyPointer.Builder());
      }

      /**
       * A reader over what this builder has written (zero-copy).
       */
      public Reader asReader() {
        return asReader(new Reader());
      }

      /**
       * What this builder has written, as {@code capnp decode --short} prints it.
       */
      @Override
      public String toString() {
        return asReader().toString();
      }
    }

    /**
     * Group {@code list}.
     */
    public static final class List {
      private List() {
      }

      /**
       * Generator-owned metadata of this group.
       */
      public static final class _Meta {
        /**
         * The schema's 64-bit id of this node.
         */
        public static final long TYPE_ID = 0x87e739250a60ea97L;

        private _Meta() {
        }
      }

      /**
       * Reads a {@code list} in place; re-pointable, allocation-free.
       */
      public static final class Reader extends StructReader {
        /**
         * An unpointed reader (the empty struct until pointed somewhere).
         */
        public Reader() {
        }

        public boolean hasElementType() {
          return readHasPointer(0);
        }

        public Type.Reader getElementType() {
          return readStruct(0, new Type.Reader(), null);
        }

        public Type.Reader getElementType(Type.Reader reuse) {
          return readStruct(0, reuse, null);
        }

        /**
         * Prints this struct in the Cap'n Proto text format to {@code p}.
         */
        public void printTo(TextPrinter p) {
          p.beginStruct();
          if (hasElementType()) {
            p.field("elementType");
            getElementType().printTo(p);
          }
          p.end();
        }

        /**
         * This struct as {@code capnp decode --short} prints it.
         */
        @Override
        public String toString() {
          TextPrinter p = new TextPrinter();
          printTo(p);
          return p.toShortString();
        }

        /**
         * This struct as {@code capnp decode} prints it (without the final newline).
         */
        public String toPrettyString() {
          TextPrinter p = new TextPrinter();
          printTo(p);
          return p.toPrettyString();
        }
      }

      /**
       * Writes a {@code list} in place.
       */
      public static final class Builder extends StructBuilder {
        /**
         * An unpointed view; the enclosing struct's {@code get}/{@code init} of the group points it.
         */
        public Builder() {
        }

        public boolean hasElementType() {
          return readHasPointer(0);
        }

        public Type.Builder getElementType() {
          return openStruct(0, new Type.Builder(), null);
        }

        public Type.Builder getElementType(Type.Builder reuse) {
          return openStruct(0, reuse, null);
        }

        public Type.Builder initElementType() {
          return newStruct(0, new Type.Builder());
        }

        public Type.Builder initElementType(Type.Builder reuse) {
          return newStruct(0, reuse);
        }

        public Builder setElementType(Type.Reader value) {
          copyStruct(0, value);
          return this;
        }

        /**
         * A reader over what this builder has written (zero-copy).
         */
        public Reader asReader() {
          return asReader(new Reader());
        }

        /**
         * What this builder has written, as {@code capnp decode --short} prints it.
         */
        @Override
        public String toString() {
          return asReader().toString();
        }
      }
    }

    /**
     * Group {@code enum}.
     */
    public static final class Enum {
      private Enum() {
      }

      /**
       * Generator-owned metadata of this group.
       */
      public static final class _Meta {
        /**
         * The schema's 64-bit id of this node.
         */
        public static final long TYPE_ID = 0x9e0e78711a7f87a9L;

        private _Meta() {
        }
      }

      /**
       * Reads a {@code enum} in place; re-pointable, allocation-free.
       */
      public static final class Reader extends StructReader {
        /**
         * An unpointed reader (the empty struct until pointed somewhere).
         */
        public Reader() {
        }

        public long getTypeId() {
          return readLong(8, 0L);
        }

        public boolean hasBrand() {
          return readHasPointer(0);
        }

        public Brand.Reader getBrand() {
          return readStruct(0, new Brand.Reader(), null);
        }

        public Brand.Reader getBrand(Brand.Reader reuse) {
          return readStruct(0, reuse, null);
        }

        /**
         * Prints this struct in the Cap'n Proto text format to {@code p}.
         */
        public void printTo(TextPrinter p) {
          p.beginStruct();
          p.field("typeId");
          p.valueUInt64(getTypeId());
          if (hasBrand()) {
            p.field("brand");
            getBrand().printTo(p);
          }
          p.end();
        }

        /**
         * This struct as {@code capnp decode --short} prints it.
         */
        @Override
        public String toString() {
          TextPrinter p = new TextPrinter();
          printTo(p);
          return p.toShortString();
        }

        /**
         * This struct as {@code capnp decode} prints it (without the final newline).
         */
        public String toPrettyString() {
          TextPrinter p = new TextPrinter();
          printTo(p);
          return p.toPrettyString();
        }
      }

      /**
       * Writes a {@code enum} in place.
       */
      public static final class Builder extends StructBuilder {
        /**
         * An unpointed view; the enclosing struct's {@code get}/{@code init} of the group points it.
         */
        public Builder() {
        }

        public long getTypeId() {
          return readLong(8, 0L);
        }

        public Builder setTypeId(long value) {
          writeLong(8, value, 0L);
          return this;
        }

        public boolean hasBrand() {
          return readHasPointer(0);
        }

        public Brand.Builder getBrand() {
          return openStruct(0, new Brand.Builder(), null);
        }

        public Brand.Builder getBrand(Brand.Builder reuse) {
          return openStruct(0, reuse, null);
        }

        public Brand.Builder initBrand() {
          return newStruct(0, new Brand.Builder());
        }

        public Brand.Builder initBrand(Brand.Builder reuse) {
          return newStruct(0, reuse);
        }

        public Builder setBrand(Brand.Reader value) {
          copyStruct(0, value);
          return this;
        }

        /**
         * A reader over what this builder has written (zero-copy).
         */
        public Reader asReader() {
          return asReader(new Reader());
        }

        /**
         * What this builder has written, as {@code capnp decode --short} prints it.
         */
        @Override
        public String toString() {
          return asReader().toString();
        }
      }
    }

    /**
     * Group {@code struct}.
     */
    public static final class Struct {
      private Struct() {
      }

      /**
       * Generator-owned metadata of this group.
       */
      public static final class _Meta {
        /**
         * The schema's 64-bit id of this node.
         */
        public static final long TYPE_ID = 0xac3a6f60ef4cc6d3L;

        private _Meta() {
        }
      }

      /**
       * Reads a {@code struct} in place; re-pointable, allocation-free.
       */
      public static final class Reader extends StructReader {
        /**
         * An unpointed reader (the empty struct until pointed somewhere).
         */
        public Reader() {
        }

        public long getTypeId() {
          return readLong(8, 0L);
        }

        public boolean hasBrand() {
          return readHasPointer(0);
        }

        public Brand.Reader getBrand() {
          return readStruct(0, new Brand.Reader(), null);
        }

        public Brand.Reader getBrand(Brand.Reader reuse) {
          return readStruct(0, reuse, null);
        }

        /**
         * Prints this struct in the Cap'n Proto text format to {@code p}.
         */
        public void printTo(TextPrinter p) {
          p.beginStruct();
          p.field("typeId");
          p.valueUInt64(getTypeId());
          if (hasBrand()) {
            p.field("brand");
            getBrand().printTo(p);
          }
          p.end();
        }

        /**
         * This struct as {@code capnp decode --short} prints it.
         */
        @Override
        public String toString() {
          TextPrinter p = new TextPrinter();
          printTo(p);
          return p.toShortString();
        }

        /**
         * This struct as {@code capnp decode} prints it (without the final newline).
         */
        public String toPrettyString() {
          TextPrinter p = new TextPrinter();
          printTo(p);
          return p.toPrettyString();
        }
      }

      /**
       * Writes a {@code struct} in place.
       */
      public static final class Builder extends StructBuilder {
        /**
         * An unpointed view; the enclosing struct's {@code get}/{@code init} of the group points it.
         */
        public Builder() {
        }

        public long getTypeId() {
          return readLong(8, 0L);
        }

        public Builder setTypeId(long value) {
          writeLong(8, value, 0L);
          return this;
        }

        public boolean hasBrand() {
          return readHasPointer(0);
        }

        public Brand.Builder getBrand() {
          return openStruct(0, new Brand.Builder(), null);
        }

        public Brand.Builder getBrand(Brand.Builder reuse) {
          return openStruct(0, reuse, null);
        }

        public Brand.Builder initBrand() {
          return newStruct(0, new Brand.Builder());
        }

        public Brand.Builder initBrand(Brand.Builder reuse) {
          return newStruct(0, reuse);
        }

        public Builder setBrand(Brand.Reader value) {
          copyStruct(0, value);
          return this;
        }

        /**
         * A reader over what this builder has written (zero-copy).
         */
        public Reader asReader() {
          return asReader(new Reader());
        }

        /**
         * What this builder has written, as {@code capnp decode --short} prints it.
         */
        @Override
        public String toString() {
          return asReader().toString();
        }
      }
    }

    /**
     * Group {@code interface}.
     */
    public static final class Interface {
      private Interface() {
      }

      /**
       * Generator-owned metadata of this group.
       */
      public static final class _Meta {
        /**
         * The schema's 64-bit id of this node.
         */
        public static final long TYPE_ID = 0xed8bca69f7fb0cbfL;

        private _Meta() {
        }
      }

      /**
       * Reads a {@code interface} in place; re-pointable, allocation-free.
       */
      public static final class Reader extends StructReader {
        /**
         * An unpointed reader (the empty struct until pointed somewhere).
         */
        public Reader() {
        }

        public long getTypeId() {
          return readLong(8, 0L);
        }

        public boolean hasBrand() {
          return readHasPointer(0);
        }

        public Brand.Reader getBrand() {
          return readStruct(0, new Brand.Reader(), null);
        }

        public Brand.Reader getBrand(Brand.Reader reuse) {
          return readStruct(0, reuse, null);
        }

        /**
         * Prints this struct in the Cap'n Proto text format to {@code p}.
         */
        public void printTo(TextPrinter p) {
          p.beginStruct();
          p.field("typeId");
          p.valueUInt64(getTypeId());
          if (hasBrand()) {
            p.field("brand");
            getBrand().printTo(p);
          }
          p.end();
        }

        /**
         * This struct as {@code capnp decode --short} prints it.
         */
        @Override
        public String toString() {
          TextPrinter p = new TextPrinter();
          printTo(p);
          return p.toShortString();
        }

        /**
         * This struct as {@code capnp decode} prints it (without the final newline).
         */
        public String toPrettyString() {
          TextPrinter p = new TextPrinter();
          printTo(p);
          return p.toPrettyString();
        }
      }

      /**
       * Writes a {@code interface} in place.
       */
      public static final class Builder extends StructBuilder {
        /**
         * An unpointed view; the enclosing struct's {@code get}/{@code init} of the group points it.
         */
        public Builder() {
        }

        public long getTypeId() {
          return readLong(8, 0L);
        }

        public Builder setTypeId(long value) {
          writeLong(8, value, 0L);
          return this;
        }

        public boolean hasBrand() {
          return readHasPointer(0);
        }

        public Brand.Builder getBrand() {
          return openStruct(0, new Brand.Builder(), null);
        }

        public Brand.Builder getBrand(Brand.Builder reuse) {
          return openStruct(0, reuse, null);
        }

        public Brand.Builder initBrand() {
          return newStruct(0, new Brand.Builder());
        }

        public Brand.Builder initBrand(Brand.Builder reuse) {
          return newStruct(0, reuse);
        }

        public Builder setBrand(Brand.Reader value) {
          copyStruct(0, value);
          return this;
        }

        /**
         * A reader over what this builder has written (zero-copy).
         */
        public Reader asReader() {
          return asReader(new Reader());
        }

        /**
         * What this builder has written, as {@code capnp decode --short} prints it.
         */
        @Override
        public String toString() {
          return asReader().toString();
        }
      }
    }

    /**
     * Group {@code anyPointer}.
     */
    public static final class AnyPointer {
      private AnyPointer() {
      }

      /**
       * The members of the union, by discriminant; {@code _UNKNOWN} for a member a newer schema added.
       */
      public enum Which {
        UNCONSTRAINED,

        PARAMETER,

        IMPLICIT_METHOD_PARAMETER,

        _UNKNOWN;

        private static final Which[] _VALUES = {UNCONSTRAINED, PARAMETER, IMPLICIT_METHOD_PARAMETER};

        static Which of(int discriminant) {
          return discriminant < _VALUES.length ? _VALUES[discriminant] : _UNKNOWN;
        }
      }

      /**
       * Generator-owned metadata of this group.
       */
      public static final class _Meta {
        /**
         * The schema's 64-bit id of this node.
         */
        public static final long TYPE_ID = 0xc2573fe8a23e49f1L;

        private _Meta() {
        }
      }

      /**
       * Reads a {@code anyPointer} in place; re-pointable, allocation-free.
       */
      public static final class Reader extends StructReader {
        /**
         * An unpointed reader (the empty struct until pointed somewhere).
         */
        public Reader() {
        }

        /**
         * Which member of the union is set.
         */
        public Which which() {
          return Which.of(readShort(8, (short) 0) & 0xFFFF);
        }

        /**
         * Whether {@code unconstrained} is the member of the union that is set.
         */
        public boolean isUnconstrained() {
          return which() == Which.UNCONSTRAINED;
        }

        /**
         * A regular AnyPointer.
         *
         * The name "unconstrained" means as opposed to constraining it to match a type parameter.
         * In retrospect this name is probably a poor choice given that it may still be constrained
         * to be a struct, list, or capability.
         */
        public Unconstrained.Reader getUnconstrained() {
          return getUnconstrained(new Unconstrained.Reader());
        }

        /**
         * A regular AnyPointer.
         *
         * The name "unconstrained" means as opposed to constraining it to match a type parameter.
         * In retrospect this name is probably a poor choice given that it may still be constrained
         * to be a struct, list, or capability.
         */
        public Unconstrained.Reader getUnconstrained(Unconstrained.Reader reuse) {
          reuse.wrap(this);
          return reuse;
        }

        /**
         * Whether {@code parameter} is the member of the union that is set.
         */
        public boolean isParameter() {
          return which() == Which.PARAMETER;
        }

        /**
         * This is actually a reference to a type parameter defined within this scope.
         */
        public Parameter.Reader getParameter() {
          return getParameter(new Parameter.Reader());
        }

        /**
         * This is actually a reference to a type parameter defined within this scope.
         */
        public Parameter.Reader getParameter(Parameter.Reader reuse) {
          reuse.wrap(this);
          return reuse;
        }

        /**
         * Whether {@code implicitMethodParameter} is the member of the union that is set.
         */
        public boolean isImplicitMethodParameter() {
          return which() == Which.IMPLICIT_METHOD_PARAMETER;
        }

        /**
         * This is actually a reference to an implicit (generic) parameter of a method. The only
         * legal context for this type to appear is inside Method.paramBrand or Method.resultBrand.
         */
        public ImplicitMethodParameter.Reader getImplicitMethodParameter() {
          return getImplicitMethodParameter(new ImplicitMethodParameter.Reader());
        }

        /**
         * This is actually a reference to an implicit (generic) parameter of a method. The only
         * legal context for this type to appear is inside Method.paramBrand or Method.resultBrand.
         */
        public ImplicitMethodParameter.Reader getImplicitMethodParameter(
            ImplicitMethodParameter.Reader reuse) {
          reuse.wrap(this);
          return reuse;
        }

        /**
         * Prints this struct in the Cap'n Proto text format to {@code p}.
         */
        public void printTo(TextPrinter p) {
          p.beginStruct();
          int which = readShort(8, (short) 0) & 0xFFFF;
          if (which == 0) {
            p.field("unconstrained");
            getUnconstrained().printTo(p);
          }
          if (which == 1) {
            p.field("parameter");
            getParameter().printTo(p);
          }
          if (which == 2) {
            p.field("implicitMethodParameter");
            getImplicitMethodParameter().printTo(p);
          }
          p.end();
        }

        /**
         * This struct as {@code capnp decode --short} prints it.
         */
        @Override
        public String toString() {
          TextPrinter p = new TextPrinter();
          printTo(p);
          return p.toShortString();
        }

        /**
         * This struct as {@code capnp decode} prints it (without the final newline).
         */
        public String toPrettyString() {
          TextPrinter p = new TextPrinter();
          printTo(p);
          return p.toPrettyString();
        }
      }

      /**
       * Writes a {@code anyPointer} in place.
       */
      public static final class Builder extends StructBuilder {
        /**
         * An unpointed view; the enclosing struct's {@code get}/{@code init} of the group points it.
         */
        public Builder() {
        }

        /**
         * Which member of the union is set.
         */
        public Which which() {
          return Which.of(readShort(8, (short) 0) & 0xFFFF);
        }

        /**
         * Whether {@code unconstrained} is the member of the union that is set.
         */
        public boolean isUnconstrained() {
          return which() == Which.UNCONSTRAINED;
        }

        /**
         * A regular AnyPointer.
         *
         * The name "unconstrained" means as opposed to constraining it to match a type parameter.
         * In retrospect this name is probably a poor choice given that it may still be constrained
         * to be a struct, list, or capability.
         */
        public Unconstrained.Builder getUnconstrained() {
          return getUnconstrained(new Unconstrained.Builder());
        }

        /**
         * A regular AnyPointer.
         *
         * The name "unconstrained" means as opposed to constraining it to match a type parameter.
         * In retrospect this name is probably a poor choice given that it may still be constrained
         * to be a struct, list, or capability.
         */
        public Unconstrained.Builder getUnconstrained(Unconstrained.Builder reuse) {
          reuse.wrap(this);
          return reuse;
        }

        /**
         * A regular AnyPointer.
         *
         * The name "unconstrained" means as opposed to constraining it to match a type parameter.
         * In retrospect this name is probably a poor choice given that it may still be constrained
         * to be a struct, list, or capability.
         */
        public Unconstrained.Builder initUnconstrained() {
          writeShort(8, (short) 0, (short) 0);
          writeShort(10, (short) 0, (short) 0);
          return getUnconstrained(new Unconstrained.Builder());
        }

        /**
         * Whether {@code parameter} is the member of the union that is set.
         */
        public boolean isParameter() {
          return which() == Which.PARAMETER;
        }

        /**
         * This is actually a reference to a type parameter defined within this scope.
         */
        public Parameter.Builder getParameter() {
          return getParameter(new Parameter.Builder());
        }

        /**
         * This is actually a reference to a type parameter defined within this scope.
         */
        public Parameter.Builder getParameter(Parameter.Builder reuse) {
          reuse.wrap(this);
          return reuse;
        }

        /**
         * This is actually a reference to a type parameter defined within this scope.
         */
        public Parameter.Builder initParameter() {
          writeShort(8, (short) 1, (short) 0);
          writeLong(16, 0L, 0L);
          writeShort(10, (short) 0, (short) 0);
          return getParameter(new Parameter.Builder());
        }

        /**
         * Whether {@code implicitMethodParameter} is the member of the union that is set.
         */
        public boolean isImplicitMethodParameter() {
          return which() == Which.IMPLICIT_METHOD_PARAMETER;
        }

        /**
         * This is actually a reference to an implicit (generic) parameter of a method. The only
         * legal context for this type to appear is inside Method.paramBrand or Method.resultBrand.
         */
        public ImplicitMethodParameter.Builder getImplicitMethodParameter() {
          return getImplicitMethodParameter(new ImplicitMethodParameter.Builder());
        }

        /**
         * This is actually a reference to an implicit (generic) parameter of a method. The only
         * legal context for this type to appear is inside Method.paramBrand or Method.resultBrand.
         */
        public ImplicitMethodParameter.Builder getImplicitMethodParameter(
            ImplicitMethodParameter.Builder reuse) {
          reuse.wrap(this);
          return reuse;
        }

        /**
         * This is actually a reference to an implicit (generic) parameter of a method. The only
         * legal context for this type to appear is inside Method.paramBrand or Method.resultBrand.
         */
        public ImplicitMethodParameter.Builder initImplicitMethodParameter() {
          writeShort(8, (short) 2, (short) 0);
          writeShort(10, (short) 0, (short) 0);
          return getImplicitMethodParameter(new ImplicitMethodParameter.Builder());
        }

        /**
         * A reader over what this builder has written (zero-copy).
         */
        public Reader asReader() {
          return asReader(new Reader());
        }

        /**
         * What this builder has written, as {@code capnp decode --short} prints it.
         */
        @Override
        public String toString() {
          return asReader().toString();
        }
      }

      /**
       * A regular AnyPointer.
       *
       * The name "unconstrained" means as opposed to constraining it to match a type parameter.
       * In retrospect this name is probably a poor choice given that it may still be constrained
       * to be a struct, list, or capability.
       */
      public static final class Unconstrained {
        private Unconstrained() {
        }

        /**
         * The members of the union, by discriminant; {@code _UNKNOWN} for a member a newer schema added.
         */
        public enum Which {
          ANY_KIND,

          STRUCT,

          LIST,

          CAPABILITY,

          _UNKNOWN;

          private static final Which[] _VALUES = {ANY_KIND, STRUCT, LIST, CAPABILITY};

          static Which of(int discriminant) {
            return discriminant < _VALUES.length ? _VALUES[discriminant] : _UNKNOWN;
          }
        }

        /**
         * Generator-owned metadata of this group.
         */
        public static final class _Meta {
          /**
           * The schema's 64-bit id of this node.
           */
          public static final long TYPE_ID = 0x8e3b5f79fe593656L;

          private _Meta() {
          }
        }

        /**
         * Reads a {@code unconstrained} in place; re-pointable, allocation-free.
         */
        public static final class Reader extends StructReader {
          /**
           * An unpointed reader (the empty struct until pointed somewhere).
           */
          public Reader() {
          }

          /**
           * Which member of the union is set.
           */
          public Which which() {
            return Which.of(readShort(10, (short) 0) & 0xFFFF);
          }

          /**
           * Whether {@code anyKind} is the member of the union that is set.
           */
          public boolean isAnyKind() {
            return which() == Which.ANY_KIND;
          }

          /**
           * Whether {@code struct} is the member of the union that is set.
           */
          public boolean isStruct() {
            return which() == Which.STRUCT;
          }

          /**
           * Whether {@code list} is the member of the union that is set.
           */
          public boolean isList() {
            return which() == Which.LIST;
          }

          /**
           * Whether {@code capability} is the member of the union that is set.
           */
          public boolean isCapability() {
            return which() == Which.CAPABILITY;
          }

          /**
           * Prints this struct in the Cap'n Proto text format to {@code p}.
           */
          public void printTo(TextPrinter p) {
            p.beginStruct();
            int which = readShort(10, (short) 0) & 0xFFFF;
            if (which == 0) {
              p.field("anyKind");
              p.valueVoid();
            }
            if (which == 1) {
              p.field("struct");
              p.valueVoid();
            }
            if (which == 2) {
              p.field("list");
              p.valueVoid();
            }
            if (which == 3) {
              p.field("capability");
              p.valueVoid();
            }
            p.end();
          }

          /**
           * This struct as {@code capnp decode --short} prints it.
           */
          @Override
          public String toString() {
            TextPrinter p = new TextPrinter();
            printTo(p);
            return p.toShortString();
          }

          /**
           * This struct as {@code capnp decode} prints it (without the final newline).
           */
          public String toPrettyString() {
            TextPrinter p = new TextPrinter();
            printTo(p);
            return p.toPrettyString();
          }
        }

        /**
         * Writes a {@code unconstrained} in place.
         */
        public static final class Builder extends StructBuilder {
          /**
           * An unpointed view; the enclosing struct's {@code get}/{@code init} of the group points it.
           */
          public Builder() {
          }

          /**
           * Which member of the union is set.
           */
          public Which which() {
            return Which.of(readShort(10, (short) 0) & 0xFFFF);
          }

          /**
           * Whether {@code anyKind} is the member of the union that is set.
           */
          public boolean isAnyKind() {
            return which() == Which.ANY_KIND;
          }

          /**
           * truly AnyPointer
           */
          public Builder setAnyKind() {
            writeShort(10, (short) 0, (short) 0);
            return this;
          }

          /**
           * Whether {@code struct} is the member of the union that is set.
           */
          public boolean isStruct() {
            return which() == Which.STRUCT;
          }

          /**
           * AnyStruct
           */
          public Builder setStruct() {
            writeShort(10, (short) 1, (short) 0);
            return this;
          }

          /**
           * Whether {@code list} is the member of the union that is set.
           */
          public boolean isList() {
            return which() == Which.LIST;
          }

          /**
           * AnyList
           */
          public Builder setList() {
            writeShort(10, (short) 2, (short) 0);
            return this;
          }

          /**
           * Whether {@code capability} is the member of the union that is set.
           */
          public boolean isCapability() {
            return which() == Which.CAPABILITY;
          }

          /**
           * Capability
           */
          public Builder setCapability() {
            writeShort(10, (short) 3, (short) 0);
            return this;
          }

          /**
           * A reader over what this builder has written (zero-copy).
           */
          public Reader asReader() {
            return asReader(new Reader());
          }

          /**
           * What this builder has written, as {@code capnp decode --short} prints it.
           */
          @Override
          public String toString() {
            return asReader().toString();
          }
        }
      }

      /**
       * This is actually a reference to a type parameter defined within this scope.
       */
      public static final class Parameter {
        private Parameter() {
        }

        /**
         * Generator-owned metadata of this group.
         */
        public static final class _Meta {
          /**
           * The schema's 64-bit id of this node.
           */
          public static final long TYPE_ID = 0x9dd1f724f4614a85L;

          private _Meta() {
          }
        }

        /**
         * Reads a {@code parameter} in place; re-pointable, allocation-free.
         */
        public static final class Reader extends StructReader {
          /**
           * An unpointed reader (the empty struct until pointed somewhere).
           */
          public Reader() {
          }

          /**
           * ID of the generic type whose parameter we're referencing. This should be a parent of the
           * current scope.
           */
          public long getScopeId() {
            return readLong(16, 0L);
          }

          /**
           * Index of the parameter within the generic type's parameter list.
           */
          public short getParameterIndex() {
            return readShort(10, (short) 0);
          }

          /**
           * Prints this struct in the Cap'n Proto text format to {@code p}.
           */
          public void printTo(TextPrinter p) {
            p.beginStruct();
            p.field("scopeId");
            p.valueUInt64(getScopeId());
            p.field("parameterIndex");
            p.valueInt(getParameterIndex() & 0xFFFF);
            p.end();
          }

          /**
           * This struct as {@code capnp decode --short} prints it.
           */
          @Override
          public String toString() {
            TextPrinter p = new TextPrinter();
            printTo(p);
            return p.toShortString();
          }

          /**
           * This struct as {@code capnp decode} prints it (without the final newline).
           */
          public String toPrettyString() {
            TextPrinter p = new TextPrinter();
            printTo(p);
            return p.toPrettyString();
          }
        }

        /**
         * Writes a {@code parameter} in place.
         */
        public static final class Builder extends StructBuilder {
          /**
           * An unpointed view; the enclosing struct's {@code get}/{@code init} of the group points it.
           */
          public Builder() {
          }

          /**
           * ID of the generic type whose parameter we're referencing. This should be a parent of the
           * current scope.
           */
          public long getScopeId() {
            return readLong(16, 0L);
          }

          /**
           * ID of the generic type whose parameter we're referencing. This should be a parent of the
           * current scope.
           */
          public Builder setScopeId(long value) {
            writeLong(16, value, 0L);
            return this;
          }

          /**
           * Index of the parameter within the generic type's parameter list.
           */
          public short getParameterIndex() {
            return readShort(10, (short) 0);
          }

          /**
           * Index of the parameter within the generic type's parameter list.
           */
          public Builder setParameterIndex(short value) {
            writeShort(10, value, (short) 0);
            return this;
          }

          /**
           * A reader over what this builder has written (zero-copy).
           */
          public Reader asReader() {
            return asReader(new Reader());
          }

          /**
           * What this builder has written, as {@code capnp decode --short} prints it.
           */
          @Override
          public String toString() {
            return asReader().toString();
          }
        }
      }

      /**
       * This is actually a reference to an implicit (generic) parameter of a method. The only
       * legal context for this type to appear is inside Method.paramBrand or Method.resultBrand.
       */
      public static final class ImplicitMethodParameter {
        private ImplicitMethodParameter() {
        }

        /**
         * Generator-owned metadata of this group.
         */
        public static final class _Meta {
          /**
           * The schema's 64-bit id of this node.
           */
          public static final long TYPE_ID = 0xbaefc9120c56e274L;

          private _Meta() {
          }
        }

        /**
         * Reads a {@code implicitMethodParameter} in place; re-pointable, allocation-free.
         */
        public static final class Reader extends StructReader {
          /**
           * An unpointed reader (the empty struct until pointed somewhere).
           */
          public Reader() {
          }

          public short getParameterIndex() {
            return readShort(10, (short) 0);
          }

          /**
           * Prints this struct in the Cap'n Proto text format to {@code p}.
           */
          public void printTo(TextPrinter p) {
            p.beginStruct();
            p.field("parameterIndex");
            p.valueInt(getParameterIndex() & 0xFFFF);
            p.end();
          }

          /**
           * This struct as {@code capnp decode --short} prints it.
           */
          @Override
          public String toString() {
            TextPrinter p = new TextPrinter();
            printTo(p);
            return p.toShortString();
          }

          /**
           * This struct as {@code capnp decode} prints it (without the final newline).
           */
          public String toPrettyString() {
            TextPrinter p = new TextPrinter();
            printTo(p);
            return p.toPrettyString();
          }
        }

        /**
         * Writes a {@code implicitMethodParameter} in place.
         */
        public static final class Builder extends StructBuilder {
          /**
           * An unpointed view; the enclosing struct's {@code get}/{@code init} of the group points it.
           */
          public Builder() {
          }

          public short getParameterIndex() {
            return readShort(10, (short) 0);
          }

          public Builder setParameterIndex(short value) {
            writeShort(10, value, (short) 0);
            return this;
          }

          /**
           * A reader over what this builder has written (zero-copy).
           */
          public Reader asReader() {
            return asReader(new Reader());
          }

          /**
           * What this builder has written, as {@code capnp decode --short} prints it.
           */
          @Override
          public String toString() {
            return asReader().toString();
          }
        }
      }
    }
  }

  /**
   * Specifies bindings for parameters of generics. Since these bindings turn a generic into a
   * non-generic, we call it the "brand".
   */
  public static final class Brand {
    private Brand() {
    }

    /**
     * Generator-owned metadata of this struct.
     */
    public static final class _Meta {
      /**
       * The schema's 64-bit id of this node.
       */
      public static final long TYPE_ID = 0x903455f06065422bL;

      /**
       * Data words and pointers of this struct.
       */
      public static final StructSize SIZE = new StructSize(0, 1);

      private _Meta() {
      }
    }

    /**
     * Reads a {@code Brand} in place; re-pointable, allocation-free.
     */
    public static final class Reader extends StructReader {
      /**
       * An unpointed reader (the empty struct until pointed somewhere).
       */
      public Reader() {
      }

      /**
       * For each of the target type and each of its parent scopes, a parameterization may be included
       * in this list. If no parameterization is included for a particular relevant scope, then either
       * that scope has no parameters or all parameters should be considered to be `AnyPointer`.
       */
      public boolean hasScopes() {
        return readHasPointer(0);
      }

      /**
       * For each of the target type and each of its parent scopes, a parameterization may be included
       * in this list. If no parameterization is included for a particular relevant scope, then either
       * that scope has no parameters or all parameters should be considered to be `AnyPointer`.
       */
      public StructListReader<Scope.Reader> getScopes() {
        return readList(0, dev.rast.capnp.ElementSize.INLINE_COMPOSITE, new StructListReader<>(Scope.Reader::new), null);
      }

      /**
       * For each of the target type and each of its parent scopes, a parameterization may be included
       * in this list. If no parameterization is included for a particular relevant scope, then either
       * that scope has no parameters or all parameters should be considered to be `AnyPointer`.
       */
      public StructListReader<Scope.Reader> getScopes(StructListReader<Scope.Reader> reuse) {
        return readList(0, dev.rast.capnp.ElementSize.INLINE_COMPOSITE, reuse, null);
      }

      /**
       * Prints this struct in the Cap'n Proto text format to {@code p}.
       */
      public void printTo(TextPrinter p) {
        p.beginStruct();
        if (hasScopes()) {
          p.field("scopes");
          StructListReader<Scope.Reader> l0 = getScopes();
          p.beginList();
          for (int i0 = 0; i0 < l0.size(); i0++) {
            l0.get(i0).printTo(p);
          }
          p.end();
        }
        p.end();
      }

      /**
       * This struct as {@code capnp decode --short} prints it.
       */
      @Override
      public String toString() {
        TextPrinter p = new TextPrinter();
        printTo(p);
        return p.toShortString();
      }

      /**
       * This struct as {@code capnp decode} prints it (without the final newline).
       */
      public String toPrettyString() {
        TextPrinter p = new TextPrinter();
        printTo(p);
        return p.toPrettyString();
      }

      /**
       * Value equality: equal canonical forms.
       */
      @Override
      public boolean equals(Object other) {
        return other instanceof Reader && Generated.equal(this, (Reader) other);
      }

      /**
       * A hash of the canonical form, consistent with {@link #equals}.
       */
      @Override
      public int hashCode() {
        return Generated.hash(this);
      }
    }

    /**
     * Writes a {@code Brand} in place.
     */
    public static final class Builder extends StructBuilder {
      /**
       * An unpointed builder; point it with {@code initRoot(builder)} or a parent's {@code init}/{@code get}.
       */
      public Builder() {
        super(_Meta.SIZE);
      }

      /**
       * For each of the target type and each of its parent scopes, a parameterization may be included
       * in this list. If no parameterization is included for a particular relevant scope, then either
       * that scope has no parameters or all parameters should be considered to be `AnyPointer`.
       */
      public boolean hasScopes() {
        return readHasPointer(0);
      }

      /**
       * For each of the target type and each of its parent scopes, a parameterization may be included
       * in this list. If no parameterization is included for a particular relevant scope, then either
       * that scope has no parameters or all parameters should be considered to be `AnyPointer`.
       */
      public StructListBuilder<Scope.Builder> getScopes() {
        return openStructList(0, new StructListBuilder<>(Scope.Builder::new), null);
      }

      /**
       * For each of the target type and each of its parent scopes, a parameterization may be included
       * in this list. If no parameterization is included for a particular relevant scope, then either
       * that scope has no parameters or all parameters should be considered to be `AnyPointer`.
       */
      public StructListBuilder<Scope.Builder> getScopes(StructListBuilder<Scope.Builder> reuse) {
        return openStructList(0, reuse, null);
      }

      /**
       * For each of the target type and each of its parent scopes, a parameterization may be included
       * in this list. If no parameterization is included for a particular relevant scope, then either
       * that scope has no parameters or all parameters should be considered to be `AnyPointer`.
       */
      public StructListBuilder<Scope.Builder> initScopes(int size) {
        return newStructList(0, size, new StructListBuilder<>(Scope.Builder::new));
      }

      /**
       * For each of the target type and each of its parent scopes, a parameterization may be included
       * in this list. If no parameterization is included for a particular relevant scope, then either
       * that scope has no parameters or all parameters should be considered to be `AnyPointer`.
       */
      public StructListBuilder<Scope.Builder> initScopes(int size,
          StructListBuilder<Scope.Builder> reuse) {
        return newStructList(0, size, reuse);
      }

      /**
       * For each of the target type and each of its parent scopes, a parameterization may be included
       * in this list. If no parameterization is included for a particular relevant scope, then either
       * that scope has no parameters or all parameters should be considered to be `AnyPointer`.
       */
      public Builder setScopes(ListReader value) {
        copyList(0, value);
        return this;
      }

      /**
       * A reader over what this builder has written (zero-copy).
       */
      public Reader asReader() {
        return asReader(new Reader());
      }

      /**
       * What this builder has written, as {@code capnp decode --short} prints it.
       */
      @Override
      public String toString() {
        return asReader().toString();
      }
    }

    /**
     * Struct {@code Scope}.
     */
    public static final class Scope {
      private Scope() {
      }

      /**
       * The members of the union, by discriminant; {@code _UNKNOWN} for a member a newer schema added.
       */
      public enum Which {
        BIND,

        INHERIT,

        _UNKNOWN;

        private static final Which[] _VALUES = {BIND, INHERIT};

        static Which of(int discriminant) {
          return discriminant < _VALUES.length ? _VALUES[discriminant] : _UNKNOWN;
        }
      }

      /**
       * Generator-owned metadata of this struct.
       */
      public static final class _Meta {
        /**
         * The schema's 64-bit id of this node.
         */
        public static final long TYPE_ID = 0xabd73485a9636bc9L;

        /**
         * Data words and pointers of this struct.
         */
        public static final StructSize SIZE = new StructSize(2, 1);

        private _Meta() {
        }
      }

      /**
       * Reads a {@code Scope} in place; re-pointable, allocation-free.
       */
      public static final class Reader extends StructReader {
        /**
         * An unpointed reader (the empty struct until pointed somewhere).
         */
        public Reader() {
        }

        /**
         * Which member of the union is set.
         */
        public Which which() {
          return Which.of(readShort(8, (short) 0) & 0xFFFF);
        }

        /**
         * ID of the scope to which these params apply.
         */
        public long getScopeId() {
          return readLong(0, 0L);
        }

        /**
         * Whether {@code bind} is the member of the union that is set.
         */
        public boolean isBind() {
          return which() == Which.BIND;
        }

        /**
         * List of parameter bindings.
         */
        public boolean hasBind() {
          return readHasPointer(0);
        }

        /**
         * List of parameter bindings.
         */
        public StructListReader<Binding.Reader> getBind() {
          return readList(0, dev.rast.capnp.ElementSize.INLINE_COMPOSITE, new StructListReader<>(Binding.Reader::new), null);
        }

        /**
         * List of parameter bindings.
         */
        public StructListReader<Binding.Reader> getBind(StructListReader<Binding.Reader> reuse) {
          return readList(0, dev.rast.capnp.ElementSize.INLINE_COMPOSITE, reuse, null);
        }

        /**
         * Whether {@code inherit} is the member of the union that is set.
         */
        public boolean isInherit() {
          return which() == Which.INHERIT;
        }

        /**
         * Prints this struct in the Cap'n Proto text format to {@code p}.
         */
        public void printTo(TextPrinter p) {
          p.beginStruct();
          int which = readShort(8, (short) 0) & 0xFFFF;
          p.field("scopeId");
          p.valueUInt64(getScopeId());
          if (which == 0 && hasBind()) {
            p.field("bind");
            StructListReader<Binding.Reader> l0 = getBind();
            p.beginList();
            for (int i0 = 0; i0 < l0.size(); i0++) {
              l0.get(i0).printTo(p);
            }
            p.end();
          }
          if (which == 1) {
            p.field("inherit");
            p.valueVoid();
          }
          p.end();
        }

        /**
         * This struct as {@code capnp decode --short} prints it.
         */
        @Override
        public String toString() {
          TextPrinter p = new TextPrinter();
          printTo(p);
          return p.toShortString();
        }

        /**
         * This struct as {@code capnp decode} prints it (without the final newline).
         */
        public String toPrettyString() {
          TextPrinter p = new TextPrinter();
          printTo(p);
          return p.toPrettyString();
        }

        /**
         * Value equality: equal canonical forms.
         */
        @Override
        public boolean equals(Object other) {
          return other instanceof Reader && Generated.equal(this, (Reader) other);
        }

        /**
         * A hash of the canonical form, consistent with {@link #equals}.
         */
        @Override
        public int hashCode() {
          return Generated.hash(this);
        }
      }

      /**
       * Writes a {@code Scope} in place.
       */
      public static final class Builder extends StructBuilder {
        /**
         * An unpointed builder; point it with {@code initRoot(builder)} or a parent's {@code init}/{@code get}.
         */
        public Builder() {
          super(_Meta.SIZE);
        }

        /**
         * Which member of the union is set.
         */
        public Which which() {
          return Which.of(readShort(8, (short) 0) & 0xFFFF);
        }

        /**
         * ID of the scope to which these params apply.
         */
        public long getScopeId() {
          return readLong(0, 0L);
        }

        /**
         * ID of the scope to which these params apply.
         */
        public Builder setScopeId(long value) {
          writeLong(0, value, 0L);
          return this;
        }

        /**
         * Whether {@code bind} is the member of the union that is set.
         */
        public boolean isBind() {
          return which() == Which.BIND;
        }

        /**
         * List of parameter bindings.
         */
        public boolean hasBind() {
          return readHasPointer(0);
        }

        /**
         * List of parameter bindings.
         */
        public StructListBuilder<Binding.Builder> getBind() {
          return openStructList(0, new StructListBuilder<>(Binding.Builder::new), null);
        }

        /**
         * List of parameter bindings.
         */
        public StructListBuilder<Binding.Builder> getBind(
            StructListBuilder<Binding.Builder> reuse) {
          return openStructList(0, reuse, null);
        }

        /**
         * List of parameter bindings.
         */
        public StructListBuilder<Binding.Builder> initBind(int size) {
          writeShort(8, (short) 0, (short) 0);
          return newStructList(0, size, new StructListBuilder<>(Binding.Builder::new));
        }

        /**
         * List of parameter bindings.
         */
        public StructListBuilder<Binding.Builder> initBind(int size,
            StructListBuilder<Binding.Builder> reuse) {
          writeShort(8, (short) 0, (short) 0);
          return newStructList(0, size, reuse);
        }

        /**
         * List of parameter bindings.
         */
        public Builder setBind(ListReader value) {
          writeShort(8, (short) 0, (short) 0);
          copyList(0, value);
          return this;
        }

        /**
         * Whether {@code inherit} is the member of the union that is set.
         */
        public boolean isInherit() {
          return which() == Which.INHERIT;
        }

        /**
         * The place where the Brand appears is within this scope or a sub-scope, and bindings
         * for this scope are deferred to later Brand applications. This is equivalent to a
         * pass-through binding list, where each of this scope's parameters is bound to itself.
         * For example:
         *
         *   struct Outer(T) {
         *     struct Inner {
         *       value {@literal @}0 :T;
         *     }
         *     innerInherit {@literal @}0 :Inner;            # Outer Brand.Scope is `inherit`.
         *     innerBindSelf {@literal @}1 :Outer(T).Inner;  # Outer Brand.Scope explicitly binds T to T.
         *   }
         *
         * The innerInherit and innerBindSelf fields have equivalent types, but different Brand
         * styles.
         */
        public Builder setInherit() {
          writeShort(8, (short) 1, (short) 0);
          return this;
        }

        /**
         * A reader over what this builder has written (zero-copy).
         */
        public Reader asReader() {
          return asReader(new Reader());
        }

        /**
         * What this builder has written, as {@code capnp decode --short} prints it.
         */
        @Override
        public String toString() {
          return asReader().toString();
        }
      }
    }

    /**
     * Struct {@code Binding}.
     */
    public static final class Binding {
      private Binding() {
      }

      /**
       * The members of the union, by discriminant; {@code _UNKNOWN} for a member a newer schema added.
       */
      public enum Which {
        UNBOUND,

        TYPE,

        _UNKNOWN;

        private static final Which[] _VALUES = {UNBOUND, TYPE};

        static Which of(int discriminant) {
          return discriminant < _VALUES.length ? _VALUES[discriminant] : _UNKNOWN;
        }
      }

      /**
       * Generator-owned metadata of this struct.
       */
      public static final class _Meta {
        /**
         * The schema's 64-bit id of this node.
         */
        public static final long TYPE_ID = 0xc863cd16969ee7fcL;

        /**
         * Data words and pointers of this struct.
         */
        public static final StructSize SIZE = new StructSize(1, 1);

        private _Meta() {
        }
      }

      /**
       * Reads a {@code Binding} in place; re-pointable, allocation-free.
       */
      public static final class Reader extends StructReader {
        /**
         * An unpointed reader (the empty struct until pointed somewhere).
         */
        public Reader() {
        }

        /**
         * Which member of the union is set.
         */
        public Which which() {
          return Which.of(readShort(0, (short) 0) & 0xFFFF);
        }

        /**
         * Whether {@code unbound} is the member of the union that is set.
         */
        public boolean isUnbound() {
          return which() == Which.UNBOUND;
        }

        /**
         * Whether {@code type} is the member of the union that is set.
         */
        public boolean isType() {
          return which() == Which.TYPE;
        }

        public boolean hasType() {
          return readHasPointer(0);
        }

        public Type.Reader getType() {
          return readStruct(0, new Type.Reader(), null);
        }

        public Type.Reader getType(Type.Reader reuse) {
          return readStruct(0, reuse, null);
        }

        /**
         * Prints this struct in the Cap'n Proto text format to {@code p}.
         */
        public void printTo(TextPrinter p) {
          p.beginStruct();
          int which = readShort(0, (short) 0) & 0xFFFF;
          if (which == 0) {
            p.field("unbound");
            p.valueVoid();
          }
          if (which == 1) {
            p.field("type");
            getType().printTo(p);
          }
          p.end();
        }

        /**
         * This struct as {@code capnp decode --short} prints it.
         */
        @Override
        public String toString() {
          TextPrinter p = new TextPrinter();
          printTo(p);
          return p.toShortString();
        }

        /**
         * This struct as {@code capnp decode} prints it (without the final newline).
         */
        public String toPrettyString() {
          TextPrinter p = new TextPrinter();
          printTo(p);
          return p.toPrettyString();
        }

        /**
         * Value equality: equal canonical forms.
         */
        @Override
        public boolean equals(Object other) {
          return other instanceof Reader && Generated.equal(this, (Reader) other);
        }

        /**
         * A hash of the canonical form, consistent with {@link #equals}.
         */
        @Override
        public int hashCode() {
          return Generated.hash(this);
        }
      }

      /**
       * Writes a {@code Binding} in place.
       */
      public static final class Builder extends StructBuilder {
        /**
         * An unpointed builder; point it with {@code initRoot(builder)} or a parent's {@code init}/{@code get}.
         */
        public Builder() {
          super(_Meta.SIZE);
        }

        /**
         * Which member of the union is set.
         */
        public Which which() {
          return Which.of(readShort(0, (short) 0) & 0xFFFF);
        }

        /**
         * Whether {@code unbound} is the member of the union that is set.
         */
        public boolean isUnbound() {
          return which() == Which.UNBOUND;
        }

        public Builder setUnbound() {
          writeShort(0, (short) 0, (short) 0);
          return this;
        }

        /**
         * Whether {@code type} is the member of the union that is set.
         */
        public boolean isType() {
          return which() == Which.TYPE;
        }

        public boolean hasType() {
          return readHasPointer(0);
        }

        public Type.Builder getType() {
          return openStruct(0, new Type.Builder(), null);
        }

        public Type.Builder getType(Type.Builder reuse) {
          return openStruct(0, reuse, null);
        }

        public Type.Builder initType() {
          writeShort(0, (short) 1, (short) 0);
          return newStruct(0, new Type.Builder());
        }

        public Type.Builder initType(Type.Builder reuse) {
          writeShort(0, (short) 1, (short) 0);
          return newStruct(0, reuse);
        }

        public Builder setType(Type.Reader value) {
          writeShort(0, (short) 1, (short) 0);
          copyStruct(0, value);
          return this;
        }

        /**
         * A reader over what this builder has written (zero-copy).
         */
        public Reader asReader() {
          return asReader(new Reader());
        }

        /**
         * What this builder has written, as {@code capnp decode --short} prints it.
         */
        @Override
        public String toString() {
          return asReader().toString();
        }
      }
    }
  }

  /**
   * Represents a value, e.g. a field default value, constant value, or annotation value.
   */
  public static final class Value {
    private Value() {
    }

    /**
     * The members of the union, by discriminant; {@code _UNKNOWN} for a member a newer schema added.
     */
    public enum Which {
      VOID,

      BOOL,

      INT8,

      INT16,

      INT32,

      INT64,

      UINT8,

      UINT16,

      UINT32,

      UINT64,

      FLOAT32,

      FLOAT64,

      TEXT,

      DATA,

      LIST,

      ENUM,

      STRUCT,

      INTERFACE,

      ANY_POINTER,

      _UNKNOWN;

      private static final Which[] _VALUES = {VOID, BOOL, INT8, INT16, INT32, INT64, UINT8, UINT16, UINT32, UINT64, FLOAT32, FLOAT64, TEXT, DATA, LIST, ENUM, STRUCT, INTERFACE, ANY_POINTER};

      static Which of(int discriminant) {
        return discriminant < _VALUES.length ? _VALUES[discriminant] : _UNKNOWN;
      }
    }

    /**
     * Generator-owned metadata of this struct.
     */
    public static final class _Meta {
      /**
       * The schema's 64-bit id of this node.
       */
      public static final long TYPE_ID = 0xce23dcd2d7b00c9bL;

      /**
       * Data words and pointers of this struct.
       */
      public static final StructSize SIZE = new StructSize(2, 1);

      private _Meta() {
      }
    }

    /**
     * Reads a {@code Value} in place; re-pointable, allocation-free.
     */
    public static final class Reader extends StructReader {
      /**
       * An unpointed reader (the empty struct until pointed somewhere).
       */
      public Reader() {
      }

      /**
       * Which member of the union is set.
       */
      public Which which() {
        return Which.of(readShort(0, (short) 0) & 0xFFFF);
      }

      /**
       * Whether {@code void} is the member of the union that is set.
       */
      public boolean isVoid() {
        return which() == Which.VOID;
      }

      /**
       * Whether {@code bool} is the member of the union that is set.
       */
      public boolean isBool() {
        return which() == Which.BOOL;
      }

      public boolean getBool() {
        return readBool(16, false);
      }

      /**
       * Whether {@code int8} is the member of the union that is set.
       */
      public boolean isInt8() {
        return which() == Which.INT8;
      }

      public byte getInt8() {
        return readByte(2, (byte) 0);
      }

      /**
       * Whether {@code int16} is the member of the union that is set.
       */
      public boolean isInt16() {
        return which() == Which.INT16;
      }

      public short getInt16() {
        return readShort(2, (short) 0);
      }

      /**
       * Whether {@code int32} is the member of the union that is set.
       */
      public boolean isInt32() {
        return which() == Which.INT32;
      }

      public int getInt32() {
        return readInt(4, 0);
      }

      /**
       * Whether {@code int64} is the member of the union that is set.
       */
      public boolean isInt64() {
        return which() == Which.INT64;
      }

      public long getInt64() {
        return readLong(8, 0L);
      }

      /**
       * Whether {@code uint8} is the member of the union that is set.
       */
      public boolean isUint8() {
        return which() == Which.UINT8;
      }

      public byte getUint8() {
        return readByte(2, (byte) 0);
      }

      /**
       * Whether {@code uint16} is the member of the union that is set.
       */
      public boolean isUint16() {
        return which() == Which.UINT16;
      }

      public short getUint16() {
        return readShort(2, (short) 0);
      }

      /**
       * Whether {@code uint32} is the member of the union that is set.
       */
      public boolean isUint32() {
        return which() == Which.UINT32;
      }

      public int getUint32() {
        return readInt(4, 0);
      }

      /**
       * Whether {@code uint64} is the member of the union that is set.
       */
      public boolean isUint64() {
        return which() == Which.UINT64;
      }

      public long getUint64() {
        return readLong(8, 0L);
      }

      /**
       * Whether {@code float32} is the member of the union that is set.
       */
      public boolean isFloat32() {
        return which() == Which.FLOAT32;
      }

      public float getFloat32() {
        return readFloat(4, 0x0);
      }

      /**
       * Whether {@code float64} is the member of the union that is set.
       */
      public boolean isFloat64() {
        return which() == Which.FLOAT64;
      }

      public double getFloat64() {
        return readDouble(8, 0x0L);
      }

      /**
       * Whether {@code text} is the member of the union that is set.
       */
      public boolean isText() {
        return which() == Which.TEXT;
      }

      public boolean hasText() {
        return readHasPointer(0);
      }

      public String getText() {
        return readText(0, new TextReader(), null).toString();
      }

      public TextReader getText(TextReader reuse) {
        return readText(0, reuse, null);
      }

      /**
       * Whether {@code data} is the member of the union that is set.
       */
      public boolean isData() {
        return which() == Which.DATA;
      }

      public boolean hasData() {
        return readHasPointer(0);
      }

      public byte[] getData() {
        return readData(0, new DataReader(), null).toByteArray();
      }

      public DataReader getData(DataReader reuse) {
        return readData(0, reuse, null);
      }

      /**
       * Whether {@code list} is the member of the union that is set.
       */
      public boolean isList() {
        return which() == Which.LIST;
      }

      public boolean hasList() {
        return readHasPointer(0);
      }

      public AnyPointerReader getList() {
        return readAnyPointer(0, new AnyPointerReader());
      }

      public AnyPointerReader getList(AnyPointerReader reuse) {
        return readAnyPointer(0, reuse);
      }

      /**
       * Whether {@code enum} is the member of the union that is set.
       */
      public boolean isEnum() {
        return which() == Which.ENUM;
      }

      public short getEnum() {
        return readShort(2, (short) 0);
      }

      /**
       * Whether {@code struct} is the member of the union that is set.
       */
      public boolean isStruct() {
        return which() == Which.STRUCT;
      }

      public boolean hasStruct() {
        return readHasPointer(0);
      }

      public AnyPointerReader getStruct() {
        return readAnyPointer(0, new AnyPointerReader());
      }

      public AnyPointerReader getStruct(AnyPointerReader reuse) {
        return readAnyPointer(0, reuse);
      }

      /**
       * Whether {@code interface} is the member of the union that is set.
       */
      public boolean isInterface() {
        return which() == Which.INTERFACE;
      }

      /**
       * Whether {@code anyPointer} is the member of the union that is set.
       */
      public boolean isAnyPointer() {
        return which() == Which.ANY_POINTER;
      }

      public boolean hasAnyPointer() {
        return readHasPointer(0);
      }

      public AnyPointerReader getAnyPointer() {
        return readAnyPointer(0, new AnyPointerReader());
      }

      public AnyPointerReader getAnyPointer(AnyPointerReader reuse) {
        return readAnyPointer(0, reuse);
      }

      /**
       * Prints this struct in the Cap'n Proto text format to {@code p}.
       */
      public void printTo(TextPrinter p) {
        p.beginStruct();
        int which = readShort(0, (short) 0) & 0xFFFF;
        if (which == 0) {
          p.field("void");
          p.valueVoid();
        }
        if (which == 1) {
          p.field("bool");
          p.valueBool(getBool());
        }
        if (which == 2) {
          p.field("int8");
          p.valueInt(getInt8());
        }
        if (which == 3) {
          p.field("int16");
          p.valueInt(getInt16());
        }
        if (which == 4) {
          p.field("int32");
          p.valueInt(getInt32());
        }
        if (which == 5) {
          p.field("int64");
          p.valueInt(getInt64());
        }
        if (which == 6) {
          p.field("uint8");
          p.valueInt(getUint8() & 0xFF);
        }
        if (which == 7) {
          p.field("uint16");
          p.valueInt(getUint16() & 0xFFFF);
        }
        if (which == 8) {
          p.field("uint32");
          p.valueInt(Integer.toUnsignedLong(getUint32()));
        }
        if (which == 9) {
          p.field("uint64");
          p.valueUInt64(getUint64());
        }
        if (which == 10) {
          p.field("float32");
          p.valueFloat32(getFloat32());
        }
        if (which == 11) {
          p.field("float64");
          p.valueFloat64(getFloat64());
        }
        if (which == 12) {
          p.field("text");
          TextReader t = getText(new TextReader());
          p.valueText(t.buffer(), t.offset(), t.size());
        }
        if (which == 13) {
          p.field("data");
          DataReader d = getData(new DataReader());
          p.valueData(d.buffer(), d.offset(), d.size());
        }
        if (which == 14) {
          p.field("list");
          p.valueOpaquePointer();
        }
        if (which == 15) {
          p.field("enum");
          p.valueInt(getEnum() & 0xFFFF);
        }
        if (which == 16) {
          p.field("struct");
          p.valueOpaquePointer();
        }
        if (which == 17) {
          p.field("interface");
          p.valueVoid();
        }
        if (which == 18) {
          p.field("anyPointer");
          p.valueOpaquePointer();
        }
        p.end();
      }

      /**
       * This struct as {@code capnp decode --short} prints it.
       */
      @Override
      public String toString() {
        TextPrinter p = new TextPrinter();
        printTo(p);
        return p.toShortString();
      }

      /**
       * This struct as {@code capnp decode} prints it (without the final newline).
       */
      public String toPrettyString() {
        TextPrinter p = new TextPrinter();
        printTo(p);
        return p.toPrettyString();
      }

      /**
       * Value equality: equal canonical forms.
       */
      @Override
      public boolean equals(Object other) {
        return other instanceof Reader && Generated.equal(this, (Reader) other);
      }

      /**
       * A hash of the canonical form, consistent with {@link #equals}.
       */
      @Override
      public int hashCode() {
        return Generated.hash(this);
      }
    }

    /**
     * Writes a {@code Value} in place.
     */
    public static final class Builder extends StructBuilder {
      /**
       * An unpointed builder; point it with {@code initRoot(builder)} or a parent's {@code init}/{@code get}.
       */
      public Builder() {
        super(_Meta.SIZE);
      }

      /**
       * Which member of the union is set.
       */
      public Which which() {
        return Which.of(readShort(0, (short) 0) & 0xFFFF);
      }

      /**
       * Whether {@code void} is the member of the union that is set.
       */
      public boolean isVoid() {
        return which() == Which.VOID;
      }

      public Builder setVoid() {
        writeShort(0, (short) 0, (short) 0);
        return this;
      }

      /**
       * Whether {@code bool} is the member of the union that is set.
       */
      public boolean isBool() {
        return which() == Which.BOOL;
      }

      public boolean getBool() {
        return readBool(16, false);
      }

      public Builder setBool(boolean value) {
        writeShort(0, (short) 1, (short) 0);
        writeBool(16, value, false);
        return this;
      }

      /**
       * Whether {@code int8} is the member of the union that is set.
       */
      public boolean isInt8() {
        return which() == Which.INT8;
      }

      public byte getInt8() {
        return readByte(2, (byte) 0);
      }

      public Builder setInt8(byte value) {
        writeShort(0, (short) 2, (short) 0);
        writeByte(2, value, (byte) 0);
        return this;
      }

      /**
       * Whether {@code int16} is the member of the union that is set.
       */
      public boolean isInt16() {
        return which() == Which.INT16;
      }

      public short getInt16() {
        return readShort(2, (short) 0);
      }

      public Builder setInt16(short value) {
        writeShort(0, (short) 3, (short) 0);
        writeShort(2, value, (short) 0);
        return this;
      }

      /**
       * Whether {@code int32} is the member of the union that is set.
       */
      public boolean isInt32() {
        return which() == Which.INT32;
      }

      public int getInt32() {
        return readInt(4, 0);
      }

      public Builder setInt32(int value) {
        writeShort(0, (short) 4, (short) 0);
        writeInt(4, value, 0);
        return this;
      }

      /**
       * Whether {@code int64} is the member of the union that is set.
       */
      public boolean isInt64() {
        return which() == Which.INT64;
      }

      public long getInt64() {
        return readLong(8, 0L);
      }

      public Builder setInt64(long value) {
        writeShort(0, (short) 5, (short) 0);
        writeLong(8, value, 0L);
        return this;
      }

      /**
       * Whether {@code uint8} is the member of the union that is set.
       */
      public boolean isUint8() {
        return which() == Which.UINT8;
      }

      public byte getUint8() {
        return readByte(2, (byte) 0);
      }

      public Builder setUint8(byte value) {
        writeShort(0, (short) 6, (short) 0);
        writeByte(2, value, (byte) 0);
        return this;
      }

      /**
       * Whether {@code uint16} is the member of the union that is set.
       */
      public boolean isUint16() {
        return which() == Which.UINT16;
      }

      public short getUint16() {
        return readShort(2, (short) 0);
      }

      public Builder setUint16(short value) {
        writeShort(0, (short) 7, (short) 0);
        writeShort(2, value, (short) 0);
        return this;
      }

      /**
       * Whether {@code uint32} is the member of the union that is set.
       */
      public boolean isUint32() {
        return which() == Which.UINT32;
      }

      public int getUint32() {
        return readInt(4, 0);
      }

      public Builder setUint32(int value) {
        writeShort(0, (short) 8, (short) 0);
        writeInt(4, value, 0);
        return this;
      }

      /**
       * Whether {@code uint64} is the member of the union that is set.
       */
      public boolean isUint64() {
        return which() == Which.UINT64;
      }

      public long getUint64() {
        return readLong(8, 0L);
      }

      public Builder setUint64(long value) {
        writeShort(0, (short) 9, (short) 0);
        writeLong(8, value, 0L);
        return this;
      }

      /**
       * Whether {@code float32} is the member of the union that is set.
       */
      public boolean isFloat32() {
        return which() == Which.FLOAT32;
      }

      public float getFloat32() {
        return readFloat(4, 0x0);
      }

      public Builder setFloat32(float value) {
        writeShort(0, (short) 10, (short) 0);
        writeFloat(4, value, 0x0);
        return this;
      }

      /**
       * Whether {@code float64} is the member of the union that is set.
       */
      public boolean isFloat64() {
        return which() == Which.FLOAT64;
      }

      public double getFloat64() {
        return readDouble(8, 0x0L);
      }

      public Builder setFloat64(double value) {
        writeShort(0, (short) 11, (short) 0);
        writeDouble(8, value, 0x0L);
        return this;
      }

      /**
       * Whether {@code text} is the member of the union that is set.
       */
      public boolean isText() {
        return which() == Which.TEXT;
      }

      public boolean hasText() {
        return readHasPointer(0);
      }

      public String getText() {
        return openText(0, new TextBuilder(), null).toString();
      }

      public TextBuilder getText(TextBuilder reuse) {
        return openText(0, reuse, null);
      }

      public Builder setText(CharSequence value) {
        writeShort(0, (short) 12, (short) 0);
        writeText(0, value);
        return this;
      }

      public Builder setText(TextReader value) {
        writeShort(0, (short) 12, (short) 0);
        copyText(0, value);
        return this;
      }

      public TextBuilder initText(int bytes) {
        writeShort(0, (short) 12, (short) 0);
        return newText(0, bytes, new TextBuilder());
      }

      /**
       * Whether {@code data} is the member of the union that is set.
       */
      public boolean isData() {
        return which() == Which.DATA;
      }

      public boolean hasData() {
        return readHasPointer(0);
      }

      public DataBuilder getData() {
        return openData(0, new DataBuilder(), null);
      }

      public DataBuilder getData(DataBuilder reuse) {
        return openData(0, reuse, null);
      }

      public Builder setData(byte[] value) {
        writeShort(0, (short) 13, (short) 0);
        writeData(0, value, 0, value.length);
        return this;
      }

      public Builder setData(ByteBuffer value) {
        writeShort(0, (short) 13, (short) 0);
        writeData(0, value);
        return this;
      }

      public Builder setData(DataReader value) {
        writeShort(0, (short) 13, (short) 0);
        copyData(0, value);
        return this;
      }

      public DataBuilder initData(int bytes) {
        writeShort(0, (short) 13, (short) 0);
        return newData(0, bytes, new DataBuilder());
      }

      /**
       * Whether {@code list} is the member of the union that is set.
       */
      public boolean isList() {
        return which() == Which.LIST;
      }

      public boolean hasList() {
        return readHasPointer(0);
      }

      public AnyPointerBuilder getList() {
        return openAnyPointer(0, new AnyPointerBuilder());
      }

      public AnyPointerBuilder getList(AnyPointerBuilder reuse) {
        return openAnyPointer(0, reuse);
      }

      public AnyPointerBuilder initList() {
        writeShort(0, (short) 14, (short) 0);
        AnyPointerBuilder p = openAnyPointer(0, new AnyPointerBuilder());
        p.clear();
        return p;
      }

      /**
       * Whether {@code enum} is the member of the union that is set.
       */
      public boolean isEnum() {
        return which() == Which.ENUM;
      }

      public short getEnum() {
        return readShort(2, (short) 0);
      }

      public Builder setEnum(short value) {
        writeShort(0, (short) 15, (short) 0);
        writeShort(2, value, (short) 0);
        return this;
      }

      /**
       * Whether {@code struct} is the member of the union that is set.
       */
      public boolean isStruct() {
        return which() == Which.STRUCT;
      }

      public boolean hasStruct() {
        return readHasPointer(0);
      }

      public AnyPointerBuilder getStruct() {
        return openAnyPointer(0, new AnyPointerBuilder());
      }

      public AnyPointerBuilder getStruct(AnyPointerBuilder reuse) {
        return openAnyPointer(0, reuse);
      }

      public AnyPointerBuilder initStruct() {
        writeShort(0, (short) 16, (short) 0);
        AnyPointerBuilder p = openAnyPointer(0, new AnyPointerBuilder());
        p.clear();
        return p;
      }

      /**
       * Whether {@code interface} is the member of the union that is set.
       */
      public boolean isInterface() {
        return which() == Which.INTERFACE;
      }

      /**
       * The only interface value that can be represented statically is "null", whose methods always
       * throw exceptions.
       */
      public Builder setInterface() {
        writeShort(0, (short) 17, (short) 0);
        return this;
      }

      /**
       * Whether {@code anyPointer} is the member of the union that is set.
       */
      public boolean isAnyPointer() {
        return which() == Which.ANY_POINTER;
      }

      public boolean hasAnyPointer() {
        return readHasPointer(0);
      }

      public AnyPointerBuilder getAnyPointer() {
        return openAnyPointer(0, new AnyPointerBuilder());
      }

      public AnyPointerBuilder getAnyPointer(AnyPointerBuilder reuse) {
        return openAnyPointer(0, reuse);
      }

      public AnyPointerBuilder initAnyPointer() {
        writeShort(0, (short) 18, (short) 0);
        AnyPointerBuilder p = openAnyPointer(0, new AnyPointerBuilder());
        p.clear();
        return p;
      }

      /**
       * A reader over what this builder has written (zero-copy).
       */
      public Reader asReader() {
        return asReader(new Reader());
      }

      /**
       * What this builder has written, as {@code capnp decode --short} prints it.
       */
      @Override
      public String toString() {
        return asReader().toString();
      }
    }
  }

  /**
   * Describes an annotation applied to a declaration.  Note AnnotationNode describes the
   * annotation's declaration, while this describes a use of the annotation.
   */
  public static final class Annotation {
    private Annotation() {
    }

    /**
     * Generator-owned metadata of this struct.
     */
    public static final class _Meta {
      /**
       * The schema's 64-bit id of this node.
       */
      public static final long TYPE_ID = 0xf1c8950dab257542L;

      /**
       * Data words and pointers of this struct.
       */
      public static final StructSize SIZE = new StructSize(1, 2);

      private _Meta() {
      }
    }

    /**
     * Reads a {@code Annotation} in place; re-pointable, allocation-free.
     */
    public static final class Reader extends StructReader {
      /**
       * An unpointed reader (the empty struct until pointed somewhere).
       */
      public Reader() {
      }

      /**
       * ID of the annotation node.
       */
      public long getId() {
        return readLong(0, 0L);
      }

      public boolean hasValue() {
        return readHasPointer(0);
      }

      public Value.Reader getValue() {
        return readStruct(0, new Value.Reader(), null);
      }

      public Value.Reader getValue(Value.Reader reuse) {
        return readStruct(0, reuse, null);
      }

      /**
       * Brand of the annotation.
       *
       * Note that the annotation itself is not allowed to be parameterized, but its scope might be.
       */
      public boolean hasBrand() {
        return readHasPointer(1);
      }

      /**
       * Brand of the annotation.
       *
       * Note that the annotation itself is not allowed to be parameterized, but its scope might be.
       */
      public Brand.Reader getBrand() {
        return readStruct(1, new Brand.Reader(), null);
      }

      /**
       * Brand of the annotation.
       *
       * Note that the annotation itself is not allowed to be parameterized, but its scope might be.
       */
      public Brand.Reader getBrand(Brand.Reader reuse) {
        return readStruct(1, reuse, null);
      }

      /**
       * Prints this struct in the Cap'n Proto text format to {@code p}.
       */
      public void printTo(TextPrinter p) {
        p.beginStruct();
        p.field("id");
        p.valueUInt64(getId());
        if (hasValue()) {
          p.field("value");
          getValue().printTo(p);
        }
        if (hasBrand()) {
          p.field("brand");
          getBrand().printTo(p);
        }
        p.end();
      }

      /**
       * This struct as {@code capnp decode --short} prints it.
       */
      @Override
      public String toString() {
        TextPrinter p = new TextPrinter();
        printTo(p);
        return p.toShortString();
      }

      /**
       * This struct as {@code capnp decode} prints it (without the final newline).
       */
      public String toPrettyString() {
        TextPrinter p = new TextPrinter();
        printTo(p);
        return p.toPrettyString();
      }

      /**
       * Value equality: equal canonical forms.
       */
      @Override
      public boolean equals(Object other) {
        return other instanceof Reader && Generated.equal(this, (Reader) other);
      }

      /**
       * A hash of the canonical form, consistent with {@link #equals}.
       */
      @Override
      public int hashCode() {
        return Generated.hash(this);
      }
    }

    /**
     * Writes a {@code Annotation} in place.
     */
    public static final class Builder extends StructBuilder {
      /**
       * An unpointed builder; point it with {@code initRoot(builder)} or a parent's {@code init}/{@code get}.
       */
      public Builder() {
        super(_Meta.SIZE);
      }

      /**
       * ID of the annotation node.
       */
      public long getId() {
        return readLong(0, 0L);
      }

      /**
       * ID of the annotation node.
       */
      public Builder setId(long value) {
        writeLong(0, value, 0L);
        return this;
      }

      public boolean hasValue() {
        return readHasPointer(0);
      }

      public Value.Builder getValue() {
        return openStruct(0, new Value.Builder(), null);
      }

      public Value.Builder getValue(Value.Builder reuse) {
        return openStruct(0, reuse, null);
      }

      public Value.Builder initValue() {
        return newStruct(0, new Value.Builder());
      }

      public Value.Builder initValue(Value.Builder reuse) {
        return newStruct(0, reuse);
      }

      public Builder setValue(Value.Reader value) {
        copyStruct(0, value);
        return this;
      }

      /**
       * Brand of the annotation.
       *
       * Note that the annotation itself is not allowed to be parameterized, but its scope might be.
       */
      public boolean hasBrand() {
        return readHasPointer(1);
      }

      /**
       * Brand of the annotation.
       *
       * Note that the annotation itself is not allowed to be parameterized, but its scope might be.
       */
      public Brand.Builder getBrand() {
        return openStruct(1, new Brand.Builder(), null);
      }

      /**
       * Brand of the annotation.
       *
       * Note that the annotation itself is not allowed to be parameterized, but its scope might be.
       */
      public Brand.Builder getBrand(Brand.Builder reuse) {
        return openStruct(1, reuse, null);
      }

      /**
       * Brand of the annotation.
       *
       * Note that the annotation itself is not allowed to be parameterized, but its scope might be.
       */
      public Brand.Builder initBrand() {
        return newStruct(1, new Brand.Builder());
      }

      /**
       * Brand of the annotation.
       *
       * Note that the annotation itself is not allowed to be parameterized, but its scope might be.
       */
      public Brand.Builder initBrand(Brand.Builder reuse) {
        return newStruct(1, reuse);
      }

      /**
       * Brand of the annotation.
       *
       * Note that the annotation itself is not allowed to be parameterized, but its scope might be.
       */
      public Builder setBrand(Brand.Reader value) {
        copyStruct(1, value);
        return this;
      }

      /**
       * A reader over what this builder has written (zero-copy).
       */
      public Reader asReader() {
        return asReader(new Reader());
      }

      /**
       * What this builder has written, as {@code capnp decode --short} prints it.
       */
      @Override
      public String toString() {
        return asReader().toString();
      }
    }
  }

  /**
   * Possible element sizes for encoded lists.  These correspond exactly to the possible values of
   * the 3-bit element size component of a list pointer.
   */
  public enum ElementSize implements CapnpEnum {
    /**
     * aka "void", but that's a keyword.
     */
    EMPTY("empty"),

    BIT("bit"),

    BYTE("byte"),

    TWO_BYTES("twoBytes"),

    FOUR_BYTES("fourBytes"),

    EIGHT_BYTES("eightBytes"),

    POINTER("pointer"),

    INLINE_COMPOSITE("inlineComposite"),

    /**
     * A value this schema does not know (written by a newer one).
     */
    _UNKNOWN((String) null);

    /**
     * The schema's 64-bit id of this enum.
     */
    public static final long _TYPE_ID = 0xd1958f7dba521926L;

    private static final ElementSize[] _VALUES = {EMPTY, BIT, BYTE, TWO_BYTES, FOUR_BYTES, EIGHT_BYTES, POINTER, INLINE_COMPOSITE};

    private final String schemaName;

    ElementSize(String schemaName) {
      this.schemaName = schemaName;
    }

    /**
     * The enumerant's name in the schema, or null for {@code _UNKNOWN}.
     */
    @Override
    public String schemaName() {
      return schemaName;
    }

    /**
     * The constant for wire value {@code value}, or {@code _UNKNOWN}.
     */
    public static ElementSize fromValue(int value) {
      return value >= 0 && value < _VALUES.length ? _VALUES[value] : _UNKNOWN;
    }
  }

  /**
   * Struct {@code CapnpVersion}.
   */
  public static final class CapnpVersion {
    private CapnpVersion() {
    }

    /**
     * Generator-owned metadata of this struct.
     */
    public static final class _Meta {
      /**
       * The schema's 64-bit id of this node.
       */
      public static final long TYPE_ID = 0xd85d305b7d839963L;

      /**
       * Data words and pointers of this struct.
       */
      public static final StructSize SIZE = new StructSize(1, 0);

      private _Meta() {
      }
    }

    /**
     * Reads a {@code CapnpVersion} in place; re-pointable, allocation-free.
     */
    public static final class Reader extends StructReader {
      /**
       * An unpointed reader (the empty struct until pointed somewhere).
       */
      public Reader() {
      }

      public short getMajor() {
        return readShort(0, (short) 0);
      }

      public byte getMinor() {
        return readByte(2, (byte) 0);
      }

      public byte getMicro() {
        return readByte(3, (byte) 0);
      }

      /**
       * Prints this struct in the Cap'n Proto text format to {@code p}.
       */
      public void printTo(TextPrinter p) {
        p.beginStruct();
        p.field("major");
        p.valueInt(getMajor() & 0xFFFF);
        p.field("minor");
        p.valueInt(getMinor() & 0xFF);
        p.field("micro");
        p.valueInt(getMicro() & 0xFF);
        p.end();
      }

      /**
       * This struct as {@code capnp decode --short} prints it.
       */
      @Override
      public String toString() {
        TextPrinter p = new TextPrinter();
        printTo(p);
        return p.toShortString();
      }

      /**
       * This struct as {@code capnp decode} prints it (without the final newline).
       */
      public String toPrettyString() {
        TextPrinter p = new TextPrinter();
        printTo(p);
        return p.toPrettyString();
      }

      /**
       * Value equality: equal canonical forms.
       */
      @Override
      public boolean equals(Object other) {
        return other instanceof Reader && Generated.equal(this, (Reader) other);
      }

      /**
       * A hash of the canonical form, consistent with {@link #equals}.
       */
      @Override
      public int hashCode() {
        return Generated.hash(this);
      }
    }

    /**
     * Writes a {@code CapnpVersion} in place.
     */
    public static final class Builder extends StructBuilder {
      /**
       * An unpointed builder; point it with {@code initRoot(builder)} or a parent's {@code init}/{@code get}.
       */
      public Builder() {
        super(_Meta.SIZE);
      }

      public short getMajor() {
        return readShort(0, (short) 0);
      }

      public Builder setMajor(short value) {
        writeShort(0, value, (short) 0);
        return this;
      }

      public byte getMinor() {
        return readByte(2, (byte) 0);
      }

      public Builder setMinor(byte value) {
        writeByte(2, value, (byte) 0);
        return this;
      }

      public byte getMicro() {
        return readByte(3, (byte) 0);
      }

      public Builder setMicro(byte value) {
        writeByte(3, value, (byte) 0);
        return this;
      }

      /**
       * A reader over what this builder has written (zero-copy).
       */
      public Reader asReader() {
        return asReader(new Reader());
      }

      /**
       * What this builder has written, as {@code capnp decode --short} prints it.
       */
      @Override
      public String toString() {
        return asReader().toString();
      }
    }
  }

  /**
   * Struct {@code CodeGeneratorRequest}.
   */
  public static final class CodeGeneratorRequest {
    private CodeGeneratorRequest() {
    }

    /**
     * Generator-owned metadata of this struct.
     */
    public static final class _Meta {
      /**
       * The schema's 64-bit id of this node.
       */
      public static final long TYPE_ID = 0xbfc546f6210ad7ceL;

      /**
       * Data words and pointers of this struct.
       */
      public static final StructSize SIZE = new StructSize(0, 4);

      private _Meta() {
      }
    }

    /**
     * Reads a {@code CodeGeneratorRequest} in place; re-pointable, allocation-free.
     */
    public static final class Reader extends StructReader {
      /**
       * An unpointed reader (the empty struct until pointed somewhere).
       */
      public Reader() {
      }

      /**
       * All nodes parsed by the compiler, including for the files on the command line and their
       * imports.
       */
      public boolean hasNodes() {
        return readHasPointer(0);
      }

      /**
       * All nodes parsed by the compiler, including for the files on the command line and their
       * imports.
       */
      public StructListReader<Node.Reader> getNodes() {
        return readList(0, dev.rast.capnp.ElementSize.INLINE_COMPOSITE, new StructListReader<>(Node.Reader::new), null);
      }

      /**
       * All nodes parsed by the compiler, including for the files on the command line and their
       * imports.
       */
      public StructListReader<Node.Reader> getNodes(StructListReader<Node.Reader> reuse) {
        return readList(0, dev.rast.capnp.ElementSize.INLINE_COMPOSITE, reuse, null);
      }

      /**
       * Files which were listed on the command line.
       */
      public boolean hasRequestedFiles() {
        return readHasPointer(1);
      }

      /**
       * Files which were listed on the command line.
       */
      public StructListReader<RequestedFile.Reader> getRequestedFiles() {
        return readList(1, dev.rast.capnp.ElementSize.INLINE_COMPOSITE, new StructListReader<>(RequestedFile.Reader::new), null);
      }

      /**
       * Files which were listed on the command line.
       */
      public StructListReader<RequestedFile.Reader> getRequestedFiles(
          StructListReader<RequestedFile.Reader> reuse) {
        return readList(1, dev.rast.capnp.ElementSize.INLINE_COMPOSITE, reuse, null);
      }

      /**
       * Version of the `capnp` executable. Generally, code generators should ignore this, but the code
       * generators that ship with `capnp` itself will print a warning if this mismatches since that
       * probably indicates something is misconfigured.
       *
       * The first version of 'capnp' to set this was 0.6.0. So, if it's missing, the compiler version
       * is older than that.
       */
      public boolean hasCapnpVersion() {
        return readHasPointer(2);
      }

      /**
       * Version of the `capnp` executable. Generally, code generators should ignore this, but the code
       * generators that ship with `capnp` itself will print a warning if this mismatches since that
       * probably indicates something is misconfigured.
       *
       * The first version of 'capnp' to set this was 0.6.0. So, if it's missing, the compiler version
       * is older than that.
       */
      public CapnpVersion.Reader getCapnpVersion() {
        return readStruct(2, new CapnpVersion.Reader(), null);
      }

      /**
       * Version of the `capnp` executable. Generally, code generators should ignore this, but the code
       * generators that ship with `capnp` itself will print a warning if this mismatches since that
       * probably indicates something is misconfigured.
       *
       * The first version of 'capnp' to set this was 0.6.0. So, if it's missing, the compiler version
       * is older than that.
       */
      public CapnpVersion.Reader getCapnpVersion(CapnpVersion.Reader reuse) {
        return readStruct(2, reuse, null);
      }

      /**
       * Information about the original source code for each node, where available. This array may be
       * omitted or may be missing some nodes if no info is available for them.
       */
      public boolean hasSourceInfo() {
        return readHasPointer(3);
      }

      /**
       * Information about the original source code for each node, where available. This array may be
       * omitted or may be missing some nodes if no info is available for them.
       */
      public StructListReader<Node.SourceInfo.Reader> getSourceInfo() {
        return readList(3, dev.rast.capnp.ElementSize.INLINE_COMPOSITE, new StructListReader<>(Node.SourceInfo.Reader::new), null);
      }

      /**
       * Information about the original source code for each node, where available. This array may be
       * omitted or may be missing some nodes if no info is available for them.
       */
      public StructListReader<Node.SourceInfo.Reader> getSourceInfo(
          StructListReader<Node.SourceInfo.Reader> reuse) {
        return readList(3, dev.rast.capnp.ElementSize.INLINE_COMPOSITE, reuse, null);
      }

      /**
       * Prints this struct in the Cap'n Proto text format to {@code p}.
       */
      public void printTo(TextPrinter p) {
        p.beginStruct();
        if (hasNodes()) {
          p.field("nodes");
          StructListReader<Node.Reader> l0 = getNodes();
          p.beginList();
          for (int i0 = 0; i0 < l0.size(); i0++) {
            l0.get(i0).printTo(p);
          }
          p.end();
        }
        if (hasRequestedFiles()) {
          p.field("requestedFiles");
          StructListReader<RequestedFile.Reader> l0 = getRequestedFiles();
          p.beginList();
          for (int i0 = 0; i0 < l0.size(); i0++) {
            l0.get(i0).printTo(p);
          }
          p.end();
        }
        if (hasCapnpVersion()) {
          p.field("capnpVersion");
          getCapnpVersion().printTo(p);
        }
        if (hasSourceInfo()) {
          p.field("sourceInfo");
          StructListReader<Node.SourceInfo.Reader> l0 = getSourceInfo();
          p.beginList();
          for (int i0 = 0; i0 < l0.size(); i0++) {
            l0.get(i0).printTo(p);
          }
          p.end();
        }
        p.end();
      }

      /**
       * This struct as {@code capnp decode --short} prints it.
       */
      @Override
      public String toString() {
        TextPrinter p = new TextPrinter();
        printTo(p);
        return p.toShortString();
      }

      /**
       * This struct as {@code capnp decode} prints it (without the final newline).
       */
      public String toPrettyString() {
        TextPrinter p = new TextPrinter();
        printTo(p);
        return p.toPrettyString();
      }

      /**
       * Value equality: equal canonical forms.
       */
      @Override
      public boolean equals(Object other) {
        return other instanceof Reader && Generated.equal(this, (Reader) other);
      }

      /**
       * A hash of the canonical form, consistent with {@link #equals}.
       */
      @Override
      public int hashCode() {
        return Generated.hash(this);
      }
    }

    /**
     * Writes a {@code CodeGeneratorRequest} in place.
     */
    public static final class Builder extends StructBuilder {
      /**
       * An unpointed builder; point it with {@code initRoot(builder)} or a parent's {@code init}/{@code get}.
       */
      public Builder() {
        super(_Meta.SIZE);
      }

      /**
       * All nodes parsed by the compiler, including for the files on the command line and their
       * imports.
       */
      public boolean hasNodes() {
        return readHasPointer(0);
      }

      /**
       * All nodes parsed by the compiler, including for the files on the command line and their
       * imports.
       */
      public StructListBuilder<Node.Builder> getNodes() {
        return openStructList(0, new StructListBuilder<>(Node.Builder::new), null);
      }

      /**
       * All nodes parsed by the compiler, including for the files on the command line and their
       * imports.
       */
      public StructListBuilder<Node.Builder> getNodes(StructListBuilder<Node.Builder> reuse) {
        return openStructList(0, reuse, null);
      }

      /**
       * All nodes parsed by the compiler, including for the files on the command line and their
       * imports.
       */
      public StructListBuilder<Node.Builder> initNodes(int size) {
        return newStructList(0, size, new StructListBuilder<>(Node.Builder::new));
      }

      /**
       * All nodes parsed by the compiler, including for the files on the command line and their
       * imports.
       */
      public StructListBuilder<Node.Builder> initNodes(int size,
          StructListBuilder<Node.Builder> reuse) {
        return newStructList(0, size, reuse);
      }

      /**
       * All nodes parsed by the compiler, including for the files on the command line and their
       * imports.
       */
      public Builder setNodes(ListReader value) {
        copyList(0, value);
        return this;
      }

      /**
       * Files which were listed on the command line.
       */
      public boolean hasRequestedFiles() {
        return readHasPointer(1);
      }

      /**
       * Files which were listed on the command line.
       */
      public StructListBuilder<RequestedFile.Builder> getRequestedFiles() {
        return openStructList(1, new StructListBuilder<>(RequestedFile.Builder::new), null);
      }

      /**
       * Files which were listed on the command line.
       */
      public StructListBuilder<RequestedFile.Builder> getRequestedFiles(
          StructListBuilder<RequestedFile.Builder> reuse) {
        return openStructList(1, reuse, null);
      }

      /**
       * Files which were listed on the command line.
       */
      public StructListBuilder<RequestedFile.Builder> initRequestedFiles(int size) {
        return newStructList(1, size, new StructListBuilder<>(RequestedFile.Builder::new));
      }

      /**
       * Files which were listed on the command line.
       */
      public StructListBuilder<RequestedFile.Builder> initRequestedFiles(int size,
          StructListBuilder<RequestedFile.Builder> reuse) {
        return newStructList(1, size, reuse);
      }

      /**
       * Files which were listed on the command line.
       */
      public Builder setRequestedFiles(ListReader value) {
        copyList(1, value);
        return this;
      }

      /**
       * Version of the `capnp` executable. Generally, code generators should ignore this, but the code
       * generators that ship with `capnp` itself will print a warning if this mismatches since that
       * probably indicates something is misconfigured.
       *
       * The first version of 'capnp' to set this was 0.6.0. So, if it's missing, the compiler version
       * is older than that.
       */
      public boolean hasCapnpVersion() {
        return readHasPointer(2);
      }

      /**
       * Version of the `capnp` executable. Generally, code generators should ignore this, but the code
       * generators that ship with `capnp` itself will print a warning if this mismatches since that
       * probably indicates something is misconfigured.
       *
       * The first version of 'capnp' to set this was 0.6.0. So, if it's missing, the compiler version
       * is older than that.
       */
      public CapnpVersion.Builder getCapnpVersion() {
        return openStruct(2, new CapnpVersion.Builder(), null);
      }

      /**
       * Version of the `capnp` executable. Generally, code generators should ignore this, but the code
       * generators that ship with `capnp` itself will print a warning if this mismatches since that
       * probably indicates something is misconfigured.
       *
       * The first version of 'capnp' to set this was 0.6.0. So, if it's missing, the compiler version
       * is older than that.
       */
      public CapnpVersion.Builder getCapnpVersion(CapnpVersion.Builder reuse) {
        return openStruct(2, reuse, null);
      }

      /**
       * Version of the `capnp` executable. Generally, code generators should ignore this, but the code
       * generators that ship with `capnp` itself will print a warning if this mismatches since that
       * probably indicates something is misconfigured.
       *
       * The first version of 'capnp' to set this was 0.6.0. So, if it's missing, the compiler version
       * is older than that.
       */
      public CapnpVersion.Builder initCapnpVersion() {
        return newStruct(2, new CapnpVersion.Builder());
      }

      /**
       * Version of the `capnp` executable. Generally, code generators should ignore this, but the code
       * generators that ship with `capnp` itself will print a warning if this mismatches since that
       * probably indicates something is misconfigured.
       *
       * The first version of 'capnp' to set this was 0.6.0. So, if it's missing, the compiler version
       * is older than that.
       */
      public CapnpVersion.Builder initCapnpVersion(CapnpVersion.Builder reuse) {
        return newStruct(2, reuse);
      }

      /**
       * Version of the `capnp` executable. Generally, code generators should ignore this, but the code
       * generators that ship with `capnp` itself will print a warning if this mismatches since that
       * probably indicates something is misconfigured.
       *
       * The first version of 'capnp' to set this was 0.6.0. So, if it's missing, the compiler version
       * is older than that.
       */
      public Builder setCapnpVersion(CapnpVersion.Reader value) {
        copyStruct(2, value);
        return this;
      }

      /**
       * Information about the original source code for each node, where available. This array may be
       * omitted or may be missing some nodes if no info is available for them.
       */
      public boolean hasSourceInfo() {
        return readHasPointer(3);
      }

      /**
       * Information about the original source code for each node, where available. This array may be
       * omitted or may be missing some nodes if no info is available for them.
       */
      public StructListBuilder<Node.SourceInfo.Builder> getSourceInfo() {
        return openStructList(3, new StructListBuilder<>(Node.SourceInfo.Builder::new), null);
      }

      /**
       * Information about the original source code for each node, where available. This array may be
       * omitted or may be missing some nodes if no info is available for them.
       */
      public StructListBuilder<Node.SourceInfo.Builder> getSourceInfo(
          StructListBuilder<Node.SourceInfo.Builder> reuse) {
        return openStructList(3, reuse, null);
      }

      /**
       * Information about the original source code for each node, where available. This array may be
       * omitted or may be missing some nodes if no info is available for them.
       */
      public StructListBuilder<Node.SourceInfo.Builder> initSourceInfo(int size) {
        return newStructList(3, size, new StructListBuilder<>(Node.SourceInfo.Builder::new));
      }

      /**
       * Information about the original source code for each node, where available. This array may be
       * omitted or may be missing some nodes if no info is available for them.
       */
      public StructListBuilder<Node.SourceInfo.Builder> initSourceInfo(int size,
          StructListBuilder<Node.SourceInfo.Builder> reuse) {
        return newStructList(3, size, reuse);
      }

      /**
       * Information about the original source code for each node, where available. This array may be
       * omitted or may be missing some nodes if no info is available for them.
       */
      public Builder setSourceInfo(ListReader value) {
        copyList(3, value);
        return this;
      }

      /**
       * A reader over what this builder has written (zero-copy).
       */
      public Reader asReader() {
        return asReader(new Reader());
      }

      /**
       * What this builder has written, as {@code capnp decode --short} prints it.
       */
      @Override
      public String toString() {
        return asReader().toString();
      }
    }

    /**
     * Struct {@code RequestedFile}.
     */
    public static final class RequestedFile {
      private RequestedFile() {
      }

      /**
       * Generator-owned metadata of this struct.
       */
      public static final class _Meta {
        /**
         * The schema's 64-bit id of this node.
         */
        public static final long TYPE_ID = 0xcfea0eb02e810062L;

        /**
         * Data words and pointers of this struct.
         */
        public static final StructSize SIZE = new StructSize(1, 2);

        private _Meta() {
        }
      }

      /**
       * Reads a {@code RequestedFile} in place; re-pointable, allocation-free.
       */
      public static final class Reader extends StructReader {
        /**
         * An unpointed reader (the empty struct until pointed somewhere).
         */
        public Reader() {
        }

        /**
         * ID of the file.
         */
        public long getId() {
          return readLong(0, 0L);
        }

        /**
         * Name of the file as it appeared on the command-line (minus the src-prefix).  You may use
         * this to decide where to write the output.
         */
        public boolean hasFilename() {
          return readHasPointer(0);
        }

        /**
         * Name of the file as it appeared on the command-line (minus the src-prefix).  You may use
         * this to decide where to write the output.
         */
        public String getFilename() {
          return readText(0, new TextReader(), null).toString();
        }

        /**
         * Name of the file as it appeared on the command-line (minus the src-prefix).  You may use
         * this to decide where to write the output.
         */
        public TextReader getFilename(TextReader reuse) {
          return readText(0, reuse, null);
        }

        /**
         * List of all imported paths seen in this file.
         */
        public boolean hasImports() {
          return readHasPointer(1);
        }

        /**
         * List of all imported paths seen in this file.
         */
        public StructListReader<Import.Reader> getImports() {
          return readList(1, dev.rast.capnp.ElementSize.INLINE_COMPOSITE, new StructListReader<>(Import.Reader::new), null);
        }

        /**
         * List of all imported paths seen in this file.
         */
        public StructListReader<Import.Reader> getImports(StructListReader<Import.Reader> reuse) {
          return readList(1, dev.rast.capnp.ElementSize.INLINE_COMPOSITE, reuse, null);
        }

        /**
         * Prints this struct in the Cap'n Proto text format to {@code p}.
         */
        public void printTo(TextPrinter p) {
          p.beginStruct();
          p.field("id");
          p.valueUInt64(getId());
          if (hasFilename()) {
            p.field("filename");
            TextReader t = getFilename(new TextReader());
            p.valueText(t.buffer(), t.offset(), t.size());
          }
          if (hasImports()) {
            p.field("imports");
            StructListReader<Import.Reader> l0 = getImports();
            p.beginList();
            for (int i0 = 0; i0 < l0.size(); i0++) {
              l0.get(i0).printTo(p);
            }
            p.end();
          }
          p.end();
        }

        /**
         * This struct as {@code capnp decode --short} prints it.
         */
        @Override
        public String toString() {
          TextPrinter p = new TextPrinter();
          printTo(p);
          return p.toShortString();
        }

        /**
         * This struct as {@code capnp decode} prints it (without the final newline).
         */
        public String toPrettyString() {
          TextPrinter p = new TextPrinter();
          printTo(p);
          return p.toPrettyString();
        }

        /**
         * Value equality: equal canonical forms.
         */
        @Override
        public boolean equals(Object other) {
          return other instanceof Reader && Generated.equal(this, (Reader) other);
        }

        /**
         * A hash of the canonical form, consistent with {@link #equals}.
         */
        @Override
        public int hashCode() {
          return Generated.hash(this);
        }
      }

      /**
       * Writes a {@code RequestedFile} in place.
       */
      public static final class Builder extends StructBuilder {
        /**
         * An unpointed builder; point it with {@code initRoot(builder)} or a parent's {@code init}/{@code get}.
         */
        public Builder() {
          super(_Meta.SIZE);
        }

        /**
         * ID of the file.
         */
        public long getId() {
          return readLong(0, 0L);
        }

        /**
         * ID of the file.
         */
        public Builder setId(long value) {
          writeLong(0, value, 0L);
          return this;
        }

        /**
         * Name of the file as it appeared on the command-line (minus the src-prefix).  You may use
         * this to decide where to write the output.
         */
        public boolean hasFilename() {
          return readHasPointer(0);
        }

        /**
         * Name of the file as it appeared on the command-line (minus the src-prefix).  You may use
         * this to decide where to write the output.
         */
        public String getFilename() {
          return openText(0, new TextBuilder(), null).toString();
        }

        /**
         * Name of the file as it appeared on the command-line (minus the src-prefix).  You may use
         * this to decide where to write the output.
         */
        public TextBuilder getFilename(TextBuilder reuse) {
          return openText(0, reuse, null);
        }

        /**
         * Name of the file as it appeared on the command-line (minus the src-prefix).  You may use
         * this to decide where to write the output.
         */
        public Builder setFilename(CharSequence value) {
          writeText(0, value);
          return this;
        }

        /**
         * Name of the file as it appeared on the command-line (minus the src-prefix).  You may use
         * this to decide where to write the output.
         */
        public Builder setFilename(TextReader value) {
          copyText(0, value);
          return this;
        }

        /**
         * Name of the file as it appeared on the command-line (minus the src-prefix).  You may use
         * this to decide where to write the output.
         */
        public TextBuilder initFilename(int bytes) {
          return newText(0, bytes, new TextBuilder());
        }

        /**
         * List of all imported paths seen in this file.
         */
        public boolean hasImports() {
          return readHasPointer(1);
        }

        /**
         * List of all imported paths seen in this file.
         */
        public StructListBuilder<Import.Builder> getImports() {
          return openStructList(1, new StructListBuilder<>(Import.Builder::new), null);
        }

        /**
         * List of all imported paths seen in this file.
         */
        public StructListBuilder<Import.Builder> getImports(
            StructListBuilder<Import.Builder> reuse) {
          return openStructList(1, reuse, null);
        }

        /**
         * List of all imported paths seen in this file.
         */
        public StructListBuilder<Import.Builder> initImports(int size) {
          return newStructList(1, size, new StructListBuilder<>(Import.Builder::new));
        }

        /**
         * List of all imported paths seen in this file.
         */
        public StructListBuilder<Import.Builder> initImports(int size,
            StructListBuilder<Import.Builder> reuse) {
          return newStructList(1, size, reuse);
        }

        /**
         * List of all imported paths seen in this file.
         */
        public Builder setImports(ListReader value) {
          copyList(1, value);
          return this;
        }

        /**
         * A reader over what this builder has written (zero-copy).
         */
        public Reader asReader() {
          return asReader(new Reader());
        }

        /**
         * What this builder has written, as {@code capnp decode --short} prints it.
         */
        @Override
        public String toString() {
          return asReader().toString();
        }
      }

      /**
       * Struct {@code Import}.
       */
      public static final class Import {
        private Import() {
        }

        /**
         * Generator-owned metadata of this struct.
         */
        public static final class _Meta {
          /**
           * The schema's 64-bit id of this node.
           */
          public static final long TYPE_ID = 0xae504193122357e5L;

          /**
           * Data words and pointers of this struct.
           */
          public static final StructSize SIZE = new StructSize(1, 1);

          private _Meta() {
          }
        }

        /**
         * Reads a {@code Import} in place; re-pointable, allocation-free.
         */
        public static final class Reader extends StructReader {
          /**
           * An unpointed reader (the empty struct until pointed somewhere).
           */
          public Reader() {
          }

          /**
           * ID of the imported file.
           */
          public long getId() {
            return readLong(0, 0L);
          }

          /**
           * Name which *this* file used to refer to the foreign file.  This may be a relative name.
           * This information is provided because it might be useful for code generation, e.g. to
           * generate #include directives in C++.  We don't put this in Node.file because this
           * information is only meaningful at compile time anyway.
           *
           * (On Zooko's triangle, this is the import's petname according to the importing file.)
           */
          public boolean hasName() {
            return readHasPointer(0);
          }

          /**
           * Name which *this* file used to refer to the foreign file.  This may be a relative name.
           * This information is provided because it might be useful for code generation, e.g. to
           * generate #include directives in C++.  We don't put this in Node.file because this
           * information is only meaningful at compile time anyway.
           *
           * (On Zooko's triangle, this is the import's petname according to the importing file.)
           */
          public String getName() {
            return readText(0, new TextReader(), null).toString();
          }

          /**
           * Name which *this* file used to refer to the foreign file.  This may be a relative name.
           * This information is provided because it might be useful for code generation, e.g. to
           * generate #include directives in C++.  We don't put this in Node.file because this
           * information is only meaningful at compile time anyway.
           *
           * (On Zooko's triangle, this is the import's petname according to the importing file.)
           */
          public TextReader getName(TextReader reuse) {
            return readText(0, reuse, null);
          }

          /**
           * Prints this struct in the Cap'n Proto text format to {@code p}.
           */
          public void printTo(TextPrinter p) {
            p.beginStruct();
            p.field("id");
            p.valueUInt64(getId());
            if (hasName()) {
              p.field("name");
              TextReader t = getName(new TextReader());
              p.valueText(t.buffer(), t.offset(), t.size());
            }
            p.end();
          }

          /**
           * This struct as {@code capnp decode --short} prints it.
           */
          @Override
          public String toString() {
            TextPrinter p = new TextPrinter();
            printTo(p);
            return p.toShortString();
          }

          /**
           * This struct as {@code capnp decode} prints it (without the final newline).
           */
          public String toPrettyString() {
            TextPrinter p = new TextPrinter();
            printTo(p);
            return p.toPrettyString();
          }

          /**
           * Value equality: equal canonical forms.
           */
          @Override
          public boolean equals(Object other) {
            return other instanceof Reader && Generated.equal(this, (Reader) other);
          }

          /**
           * A hash of the canonical form, consistent with {@link #equals}.
           */
          @Override
          public int hashCode() {
            return Generated.hash(this);
          }
        }

        /**
         * Writes a {@code Import} in place.
         */
        public static final class Builder extends StructBuilder {
          /**
           * An unpointed builder; point it with {@code initRoot(builder)} or a parent's {@code init}/{@code get}.
           */
          public Builder() {
            super(_Meta.SIZE);
          }

          /**
           * ID of the imported file.
           */
          public long getId() {
            return readLong(0, 0L);
          }

          /**
           * ID of the imported file.
           */
          public Builder setId(long value) {
            writeLong(0, value, 0L);
            return this;
          }

          /**
           * Name which *this* file used to refer to the foreign file.  This may be a relative name.
           * This information is provided because it might be useful for code generation, e.g. to
           * generate #include directives in C++.  We don't put this in Node.file because this
           * information is only meaningful at compile time anyway.
           *
           * (On Zooko's triangle, this is the import's petname according to the importing file.)
           */
          public boolean hasName() {
            return readHasPointer(0);
          }

          /**
           * Name which *this* file used to refer to the foreign file.  This may be a relative name.
           * This information is provided because it might be useful for code generation, e.g. to
           * generate #include directives in C++.  We don't put this in Node.file because this
           * information is only meaningful at compile time anyway.
           *
           * (On Zooko's triangle, this is the import's petname according to the importing file.)
           */
          public String getName() {
            return openText(0, new TextBuilder(), null).toString();
          }

          /**
           * Name which *this* file used to refer to the foreign file.  This may be a relative name.
           * This information is provided because it might be useful for code generation, e.g. to
           * generate #include directives in C++.  We don't put this in Node.file because this
           * information is only meaningful at compile time anyway.
           *
           * (On Zooko's triangle, this is the import's petname according to the importing file.)
           */
          public TextBuilder getName(TextBuilder reuse) {
            return openText(0, reuse, null);
          }

          /**
           * Name which *this* file used to refer to the foreign file.  This may be a relative name.
           * This information is provided because it might be useful for code generation, e.g. to
           * generate #include directives in C++.  We don't put this in Node.file because this
           * information is only meaningful at compile time anyway.
           *
           * (On Zooko's triangle, this is the import's petname according to the importing file.)
           */
          public Builder setName(CharSequence value) {
            writeText(0, value);
            return this;
          }

          /**
           * Name which *this* file used to refer to the foreign file.  This may be a relative name.
           * This information is provided because it might be useful for code generation, e.g. to
           * generate #include directives in C++.  We don't put this in Node.file because this
           * information is only meaningful at compile time anyway.
           *
           * (On Zooko's triangle, this is the import's petname according to the importing file.)
           */
          public Builder setName(TextReader value) {
            copyText(0, value);
            return this;
          }

          /**
           * Name which *this* file used to refer to the foreign file.  This may be a relative name.
           * This information is provided because it might be useful for code generation, e.g. to
           * generate #include directives in C++.  We don't put this in Node.file because this
           * information is only meaningful at compile time anyway.
           *
           * (On Zooko's triangle, this is the import's petname according to the importing file.)
           */
          public TextBuilder initName(int bytes) {
            return newText(0, bytes, new TextBuilder());
          }

          /**
           * A reader over what this builder has written (zero-copy).
           */
          public Reader asReader() {
            return asReader(new Reader());
          }

          /**
           * What this builder has written, as {@code capnp decode --short} prints it.
           */
          @Override
          public String toString() {
            return asReader().toString();
          }
        }
      }
    }
  }
}
