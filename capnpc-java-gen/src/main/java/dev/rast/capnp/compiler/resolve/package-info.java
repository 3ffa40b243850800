/**
 * Semantic analysis of parsed schemas: modules and imports, scopes and aliases, generic brands,
 * capnp's checks, struct layout through the layout package, values, and the selection of nodes a
 * request holds. The result is a model of schema.Node values.
 */
package dev.rast.capnp.compiler.resolve;
