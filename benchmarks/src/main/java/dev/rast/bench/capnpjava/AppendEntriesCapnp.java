package dev.rast.bench.capnpjava;

import org.capnproto.Data;
import org.capnproto.SegmentBuilder;
import org.capnproto.SegmentReader;
import org.capnproto.StructBuilder;
import org.capnproto.StructFactory;
import org.capnproto.StructList;
import org.capnproto.StructReader;
import org.capnproto.StructSize;

/**
 * {@code append_entries.capnp} for capnproto-java: an outer class holding one nested class per
 * struct, each with a {@code Factory}, {@code Reader} and {@code Builder}, as capnproto-java's
 * generated code has. Readers and builders are immutable views made per access (that is
 * capnproto-java's design), so every struct or list access allocates one.
 */
public final class AppendEntriesCapnp {
  private AppendEntriesCapnp() {}

  /** {@code struct AppendEntries}: five UInt64 fields, then {@code entries :List(Entry)}. */
  public static final class AppendEntries {
    public static final StructSize STRUCT_SIZE = new StructSize((short) 5, (short) 1);
    public static final Factory factory = new Factory();
    public static final StructList.Factory<Builder, Reader> listFactory =
        new StructList.Factory<>(factory);

    private AppendEntries() {}

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

      public long getTerm() {
        return _getLongField(0);
      }

      public long getLeaderId() {
        return _getLongField(1);
      }

      public long getPrevLogIndex() {
        return _getLongField(2);
      }

      public long getPrevLogTerm() {
        return _getLongField(3);
      }

      public long getLeaderCommit() {
        return _getLongField(4);
      }

      public boolean hasEntries() {
        return !_pointerFieldIsNull(0);
      }

      public StructList.Reader<Entry.Reader> getEntries() {
        return _getPointerField(Entry.listFactory, 0, null, 0);
      }
    }

    public static final class Builder extends StructBuilder {
      Builder(SegmentBuilder segment, int data, int pointers, int dataSize, short pointerCount) {
        super(segment, data, pointers, dataSize, pointerCount);
      }

      public Reader asReader() {
        return new Reader(segment, data, pointers, dataSize, pointerCount, Integer.MAX_VALUE);
      }

      public void setTerm(long value) {
        _setLongField(0, value);
      }

      public void setLeaderId(long value) {
        _setLongField(1, value);
      }

      public void setPrevLogIndex(long value) {
        _setLongField(2, value);
      }

      public void setPrevLogTerm(long value) {
        _setLongField(3, value);
      }

      public void setLeaderCommit(long value) {
        _setLongField(4, value);
      }

      public StructList.Builder<Entry.Builder> initEntries(int size) {
        return _initPointerField(Entry.listFactory, 0, size);
      }
    }
  }

  /** {@code struct Entry}: {@code term}, {@code index} (UInt64) and {@code payload :Data}. */
  public static final class Entry {
    public static final StructSize STRUCT_SIZE = new StructSize((short) 2, (short) 1);
    public static final Factory factory = new Factory();
    public static final StructList.Factory<Builder, Reader> listFactory =
        new StructList.Factory<>(factory);

    private Entry() {}

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

      public long getTerm() {
        return _getLongField(0);
      }

      public long getIndex() {
        return _getLongField(1);
      }

      public boolean hasPayload() {
        return !_pointerFieldIsNull(0);
      }

      public Data.Reader getPayload() {
        return _getPointerField(Data.factory, 0, null, 0, 0);
      }
    }

    public static final class Builder extends StructBuilder {
      Builder(SegmentBuilder segment, int data, int pointers, int dataSize, short pointerCount) {
        super(segment, data, pointers, dataSize, pointerCount);
      }

      public Reader asReader() {
        return new Reader(segment, data, pointers, dataSize, pointerCount, Integer.MAX_VALUE);
      }

      public void setTerm(long value) {
        _setLongField(0, value);
      }

      public void setIndex(long value) {
        _setLongField(1, value);
      }

      public void setPayload(Data.Reader value) {
        _setPointerField(Data.factory, 0, value);
      }

      public void setPayload(byte[] value) {
        _setPointerField(Data.factory, 0, new Data.Reader(value));
      }

      public Data.Builder initPayload(int size) {
        return _initPointerField(Data.factory, 0, size);
      }
    }
  }
}
