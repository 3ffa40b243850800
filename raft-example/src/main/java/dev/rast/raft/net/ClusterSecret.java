package dev.rast.raft.net;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Set;

/**
 * The shared secret that authenticates peers to each other (see {@link PeerAuth}), read from a
 * file so that it never appears on a command line or in a process listing. The file's bytes are
 * the key, trailing whitespace (a final newline) excepted; at least {@link #MIN_BYTES} of them.
 * A file that group or others may read is refused, as ssh refuses such a key.
 */
public final class ClusterSecret {
  /** The shortest secret accepted. */
  public static final int MIN_BYTES = 16;

  /** No secret: peers are not authenticated (the handshake still checks cluster and node ids). */
  public static final ClusterSecret NONE = new ClusterSecret(null);

  private final byte[] key;

  private ClusterSecret(byte[] key) {
    this.key = key;
  }

  /** A secret given as bytes (tests, and nodes started in-process); at least {@link #MIN_BYTES}. */
  public static ClusterSecret of(byte[] key) {
    if (key.length < MIN_BYTES) {
      throw new IllegalArgumentException(
          "the cluster secret has " + key.length + " bytes; at least " + MIN_BYTES + " needed");
    }
    return new ClusterSecret(key.clone());
  }

  /** A fresh random secret (32 bytes). */
  public static ClusterSecret random() {
    return new ClusterSecret(encode(fresh()));
  }

  /**
   * Reads the secret in {@code file}; throws IllegalArgumentException naming the file and what is
   * wrong (too short, readable by others), IOException when it cannot be read.
   */
  public static ClusterSecret load(Path file) throws IOException {
    try {
      Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
      for (PosixFilePermission p : perms) {
        if (p.name().startsWith("GROUP_") || p.name().startsWith("OTHERS_")) {
          throw new IllegalArgumentException("cluster secret file " + file
              + " may be read or written by others (" + PosixFilePermissions.toString(perms)
              + "); chmod 600 " + file);
        }
      }
    } catch (UnsupportedOperationException notPosix) {
      // a file system without POSIX permissions: nothing to check
    }
    byte[] bytes = Files.readAllBytes(file);
    int n = bytes.length;
    while (n > 0 && Character.isWhitespace(bytes[n - 1])) {
      n--;
    }
    if (n < MIN_BYTES) {
      throw new IllegalArgumentException("cluster secret file " + file + " holds " + n
          + " bytes; at least " + MIN_BYTES
          + " needed (make one with: head -c 32 /dev/urandom | base64 > " + file + "; chmod 600 "
          + file
          + ")");
    }
    return new ClusterSecret(Arrays.copyOf(bytes, n));
  }

  /**
   * Creates {@code file} (mode 600) with a fresh random secret, or leaves an existing one alone;
   * returns the secret the file holds.
   */
  public static ClusterSecret createIfAbsent(Path file) throws IOException {
    byte[] text =
        (Base64.getEncoder().encodeToString(fresh()) + "\n").getBytes(StandardCharsets.US_ASCII);
    try {
      Path created;
      try {
        created = Files.createFile(
            file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      } catch (UnsupportedOperationException notPosix) {
        created = Files.createFile(file);
      }
      Files.write(created, text, StandardOpenOption.TRUNCATE_EXISTING);
    } catch (FileAlreadyExistsException exists) {
      // keep it: restarted nodes must present the secret their peers have
    }
    return load(file);
  }

  private static byte[] fresh() {
    byte[] b = new byte[32];
    new SecureRandom().nextBytes(b);
    return b;
  }

  /** The secret as text (base64 of random bytes): easy to copy to every node's file. */
  private static byte[] encode(byte[] raw) {
    return Base64.getEncoder().encodeToString(raw).getBytes(StandardCharsets.US_ASCII);
  }

  /** Whether peers must prove this secret. */
  public boolean isSet() {
    return key != null;
  }

  /** The key bytes (a copy). */
  byte[] key() {
    return key.clone();
  }

  /** Never prints the secret. */
  @Override
  public String toString() {
    return key == null ? "ClusterSecret[none]" : "ClusterSecret[set]";
  }
}
