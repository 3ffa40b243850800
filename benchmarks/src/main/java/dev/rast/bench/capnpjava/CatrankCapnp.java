package dev.rast.bench.capnpjava;

import org.capnproto.SegmentBuilder;
import org.capnproto.SegmentReader;
import org.capnproto.StructBuilder;
import org.capnproto.StructFactory;
import org.capnproto.StructList;
import org.capnproto.StructReader;
import org.capnproto.StructSize;
import org.capnproto.Text;

/**
 * {@code catrank.capnp} for capnproto-java, in the shape its generator emits (one nested class per
 * struct with {@code Factory}, {@code Reader} and {@code Builder}; enums with
 * {@code _NOT_IN_SCHEMA}), written against its public runtime API. Offsets are the schema's layout
 * as {@code capnp compile -ocapnp} prints it.
 */
public final class CatrankCapnp {
  private CatrankCapnp() {}

  /** {@code struct SearchResultList}: {@code results :List(SearchResult)}. */
  public static final class SearchResultList {
    public static final StructSize STRUCT_SIZE = new StructSize((short) 0, (short) 1);
    public static final Factory factory = new Factory();
    public static final StructList.Factory<Builder, Reader> listFactory =
        new StructList.Factory<>(factory);

    private SearchResultList() {}

    public static final class Factory extends StructFactory<Builder, Reader> {
      @Override
      public Reader constructReader(
          SegmentReader segment,
          int data,
          int pointers,
          int dataSize,
          short pointerCount,
          int nestingLimit) {
        return new Reader(segment, data, pointers, dataSize, pointerCount, nestingLimit);
      }

      @Override
      public Builder constructBuilder(
          SegmentBuilder segment, int data, int pointers, int dataSize, short pointerCount) {
        return new Builder(segment, data, pointers, dataSize, pointerCount);
      }

      @Override
      public StructSize structSize() {
        return STRUCT_SIZE;
      }

      @Override
      public Reader asReader(Builder builder) {
        return builder.asReader();
      }
    }

    public static final class Reader extends StructReader {
      Reader(
          SegmentReader segment,
          int data,
          int pointers,
          int dataSize,
          short pointerCount,
          int nestingLimit) {
        super(segment, data, pointers, dataSize, pointerCount, nestingLimit);
      }

      public boolean hasResults() {
        return !_pointerFieldIsNull(0);
      }

      public final StructList.Reader<SearchResult.Reader> getResults() {
        return _getPointerField(SearchResult.listFactory, 0, null, 0);
      }
    }

    public static final class Builder extends StructBuilder {
      Builder(SegmentBuilder segment, int data, int pointers, int dataSize, short pointerCount) {
        super(segment, data, pointers, dataSize, pointerCount);
      }

      public Reader asReader() {
        return new Reader(segment, data, pointers, dataSize, pointerCount, Integer.MAX_VALUE);
      }

      public boolean hasResults() {
        return !_pointerFieldIsNull(0);
      }

      public final StructList.Builder<SearchResult.Builder> getResults() {
        return _getPointerField(SearchResult.listFactory, 0, null, 0);
      }

      public final void setResults(StructList.Reader<SearchResult.Reader> value) {
        _setPointerField(SearchResult.listFactory, 0, value);
      }

      public final StructList.Builder<SearchResult.Builder> initResults(int size) {
        return _initPointerField(SearchResult.listFactory, 0, size);
      }
    }
  }

  /** {@code struct SearchResult}: url, score, snippet. */
  public static final class SearchResult {
    public static final StructSize STRUCT_SIZE = new StructSize((short) 1, (short) 2);
    public static final Factory factory = new Factory();
    public static final StructList.Factory<Builder, Reader> listFactory =
        new StructList.Factory<>(factory);

    private SearchResult() {}

    public static final class Factory extends StructFactory<Builder, Reader> {
      @Override
      public Reader constructReader(
          SegmentReader segment,
          int data,
          int pointers,
          int dataSize,
          short pointerCount,
          int nestingLimit) {
        return new Reader(segment, data, pointers, dataSize, pointerCount, nestingLimit);
      }

      @Override
      public Builder constructBuilder(
          SegmentBuilder segment, int data, int pointers, int dataSize, short pointerCount) {
        return new Builder(segment, data, pointers, dataSize, pointerCount);
      }

      @Override
      public StructSize structSize() {
        return STRUCT_SIZE;
      }

      @Override
      public Reader asReader(Builder builder) {
        return builder.asReader();
      }
    }

    public static final class Reader extends StructReader {
      Reader(
          SegmentReader segment,
          int data,
          int pointers,
          int dataSize,
          short pointerCount,
          int nestingLimit) {
        super(segment, data, pointers, dataSize, pointerCount, nestingLimit);
      }

      public boolean hasUrl() {
        return !_pointerFieldIsNull(0);
      }

      public Text.Reader getUrl() {
        return _getPointerField(Text.factory, 0, null, 0, 0);
      }

      public final double getScore() {
        return _getDoubleField(0);
      }

      public boolean hasSnippet() {
        return !_pointerFieldIsNull(1);
      }

      public Text.Reader getSnippet() {
        return _getPointerField(Text.factory, 1, null, 0, 0);
      }
    }

    public static final class Builder extends StructBuilder {
      Builder(SegmentBuilder segment, int data, int pointers, int dataSize, short pointerCount) {
        super(segment, data, pointers, dataSize, pointerCount);
      }

      public Reader asReader() {
        return new Reader(segment, data, pointers, dataSize, pointerCount, Integer.MAX_VALUE);
      }

      public boolean hasUrl() {
        return !_pointerFieldIsNull(0);
      }

      public final Text.Builder getUrl() {
        return _getPointerField(Text.factory, 0, null, 0, 0);
      }

      public final void setUrl(Text.Reader value) {
        _setPointerField(Text.factory, 0, value);
      }

      public final void setUrl(String value) {
        _setPointerField(Text.factory, 0, new Text.Reader(value));
      }

      public final Text.Builder initUrl(int size) {
        return _initPointerField(Text.factory, 0, size);
      }

      public final double getScore() {
        return _getDoubleField(0);
      }

      public final void setScore(double value) {
        _setDoubleField(0, value);
      }

      public boolean hasSnippet() {
        return !_pointerFieldIsNull(1);
      }

      public final Text.Builder getSnippet() {
        return _getPointerField(Text.factory, 1, null, 0, 0);
      }

      public final void setSnippet(Text.Reader value) {
        _setPointerField(Text.factory, 1, value);
      }

      public final void setSnippet(String value) {
        _setPointerField(Text.factory, 1, new Text.Reader(value));
      }

      public final Text.Builder initSnippet(int size) {
        return _initPointerField(Text.factory, 1, size);
      }
    }
  }
}
