/**
 * The schema language front end: a lexer that splits capnp 0.9.2 schema text into statements of
 * tokens with byte positions (and doc comments), and a parser into declarations; errors read
 * file:line:col as capnp prints them.
 */
package dev.rast.capnp.compiler.parse;
