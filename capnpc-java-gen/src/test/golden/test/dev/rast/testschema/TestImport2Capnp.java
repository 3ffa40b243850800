// Generated from capnp/test-import2.capnp by rast-java 0.1.0 (capnpc-java-rast). Do not edit.
package dev.rast.testschema;

import dev.rast.capnp.Generated;
import dev.rast.capnp.StructBuilder;
import dev.rast.capnp.StructReader;
import dev.rast.capnp.StructSize;
import dev.rast.capnp.text.TextPrinter;

/**
 * Types of {@code capnp/test-import2.capnp}.
 */
public final class TestImport2Capnp {
  static {
    Generated.checkAbi(2);
  }

  private TestImport2Capnp() {
  }

  /**
   * Struct {@code TestImport2}.
   */
  public static final class TestImport2 {
    private TestImport2() {
    }

    /**
     * Generator-owned metadata of this struct.
     */
    public static final class _Meta {
      /**
       * The schema's 64-bit id of this node.
       */
      public static final long TYPE_ID = 0xf6bd77f100ecb0ffL;

      /**
       * Data words and pointers of this struct.
       */
      public static final StructSize SIZE = new StructSize(0, 3);

      private _Meta() {
      }
    }

    /**
     * Reads a {@code TestImport2} in place; re-pointable, allocation-free.
     */
    public static final class Reader extends StructReader {
      /**
       * An unpointed reader (the empty struct until pointed somewhere).
       */
      public Reader() {
      }

      public boolean hasFoo() {
        return readHasPointer(0);
      }

      public Test.TestAllTypes.Reader getFoo() {
        return readStruct(0, new Test.TestAllTypes.Reader(), null);
      }

      public Test.TestAllTypes.Reader getFoo(Test.TestAllTypes.Reader reuse) {
        return readStruct(0, reuse, null);
      }

      public boolean hasBar() {
        return readHasPointer(1);
      }

      public Schema.Node.Reader getBar() {
        return readStruct(1, new Schema.Node.Reader(), null);
      }

      public Schema.Node.Reader getBar(Schema.Node.Reader reuse) {
        return readStruct(1, reuse, null);
      }

      public boolean hasBaz() {
        return readHasPointer(2);
      }

      public TestImportCapnp.TestImport.Reader getBaz() {
        return readStruct(2, new TestImportCapnp.TestImport.Reader(), null);
      }

      public TestImportCapnp.TestImport.Reader getBaz(TestImportCapnp.TestImport.Reader reuse) {
        return readStruct(2, reuse, null);
      }

      /**
       * Prints this struct in the Cap'n Proto text format to {@code p}.
       */
      public void printTo(TextPrinter p) {
        p.beginStruct();
        if (hasFoo()) {
          p.field("foo");
          getFoo().printTo(p);
        }
        if (hasBar()) {
          p.field("bar");
          getBar().printTo(p);
        }
        if (hasBaz()) {
          p.field("baz");
          getBaz().printTo(p);
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
     * Writes a {@code TestImport2} in place.
     */
    public static final class Builder extends StructBuilder {
      /**
       * An unpointed builder; point it with {@code initRoot(builder)} or a parent's {@code init}/{@code get}.
       */
      public Builder() {
        super(_Meta.SIZE);
      }

      public boolean hasFoo() {
        return readHasPointer(0);
      }

      public Test.TestAllTypes.Builder getFoo() {
        return openStruct(0, new Test.TestAllTypes.Builder(), null);
      }

      public Test.TestAllTypes.Builder getFoo(Test.TestAllTypes.Builder reuse) {
        return openStruct(0, reuse, null);
      }

      public Test.TestAllTypes.Builder initFoo() {
        return newStruct(0, new Test.TestAllTypes.Builder());
      }

      public Test.TestAllTypes.Builder initFoo(Test.TestAllTypes.Builder reuse) {
        return newStruct(0, reuse);
      }

      public Builder setFoo(Test.TestAllTypes.Reader value) {
        copyStruct(0, value);
        return this;
      }

      public boolean hasBar() {
        return readHasPointer(1);
      }

      public Schema.Node.Builder getBar() {
        return openStruct(1, new Schema.Node.Builder(), null);
      }

      public Schema.Node.Builder getBar(Schema.Node.Builder reuse) {
        return openStruct(1, reuse, null);
      }

      public Schema.Node.Builder initBar() {
        return newStruct(1, new Schema.Node.Builder());
      }

      public Schema.Node.Builder initBar(Schema.Node.Builder reuse) {
        return newStruct(1, reuse);
      }

      public Builder setBar(Schema.Node.Reader value) {
        copyStruct(1, value);
        return this;
      }

      public boolean hasBaz() {
        return readHasPointer(2);
      }

      public TestImportCapnp.TestImport.Builder getBaz() {
        return openStruct(2, new TestImportCapnp.TestImport.Builder(), null);
      }

      public TestImportCapnp.TestImport.Builder getBaz(TestImportCapnp.TestImport.Builder reuse) {
        return openStruct(2, reuse, null);
      }

      public TestImportCapnp.TestImport.Builder initBaz() {
        return newStruct(2, new TestImportCapnp.TestImport.Builder());
      }

      public TestImportCapnp.TestImport.Builder initBaz(TestImportCapnp.TestImport.Builder reuse) {
        return newStruct(2, reuse);
      }

      public Builder setBaz(TestImportCapnp.TestImport.Reader value) {
        copyStruct(2, value);
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
