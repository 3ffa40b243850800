/**
 * Writes the compiler's model as a CodeGeneratorRequest with the builders generated from
 * schema.capnp, equal to what capnp compile -o- writes (node order aside).
 */
package dev.rast.capnp.compiler.request;
