package dev.rast.raft.maelstrom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Maelstrom's error table: numbers, names and which errors are definite. */
class ErrorCodeTest {
  @ParameterizedTest
  @CsvSource({
    "0, timeout, false",
    "1, node-not-found, true",
    "10, not-supported, true",
    "11, temporarily-unavailable, true",
    "12, malformed-request, true",
    "13, crash, false",
    "14, abort, true",
    "20, key-does-not-exist, true",
    "21, key-already-exists, true",
    "22, precondition-failed, true",
    "30, txn-conflict, true",
  })
  void matchesMaelstromsTable(int code, String name, boolean definite) {
    ErrorCode c = ErrorCode.of(code);
    assertEquals(code, c.code());
    assertEquals(name, c.wireName());
    assertEquals(definite, c.definite());
    assertEquals(definite, ErrorCode.isDefinite(code));
  }

  @ParameterizedTest
  @CsvSource({"2", "15", "1000", "-1"})
  void unknownCodesAreIndefinite(int code) {
    assertNull(ErrorCode.of(code));
    assertFalse(ErrorCode.isDefinite(code));
  }
}
