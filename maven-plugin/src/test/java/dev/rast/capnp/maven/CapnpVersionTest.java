package dev.rast.capnp.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CapnpVersionTest {
  @Test
  void parsesTheToolsOutput() {
    assertEquals(new CapnpVersion(0, 9, 2), CapnpVersion.parse("Cap'n Proto version 0.9.2"));
    assertEquals(new CapnpVersion(1, 0, 0), CapnpVersion.parse("Cap'n Proto version 1.0\n"));
    assertEquals(new CapnpVersion(1, 1, 0), CapnpVersion.parse("Cap'n Proto version 1.1.0-dev"));
    assertNull(CapnpVersion.parse("usage: something else"));
  }

  @Test
  void minimumIsZeroEight() {
    assertFalse(new CapnpVersion(0, 7, 9).isSupported());
    assertFalse(new CapnpVersion(0, 5, 3).isSupported());
    assertTrue(new CapnpVersion(0, 8, 0).isSupported());
    assertTrue(new CapnpVersion(0, 10, 0).isSupported());
    assertTrue(new CapnpVersion(1, 0, 1).isSupported());
  }
}
