package dev.rast.bench.raftmsg;

import dev.rast.capnp.ElementSize;
import dev.rast.capnp.ListBuilder;
import dev.rast.capnp.ListReader;
import dev.rast.capnp.StructBuilder;
import dev.rast.capnp.StructReader;
import dev.rast.capnp.StructSize;

/**
 * {@code struct AppendEntries} of {@code append_entries.capnp}: five UInt64 fields and {@code
 * entries :List(Entry)}. Hand-written in the generator's shape; to be replaced by code generated
 * from that file.
 */
public final class AppendEntries {
  /** The schema's type id. */
  public static final long TYPE_ID = 0xb9187c39e0286d3dL;
  /** 5 data words, 1 pointer. */
  public static final StructSize STRUCT_SIZE = new StructSize(5, 1);

  private AppendEntries() {}

  /** A reusable read view; not thread-safe. */
  public static final class Reader extends StructReader {
    public Reader() {}

    public long getTerm() {
      return readLong(0, 0L);
    }

    public long getLeaderId() {
      return readLong(8, 0L);
    }

    public long getPrevLogIndex() {
      return readLong(16, 0L);
    }

    public long getPrevLogTerm() {
      return readLong(24, 0L);
    }

    public long getLeaderCommit() {
      return readLong(32, 0L);
    }

    public boolean hasEntries() {
      return readHasPointer(0);
    }

    /** Points {@code target} at the entries (empty when null); read elements into an {@link Entry.Reader}. */
    public ListReader getEntries(ListReader target) {
      return readList(0, ElementSize.INLINE_COMPOSITE, target, null);
    }
  }

  /** A reusable write view; not thread-safe. */
  public static final class Builder extends StructBuilder {
    public Builder() {}

    public long getTerm() {
      return readLong(0, 0L);
    }

    public void setTerm(long value) {
      writeLong(0, value, 0L);
    }

    public void setLeaderId(long value) {
      writeLong(8, value, 0L);
    }

    public void setPrevLogIndex(long value) {
      writeLong(16, value, 0L);
    }

    public void setPrevLogTerm(long value) {
      writeLong(24, value, 0L);
    }

    public void setLeaderCommit(long value) {
      writeLong(32, value, 0L);
    }

    /** Replaces the entries with {@code count} zeroed ones; write them through an {@link Entry.Builder}. */
    public ListBuilder initEntries(int count, ListBuilder target) {
      return newStructList(0, Entry.STRUCT_SIZE, count, target);
    }
  }
}
