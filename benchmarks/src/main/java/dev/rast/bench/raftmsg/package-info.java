/**
 * Reader and builder flyweights for {@code src/main/capnp/append_entries.capnp}, written by hand
 * in the shape the rast-java code generator emits; they will be replaced by code generated from
 * that file when the generator lands. Like generated code, they only call the protected
 * accessors of {@link dev.rast.capnp.StructReader} and {@link dev.rast.capnp.StructBuilder}.
 */
package dev.rast.bench.raftmsg;
