package dev.rast.capnp;

/** Writes a Data value in place. */
public final class DataBuilder extends ByteRunBuilder {
  /** Creates an unpointed builder. */
  public DataBuilder() {}
}
