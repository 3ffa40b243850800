/**
 * Builds each requested schema file's Java source as JavaPoet specs: {@link
 * dev.rast.capnp.compiler.emit.FileEmitter} for the file's outer class, one emitter per node kind
 * below it (struct, enum, constant), field accessors apart, and one {@code TypeMapper} from schema
 * types to runtime types. Emitters read the indexed request and the names decided before, and
 * never touch the filesystem.
 */
package dev.rast.capnp.compiler.emit;
