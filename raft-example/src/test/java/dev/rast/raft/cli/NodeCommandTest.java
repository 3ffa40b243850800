package dev.rast.raft.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code rast node} refuses to start on a corrupt log (exit 70, the file and offset named), and
 * without a usable cluster secret when it has peers (exit 2, saying what to do): CLUSTER.md.
 */
class NodeCommandTest {
  @TempDir
  Path dir;

  @Test
  void aCorruptLogExits70NamingTheFileAndOffset() throws Exception {
    Path hardState = dir.resolve("hardstate");
    Files.write(
        hardState, "not a hard state file at all, just text".getBytes(StandardCharsets.UTF_8));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream saved = System.err;
    int code;
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      code = new CommandLine(new Main())
          .execute(
              "node",
              "--id",
              "1",
              "--peers",
              "1=127.0.0.1:7001",
              "--client-port",
              "8001",
              "--data-dir",
              dir.toString());
    } finally {
      System.setErr(saved);
    }
    String text = err.toString(StandardCharsets.UTF_8);
    assertEquals(70, code, text);
    assertTrue(
        text.contains("node 1 FAILED: the log is corrupt: " + hardState + " at offset 0"), text);
  }

  /** Runs {@code rast node} with {@code args}; returns the exit code and appends stderr to {@code err}. */
  private static int node(StringBuilder err, String... args) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream saved = System.err;
    System.setErr(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      return new CommandLine(new Main()).execute(args);
    } finally {
      System.setErr(saved);
      err.append(bytes.toString(StandardCharsets.UTF_8));
    }
  }

  @Test
  void peersWithoutAUsableClusterSecretAreAUsageError() throws Exception {
    String[] base = {
      "node",
      "--id=1",
      "--peers=1=127.0.0.1:7001,2=127.0.0.1:7002",
      "--client-port=8001",
      "--data-dir=" + dir.resolve("data")
    };
    StringBuilder err = new StringBuilder();
    assertEquals(2, node(err, base), err.toString());
    assertTrue(err.toString().contains("give --cluster-secret-file FILE"), err.toString());

    Path open = dir.resolve("open.secret");
    Files.writeString(open, "a secret long enough for the check\n");
    Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rw-r--r--"));
    err.setLength(0);
    assertEquals(2, node(err, with(base, "--cluster-secret-file=" + open)), err.toString());
    assertTrue(err.toString().contains("chmod 600 " + open), err.toString());

    Path shortOne = dir.resolve("short.secret");
    Files.writeString(shortOne, "tooshort\n");
    Files.setPosixFilePermissions(shortOne, PosixFilePermissions.fromString("rw-------"));
    err.setLength(0);
    assertEquals(2, node(err, with(base, "--cluster-secret-file=" + shortOne)), err.toString());
    assertTrue(err.toString().contains("holds 8 bytes; at least 16 needed"), err.toString());

    err.setLength(0);
    assertEquals(
        2,
        node(err, with(base, "--cluster-secret-file=" + open, "--insecure-no-peer-auth")),
        err.toString());
    assertTrue(err.toString().contains("exclude each other"), err.toString());
    assertTrue(Files.notExists(dir.resolve("data")), "nothing was created");
  }

  @Test
  void badTlsFilesAreAUsageErrorNamingTheFile() throws Exception {
    dev.rast.raft.net.TestCerts certs = dev.rast.raft.net.TestCerts.get();
    String[] base = {
      "node",
      "--id=1",
      "--peers=1=127.0.0.1:7001,2=127.0.0.1:7002",
      "--client-port=8001",
      "--data-dir=" + dir.resolve("data"),
      "--tls-ca=" + certs.caPem()
    };
    StringBuilder err = new StringBuilder();
    assertEquals(
        2,
        node(
            err,
            with(
                base,
                "--tls-cert=" + certs.certPem("node1"),
                "--tls-key=" + certs.keyPem("node2"))),
        err.toString());
    assertTrue(
        err.toString()
            .contains("--tls-cert/--tls-key: " + certs.keyPem("node2")
                + ": the private key does not belong to the certificate CN=node1"),
        err.toString());
    assertTrue(!err.toString().contains("\tat "), "no stack trace: " + err);

    Path wrong = dir.resolve("wrong.password");
    Files.writeString(wrong, "wrong\n");
    err.setLength(0);
    assertEquals(
        2,
        node(
            err,
            with(
                base,
                "--tls-keystore=" + certs.p12("node1"),
                "--tls-keystore-password-file=" + wrong)),
        err.toString());
    assertTrue(
        err.toString().contains("--tls-keystore: " + certs.p12("node1") + ": wrong password"),
        err.toString());

    err.setLength(0);
    assertEquals(
        2,
        node(
            err,
            with(
                base,
                "--tls-cert=" + certs.certPem("expired"),
                "--tls-key=" + certs.keyPem("expired"))),
        err.toString());
    assertTrue(err.toString().contains("the certificate CN=expired expired on"), err.toString());

    err.setLength(0);
    assertEquals(2, node(err, with(base, "--tls-cert=" + certs.certPem("node1"))), err.toString());
    assertTrue(err.toString().contains("--tls-cert needs --tls-key"), err.toString());

    err.setLength(0);
    assertEquals(
        2,
        node(
            err,
            with(
                base,
                "--tls-cert=" + certs.certPem("node1"),
                "--tls-key=" + certs.keyPem("node1"),
                "--client-auth=sometimes")),
        err.toString());
    assertTrue(err.toString().contains("--client-auth must be none, want or need"), err.toString());
    assertTrue(Files.notExists(dir.resolve("data")), "nothing was created");
  }

  private static String[] with(String[] base, String... more) {
    String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }
}
