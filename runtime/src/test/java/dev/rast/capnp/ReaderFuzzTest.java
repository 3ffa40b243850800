package dev.rast.capnp;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Jazzer fuzz target for the reader: any bytes, read as a framed, flat, packed and packed flat
 * message, then fully traversed ({@link FullTraversal}: canonicalize, totalSizeInWords, deep
 * copies, a walk over every pointer). Only {@link DecodeException} may escape; canonical forms
 * must be fixed points and deep copies must canonicalize alike.
 *
 * <p>In a normal build this runs in Jazzer's regression mode: once per file of the seed corpus in
 * {@code src/test/resources/dev/rast/capnp/ReaderFuzzTestInputs/readAnyBytes/} (the official
 * messages in every encoding and hand-made edge cases). To fuzz for real, see
 * {@code runtime/FUZZING.md}.
 */
class ReaderFuzzTest {
  /** Reused across inputs (the fuzzer calls the target millions of times in one JVM). */
  private static final FullTraversal TRAVERSAL = new FullTraversal();

  @FuzzTest(maxDuration = "30s")
  void readAnyBytes(byte[] input) {
    for (FullTraversal.Input how : FullTraversal.Input.values()) {
      // The length picks buffer, stream or channel reading, so the fuzzer reaches all three.
      TRAVERSAL.run(input, how, input.length);
    }
  }
}
