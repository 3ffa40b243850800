package dev.rast.capnp.maven;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 over everything a generation run depends on: schema contents, the schemas on the
 * import path (jar entries included), the options and the plugin version. Two runs with the same
 * fingerprint produce the same output, so the second one can be skipped.
 *
 * <p>Every item is written with a tag and length prefixes, so no two different input sequences
 * hash the same bytes ({@code ("ab","c")} differs from {@code ("a","bc")}). Callers add items in
 * a deterministic order (sorted file lists). Not thread-safe: one instance per run.
 */
final class Fingerprint {
  private final MessageDigest digest;
  private final byte[] buffer = new byte[8192];

  Fingerprint() {
    try {
      digest = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** Adds an option or other named value; a null value hashes differently from any string. */
  Fingerprint add(String key, String value) {
    tag('v');
    string(key);
    if (value == null) {
      digest.update((byte) 0);
    } else {
      digest.update((byte) 1);
      string(value);
    }
    return this;
  }

  /** Adds a file by name and content. */
  Fingerprint addFile(String key, String name, Path file) throws IOException {
    tag('f');
    string(key);
    string(name);
    try (InputStream in = Files.newInputStream(file)) {
      long total = 0;
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
        total += n;
      }
      number(total); // after the content: the length still separates this item from the next
    }
    return this;
  }

  /**
   * Adds a jar entry by name, CRC-32 and size from the jar's directory: the content's checksum
   * without inflating the entry, which keeps a no-change build cheap on large classpaths.
   */
  Fingerprint addEntry(String key, String name, long crc, long size) {
    tag('e');
    string(key);
    string(name);
    number(crc);
    number(size);
    return this;
  }

  /** The hash so far, as lower-case hex. Ends this fingerprint: add nothing afterwards. */
  String hex() {
    return HexFormat.of().formatHex(digest.digest());
  }

  private void tag(char c) {
    digest.update((byte) c);
  }

  private void string(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    number(b.length);
    digest.update(b);
  }

  private void number(long n) {
    digest.update(ByteBuffer.allocate(Long.BYTES).putLong(n).array());
  }
}
