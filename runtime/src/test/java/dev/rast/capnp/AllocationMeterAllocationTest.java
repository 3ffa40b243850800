package dev.rast.capnp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The meter the allocation tests rely on: it runs interpreted, sees allocations, and no others. */
@Tag("allocation")
class AllocationMeterAllocationTest {
  private static Object sink;

  @Test
  void runsInterpreted() {
    assertTrue(
        AllocationMeter.interpreted(),
        "allocation tests must run with -Xint (java.vm.info: " + System.getProperty("java.vm.info")
            + ")");
  }

  @Test
  void emptyOperationMeasuresZero() {
    assertEquals(0, AllocationMeter.measure(() -> {}));
  }

  @Test
  void allocatingOperationFails() {
    assertTrue(
        AllocationMeter.measure(() -> sink = new byte[16]) >= 16L * AllocationMeter.ITERATIONS);
    AssertionError e = assertThrows(
        AssertionError.class,
        () -> AllocationMeter.assertAllocatesNothing("new byte[16]", () -> sink = new byte[16]));
    assertTrue(e.getMessage().startsWith("new byte[16] allocated "), e.getMessage());
  }
}
