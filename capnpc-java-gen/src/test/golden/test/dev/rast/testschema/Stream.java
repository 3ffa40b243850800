// Generated from capnp/stream.capnp by rast-java 0.1.0 (capnpc-java-rast). Do not edit.
package dev.rast.testschema;

import dev.rast.capnp.Generated;
import dev.rast.capnp.StructBuilder;
import dev.rast.capnp.StructReader;
import dev.rast.capnp.StructSize;
import dev.rast.capnp.text.TextPrinter;

/**
 * Defines placeholder types used to provide backwards-compatibility while introducing streaming
 * to the language. The goal is that old code generators that don't know about streaming can still
 * generate code that functions, leaving it up to the application to implement flow control
 * manually.
 */
public final class Stream {
  static {
    Generated.checkAbi(2);
  }

  private Stream() {
  }

  /**
   * Empty struct that serves as the return type for "streaming" methods.
   *
   * Defining a method like:
   *
   *     write {@literal @}0 (bytes :Data) -> stream;
   *
   * Is equivalent to:
   *
   *     write {@literal @}0 (bytes :Data) -> import "/capnp/stream.capnp".StreamResult;
   *
   * However, implementations that recognize streaming will elide the reference to StreamResult
   * and instead give write() a different signature appropriate for streaming.
   *
   * Streaming methods do not return a result -- that is, they return Promise<void>. This promise
   * resolves not to indicate that the call was actually delivered, but instead to provide
   * backpressure. When the previous call's promise resolves, it is time to make another call. On
   * the client side, the RPC system will resolve promises immediately until an appropriate number
   * of requests are in-flight, and then will delay promise resolution to apply back-pressure.
   * On the server side, the RPC system will deliver one call at a time.
   */
  public static final class StreamResult {
    private StreamResult() {
    }

    /**
     * Generator-owned metadata of this struct.
     */
    public static final class _Meta {
      /**
       * The schema's 64-bit id of this node.
       */
      public static final long TYPE_ID = 0x995f9a3377c0b16eL;

      /**
       * Data words and pointers of this struct.
       */
      public static final StructSize SIZE = new StructSize(0, 0);

      private _Meta() {
      }
    }

    /**
     * Reads a {@code StreamResult} in place; re-pointable, allocation-free.
     */
    public static final class Reader extends StructReader {
      /**
       * An unpointed reader (the empty struct until pointed somewhere).
       */
      public Reader() {
      }

      /**
       * Prints this struct in the Cap'n Proto text format to {@code p}.
       */
      public void printTo(TextPrinter p) {
        p.beginStruct();
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
     * Writes a {@code StreamResult} in place.
     */
    public static final class Builder extends StructBuilder {
      /**
       * An unpointed builder; point it with {@code initRoot(builder)} or a parent's {@code init}/{@code get}.
       */
      public Builder() {
        super(_Meta.SIZE);
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
