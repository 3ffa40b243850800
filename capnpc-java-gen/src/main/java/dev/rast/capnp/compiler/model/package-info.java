/**
 * The decoded {@code CodeGeneratorRequest}, indexed once (nodes, their files and parents, doc
 * comments), so that naming and emission only look things up.
 */
package dev.rast.capnp.compiler.model;
