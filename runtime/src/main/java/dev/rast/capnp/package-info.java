/**
 * The Cap'n Proto wire format over {@link java.nio.ByteBuffer}s: the runtime that generated code
 * (from {@code capnpc-java-rast} or {@code rast-maven-plugin}) runs on. It has no dependencies.
 *
 * <p><b>Why.</b> Cap'n Proto's encoding is its in-memory layout, so a message needs no parsing and
 * no object tree: a field is read where it lies in the bytes, when it is asked for. This package
 * keeps that property in Java. A {@link dev.rast.capnp.MessageReader} points at the segments of a
 * received message without copying them; a generated {@code Foo.Reader} is a flyweight (a segment
 * and an offset) over a struct in them; a {@link dev.rast.capnp.MessageBuilder} is the arena a
 * message is built in, and its segments are what {@link dev.rast.capnp.Framing} writes out.
 *
 * <p><b>The zero-allocation model.</b> Every accessor that returns an object has two forms:
 * {@code getFoo()} returns a new reader (convenient; the JIT often removes it) and {@code
 * getFoo(reuse)} re-points a reader the caller owns and returns it. Code that keeps one {@code
 * MessageReader}, one reader per struct type it visits, one {@link dev.rast.capnp.TextReader} and a
 * little-endian buffer, and that clears and reuses one {@code MessageBuilder}, allocates nothing per
 * message in steady state: not while framing or unframing ({@link dev.rast.capnp.Framing}),
 * packing ({@link dev.rast.capnp.Packing}, {@link dev.rast.capnp.PackedOutputStream}), reading
 * scalars, text (compared as bytes with {@link dev.rast.capnp.TextReader#contentEquals}) and
 * lists by index, or writing scalars and text from a {@link java.lang.CharSequence}. Tests run
 * under {@code -Xint} (so no JIT escape analysis can hide an allocation) prove it. Getters that
 * return a {@code String}, {@code toString()}, equality and canonicalization allocate, and are
 * meant for code off the hot path.
 *
 * <p><b>Safety and limits.</b> Bytes from elsewhere are untrusted: every pointer is bounds-checked
 * and malformed input throws {@link dev.rast.capnp.DecodeException} naming what is wrong, never an
 * index exception or a hang. {@link dev.rast.capnp.ReaderOptions} bounds the work of one traversal
 * (8 Mi words, 64 MiB, by default), the nesting depth (64) and the segments of a message (fewer than
 * 512), as capnp C++ does; a message whose pointers alias one large object cannot amplify into
 * unbounded work. A segment holds at most just under 2 GiB. Buffers are used in little-endian
 * order; a reader given a big-endian buffer makes a little-endian view of it (one small
 * allocation). Readers, builders and messages are not thread-safe: share bytes, not reader
 * objects, across threads. RPC (interfaces, capabilities) is out of scope: a capability pointer
 * reads as a pointer and cannot be followed.
 */
package dev.rast.capnp;
