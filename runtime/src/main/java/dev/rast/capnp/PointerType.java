package dev.rast.capnp;

/** What an untyped pointer holds, once far pointers are followed. */
public enum PointerType {
  /** The null pointer. */
  NULL,
  /** A struct. */
  STRUCT,
  /** A list of any encoding (including Text and Data). */
  LIST,
  /** A capability: an index into the message's capability table. */
  CAPABILITY
}
