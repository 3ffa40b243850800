// Generated from capnp/test-import.capnp by rast-java 0.1.0 (capnpc-java-rast). Do not edit.
package dev.rast.testschema;

import dev.rast.capnp.Generated;
import dev.rast.capnp.StructBuilder;
import dev.rast.capnp.StructReader;
import dev.rast.capnp.StructSize;
import dev.rast.capnp.text.TextPrinter;

/**
 * Types of {@code capnp/test-import.capnp}.
 */
public final class TestImportCapnp {
  static {
    Generated.checkAbi(2);
  }

  private TestImportCapnp() {
  }

  /**
   * Struct {@code TestImport}.
   */
  public static final class TestImport {
    private TestImport() {
    }

    /**
     * Generator-owned metadata of this struct.
     */
    public static final class _Meta {
      /**
       * The schema's 64-bit id of this node.
       */
      public static final long TYPE_ID = 0xbc55b08b672b5d97L;

      /**
       * Data words and pointers of this struct.
       */
      public static final StructSize SIZE = new StructSize(0, 1);

      private _Meta() {
      }
    }

    /**
     * Reads a {@code TestImport} in place; re-pointable, allocation-free.
     */
    public static final class Reader extends StructReader {
      /**
       * An unpointed reader (the empty struct until pointed somewhere).
       */
      public Reader() {
      }

      public boolean hasField() {
        return readHasPointer(0);
      }

      public Test.TestAllTypes.Reader getField() {
        return readStruct(0, new Test.TestAllTypes.Reader(), null);
      }

      public Test.TestAllTypes.Reader getField(Test.TestAllTypes.Reader reuse) {
        return readStruct(0, reuse, null);
      }

      /**
       * Prints this struct in the Cap'n Proto text format to {@code p}.
       */
      public void printTo(TextPrinter p) {
        p.beginStruct();
        if (hasField()) {
          p.field("field");
          getField().printTo(p);
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
     * Writes a {@code TestImport} in place.
     */
    public static final class Builder extends StructBuilder {
      /**
       * An unpointed builder; point it with {@code initRoot(builder)} or a parent's {@code init}/{@code get}.
       */
      public Builder() {
        super(_Meta.SIZE);
      }

      public boolean hasField() {
        return readHasPointer(0);
      }

      public Test.TestAllTypes.Builder getField() {
        return openStruct(0, new Test.TestAllTypes.Builder(), null);
      }

      public Test.TestAllTypes.Builder getField(Test.TestAllTypes.Builder reuse) {
        return openStruct(0, reuse, null);
      }

      public Test.TestAllTypes.Builder initField() {
        return newStruct(0, new Test.TestAllTypes.Builder());
      }

      public Test.TestAllTypes.Builder initField(Test.TestAllTypes.Builder reuse) {
        return newStruct(0, reuse);
      }

      public Builder setField(Test.TestAllTypes.Reader value) {
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
