package dev.rast.bench.raftmsg;

import dev.rast.capnp.DataBuilder;
import dev.rast.capnp.DataReader;
import dev.rast.capnp.StructBuilder;
import dev.rast.capnp.StructReader;
import dev.rast.capnp.StructSize;

/**
 * {@code struct Entry} of {@code append_entries.capnp}: {@code term}, {@code index} (UInt64) and
 * {@code payload :Data}. Hand-written in the generator's shape; to be replaced by code generated
 * from that file.
 */
public final class Entry {
  /** The schema's type id. */
  public static final long TYPE_ID = 0xdd0011d3d00b1ab3L;
  /** 2 data words, 1 pointer. */
  public static final StructSize STRUCT_SIZE = new StructSize(2, 1);

  private Entry() {}

  /** A reusable read view; not thread-safe. */
  public static final class Reader extends StructReader {
    public Reader() {}

    public long getTerm() {
      return readLong(0, 0L);
    }

    public long getIndex() {
      return readLong(8, 0L);
    }

    public boolean hasPayload() {
      return readHasPointer(0);
    }

    /** Points {@code target} at the payload bytes (zero-copy; empty when null). */
    public DataReader getPayload(DataReader target) {
      return readData(0, target, null);
    }
  }

  /** A reusable write view; not thread-safe. */
  public static final class Builder extends StructBuilder {
    public Builder() {}

    public void setTerm(long value) {
      writeLong(0, value, 0L);
    }

    public void setIndex(long value) {
      writeLong(8, value, 0L);
    }

    /** Sets the payload to a copy of {@code length} bytes of {@code value} from {@code offset}. */
    public void setPayload(byte[] value, int offset, int length) {
      writeData(0, value, offset, length);
    }

    /** Replaces the payload with {@code size} zeroed bytes to fill in place. */
    public DataBuilder initPayload(int size, DataBuilder target) {
      return newData(0, size, target);
    }
  }
}
