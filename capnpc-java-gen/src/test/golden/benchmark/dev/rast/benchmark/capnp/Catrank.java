// Generated from capnp/benchmark/catrank.capnp by rast-java 0.1.0 (capnpc-java-rast). Do not edit.
package dev.rast.benchmark.capnp;

import dev.rast.capnp.ElementSize;
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

/**
 * Types of {@code capnp/benchmark/catrank.capnp}.
 */
public final class Catrank {
  static {
    Generated.checkAbi(2);
  }

  private Catrank() {
  }

  /**
   * Struct {@code SearchResultList}.
   */
  public static final class SearchResultList {
    private SearchResultList() {
    }

    /**
     * Generator-owned metadata of this struct.
     */
    public static final class _Meta {
      /**
       * The schema's 64-bit id of this node.
       */
      public static final long TYPE_ID = 0x9e10f22b24271858L;

      /**
       * Data words and pointers of this struct.
       */
      public static final StructSize SIZE = new StructSize(0, 1);

      private _Meta() {
      }
    }

    /**
     * Reads a {@code SearchResultList} in place; re-pointable, allocation-free.
     */
    public static final class Reader extends StructReader {
      /**
       * An unpointed reader (the empty struct until pointed somewhere).
       */
      public Reader() {
      }

      public boolean hasResults() {
        return readHasPointer(0);
      }

      public StructListReader<SearchResult.Reader> getResults() {
        return readList(0, ElementSize.INLINE_COMPOSITE, new StructListReader<>(SearchResult.Reader::new), null);
      }

      public StructListReader<SearchResult.Reader> getResults(
          StructListReader<SearchResult.Reader> reuse) {
        return readList(0, ElementSize.INLINE_COMPOSITE, reuse, null);
      }

      /**
       * Prints this struct in the Cap'n Proto text format to {@code p}.
       */
      public void printTo(TextPrinter p) {
        p.beginStruct();
        if (hasResults()) {
          p.field("results");
          StructListReader<SearchResult.Reader> l0 = getResults();
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
     * Writes a {@code SearchResultList} in place.
     */
    public static final class Builder extends StructBuilder {
      /**
       * An unpointed builder; point it with {@code initRoot(builder)} or a parent's {@code init}/{@code get}.
       */
      public Builder() {
        super(_Meta.SIZE);
      }

      public boolean hasResults() {
        return readHasPointer(0);
      }

      public StructListBuilder<SearchResult.Builder> getResults() {
        return openStructList(0, new StructListBuilder<>(SearchResult.Builder::new), null);
      }

      public StructListBuilder<SearchResult.Builder> getResults(
          StructListBuilder<SearchResult.Builder> reuse) {
        return openStructList(0, reuse, null);
      }

      public StructListBuilder<SearchResult.Builder> initResults(int size) {
        return newStructList(0, size, new StructListBuilder<>(SearchResult.Builder::new));
      }

      public StructListBuilder<SearchResult.Builder> initResults(int size,
          StructListBuilder<SearchResult.Builder> reuse) {
        return newStructList(0, size, reuse);
      }

      public Builder setResults(ListReader value) {
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
  }

  /**
   * Struct {@code SearchResult}.
   */
  public static final class SearchResult {
    private SearchResult() {
    }

    /**
     * Generator-owned metadata of this struct.
     */
    public static final class _Meta {
      /**
       * The schema's 64-bit id of this node.
       */
      public static final long TYPE_ID = 0xac80c0cd21fc17f5L;

      /**
       * Data words and pointers of this struct.
       */
      public static final StructSize SIZE = new StructSize(1, 2);

      private _Meta() {
      }
    }

    /**
     * Reads a {@code SearchResult} in place; re-pointable, allocation-free.
     */
    public static final class Reader extends StructReader {
      /**
       * An unpointed reader (the empty struct until pointed somewhere).
       */
      public Reader() {
      }

      public boolean hasUrl() {
        return readHasPointer(0);
      }

      public String getUrl() {
        return readText(0, new TextReader(), null).toString();
      }

      public TextReader getUrl(TextReader reuse) {
        return readText(0, reuse, null);
      }

      public double getScore() {
        return readDouble(0, 0x0L);
      }

      public boolean hasSnippet() {
        return readHasPointer(1);
      }

      public String getSnippet() {
        return readText(1, new TextReader(), null).toString();
      }

      public TextReader getSnippet(TextReader reuse) {
        return readText(1, reuse, null);
      }

      /**
       * Prints this struct in the Cap'n Proto text format to {@code p}.
       */
      public void printTo(TextPrinter p) {
        p.beginStruct();
        if (hasUrl()) {
          p.field("url");
          TextReader t = getUrl(new TextReader());
          p.valueText(t.buffer(), t.offset(), t.size());
        }
        p.field("score");
        p.valueFloat64(getScore());
        if (hasSnippet()) {
          p.field("snippet");
          TextReader t = getSnippet(new TextReader());
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
     * Writes a {@code SearchResult} in place.
     */
    public static final class Builder extends StructBuilder {
      /**
       * An unpointed builder; point it with {@code initRoot(builder)} or a parent's {@code init}/{@code get}.
       */
      public Builder() {
        super(_Meta.SIZE);
      }

      public boolean hasUrl() {
        return readHasPointer(0);
      }

      public String getUrl() {
        return openText(0, new TextBuilder(), null).toString();
      }

      public TextBuilder getUrl(TextBuilder reuse) {
        return openText(0, reuse, null);
      }

      public Builder setUrl(CharSequence value) {
        writeText(0, value);
        return this;
      }

      public Builder setUrl(TextReader value) {
        copyText(0, value);
        return this;
      }

      public TextBuilder initUrl(int bytes) {
        return newText(0, bytes, new TextBuilder());
      }

      public double getScore() {
        return readDouble(0, 0x0L);
      }

      public Builder setScore(double value) {
        writeDouble(0, value, 0x0L);
        return this;
      }

      public boolean hasSnippet() {
        return readHasPointer(1);
      }

      public String getSnippet() {
        return openText(1, new TextBuilder(), null).toString();
      }

      public TextBuilder getSnippet(TextBuilder reuse) {
        return openText(1, reuse, null);
      }

      public Builder setSnippet(CharSequence value) {
        writeText(1, value);
        return this;
      }

      public Builder setSnippet(TextReader value) {
        copyText(1, value);
        return this;
      }

      public TextBuilder initSnippet(int bytes) {
        return newText(1, bytes, new TextBuilder());
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
