/**
 * Every naming decision: the string rules from schema names to Java identifiers ({@link
 * dev.rast.capnp.compiler.naming.Names}), and the class each node goes to, with clashes settled by a
 * deterministic {@code _} suffix ({@link dev.rast.capnp.compiler.naming.ClassNames}), so that output
 * is stable from run to run.
 */
package dev.rast.capnp.compiler.naming;
