package dev.rast.raft.net;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClusterSecretTest {
  @TempDir
  Path dir;

  @Test
  void aCreatedSecretIsPrivateRandomAndKeptAcrossRestarts() throws Exception {
    Path f = dir.resolve("cluster.secret");
    ClusterSecret first = ClusterSecret.createIfAbsent(f);
    assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
    assertTrue(first.isSet());
    assertArrayEquals(first.key(), ClusterSecret.createIfAbsent(f).key(), "an existing file stays");
    assertArrayEquals(first.key(), ClusterSecret.load(f).key(), "the final newline is not key");
    Path g = dir.resolve("other.secret");
    assertFalse(
        java.util.Arrays.equals(first.key(), ClusterSecret.createIfAbsent(g).key()),
        "every new file gets its own random secret");
    assertEquals("ClusterSecret[set]", first.toString(), "the secret never shows in a log");
  }
}
