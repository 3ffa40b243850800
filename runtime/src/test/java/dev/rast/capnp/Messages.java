package dev.rast.capnp;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Assertions on error messages: a {@link DecodeException} must say what is wrong and where. */
final class Messages {
  private Messages() {}

  /** The message contains "segment", "word" and {@code what} (case-insensitive). */
  static void assertNamesPlace(DecodeException e, String what) {
    String msg = e.getMessage();
    assertNotNull(msg);
    String lower = msg.toLowerCase(java.util.Locale.ROOT);
    assertTrue(lower.contains("segment"), () -> "message names no segment: " + msg);
    assertTrue(lower.contains("word"), () -> "message names no word: " + msg);
    assertTrue(
        lower.contains(what.toLowerCase(java.util.Locale.ROOT)),
        () -> "message does not say '" + what + "': " + msg);
  }

  /** The message contains {@code what} (case-insensitive). */
  static void assertSays(Throwable e, String what) {
    String msg = e.getMessage();
    assertNotNull(msg);
    assertTrue(
        msg.toLowerCase(java.util.Locale.ROOT).contains(what.toLowerCase(java.util.Locale.ROOT)),
        () -> "message does not say '" + what + "': " + msg);
  }
}
