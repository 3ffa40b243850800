package dev.rast.capnp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The generated-code ABI check: code of ABI 1 (before size-aware builders) and 2 runs; others fail clearly. */
class GeneratedAbiTest {
  @Test
  void supportedAbisPass() {
    assertEquals(1, Generated.checkAbi(1));
    assertEquals(2, Generated.checkAbi(2));
  }

  @Test
  void otherAbisFailNamingWhatThisRuntimeImplements() {
    for (int abi : new int[] {0, 3}) {
      IllegalStateException e =
          assertThrows(IllegalStateException.class, () -> Generated.checkAbi(abi));
      assertTrue(e.getMessage().contains("targets rast-runtime ABI " + abi), e.getMessage());
      assertTrue(e.getMessage().contains("implements ABI 1 to 2"), e.getMessage());
    }
  }
}
