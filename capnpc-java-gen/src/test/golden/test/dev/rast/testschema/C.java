// Generated from capnp/c++.capnp by rast-java 0.1.0 (capnpc-java-rast). Do not edit.
package dev.rast.testschema;

import dev.rast.capnp.Generated;

/**
 * Types of {@code capnp/c++.capnp}.
 */
public final class C {
  static {
    Generated.checkAbi(2);
  }

  private C() {
  }
}
