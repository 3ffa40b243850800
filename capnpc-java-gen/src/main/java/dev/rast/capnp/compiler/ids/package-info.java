/**
 * capnp's derived ids: MD5-based ids of nested declarations, groups and method parameter structs.
 */
package dev.rast.capnp.compiler.ids;
