/**
 * The benchmark message for capnproto-java (org.capnproto:runtime): classes in the shape its
 * generator (a C++ capnp plugin, not available here) emits, written by hand against its public
 * runtime API, so the comparison uses capnproto-java the way its users do.
 */
package dev.rast.bench.capnpjava;
